/**
 * A scoring result summarised for reading in a notebook: the settings that produced it,
 * per document tables in wide form (one column per category), the coverage report in
 * short, and every file of a result (the scorer's CSV files and `settings.json`) as text,
 * for `writeOutput`.
 *
 * @module
 */
import { SETTINGS_FILE, settingsFileText } from "./write_results.ts";
import type { CorpusScore } from "./score_corpus.ts";
import { documentRows, resultCsvFiles, type ResultCsvOptions } from "./tables.ts";

/** A row of {@linkcode settingsRows}. */
export interface SettingRow {
  setting: string;
  value: string;
}

/**
 * What decided the numbers, one setting per row: lexicon (name, file, SHA-256, size),
 * mode, the modes that occur, the stemmer, the cleaning steps, the corpus and its size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regel\nSR,meedoen\n", "csv", { file: "mini.csv", sha256: "ab12" });
 * const rows = settingsRows(await scoreCorpus({ dir: "corpus", manifest: false, documents: [] }, lexicon, { mode: "stem" }));
 * assert.deepEqual(rows.map((r) => `${r.setting}=${r.value}`), [
 *   "lexicon=mini", "lexicon file=mini.csv", "lexicon sha256=ab12",
 *   "entries=2 in 2 categories (PA, SR)", "mode=stem", "modes used=stem",
 *   "stemmer=Snowball dutch (Porter's original Dutch stemmer), @orama/stemmers 3.1.18",
 *   "cleaning steps=page-numbers, headers-footers, footnote-marks, contents, columns, ligatures, hyphens",
 *   "corpus=corpus", "documents=0",
 * ]);
 * ```
 */
export function settingsRows(result: CorpusScore): SettingRow[] {
  const s = result.settings;
  const stemmer = s.stemmer === null
    ? "none (no entry is matched by stem)"
    : `${s.stemmer.algorithm}, ${s.stemmer.package} ${s.stemmer.version}`;
  return [
    { setting: "lexicon", value: s.lexicon.name },
    { setting: "lexicon file", value: s.lexicon.file ?? "" },
    { setting: "lexicon sha256", value: s.lexicon.sha256 },
    {
      setting: "entries",
      value: `${s.lexicon.entries} in ${s.lexicon.categories.length} categories (${
        s.lexicon.categories.join(", ")
      })`,
    },
    { setting: "mode", value: s.mode },
    { setting: "modes used", value: s.modes.join(", ") },
    { setting: "stemmer", value: stemmer },
    {
      setting: "cleaning steps",
      value: s.cleaning.steps.join(", ") +
        (s.cleaning.off.length === 0 ? "" : `; off: ${s.cleaning.off.join(", ")}`),
    },
    { setting: "corpus", value: s.corpus.dir ?? "" },
    { setting: "documents", value: String(s.corpus.ids.length) },
  ];
}

/** Which number {@linkcode wideDocumentRows} puts in the category columns. */
export type WideMeasure = "hits" | "share_pct" | "per_1000_tokens";

/**
 * One row per document (corpus order): `document`, `words`, `hits` (all signal-word
 * hits), then one column per category (lexicon order) holding `measure`. With
 * `share_pct` the categories of a document with hits sum to 100; a document without
 * hits has empty (`null`) shares.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regelen\nSR,meedoen\n", "csv");
 * const doc = (id: string, text: string) => ({ id, file: "", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: 0, tokens: 0, cleaning: {} as never } });
 * const result = await scoreCorpus([doc("a", "Regelen, meedoen, meedoen, rust."), doc("b", "Niets.")], lexicon);
 * assert.deepEqual(wideDocumentRows(result, "share_pct"), [
 *   { document: "a", words: 4, hits: 3, PA: (1 / 3) * 100, SR: (2 / 3) * 100 },
 *   { document: "b", words: 1, hits: 0, PA: null, SR: null },
 * ]);
 * assert.deepEqual(wideDocumentRows(result, "per_1000_tokens")[0], { document: "a", words: 4, hits: 3, PA: 250, SR: 500 });
 * ```
 */
export function wideDocumentRows(
  result: CorpusScore,
  measure: WideMeasure,
): Record<string, string | number | null>[] {
  const long = documentRows(result);
  return result.documents.map((doc, d) => {
    const row: Record<string, string | number | null> = {
      document: doc.id,
      words: doc.tokens,
      hits: doc.categoryHits.reduce((n, h) => n + h, 0),
    };
    result.categories.forEach((category, c) => {
      row[category] = long[d * result.categories.length + c][measure];
    });
    return row;
  });
}

/** A row of {@linkcode coverageSummary}. */
export interface CoverageSummaryRow {
  measure: string;
  value: string | number;
}

/**
 * The coverage report in short: words, words matched (and %), hits, entries matched and
 * never matched, forms matched, forms flagged.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regelen\nSR,meedoen\n", "csv");
 * const text = "Regelen en meedoen, meedoen.";
 * const doc = { id: "a", file: "", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: 0, tokens: 0, cleaning: {} as never } };
 * assert.deepEqual(coverageSummary(await scoreCorpus([doc], lexicon)), [
 *   { measure: "words", value: 4 },
 *   { measure: "words matched", value: 3 },
 *   { measure: "words matched (%)", value: "75.00" },
 *   { measure: "hits", value: 3 },
 *   { measure: "entries matched", value: "2 of 2" },
 *   { measure: "entries never matched", value: 0 },
 *   { measure: "forms matched", value: 2 },
 *   { measure: "forms flagged", value: 0 },
 * ]);
 * ```
 */
export function coverageSummary(result: CorpusScore): CoverageSummaryRow[] {
  const c = result.coverage;
  const hits = result.documents.reduce((n, d) => n + d.hits.length, 0);
  const entries = result.entries.length;
  return [
    { measure: "words", value: c.tokens },
    { measure: "words matched", value: c.matchedTokens },
    { measure: "words matched (%)", value: c.matchedPct.toFixed(2) },
    { measure: "hits", value: hits },
    { measure: "entries matched", value: `${entries - c.neverMatched.length} of ${entries}` },
    { measure: "entries never matched", value: c.neverMatched.length },
    { measure: "forms matched", value: c.forms.length },
    { measure: "forms flagged", value: c.forms.filter((f) => f.flag !== undefined).length },
  ];
}

/** A row of {@linkcode neverMatchedByCategory}. */
export interface NeverMatchedRow {
  category: string;
  count: number;
  entries: string;
}

/**
 * The entries never matched, one row per category (lexicon order; categories whose
 * entries all matched have count 0 and no entries).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regelen\nPA,kaders\nSR,meedoen\nSR,buurt\n", "csv");
 * const text = "Regelen en meedoen.";
 * const doc = { id: "a", file: "", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: 0, tokens: 0, cleaning: {} as never } };
 * assert.deepEqual(neverMatchedByCategory(await scoreCorpus([doc], lexicon)), [
 *   { category: "PA", count: 1, entries: "kaders" },
 *   { category: "SR", count: 1, entries: "buurt" },
 * ]);
 * ```
 */
export function neverMatchedByCategory(result: CorpusScore): NeverMatchedRow[] {
  return result.categories.map((category) => {
    const entries = result.coverage.neverMatched.filter((e) => e.category === category);
    return { category, count: entries.length, entries: entries.map((e) => e.entry).join(", ") };
  });
}

/** A row of {@linkcode formsByEntry}. */
export interface EntryFormsRow {
  category: string;
  entry: string;
  mode: string;
  hits: number;
  documents: number;
  /** Forms matched, most frequent first: `taak (2), taken (1)`. */
  forms: string;
  /** The flagged forms among them, same notation; empty when none. */
  flagged: string;
}

/**
 * The matched forms of every entry that matched (lexicon order), on one row per entry.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry,mode\nNPG,taak,stem\nPA,regel,\n", "csv");
 * const text = "De taak, twee taken, de takken.";
 * const doc = { id: "a", file: "", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: 0, tokens: 0, cleaning: {} as never } };
 * assert.deepEqual(formsByEntry(await scoreCorpus([doc], lexicon)), [{
 *   category: "NPG", entry: "taak", mode: "stem", hits: 3, documents: 1,
 *   forms: "taak (1), taken (1), takken (1)", flagged: "takken (1)",
 * }]);
 * ```
 */
export function formsByEntry(result: CorpusScore): EntryFormsRow[] {
  const rows: EntryFormsRow[] = [];
  const grouped = Map.groupBy(result.coverage.forms, (f) => `${f.category}\u0000${f.entry}`);
  result.entries.forEach((entry, e) => {
    const forms = grouped.get(`${entry.category}\u0000${entry.entry}`) ?? [];
    if (forms.length === 0) return;
    const list = (fs: typeof forms) => fs.map((f) => `${f.form} (${f.hits})`).join(", ");
    rows.push({
      category: entry.category,
      entry: entry.entry,
      mode: entry.mode,
      hits: result.documents.reduce((n, d) => n + d.entryHits[e], 0),
      documents: result.documents.filter((d) => d.entryHits[e] > 0).length,
      forms: list(forms),
      flagged: list(forms.filter((f) => f.flag !== undefined)),
    });
  });
  return rows;
}

/** A row of {@linkcode flaggedForms}. */
export interface FlaggedFormRow {
  category: string;
  entry: string;
  mode: string;
  form: string;
  hits: number;
  documents: number;
  flag: string;
}

/**
 * The forms the form check flagged (see lib/lexicon/form_check.ts), in coverage order.
 * Empty in mode `exact`, where every form is the entry itself.
 */
export function flaggedForms(result: CorpusScore): FlaggedFormRow[] {
  return result.coverage.forms.filter((f) => f.flag !== undefined).map((f) => ({
    category: f.category,
    entry: f.entry,
    mode: f.mode,
    form: f.form,
    hits: f.hits,
    documents: f.documents,
    flag: f.flag!,
  }));
}

/**
 * Every file the scorer writes (`documents.csv`, `words.csv`, `kwic.csv`,
 * `coverage.csv`, `corpus.csv`, `settings.json`), by name, as text: the same content
 * as `writeScoreResults`, for writing with `writeOutput` into a run's outputs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regelen\n", "csv");
 * const files = scoreOutputFiles(await scoreCorpus({ dir: "c", manifest: false, documents: [] }, lexicon));
 * assert.deepEqual(Object.keys(files), [
 *   "cleaning.csv", "corpus.csv", "coverage.csv", "documents.csv", "kwic.csv", "settings.json",
 *   "words.csv",
 * ]);
 * assert.equal(JSON.parse(files["settings.json"]).corpus.dir, "c");
 * ```
 */
export function scoreOutputFiles(
  result: CorpusScore,
  options: ResultCsvOptions = {},
): Record<string, string> {
  const files: Record<string, string> = {
    ...resultCsvFiles(result, options),
    [SETTINGS_FILE]: settingsFileText(result),
  };
  return Object.fromEntries(
    Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
