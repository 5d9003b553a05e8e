import assert from "node:assert/strict";
import { emptyCleaningReport } from "../corpus/mod.ts";
import { parseLexicon } from "../lexicon/mod.ts";
import { scoreCorpus } from "./score_corpus.ts";
import { MARKER_FILE } from "../io/result_folder.ts";
import { SETTINGS_FILE, writeScoreResults } from "./write_results.ts";

async function result() {
  const text = "Wij regelen het.";
  const doc = {
    id: "a",
    file: "a.txt",
    path: "",
    displayPath: "",
    metadata: {},
    text,
    report: { pages: 1, characters: text.length, tokens: 3, cleaning: emptyCleaningReport() },
  };
  return await scoreCorpus(
    [doc],
    parseLexicon("category,entry\nPA,regelen\n", "csv", { file: "mini.csv" }),
  );
}

const FILES = [
  "cleaning.csv",
  "corpus.csv",
  "coverage.csv",
  "documents.csv",
  "kwic.csv",
  "settings.json",
  "words.csv",
];

Deno.test("writeScoreResults: writes all files; replaces an earlier result", async () => {
  const dir = await Deno.makeTempDir();
  const out = `${dir}/uit`;
  assert.deepEqual(await writeScoreResults(await result(), out), FILES);
  const settings = JSON.parse(await Deno.readTextFile(`${out}/${SETTINGS_FILE}`));
  assert.equal(settings.lexicon.name, "mini");
  assert.deepEqual(settings.coverage, {
    tokens: 3,
    matched_tokens: 1,
    matched_pct: 33.333,
    never_matched: [],
    flagged_forms: 0,
  });
  await Deno.writeTextFile(`${out}/oud.txt`, "van een eerdere run");
  await writeScoreResults(await result(), out);
  const names = [...Deno.readDirSync(out)].map((e) => e.name).sort();
  assert.deepEqual(names, [MARKER_FILE, ...FILES]);
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["uit"]); // no temp dirs left
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeScoreResults: refuses a folder it did not make, and the corpus", async () => {
  // Issue 11: a folder holding other files (a thesis) must survive `score --out` untouched.
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/belangrijk.txt`, "niet weggooien");
  await assert.rejects(async () => writeScoreResults(await result(), dir, { displayDir: "proj" }), {
    name: "ResultFolderError",
    message: `proj: exists and was not made by sturingstaal (no ${MARKER_FILE}); it holds 1 ` +
      "file(s) or folder(s) that sturingstaal must not replace: choose a new folder, e.g. " +
      "--out runs/my-study",
  });
  assert.equal(await Deno.readTextFile(`${dir}/belangrijk.txt`), "niet weggooien");
  // A folder that holds a settings.json is no longer taken for a result (it was, before).
  await Deno.writeTextFile(`${dir}/settings.json`, "{}");
  await assert.rejects(async () => writeScoreResults(await result(), dir), {
    name: "ResultFolderError",
  });
  await assert.rejects(
    async () =>
      writeScoreResults(await result(), `${dir}/corpus/uit`, { inputs: [`${dir}/corpus`] }),
    { message: /^.*\/corpus\/uit: is inside an input of this run/ },
  );
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name).sort(), [
    "belangrijk.txt",
    "settings.json",
  ]);
  await Deno.remove(dir, { recursive: true });
});
