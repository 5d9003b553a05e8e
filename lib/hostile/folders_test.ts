/**
 * Hostile-input suite, part 1 (issue 11): where a command is told to write. Every command
 * runs as a user runs it (a separate process, from the project folder), and each case asserts
 * the exact refusal, the exit code, and that nothing outside the target changed: the scratch
 * world (corpus, a thesis, a home folder) and the project's `data/`, `notebooks/` and
 * `outputs/` are hashed before and after.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { MARKER_FILE, PROJECT_ROOT } from "../io/result_folder.ts";
import { hashTree } from "../reproduce/file_tree.ts";
import denoJson from "../../deno.json" with { type: "json" };
import { runTask, scratchWorld } from "./support.ts";

const PICK = "choose a new folder, e.g. --out runs/my-study";

async function projectHashes() {
  const out: Record<string, Record<string, string>> = {};
  for (const dir of ["data", "notebooks", "outputs"]) {
    out[dir] = await hashTree(join(PROJECT_ROOT, dir));
  }
  return out;
}

Deno.test("score and analyse refuse every folder they must not replace, and change nothing", async () => {
  const world = await scratchWorld();
  const { base, corpus, thesis, home } = world;
  await Deno.symlink(thesis, join(base, "link-to-thesis"));
  const cases: [string[], string][] = [
    [
      [thesis],
      `exists and was not made by sturingstaal (no ${MARKER_FILE}); it holds 2 file(s) or folder(s) that sturingstaal must not replace: ${PICK}`,
    ],
    [[corpus], `is an input of this run (${corpus}); ${PICK}`],
    [[join(corpus, "uit")], `is inside an input of this run (${corpus}); ${PICK}`],
    [[base], `contains your home folder; ${PICK}`],
    [[home], `is your home folder; ${PICK}`],
    [["/"], `is the root of the file system; ${PICK}`],
    [["."], `is the project folder itself; ${PICK}`],
    [[".."], `contains the project folder; ${PICK}`],
    [
      ["data"],
      `is the project's data/ folder or inside it, which hold the project's own files; ${PICK}`,
    ],
    [
      ["data/corpus/sample"],
      `is the project's data/ folder or inside it, which hold the project's own files; ${PICK}`,
    ],
    [
      ["notebooks/x"],
      `is the project's notebooks/ folder or inside it, which hold the project's own files; ${PICK}`,
    ],
    [
      [".git"],
      `is the project's .git/ folder or inside it, which hold the project's own files; ${PICK}`,
    ],
    [
      ["outputs"],
      `is the study's outputs/ folder or inside it, which only \`deno task reproduce\` writes; ${PICK}`,
    ],
    [
      ["outputs/scoring"],
      `is the study's outputs/ folder or inside it, which only \`deno task reproduce\` writes; ${PICK}`,
    ],
    [
      [join(base, "link-to-thesis")],
      "is a symbolic link; give the folder it points to, or a new folder, as --out",
    ],
  ];
  const before = { world: await hashTree(base), project: await projectHashes() };
  for (const task of ["score", "analyse"] as const) {
    for (const [[out], problem] of cases) {
      // "..": the folder above the project may also hold the scratch home (both in /tmp).
      const env = { HOME: out === ".." ? "/nonexistent/sturingstaal-home" : home };
      const result = await runTask(task, ["--corpus", corpus, "--out", out], env);
      assert.equal(result.code, 1, `${task} --out ${out}: ${result.stderr}`);
      assert.equal(result.stderr, `${out}: ${problem}\n`, `${task} --out ${out}`);
    }
  }
  assert.deepEqual(await hashTree(base), before.world);
  assert.deepEqual(await projectHashes(), before.project);
  await Deno.remove(base, { recursive: true });
});

Deno.test("score writes a new folder, replaces its own result, and refuses another command's", async () => {
  const world = await scratchWorld();
  const out = join(world.base, "runs", "scores");
  const first = await runTask("score", ["--corpus", world.corpus, "--out", out], {
    HOME: world.home,
  });
  assert.equal(first.code, 0, first.stderr);
  const files = [...Deno.readDirSync(out)].map((e) => e.name).sort();
  assert.deepEqual(files, [
    MARKER_FILE,
    "cleaning.csv",
    "corpus.csv",
    "coverage.csv",
    "documents.csv",
    "kwic.csv",
    "settings.json",
    "words.csv",
  ]);
  const second = await runTask("score", ["--corpus", world.corpus, "--out", out, "--no-kwic"], {
    HOME: world.home,
  });
  assert.equal(second.code, 0, second.stderr);
  assert.equal(files.length - 1, [...Deno.readDirSync(out)].length); // kwic.csv gone: replaced whole
  const analyse = await runTask("analyse", ["--corpus", world.corpus, "--out", out], {
    HOME: world.home,
  });
  assert.equal(analyse.code, 1);
  assert.equal(
    analyse.stderr,
    `${out}: holds a score result of sturingstaal, not a analysis result; choose another folder\n`,
  );
  assert.deepEqual([...Deno.readDirSync(join(world.base, "runs"))].map((e) => e.name), ["scores"]);
  await Deno.remove(world.base, { recursive: true });
});

Deno.test("every task answers --help with its options and an example, and runs nothing", async () => {
  for (const task of Object.keys(denoJson.tasks)) {
    const result = await runTask(task, ["--help"]);
    assert.equal(result.code, 0, `${task}: ${result.stderr}`);
    assert.match(result.stdout + result.stderr, /^usage: /m, task);
    assert.match(result.stdout + result.stderr, /\nexample:\n {2}(npx|npm) /, task);
  }
});
