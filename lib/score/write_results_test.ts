import assert from "node:assert/strict";
import { emptyCleaningReport } from "../corpus/mod.ts";
import { parseLexicon } from "../lexicon/mod.ts";
import { scoreCorpus } from "./score_corpus.ts";
import { SETTINGS_FILE, writeFilesAtomically, writeScoreResults } from "./write_results.ts";

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
  assert.deepEqual(names, FILES);
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["uit"]); // no temp dirs left
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeScoreResults: refuses to replace a directory that is not a result", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/belangrijk.txt`, "niet weggooien");
  await assert.rejects(() => writeScoreResults(result() as never, dir, { displayDir: "proj" }), {
    name: "InputError",
    message:
      "proj: exists and does not hold an earlier result (no settings.json); choose another --out or remove it",
  });
  assert.equal(await Deno.readTextFile(`${dir}/belangrijk.txt`), "niet weggooien");
  await assert.rejects(
    () => writeScoreResults(result() as never, `${dir}/a/b`, { displayDir: "a/b" }),
    {
      message: "a/b: the folder it would go in does not exist",
    },
  );
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeFilesAtomically: a failure half-way leaves the old result as it was", async () => {
  const dir = await Deno.makeTempDir();
  const out = `${dir}/uit`;
  await writeScoreResults(await result(), out);
  const before = await Deno.readTextFile(`${out}/documents.csv`);
  const files = {
    "documents.csv": () => "nieuw\n",
    "kwic.csv": (): string => {
      throw new Error("schijf vol");
    },
  };
  await assert.rejects(() => writeFilesAtomically(files, out), { message: "schijf vol" });
  assert.equal(await Deno.readTextFile(`${out}/documents.csv`), before);
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["uit"]);
  await assert.rejects(() => writeFilesAtomically(files, `${dir}/nieuw`), {
    message: "schijf vol",
  });
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["uit"]);
  await Deno.remove(dir, { recursive: true });
});
