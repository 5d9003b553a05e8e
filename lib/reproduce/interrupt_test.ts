/**
 * An interrupted `reproduce` (issue 11): SIGTERM, SIGINT or `kill -9` of the runner leaves
 * the previous outputs byte for byte, and no kernel behind. The kernel writes its process
 * id, then waits; the test interrupts the runner and checks that the kernel is gone.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import process from "node:process";
import { KERNEL_NAME } from "./jupyter.ts";
import { reproduce } from "./main.ts";

const CHILD = new URL("./testdata/reproduce_child.ts", import.meta.url).pathname;

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

const WRITE = `const dir = Deno.env.get("STURINGSTAAL_OUTPUTS")!;
await Deno.mkdir(dir + "/tables", { recursive: true });
await Deno.writeTextFile(dir + "/tables/t.csv", "a\\n1\\n");`;
const HOLD = `const file = Deno.env.get("HOLD_PID_FILE");
if (file) {
  await Deno.writeTextFile(file, Deno.pid + "\\n");
  await new Promise((resolve) => setTimeout(resolve, 120_000));
}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(test: () => Promise<boolean> | boolean, what: string, seconds = 60) {
  for (let i = 0; i < seconds * 20; i++) {
    if (await test()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting: ${what}`);
}

for (const signal of ["SIGKILL", "SIGTERM", "SIGINT"] as const) {
  Deno.test(`${signal} to the runner: outputs/ as it was, no kernel left`, async () => {
    const root = await Deno.makeTempDir({ prefix: "sturingstaal-interrupt-" });
    await Deno.mkdir(join(root, "notebooks"));
    await Deno.writeTextFile(join(root, "notebooks", "00-a.ipynb"), notebook(WRITE, HOLD));
    assert.equal(await reproduce({ root, verbose: false }), 0);
    const before = await Deno.readFile(join(root, "outputs", "MANIFEST.json"));
    const pidFile = join(root, "kernel.pid");
    const runner = new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", CHILD, root, pidFile],
      stdout: "null",
      stderr: "null",
    }).spawn();
    let kernel = 0;
    await until(async () => {
      kernel = Number((await Deno.readTextFile(pidFile).catch(() => "")).trim());
      return kernel > 0;
    }, "the kernel to start");
    assert.ok(alive(kernel));
    runner.kill(signal);
    const status = await runner.status;
    assert.equal(status.success, false);
    await until(() => !alive(kernel), `kernel ${kernel} to end`, 10);
    assert.deepEqual(await Deno.readFile(join(root, "outputs", "MANIFEST.json")), before);
    // After kill -9 a temporary folder may be left; the next run removes it.
    assert.equal(await reproduce({ root, verbose: false }), 0);
    const left = [...Deno.readDirSync(root)].map((e) => e.name).filter((n) =>
      n.includes("sturingstaal")
    );
    assert.deepEqual(left, []);
    await Deno.remove(root, { recursive: true });
  });
}
