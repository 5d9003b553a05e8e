import assert from "node:assert/strict";
import { loadCorpus } from "../corpus/mod.ts";
import { loadStudyLexicon, parseLexicon } from "../lexicon/mod.ts";
import { compareModes, comparisonCsv } from "./compare_modes.ts";
import { scoreCorpus } from "./score_corpus.ts";

const SAMPLE = new URL("../../data/corpus/sample", import.meta.url).pathname;
const corpus = await loadCorpus(SAMPLE);
const study = await loadStudyLexicon();
const exact = await scoreCorpus(corpus, study, { mode: "exact" });
const stem = await scoreCorpus(corpus, study, { mode: "stem" });

const doc = (id: string, text: string) => ({
  id,
  file: `${id}.txt`,
  path: "",
  displayPath: "",
  metadata: {},
  text,
  report: { pages: 1, characters: 0, tokens: 0, cleaning: {} as never },
});

Deno.test("compareModes: the sample corpus, exact against stem: entries that change", () => {
  const comparison = compareModes(exact, stem);
  assert.deepEqual(comparison.labels, ["exact", "stem"]);
  assert.deepEqual(comparison.entries, [
    {
      category: "PA",
      entry: "aanvragen",
      hits_exact: 1,
      hits_stem: 2,
      change: 1,
      forms_only_stem: "aanvraag (1)",
      flagged_only_stem: "",
      forms_only_exact: "",
    },
    {
      category: "PA",
      entry: "zekerheid",
      hits_exact: 1,
      hits_stem: 2,
      change: 1,
      forms_only_stem: "",
      flagged_only_stem: "zeker (1)",
      forms_only_exact: "",
    },
    {
      category: "NPM",
      entry: "bezuiniging",
      hits_exact: 1,
      hits_stem: 2,
      change: 1,
      forms_only_stem: "",
      flagged_only_stem: "bezuinigen (1)",
      forms_only_exact: "",
    },
    {
      category: "NPM",
      entry: "meten",
      hits_exact: 2,
      hits_stem: 11,
      change: 9,
      forms_only_stem: "meet (1)",
      flagged_only_stem: "met (8)",
      forms_only_exact: "",
    },
    {
      category: "NPM",
      entry: "resultaat",
      hits_exact: 1,
      hits_stem: 2,
      change: 1,
      forms_only_stem: "resultaten (1)",
      flagged_only_stem: "",
      forms_only_exact: "",
    },
    {
      category: "NPG",
      entry: "wijkteam",
      hits_exact: 2,
      hits_stem: 5,
      change: 3,
      forms_only_stem: "wijkteams (3)",
      flagged_only_stem: "",
      forms_only_exact: "",
    },
    {
      category: "NPG",
      entry: "taak",
      hits_exact: 1,
      hits_stem: 3,
      change: 2,
      forms_only_stem: "taken (1)",
      flagged_only_stem: "takken (1)",
      forms_only_exact: "",
    },
    {
      category: "SR",
      entry: "vrijwilliger",
      hits_exact: 1,
      hits_stem: 3,
      change: 2,
      forms_only_stem: "vrijwilligers (2)",
      flagged_only_stem: "",
      forms_only_exact: "",
    },
  ]);
  assert.deepEqual(Object.keys(comparison.entries[0]), comparison.columns.entries);
});

Deno.test("compareModes: the sample corpus, forms stem mode adds and the flagged ones", () => {
  const { forms } = compareModes(exact, stem);
  assert.deepEqual(forms.map((f) => `${f.only_in} ${f.entry}:${f.form}:${f.hits}:${f.flag}`), [
    "stem aanvragen:aanvraag:1:",
    "stem zekerheid:zeker:1:not an inflected form (stem collision?)",
    "stem bezuiniging:bezuinigen:1:not an inflected form (stem collision?)",
    "stem meten:met:8:not an inflected form (stem collision?)",
    "stem meten:meet:1:",
    "stem resultaat:resultaten:1:",
    "stem wijkteam:wijkteams:3:",
    "stem taak:taken:1:",
    "stem taak:takken:1:not an inflected form (stem collision?)",
    "stem vrijwilliger:vrijwilligers:2:",
  ]);
});

Deno.test("compareModes: the sample corpus, counts and shares per document", () => {
  const { documents, columns } = compareModes(exact, stem);
  assert.equal(documents.length, 20);
  assert.deepEqual(Object.keys(documents[0]), columns.documents);
  const zandkerk = documents.filter((r) => r.document === "zandkerk");
  assert.deepEqual(zandkerk.map((r) => [r.category, r.hits_exact, r.hits_stem, r.hits_change]), [
    ["PA", 0, 1, 1],
    ["NPM", 1, 3, 2],
    ["NPG", 1, 4, 3],
    ["SR", 2, 3, 1],
  ]);
  assert.deepEqual(zandkerk.map((r) => [r.share_exact, r.share_stem]), [
    [0, (1 / 11) * 100],
    [25, (3 / 11) * 100],
    [25, (4 / 11) * 100],
    [50, (3 / 11) * 100],
  ]);
  assert.equal(zandkerk[3].share_change, (3 / 11) * 100 - 50);
});

Deno.test("compareModes: the sample corpus, every extra hit in context", () => {
  const { hits } = compareModes(exact, stem);
  assert.equal(hits.length, 20); // 72 stem hits against 52 exact ones
  assert.ok(hits.every((h) => h.only_in === "stem"));
  assert.equal(hits.filter((h) => h.flag !== "").length, 11);
  assert.deepEqual(hits.find((h) => h.match === "takken"), {
    only_in: "stem",
    document: "zandkerk",
    category: "NPG",
    entry: "taak",
    match: "takken",
    left: "de wijkteams. In het park snoeien vrijwilligers de",
    right: "van de bomen, met hulp van de buurt",
    flag: "not an inflected form (stem collision?)",
  });
  assert.deepEqual(hits.filter((h) => h.document === "zandkerk").map((h) => h.match), [
    "taken",
    "meet",
    "wijkteams",
    "vrijwilligers",
    "takken",
    "met",
    "zeker",
  ]);
});

Deno.test("compareModes: hits only the first result has are listed too", async () => {
  const lexicon = parseLexicon("category,entry\nNPG,taak\nSR,wijk\n", "csv");
  const docs = [doc("a", "Een taak, twee taken, de wijk.")];
  const comparison = compareModes(
    await scoreCorpus(docs, lexicon, { mode: "stem" }),
    await scoreCorpus(docs, lexicon, { mode: "exact" }),
  );
  assert.deepEqual(comparison.hits.map((h) => `${h.only_in}:${h.match}`), ["stem:taken"]);
  assert.deepEqual(comparison.forms.map((f) => `${f.only_in}:${f.form}`), ["stem:taken"]);
  assert.deepEqual(comparison.entries, [{
    category: "NPG",
    entry: "taak",
    hits_stem: 2,
    hits_exact: 1,
    change: -1,
    forms_only_exact: "",
    flagged_only_exact: "",
    forms_only_stem: "taken (1)",
  }]);
  assert.deepEqual(comparison.documents.map((r) => r.share_change), [
    50 - (2 / 3) * 100,
    50 - (1 / 3) * 100,
  ]);
});

Deno.test("compareModes: results that cannot be compared are refused", async () => {
  assert.throws(() => compareModes(exact, exact), {
    message: 'both results are labelled "exact"; give two different labels to tell them apart',
  });
  const fewer = await scoreCorpus([doc("veenhoven", "Regelen.")], study);
  assert.throws(() => compareModes(exact, fewer, { labels: ["x", "y"] }), {
    message: "the two results scored different documents; compare results of one corpus",
  });
  const other = await scoreCorpus(corpus, parseLexicon("category,entry\nPA,regelen\n", "csv"));
  assert.throws(() => compareModes(exact, other, { labels: ["x", "y"] }), {
    message: "the two results have different lexicon entries; compare results of one lexicon",
  });
});

Deno.test("comparisonCsv: the sample's tables with fixed decimals for shares", () => {
  const comparison = compareModes(exact, stem);
  const documents = comparisonCsv(comparison, "documents").split("\n");
  assert.deepEqual(documents.slice(0, 5), [
    "document,category,hits_exact,hits_stem,hits_change,share_exact,share_stem,share_change",
    "veenhoven,PA,8,9,1,50.000,47.368,-2.632",
    "veenhoven,NPM,6,8,2,37.500,42.105,4.605",
    "veenhoven,NPG,0,0,0,0.000,0.000,0.000",
    "veenhoven,SR,2,2,0,12.500,10.526,-1.974",
  ]);
  assert.equal(documents.length, 22); // header, 20 rows, final newline
  const entries = comparisonCsv(comparison, "entries").split("\n");
  assert.equal(
    entries[0],
    "category,entry,hits_exact,hits_stem,change,forms_only_stem,flagged_only_stem,forms_only_exact",
  );
  assert.equal(entries[4], "NPM,meten,2,11,9,meet (1),met (8),");
  const hits = comparisonCsv(comparison, "hits").split("\n");
  assert.equal(hits[0], "only_in,document,category,entry,match,left,right,flag");
  assert.equal(hits.length, 22);
});

Deno.test("comparisonCsv: an empty share (a document without hits) is an empty cell", async () => {
  const lexicon = parseLexicon("category,entry\nPA,regelen\n", "csv");
  const docs = [doc("a", "Niets.")];
  const comparison = compareModes(
    await scoreCorpus(docs, lexicon, { mode: "exact" }),
    await scoreCorpus(docs, lexicon, { mode: "stem" }),
  );
  assert.equal(
    comparisonCsv(comparison, "documents"),
    "document,category,hits_exact,hits_stem,hits_change,share_exact,share_stem,share_change\n" +
      "a,PA,0,0,0,,,\n",
  );
  assert.equal(
    comparisonCsv(comparison, "forms"),
    "only_in,category,entry,form,hits,documents,flag\n",
  );
});
