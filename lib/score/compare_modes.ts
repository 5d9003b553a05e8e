/**
 * Two scorings of the same corpus with the same lexicon in two match modes (typically
 * `exact` and `stem`), side by side: which counts and shares change, which word forms
 * the second mode adds (and which of those the form check flags, such as `met` "with"
 * counted for `meten` "to measure"), and every hit that only one of them has, in
 * context, so a reviewer can decide whether the extra hits are the words meant.
 *
 * Column names carry the two labels (by default the modes): `hits_exact`, `hits_stem`.
 *
 * @module
 */
import { formatCsv, formatFixed } from "../io/mod.ts";
import type { CorpusScore } from "./score_corpus.ts";

/** Options of {@linkcode compareModes}. */
export interface CompareModesOptions {
  /** Names of the two results in column names. Default: their modes (`settings.mode`). */
  labels?: readonly [string, string];
}

/** Per document × category: hits and shares under both modes. */
export type ModeDocumentRow = Record<string, string | number | null>;

/** An entry whose total number of hits differs between the modes. */
export type ModeEntryRow = Record<string, string | number>;

/** A form one mode matched for an entry and the other did not. */
export interface ModeFormRow {
  /** The label of the result that has this form. */
  only_in: string;
  category: string;
  entry: string;
  form: string;
  hits: number;
  documents: number;
  /** Why the form may not be a form of the entry (see lib/lexicon/form_check.ts); empty when not flagged. */
  flag: string;
}

/** A hit one mode has and the other does not, with its context. */
export interface ModeHitRow {
  only_in: string;
  document: string;
  category: string;
  entry: string;
  match: string;
  left: string;
  right: string;
  flag: string;
}

/** The result of {@linkcode compareModes}. */
export interface ModeComparison {
  labels: readonly [string, string];
  /** Every document × category, corpus then lexicon order. */
  documents: ModeDocumentRow[];
  /** Entries whose hits differ, lexicon order. */
  entries: ModeEntryRow[];
  /** Forms only one result matched: per entry (lexicon order), those of the second result first, most hits first. */
  forms: ModeFormRow[];
  /** Hits only one result has: corpus order, then text order. */
  hits: ModeHitRow[];
  /** Column names of each table, in order (also when a table has no rows). */
  columns: {
    documents: string[];
    entries: string[];
    forms: string[];
    hits: string[];
  };
}

/**
 * Compare two results of the same corpus and lexicon (the same documents in the same
 * order, the same entries in the same categories; only modes may differ). Shares are in
 * % of the document's hits (`null` for a document without hits), changes are second
 * minus first. A hit is the same hit in both when it is the same entry at the same
 * words of the same document.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry\nNPM,meten\nNPG,taak\n", "csv");
 * const text = "Wij meten het met zorg en met aandacht; elke taak telt.";
 * const doc = { id: "a", file: "a.txt", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: 0, tokens: 0, cleaning: {} as never } };
 * const comparison = compareModes(
 *   await scoreCorpus([doc], lexicon),
 *   await scoreCorpus([doc], lexicon, { mode: "stem" }),
 * );
 * assert.deepEqual(comparison.documents[0], {
 *   document: "a", category: "NPM", hits_exact: 1, hits_stem: 3, hits_change: 2,
 *   share_exact: 50, share_stem: 75, share_change: 25,
 * });
 * assert.deepEqual(comparison.forms.map((f) => `${f.entry}:${f.form}:${f.flag}`), [
 *   "meten:met:not an inflected form (stem collision?)",
 * ]);
 * ```
 */
export function compareModes(
  a: CorpusScore,
  b: CorpusScore,
  options: CompareModesOptions = {},
): ModeComparison {
  const labels = options.labels ?? [a.settings.mode, b.settings.mode] as const;
  if (labels[0] === labels[1]) {
    throw new Error(
      `both results are labelled "${labels[0]}"; give two different labels to tell them apart`,
    );
  }
  checkComparable(a, b);
  const [la, lb] = labels;
  const documents: ModeDocumentRow[] = [];
  a.documents.forEach((docA, d) => {
    const docB = b.documents[d];
    const totalA = sum(docA.categoryHits);
    const totalB = sum(docB.categoryHits);
    a.categories.forEach((category, c) => {
      const ha = docA.categoryHits[c];
      const hb = docB.categoryHits[c];
      const sa = totalA === 0 ? null : (ha / totalA) * 100;
      const sb = totalB === 0 ? null : (hb / totalB) * 100;
      documents.push({
        document: docA.id,
        category,
        [`hits_${la}`]: ha,
        [`hits_${lb}`]: hb,
        hits_change: hb - ha,
        [`share_${la}`]: sa,
        [`share_${lb}`]: sb,
        share_change: sa === null || sb === null ? null : sb - sa,
      });
    });
  });

  const formsOf = (result: CorpusScore) =>
    new Map(result.coverage.forms.map((f) => [`${f.category}\u0000${f.entry}\u0000${f.form}`, f]));
  const formsA = formsOf(a);
  const formsB = formsOf(b);
  const onlyForms = (
    label: string,
    own: typeof formsA,
    other: typeof formsA,
  ): ModeFormRow[] =>
    [...own.entries()].filter(([key]) => !other.has(key)).map(([, f]) => ({
      only_in: label,
      category: f.category,
      entry: f.entry,
      form: f.form,
      hits: f.hits,
      documents: f.documents,
      flag: f.flag ?? "",
    }));
  const entryOrder = new Map(a.entries.map((e, i) => [`${e.category}\u0000${e.entry}`, i]));
  const forms = [...onlyForms(lb, formsB, formsA), ...onlyForms(la, formsA, formsB)];
  const formRank = (f: ModeFormRow) => entryOrder.get(`${f.category}\u0000${f.entry}`)!;
  forms.sort((x, y) =>
    formRank(x) - formRank(y) || Number(x.only_in === la) - Number(y.only_in === la) ||
    y.hits - x.hits || (x.form < y.form ? -1 : x.form > y.form ? 1 : 0)
  );

  const entries: ModeEntryRow[] = [];
  a.entries.forEach((entry, e) => {
    const ha = a.documents.reduce((n, doc) => n + doc.entryHits[e], 0);
    const hb = b.documents.reduce((n, doc) => n + doc.entryHits[e], 0);
    if (ha === hb) return;
    const mine = forms.filter((f) => f.category === entry.category && f.entry === entry.entry);
    const list = (label: string, flagged: boolean) =>
      mine.filter((f) => f.only_in === label && (f.flag !== "") === flagged)
        .map((f) => `${f.form} (${f.hits})`).join(", ");
    entries.push({
      category: entry.category,
      entry: entry.entry,
      [`hits_${la}`]: ha,
      [`hits_${lb}`]: hb,
      change: hb - ha,
      [`forms_only_${lb}`]: list(lb, false),
      [`flagged_only_${lb}`]: list(lb, true),
      [`forms_only_${la}`]: [list(la, false), list(la, true)].filter((s) => s !== "").join(", "),
    });
  });

  const hits: ModeHitRow[] = [];
  a.documents.forEach((docA, d) => {
    const docB = b.documents[d];
    const key = (h: { entryIndex: number; tokenIndex: number; tokenCount: number }) =>
      `${h.entryIndex}:${h.tokenIndex}:${h.tokenCount}`;
    const keysA = new Set(docA.hits.map(key));
    const keysB = new Set(docB.hits.map(key));
    const only = [
      ...docA.hits.filter((h) => !keysB.has(key(h))).map((h) => ({ h, label: la, forms: formsA })),
      ...docB.hits.filter((h) => !keysA.has(key(h))).map((h) => ({ h, label: lb, forms: formsB })),
    ].sort((x, y) =>
      x.h.tokenIndex - y.h.tokenIndex || Number(x.label === lb) - Number(y.label === lb)
    );
    for (const { h, label, forms: known } of only) {
      hits.push({
        only_in: label,
        document: docA.id,
        category: h.category,
        entry: h.entry,
        match: h.match,
        left: h.left,
        right: h.right,
        flag: known.get(`${h.category}\u0000${h.entry}\u0000${h.form}`)?.flag ?? "",
      });
    }
  });
  const columns = {
    documents: [
      "document",
      "category",
      `hits_${la}`,
      `hits_${lb}`,
      "hits_change",
      `share_${la}`,
      `share_${lb}`,
      "share_change",
    ],
    entries: [
      "category",
      "entry",
      `hits_${la}`,
      `hits_${lb}`,
      "change",
      `forms_only_${lb}`,
      `flagged_only_${lb}`,
      `forms_only_${la}`,
    ],
    forms: ["only_in", "category", "entry", "form", "hits", "documents", "flag"],
    hits: ["only_in", "document", "category", "entry", "match", "left", "right", "flag"],
  };
  return { labels, documents, entries, forms, hits, columns };
}

/** Options of {@linkcode comparisonCsv}. */
export interface ComparisonCsvOptions {
  /** Digits after the point of the share columns (`share_*`). Default: `3`. */
  decimals?: number;
}

/**
 * One table of a comparison as CSV text: its columns in order, shares with a fixed
 * number of decimals (`50.000`), an empty cell where a share is `null`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const comparison = {
 *   labels: ["exact", "stem"] as const, entries: [], forms: [], hits: [],
 *   documents: [{ document: "a", category: "PA", hits_exact: 1, hits_stem: 2, hits_change: 1,
 *     share_exact: 50, share_stem: 200 / 3, share_change: 200 / 3 - 50 }],
 *   columns: { documents: ["document", "category", "hits_exact", "hits_stem", "hits_change",
 *     "share_exact", "share_stem", "share_change"], entries: [], forms: [], hits: [] },
 * };
 * assert.equal(comparisonCsv(comparison, "documents", { decimals: 1 }),
 *   "document,category,hits_exact,hits_stem,hits_change,share_exact,share_stem,share_change\n" +
 *   "a,PA,1,2,1,50.0,66.7,16.7\n");
 * ```
 */
export function comparisonCsv(
  comparison: ModeComparison,
  table: "documents" | "entries" | "forms" | "hits",
  options: ComparisonCsvOptions = {},
): string {
  const decimals = options.decimals ?? 3;
  const rows = (comparison[table] as readonly Record<string, unknown>[]).map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        key.startsWith("share_") && typeof value === "number"
          ? formatFixed(value, decimals)
          : value as string | number | null,
      ]),
    )
  );
  return formatCsv(comparison.columns[table], rows);
}

function checkComparable(a: CorpusScore, b: CorpusScore): void {
  const ids = (r: CorpusScore) => r.documents.map((d) => d.id).join("\u0000");
  if (ids(a) !== ids(b)) {
    throw new Error("the two results scored different documents; compare results of one corpus");
  }
  const entries = (r: CorpusScore) => r.entries.map((e) => `${e.category}:${e.entry}`).join("\n");
  if (entries(a) !== entries(b) || a.categories.join("\n") !== b.categories.join("\n")) {
    throw new Error(
      "the two results have different lexicon entries; compare results of one lexicon",
    );
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((n, v) => n + v, 0);
}
