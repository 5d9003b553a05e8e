import assert from "node:assert/strict";
import { join } from "node:path";
import { NotebookFailure, reproduce } from "./main.ts";
import { KERNEL_NAME } from "./jupyter.ts";

/** A source notebook whose code cells are the given sources. */
function notebook(...sources: string[]) {
  return JSON.stringify({
    cells: sources.map((source, i) => ({
      cell_type: "code",
      execution_count: null,
      id: `c${i + 1}`,
      metadata: {},
      outputs: [],
      source,
    })),
    metadata: { kernelspec: { name: KERNEL_NAME, display_name: "Deno", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
}

const writeCsv = `const dir = Deno.env.get("STURINGSTAAL_OUTPUTS")!;
await Deno.mkdir(dir + "/tables", { recursive: true });
await Deno.writeTextFile(dir + "/tables/t.csv", "a\\n" + (6 * 7) + "\\n");`;

async function project(notebooks: Record<string, string>): Promise<string> {
  const root = await Deno.makeTempDir({ prefix: "sturingstaal-reproduce-" });
  await Deno.mkdir(join(root, "notebooks"));
  await Deno.mkdir(join(root, "data"));
  await Deno.writeTextFile(join(root, "data", "input.csv"), "x\n1\n");
  for (const [name, text] of Object.entries(notebooks)) {
    await Deno.writeTextFile(join(root, "notebooks", name), text);
  }
  return root;
}

Deno.test("reproduce runs notebooks in a real kernel, writes outputs and a manifest, and --check passes", async () => {
  const root = await project({
    "00-a.ipynb": notebook(writeCsv, 'console.log("\\u001b[31mred\\u001b[0m");'),
  });
  assert.equal(await reproduce({ root, verbose: false }), 0);
  assert.equal(await Deno.readTextFile(join(root, "outputs/tables/t.csv")), "a\n42\n");
  const executed = JSON.parse(await Deno.readTextFile(join(root, "outputs/notebooks/00-a.ipynb")));
  assert.deepEqual(executed.cells[1].outputs[0].text, ["red\n"]);
  assert.equal(executed.cells[1].metadata.execution, undefined);
  const manifest = JSON.parse(await Deno.readTextFile(join(root, "outputs/MANIFEST.json")));
  // sha256 of "x\n1\n", computed independently (sha256sum)
  assert.equal(
    manifest.inputs["data/input.csv"],
    "daff832f802000e645771a60983c76c963f6ee602a6230e45237bd360e91cc1a",
  );
  assert.match(manifest.outputs["tables/t.csv"], /^[0-9a-f]{64}$/);
  assert.match(manifest.versions.jupyter.nbclient, /^\d+\.\d+/);
  assert.equal(manifest.versions.deno, Deno.version.deno);
  const first = await Deno.readFile(join(root, "outputs/notebooks/00-a.ipynb"));
  assert.equal(await reproduce({ root, verbose: false }), 0);
  assert.deepEqual(await Deno.readFile(join(root, "outputs/notebooks/00-a.ipynb")), first);
  assert.equal(await reproduce({ root, check: true, verbose: false }), 0);
  await Deno.remove(root, { recursive: true });
});

Deno.test("a failing cell names notebook and cell, and leaves outputs/ untouched", async () => {
  const root = await project({ "00-a.ipynb": notebook(writeCsv) });
  assert.equal(await reproduce({ root, verbose: false }), 0);
  const before = await Deno.readFile(join(root, "outputs/MANIFEST.json"));
  await Deno.writeTextFile(
    join(root, "notebooks/01-b.ipynb"),
    notebook("const n = 1;", 'throw new RangeError("broken on purpose " + n);'),
  );
  await assert.rejects(() => reproduce({ root, verbose: false }), (error: Error) => {
    assert.ok(error instanceof NotebookFailure);
    assert.match(
      error.message,
      /^notebooks\/01-b\.ipynb, cell 2 \(id c2\) failed: RangeError: broken on purpose 1/,
    );
    return true;
  });
  assert.deepEqual(await Deno.readFile(join(root, "outputs/MANIFEST.json")), before);
  await assert.rejects(() => Deno.stat(join(root, "outputs/notebooks/01-b.ipynb")));
  // No temporary folder or lock is left beside outputs/.
  assert.deepEqual(
    [...Deno.readDirSync(root)].map((e) => e.name).filter((n) => n.includes("sturingstaal")),
    [],
  );
  await Deno.remove(root, { recursive: true });
});

Deno.test("--check names files that differ from the committed outputs", async () => {
  const root = await project({ "00-a.ipynb": notebook(writeCsv) });
  assert.equal(await reproduce({ root, verbose: false }), 0);
  await Deno.writeTextFile(join(root, "outputs/tables/t.csv"), "a\n41\n");
  await Deno.writeTextFile(join(root, "outputs/stale.csv"), "x\n");
  const messages: string[] = [];
  const original = console.error;
  console.error = (message: string) => messages.push(message);
  try {
    assert.equal(await reproduce({ root, check: true, verbose: false }), 1);
  } finally {
    console.error = original;
  }
  assert.match(messages.join("\n"), /changed: outputs\/tables\/t\.csv/);
  assert.match(messages.join("\n"), /no longer produced: outputs\/stale\.csv/);
  assert.equal(await Deno.readTextFile(join(root, "outputs/tables/t.csv")), "a\n41\n");
  await Deno.remove(root, { recursive: true });
});

Deno.test("a source notebook with saved outputs is refused before anything runs", async () => {
  const dirty = JSON.parse(notebook("1"));
  dirty.cells[0].outputs = [{ output_type: "stream", name: "stdout", text: "1" }];
  const root = await project({ "00-a.ipynb": JSON.stringify(dirty) });
  await assert.rejects(() => reproduce({ root, verbose: false }), {
    message: /^notebooks\/00-a\.ipynb is not clean: cell 1 has saved outputs/,
  });
  await Deno.remove(root, { recursive: true });
});
