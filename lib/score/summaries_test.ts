import assert from "node:assert/strict";
import { loadCorpus } from "../corpus/mod.ts";
import { sha256Hex } from "../io/mod.ts";
import { loadLexicon, loadStudyLexicon } from "../lexicon/mod.ts";
import { scoreCorpus } from "./score_corpus.ts";
import {
  coverageSummary,
  flaggedForms,
  formsByEntry,
  neverMatchedByCategory,
  scoreOutputFiles,
  settingsRows,
  wideDocumentRows,
} from "./summaries.ts";
import { writeScoreResults } from "./write_results.ts";

const SAMPLE = new URL("../../data/corpus/sample", import.meta.url).pathname;
const EXAMPLE = new URL("../../data/lexicon/example.yaml", import.meta.url).pathname;
const corpus = { ...(await loadCorpus(SAMPLE)), dir: "data/corpus/sample" };
const study = await loadStudyLexicon();
const exact = await scoreCorpus(corpus, study);
const stem = await scoreCorpus(corpus, study, { mode: "stem" });

Deno.test("settingsRows: the sample corpus with the study's lexicon", async () => {
  const sha = sha256Hex(
    await Deno.readFile(new URL("../../data/lexicon/study.csv", import.meta.url)),
  );
  assert.deepEqual(settingsRows(exact), [
    { setting: "lexicon", value: "study" },
    { setting: "lexicon file", value: "data/lexicon/study.csv" },
    { setting: "lexicon sha256", value: sha },
    { setting: "entries", value: "64 in 4 categories (PA, NPM, NPG, SR)" },
    { setting: "mode", value: "exact" },
    { setting: "modes used", value: "exact" },
    { setting: "stemmer", value: "none (no entry is matched by stem)" },
    {
      setting: "cleaning steps",
      value: "page-numbers, headers-footers, footnote-marks, contents, columns, ligatures, hyphens",
    },
    { setting: "corpus", value: "data/corpus/sample" },
    { setting: "documents", value: "5" },
  ]);
  const example = settingsRows(await scoreCorpus(corpus, await loadLexicon(EXAMPLE)));
  assert.deepEqual(example.find((r) => r.setting === "modes used"), {
    setting: "modes used",
    value: "exact, stem, glob",
  });
});

Deno.test("wideDocumentRows: hits, shares and hits per 1,000 words of the sample", () => {
  assert.deepEqual(wideDocumentRows(exact, "hits"), [
    { document: "veenhoven", words: 121, hits: 16, PA: 8, NPM: 6, NPG: 0, SR: 2 },
    { document: "brederwaard", words: 108, hits: 14, PA: 0, NPM: 1, NPG: 9, SR: 4 },
    { document: "lindemeer", words: 88, hits: 8, PA: 1, NPM: 2, NPG: 4, SR: 1 },
    { document: "zandkerk", words: 97, hits: 4, PA: 0, NPM: 1, NPG: 1, SR: 2 },
    { document: "hoogmolen", words: 86, hits: 10, PA: 0, NPM: 6, NPG: 3, SR: 1 },
  ]);
  assert.deepEqual(wideDocumentRows(exact, "share_pct")[0], {
    document: "veenhoven",
    words: 121,
    hits: 16,
    PA: 50,
    NPM: 37.5,
    NPG: 0,
    SR: 12.5,
  });
  const shares = wideDocumentRows(exact, "share_pct");
  for (const row of shares) {
    const sum = ["PA", "NPM", "NPG", "SR"].reduce((n, c) => n + (row[c] as number), 0);
    assert.ok(Math.abs(sum - 100) < 1e-9, `${row.document}: ${sum}`);
  }
  assert.deepEqual(wideDocumentRows(exact, "per_1000_tokens")[3], {
    document: "zandkerk",
    words: 97,
    hits: 4,
    PA: 0,
    NPM: (1 / 97) * 1000,
    NPG: (1 / 97) * 1000,
    SR: (2 / 97) * 1000,
  });
});

Deno.test("coverageSummary: the sample, exact and stem", () => {
  assert.deepEqual(coverageSummary(exact), [
    { measure: "words", value: 500 },
    { measure: "words matched", value: 52 },
    { measure: "words matched (%)", value: "10.40" },
    { measure: "hits", value: 52 },
    { measure: "entries matched", value: "49 of 64" },
    { measure: "entries never matched", value: 15 },
    { measure: "forms matched", value: 49 },
    { measure: "forms flagged", value: 0 },
  ]);
  assert.deepEqual(coverageSummary(stem).slice(3), [
    { measure: "hits", value: 72 },
    { measure: "entries matched", value: "49 of 64" },
    { measure: "entries never matched", value: 15 },
    { measure: "forms matched", value: 59 },
    { measure: "forms flagged", value: 4 },
  ]);
});

Deno.test("neverMatchedByCategory: the sample with the study's lexicon", () => {
  assert.deepEqual(neverMatchedByCategory(exact), [
    {
      category: "PA",
      count: 7,
      entries:
        "professioneel, medezeggenschap, administratie, toegangsproces, behoefte, opvangen, bescherming",
    },
    { category: "NPM", count: 2, entries: "verbetering, beheersmaatregelen" },
    { category: "NPG", count: 0, entries: "" },
    {
      category: "SR",
      count: 6,
      entries:
        "maatschappij, veerkracht, gezamenlijk, burgerkracht, verantwoordelijkheden, wederkerige",
    },
  ]);
});

Deno.test("formsByEntry and flaggedForms: stem mode on the sample", () => {
  const meten = formsByEntry(stem).find((r) => r.entry === "meten");
  assert.deepEqual(meten, {
    category: "NPM",
    entry: "meten",
    mode: "stem",
    hits: 11,
    documents: 5,
    forms: "met (8), meten (2), meet (1)",
    flagged: "met (8)",
  });
  assert.equal(formsByEntry(exact).length, 49);
  assert.ok(
    formsByEntry(exact).every((r) => r.flagged === "" && r.forms === `${r.entry} (${r.hits})`),
  );
  assert.deepEqual(flaggedForms(stem), [
    {
      category: "PA",
      entry: "zekerheid",
      mode: "stem",
      form: "zeker",
      hits: 1,
      documents: 1,
      flag: "not an inflected form (stem collision?)",
    },
    {
      category: "NPM",
      entry: "bezuiniging",
      mode: "stem",
      form: "bezuinigen",
      hits: 1,
      documents: 1,
      flag: "not an inflected form (stem collision?)",
    },
    {
      category: "NPM",
      entry: "meten",
      mode: "stem",
      form: "met",
      hits: 8,
      documents: 4,
      flag: "not an inflected form (stem collision?)",
    },
    {
      category: "NPG",
      entry: "taak",
      mode: "stem",
      form: "takken",
      hits: 1,
      documents: 1,
      flag: "not an inflected form (stem collision?)",
    },
  ]);
  assert.deepEqual(flaggedForms(exact), []);
});

Deno.test("scoreOutputFiles: the same bytes as writeScoreResults, without a machine path", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const names = await writeScoreResults(stem, `${dir}/out`);
    const files = scoreOutputFiles(stem);
    assert.deepEqual(Object.keys(files), names);
    for (const name of names) {
      assert.equal(files[name], await Deno.readTextFile(`${dir}/out/${name}`), name);
    }
    const settings = JSON.parse(files["settings.json"]);
    assert.equal(settings.corpus.dir, "data/corpus/sample");
    assert.equal(settings.lexicon.file, "data/lexicon/study.csv");
    assert.ok(!Object.values(files).some((text) => text.includes(dir)));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
