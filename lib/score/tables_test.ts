import assert from "node:assert/strict";
import type { CorpusDocument } from "../corpus/mod.ts";
import { emptyCleaningReport } from "../corpus/mod.ts";
import { parseLexicon } from "../lexicon/mod.ts";
import { scoreCorpus } from "./score_corpus.ts";
import { coverageRows, documentRows, resultCsvFiles, wordRows } from "./tables.ts";

const doc = (id: string, text: string): CorpusDocument => ({
  id,
  file: `${id}.txt`,
  path: "",
  displayPath: "",
  metadata: { municipality: id.toUpperCase(), region: "zuid" },
  text,
  report: { pages: 1, characters: text.length, tokens: 0, cleaning: emptyCleaningReport() },
});

const lexicon = parseLexicon(
  "category,entry,mode\nPA,regelen,\nNPM,meten,stem\nSR,meedoen,\n",
  "csv",
  {
    file: "mini.csv",
  },
);

Deno.test("documentRows: shares, rates, and a document without hits", async () => {
  const result = await scoreCorpus([
    doc("a", "Regelen, meten, met, meedoen."),
    doc("b", "Niets hier."),
  ], lexicon);
  assert.deepEqual(documentRows(result), [
    { document: "a", category: "PA", hits: 1, share_pct: 25, per_1000_tokens: 250, tokens: 4 },
    { document: "a", category: "NPM", hits: 2, share_pct: 50, per_1000_tokens: 500, tokens: 4 },
    { document: "a", category: "SR", hits: 1, share_pct: 25, per_1000_tokens: 250, tokens: 4 },
    { document: "b", category: "PA", hits: 0, share_pct: null, per_1000_tokens: 0, tokens: 2 },
    { document: "b", category: "NPM", hits: 0, share_pct: null, per_1000_tokens: 0, tokens: 2 },
    { document: "b", category: "SR", hits: 0, share_pct: null, per_1000_tokens: 0, tokens: 2 },
  ]);
  assert.equal(wordRows(result).length, 6);
  assert.deepEqual(coverageRows(result), [
    {
      category: "PA",
      entry: "regelen",
      mode: "exact",
      form: "regelen",
      hits: 1,
      documents: 1,
      flag: "",
    },
    {
      category: "NPM",
      entry: "meten",
      mode: "stem",
      form: "met",
      hits: 1,
      documents: 1,
      flag: "not an inflected form (stem collision?)",
    },
    {
      category: "NPM",
      entry: "meten",
      mode: "stem",
      form: "meten",
      hits: 1,
      documents: 1,
      flag: "",
    },
    {
      category: "SR",
      entry: "meedoen",
      mode: "exact",
      form: "meedoen",
      hits: 1,
      documents: 1,
      flag: "",
    },
  ]);
});

Deno.test("resultCsvFiles: fixed decimals, empty share without hits, stable output", async () => {
  const docs = [
    doc("a", "Regelen, meten, meedoen en meedoen. Eén, twee, drie."),
    doc("b", "Niets."),
  ];
  const files = resultCsvFiles(await scoreCorpus(docs, lexicon));
  assert.equal(
    files["documents.csv"],
    "document,category,hits,share_pct,per_1000_tokens,tokens\n" +
      "a,PA,1,25.000,125.000,8\n" +
      "a,NPM,1,25.000,125.000,8\n" +
      "a,SR,2,50.000,250.000,8\n" +
      "b,PA,0,,0.000,1\n" +
      "b,NPM,0,,0.000,1\n" +
      "b,SR,0,,0.000,1\n",
  );
  assert.equal(
    files["kwic.csv"].split("\n")[1],
    'a,PA,regelen,Regelen,0,,", meten, meedoen en meedoen. Eén, twee, drie"',
  );
  assert.match(
    files["corpus.csv"],
    /^document,file,municipality.*\na,a\.txt,A,,zuid,,,,1,52,8,4,50\.000,0,0,0,0,0,0,0\n/,
  );
  assert.deepEqual(resultCsvFiles(await scoreCorpus(docs, lexicon)), files);
});
