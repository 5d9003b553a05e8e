import assert from "node:assert/strict";
import { loadCorpus } from "../corpus/mod.ts";
import { loadLexicon, loadStudyLexicon, parseLexicon } from "../lexicon/mod.ts";
import { kwicFor, pickKwicEntry } from "./kwic_for.ts";
import { scoreCorpus } from "./score_corpus.ts";

const SAMPLE = new URL("../../data/corpus/sample", import.meta.url).pathname;
const EXAMPLE = new URL("../../data/lexicon/example.yaml", import.meta.url).pathname;
const corpus = await loadCorpus(SAMPLE);

Deno.test("kwicFor: every hit of an entry in the sample corpus, in corpus order", async () => {
  const result = await scoreCorpus(corpus, await loadStudyLexicon());
  assert.deepEqual(kwicFor(result, "meten"), [
    {
      document: "veenhoven",
      category: "NPM",
      entry: "meten",
      match: "meten",
      token_index: 98,
      left: "procent is nodig. Daarom willen wij de resultaten",
      right: "en sturen op prestatie. Het college werkt doelmatig",
    },
    {
      document: "zandkerk",
      category: "NPM",
      entry: "meten",
      match: "meten",
      token_index: 60,
      left: "eigen kracht en gemeenschap horen bij elkaar. Wij",
      right: "elk jaar de voortgang, en het college meet",
    },
  ]);
});

Deno.test("kwicFor: a phrase, written twice (once across a line break)", async () => {
  const result = await scoreCorpus(corpus, await loadLexicon(EXAMPLE));
  const rows = kwicFor(result, "  EIGEN   kracht ");
  assert.deepEqual(rows.map((r) => [r.document, r.match, r.left, r.right]), [
    [
      "zandkerk",
      "eigen kracht",
      "rol van de gemeente. Wij bouwen op de",
      "van inwoners: eigen kracht en gemeenschap horen bij",
    ],
    [
      "zandkerk",
      "eigen kracht",
      "Wij bouwen op de eigen kracht van inwoners:",
      "en gemeenschap horen bij elkaar. Wij meten elk",
    ],
  ]);
});

Deno.test("kwicFor: only one form, and at most a number of rows", async () => {
  const result = await scoreCorpus(corpus, await loadStudyLexicon(), { mode: "stem" });
  const met = kwicFor(result, "meten", { form: "met" });
  assert.equal(met.length, 8);
  assert.ok(met.every((r) => r.match.toLowerCase() === "met"));
  assert.deepEqual(kwicFor(result, "meten", { limit: 2 }).map((r) => [r.document, r.match]), [
    ["veenhoven", "meten"],
    ["brederwaard", "met"],
  ]);
  assert.deepEqual(kwicFor(result, "meten", { form: "gemeten" }), []);
});

Deno.test("kwicFor: an entry that is not in the lexicon is an error naming the lexicon", async () => {
  const result = await scoreCorpus(corpus, await loadStudyLexicon());
  assert.throws(() => kwicFor(result, "Regels"), {
    message: '"regels" is not an entry of lexicon study',
  });
});

Deno.test("pickKwicEntry: phrase first, then most forms, then most hits", async () => {
  assert.equal(
    pickKwicEntry(await scoreCorpus(corpus, await loadLexicon(EXAMPLE))),
    "eigen kracht",
  );
  const study = await loadStudyLexicon();
  // Stem mode: "meten" matched as meten, met and meet (three forms).
  assert.equal(pickKwicEntry(await scoreCorpus(corpus, study, { mode: "stem" })), "meten");
  // Exact mode: every entry has one form; meten, efficiënt and wijkteam have 2 hits each,
  // and meten comes first in the lexicon.
  assert.equal(pickKwicEntry(await scoreCorpus(corpus, study)), "meten");
});

Deno.test("pickKwicEntry: nothing matched at all", async () => {
  const lexicon = parseLexicon("category,entry\nPA,zeldzaamwoord\n", "csv");
  assert.equal(pickKwicEntry(await scoreCorpus(corpus, lexicon)), undefined);
});
