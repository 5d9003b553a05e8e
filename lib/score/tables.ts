/**
 * The tables of a scoring result, as rows (numbers as numbers, for notebooks) and as
 * CSV text (numbers with fixed decimals, rows in a fixed order, for files that can be
 * compared byte for byte between runs).
 *
 * @module
 */
import { type CsvValue, formatCsv } from "../io/mod.ts";
import {
  CORPUS_DOCUMENT_COLUMNS,
  type CorpusDocumentRow,
  documentRow,
} from "../corpus/document_rows.ts";
import type { CorpusScore } from "./score_corpus.ts";
import { CLEANING_COLUMNS, cleaningRows } from "./cleaning_effects.ts";

/** Row of `documents.csv`: one per document × category. */
export interface DocumentCategoryRow {
  document: string;
  category: string;
  hits: number;
  /** Share of the document's hits in this category, in %; `null` when the document has no hits. */
  share_pct: number | null;
  per_1000_tokens: number;
  tokens: number;
}

/** Row of `words.csv`: one per document × entry, zeros included. */
export interface WordRow {
  document: string;
  category: string;
  entry: string;
  hits: number;
}

/** Row of `kwic.csv`: one per hit. */
export interface KwicRow {
  document: string;
  category: string;
  entry: string;
  match: string;
  token_index: number;
  left: string;
  right: string;
}

/** Row of `coverage.csv`: one per entry × matched form; one row with an empty form for an entry never matched. */
export interface CoverageRow {
  category: string;
  entry: string;
  mode: string;
  form: string;
  hits: number;
  documents: number;
  /** Empty, `never matched`, or why the form may not be a form of the entry. */
  flag: string;
}

/** Row of `corpus.csv`: one per document, what reading and cleaning found, and words matched. */
export interface CorpusRow extends CorpusDocumentRow {
  matched_tokens: number;
  matched_pct: number;
}

/** Column order of each CSV file. */
export const COLUMNS = {
  documents: ["document", "category", "hits", "share_pct", "per_1000_tokens", "tokens"],
  words: ["document", "category", "entry", "hits"],
  kwic: ["document", "category", "entry", "match", "token_index", "left", "right"],
  coverage: ["category", "entry", "mode", "form", "hits", "documents", "flag"],
  // The corpus document columns, with the words matched after the word count.
  corpus: [
    ...CORPUS_DOCUMENT_COLUMNS.slice(0, CORPUS_DOCUMENT_COLUMNS.indexOf("tokens") + 1),
    "matched_tokens",
    "matched_pct",
    ...CORPUS_DOCUMENT_COLUMNS.slice(CORPUS_DOCUMENT_COLUMNS.indexOf("tokens") + 1),
  ],
} as const;

/**
 * Per document × category: hits, share of the document's hits (the study's measure),
 * hits per 1,000 words, and the document's words. Documents in corpus order, categories
 * in lexicon order.
 */
export function documentRows(result: CorpusScore): DocumentCategoryRow[] {
  return result.documents.flatMap((doc) => {
    const total = doc.categoryHits.reduce((a, b) => a + b, 0);
    return result.categories.map((category, i) => ({
      document: doc.id,
      category,
      hits: doc.categoryHits[i],
      share_pct: total === 0 ? null : (doc.categoryHits[i] / total) * 100,
      per_1000_tokens: doc.tokens === 0 ? 0 : (doc.categoryHits[i] / doc.tokens) * 1000,
      tokens: doc.tokens,
    }));
  });
}

/** Per document × entry, zeros included; documents in corpus order, entries in lexicon order. */
export function wordRows(result: CorpusScore): WordRow[] {
  return result.documents.flatMap((doc) =>
    result.entries.map((entry, i) => ({
      document: doc.id,
      category: entry.category,
      entry: entry.entry,
      hits: doc.entryHits[i],
    }))
  );
}

/** Every hit with its context; documents in corpus order, hits in text order. */
export function kwicRows(result: CorpusScore): KwicRow[] {
  return result.documents.flatMap((doc) =>
    doc.hits.map((hit) => ({
      document: doc.id,
      category: hit.category,
      entry: hit.entry,
      match: hit.match,
      token_index: hit.tokenIndex,
      left: hit.left,
      right: hit.right,
    }))
  );
}

/** Matched forms per entry (lexicon order; most frequent first), and entries never matched. */
export function coverageRows(result: CorpusScore): CoverageRow[] {
  const rows: CoverageRow[] = [];
  const formsOf = Map.groupBy(result.coverage.forms, (f) => `${f.category}\u0000${f.entry}`);
  for (const entry of result.entries) {
    const forms = formsOf.get(`${entry.category}\u0000${entry.entry}`) ?? [];
    if (forms.length === 0) {
      rows.push({ ...entry, form: "", hits: 0, documents: 0, flag: "never matched" });
    }
    for (const f of forms) {
      rows.push({
        category: f.category,
        entry: f.entry,
        mode: f.mode,
        form: f.form,
        hits: f.hits,
        documents: f.documents,
        flag: f.flag ?? "",
      });
    }
  }
  return rows;
}

/** Per document: metadata, pages, characters, words, words matched, and cleaning counts. */
export function corpusRows(result: CorpusScore): CorpusRow[] {
  return result.documents.map((doc) => ({
    ...documentRow(doc),
    tokens: doc.tokens,
    matched_tokens: doc.matchedTokens,
    matched_pct: doc.tokens === 0 ? 0 : (doc.matchedTokens / doc.tokens) * 100,
  }));
}

/** Options of {@linkcode resultCsvFiles}. */
export interface ResultCsvOptions {
  /** Decimals of `share_pct`, `per_1000_tokens` and `matched_pct`. Default: `3`. */
  decimals?: number;
  /** Make only these files. Default: all six. */
  only?: readonly string[];
}

/**
 * The CSV files of a result, by file name. Decimal columns always have `decimals`
 * digits (`50.000`), so that files compare equal between runs and machines.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regelen\nSR,meedoen\n", "csv");
 * const text = "Regelen, meedoen en meedoen.";
 * const doc = { id: "a", file: "a.txt", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: 28, tokens: 4, cleaning: {} as never } };
 * const files = resultCsvFiles(await scoreCorpus([doc], lexicon), { decimals: 1 });
 * assert.equal(files["documents.csv"],
 *   "document,category,hits,share_pct,per_1000_tokens,tokens\na,PA,1,33.3,250.0,4\na,SR,2,66.7,500.0,4\n");
 * ```
 */
export function resultCsvFiles(
  result: CorpusScore,
  options: ResultCsvOptions = {},
): Record<string, string> {
  const decimals = options.decimals ?? 3;
  const fixed = (value: number | null): string => value === null ? "" : value.toFixed(decimals);
  const csv = (columns: readonly string[], rows: readonly object[]) =>
    formatCsv(columns, rows as Record<string, CsvValue>[]);
  const files: Record<string, () => string> = {
    "documents.csv": () =>
      csv(
        COLUMNS.documents,
        documentRows(result).map((r) => ({
          ...r,
          share_pct: fixed(r.share_pct),
          per_1000_tokens: fixed(r.per_1000_tokens),
        })),
      ),
    "words.csv": () => csv(COLUMNS.words, wordRows(result)),
    "kwic.csv": () => csv(COLUMNS.kwic, kwicRows(result)),
    "coverage.csv": () => csv(COLUMNS.coverage, coverageRows(result)),
    "corpus.csv": () =>
      csv(
        COLUMNS.corpus,
        corpusRows(result).map((r) => ({ ...r, matched_pct: fixed(r.matched_pct) })),
      ),
    "cleaning.csv": () => csv(CLEANING_COLUMNS, cleaningRows(result)),
  };
  const names = options.only ?? Object.keys(files);
  return Object.fromEntries(names.map((name) => [name, files[name]()]));
}
