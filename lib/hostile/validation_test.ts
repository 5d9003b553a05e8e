/**
 * Hostile-input suite, part 3 (issue 14): where `kwic-sample` and `precision` are told to
 * write, and what they refuse to read. Every command runs as a user runs it; each case
 * asserts the exact refusal and that nothing changed.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { PROJECT_ROOT } from "../io/result_folder.ts";
import { hashTree } from "../reproduce/file_tree.ts";
import { runTask, scratchWorld } from "./support.ts";

Deno.test("kwic-sample writes new files only, never into the project, an input or a result folder", async () => {
  const world = await scratchWorld();
  const { base, corpus, home } = world;
  const scores = join(base, "scores");
  const env = { HOME: home };
  const scored = await runTask("score", ["--corpus", corpus, "--out", scores], env);
  assert.equal(scored.code, 0, scored.stderr);
  await Deno.writeTextFile(join(base, "coded.csv"), "id,code\nh001,1\n");
  const sample = (out: string) =>
    runTask("kwic-sample", [
      "--scores",
      scores,
      "--per-entry",
      "5",
      "--seed",
      "1",
      "--out",
      out,
    ], env);
  const cases: [string, string][] = [
    [
      join(base, "coded.csv"),
      "exists; kwic-sample writes new files only and never replaces one (it may hold a coding): remove it yourself, or choose another --out",
    ],
    [
      "data/coding.csv",
      "is inside the project's data/ folder, which holds the project's own files; choose another --out, e.g. --out runs/coding.csv",
    ],
    [
      "outputs/coding.csv",
      "is inside the project's outputs/ folder, which holds the project's own files; choose another --out, e.g. --out runs/coding.csv",
    ],
    [
      join(corpus, "coding.csv"),
      `is inside an input of this run (${corpus}); choose another --out`,
    ],
    [
      join(scores, "coding.csv"),
      `is inside an input of this run (${scores}); choose another --out`,
    ],
  ];
  const dataBefore = await hashTree(join(PROJECT_ROOT, "data"));
  const before = await hashTree(base);
  for (const [out, problem] of cases) {
    const result = await sample(out);
    assert.equal(result.code, 1, `${out}: ${result.stderr}`);
    assert.equal(result.stderr, `${out}: ${problem}\n`, out);
  }
  // Inside another result folder (not an input): the next run into it would delete the sheet.
  const other = join(base, "other-scores");
  assert.equal((await runTask("score", ["--corpus", corpus, "--out", other], env)).code, 0);
  const inResult = await sample(join(other, "coding.csv"));
  assert.equal(
    inResult.stderr,
    `${join(other, "coding.csv")}: is inside ${other}, a result folder of sturingstaal, which ` +
      "its next run replaces whole (the sheet would go with it); choose another --out\n",
  );
  await Deno.remove(other, { recursive: true });
  assert.deepEqual(await hashTree(base), before);
  assert.deepEqual(await hashTree(join(PROJECT_ROOT, "data")), dataBefore);
  const made = await sample(join(base, "sheets", "coding.csv"));
  assert.equal(made.code, 0, made.stderr);
  assert.deepEqual([...Deno.readDirSync(join(base, "sheets"))].map((e) => e.name).sort(), [
    "coding-passages.csv",
    "coding-sample.json",
    "coding.csv",
  ]);
  await Deno.remove(base, { recursive: true });
});

Deno.test("precision refuses a folder it did not make and a sheet with formulas, naming the line", async () => {
  const world = await scratchWorld();
  const { base, corpus, thesis, home } = world;
  const env = { HOME: home };
  const scores = join(base, "scores");
  assert.equal((await runTask("score", ["--corpus", corpus, "--out", scores], env)).code, 0);
  const sheet = join(base, "coding.csv");
  const args = ["--scores", scores, "--per-entry", "5", "--seed", "1", "--out", sheet];
  assert.equal((await runTask("kwic-sample", args, env)).code, 0);
  const text = await Deno.readTextFile(sheet);
  // A coder's spreadsheet put a formula in the first code cell.
  await Deno.writeTextFile(sheet, text.replace(/,\n/, ',"=HYPERLINK(""http://x"",""y"")"\n'));
  const thesisBefore = await hashTree(thesis);
  const refused = await runTask("precision", ["--coded", sheet, "--out", thesis], env);
  assert.equal(refused.code, 1);
  assert.equal(
    refused.stderr,
    `${sheet} line 2, column code: "=HYPERLINK("http://x","y")": a code is 1 (the hit ` +
      "expresses its category), 0 (it does not) or empty (not coded)\n",
  );
  await Deno.writeTextFile(sheet, text);
  const folder = await runTask("precision", ["--coded", sheet, "--out", thesis], env);
  assert.equal(folder.code, 1);
  assert.match(folder.stderr, new RegExp(`^${thesis}: exists and was not made by sturingstaal`));
  assert.deepEqual(await hashTree(thesis), thesisBefore);
  await Deno.remove(base, { recursive: true });
});
