/**
 * A corpus as rows, for notebooks and `tables/corpus-documents.csv`: what the manifest
 * says about each document and what reading and cleaning found, plus a plain-words
 * account of what cleaning changed and a way to make invisible characters visible, so
 * that the cleaning rules can be shown on small examples.
 *
 * @module
 */
import { type CleaningReport, cleanText, type CleanTextOptions } from "./clean_text.ts";
import type { CorpusDocument } from "./document.ts";

/** One row per document: manifest fields (empty when not given), report and cleaning counts. */
export interface CorpusDocumentRow {
  document: string;
  file: string;
  municipality: string;
  size_class: string;
  region: string;
  title: string;
  date: string;
  scope: string;
  pages: number;
  characters: number;
  tokens: number;
  bom_removed: number;
  line_ends_normalized: number;
  nfc_changes: number;
  soft_hyphens_removed: number;
  hyphen_joins: number;
  elliptic_hyphens_kept: number;
  compound_hyphens_kept: number;
}

/** Column order of `tables/corpus-documents.csv`. */
export const CORPUS_DOCUMENT_COLUMNS = [
  "document",
  "file",
  "municipality",
  "size_class",
  "region",
  "title",
  "date",
  "scope",
  "pages",
  "characters",
  "tokens",
  "bom_removed",
  "line_ends_normalized",
  "nfc_changes",
  "soft_hyphens_removed",
  "hyphen_joins",
  "elliptic_hyphens_kept",
  "compound_hyphens_kept",
] as const;

/** The manifest's columns among {@linkcode CORPUS_DOCUMENT_COLUMNS}. */
export const MANIFEST_DISPLAY_COLUMNS = CORPUS_DOCUMENT_COLUMNS.slice(0, 8);

/**
 * One row per document, in corpus order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { documentFromBytes } from "./document.ts";
 * const source = { id: "a", file: "a.txt", path: "a.txt", displayPath: "a.txt", metadata: { region: "oost" as const } };
 * const doc = await documentFromBytes(source, new TextEncoder().encode("Zorg-\nvuldig werk."), false);
 * const [row] = corpusDocumentRows([doc]);
 * assert.deepEqual([row.document, row.region, row.municipality, row.tokens, row.hyphen_joins], ["a", "oost", "", 2, 1]);
 * ```
 */
export function corpusDocumentRows(
  documents: readonly CorpusDocument[] | { documents: readonly CorpusDocument[] },
): CorpusDocumentRow[] {
  const list = "documents" in documents ? documents.documents : documents;
  return list.map(documentRow);
}

/** What {@linkcode documentRow} needs of a document: read, or scored (lib/score). */
export type DocumentFacts = Pick<CorpusDocument, "id" | "file" | "metadata" | "report">;

/** One document's row; also the start of each row of the scorer's `corpus.csv`. */
export function documentRow(doc: DocumentFacts): CorpusDocumentRow {
  const m = doc.metadata;
  const c = doc.report.cleaning;
  return {
    document: doc.id,
    file: doc.file,
    municipality: m.municipality ?? "",
    size_class: m.size_class ?? "",
    region: m.region ?? "",
    title: m.title ?? "",
    date: m.date ?? "",
    scope: m.scope ?? "",
    pages: doc.report.pages,
    characters: doc.report.characters,
    tokens: doc.report.tokens,
    bom_removed: c.bomRemoved ? 1 : 0,
    line_ends_normalized: c.lineEndsNormalized,
    nfc_changes: c.nfcChanges,
    soft_hyphens_removed: c.softHyphensRemoved,
    hyphen_joins: c.hyphenJoins,
    elliptic_hyphens_kept: c.ellipticHyphensKept,
    compound_hyphens_kept: c.compoundHyphensKept,
  };
}

/** A document's report in short: size and, in words, what cleaning did. */
export interface DocumentReportRow {
  document: string;
  pages: number;
  characters: number;
  /** Words (tokens) of the cleaned text. */
  words: number;
  cleaning: string;
}

/**
 * Per document: pages, characters, words, and {@linkcode describeCleaning}; a last row
 * `all` holds the totals (its `cleaning` says how many documents cleaning changed).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { documentFromBytes } from "./document.ts";
 * const source = (id: string) => ({ id, file: `${id}.txt`, path: "", displayPath: "", metadata: {} });
 * const a = await documentFromBytes(source("a"), new TextEncoder().encode("\uFEFFEen twee."), false);
 * const b = await documentFromBytes(source("b"), new TextEncoder().encode("Drie."), false);
 * assert.deepEqual(documentReportRows([a, b]), [
 *   { document: "a", pages: 1, characters: 9, words: 2, cleaning: "byte order mark removed" },
 *   { document: "b", pages: 1, characters: 5, words: 1, cleaning: "nothing changed" },
 *   { document: "all", pages: 2, characters: 14, words: 3, cleaning: "1 of 2 documents changed" },
 * ]);
 * ```
 */
export function documentReportRows(
  documents: readonly CorpusDocument[] | { documents: readonly CorpusDocument[] },
): DocumentReportRow[] {
  const list = "documents" in documents ? documents.documents : documents;
  const rows = list.map((doc) => ({
    document: doc.id,
    pages: doc.report.pages,
    characters: doc.report.characters,
    words: doc.report.tokens,
    cleaning: describeCleaning(doc.report.cleaning),
  }));
  const changed = list.filter((doc) => describeCleaning(doc.report.cleaning) !== NOTHING).length;
  const sum = (key: "pages" | "characters" | "words") => rows.reduce((n, r) => n + r[key], 0);
  rows.push({
    document: "all",
    pages: sum("pages"),
    characters: sum("characters"),
    words: sum("words"),
    cleaning: `${changed} of ${list.length} documents changed`,
  });
  return rows;
}

const NOTHING = "nothing changed";

/**
 * What cleaning did, in words, changes joined by `; ` in the order the cleaner applies
 * them; `nothing changed` when it changed nothing.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cleanText } from "./clean_text.ts";
 * assert.equal(describeCleaning(cleanText("\uFEFFa\r\nb-\nc, d-\nen e").report),
 *   "byte order mark removed; 1 line end normalised to LF; 1 word joined at a line-end hyphen; " +
 *   "1 elliptic hyphen kept (zorg- en ...)");
 * assert.equal(describeCleaning(cleanText("niets").report), "nothing changed");
 * ```
 */
export function describeCleaning(report: CleaningReport): string {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  if (report.bomRemoved) parts.push("byte order mark removed");
  count(report.lineEndsNormalized, "line end normalised to LF", "line ends normalised to LF");
  count(report.nfcChanges, "letter composed by NFC", "letters composed by NFC");
  count(report.softHyphensRemoved, "soft hyphen removed", "soft hyphens removed");
  count(
    report.hyphenJoins,
    "word joined at a line-end hyphen",
    "words joined at a line-end hyphen",
  );
  count(
    report.ellipticHyphensKept,
    "elliptic hyphen kept (zorg- en ...)",
    "elliptic hyphens kept (zorg- en ...)",
  );
  count(
    report.compoundHyphensKept,
    "real hyphen kept at a line end",
    "real hyphens kept at a line end",
  );
  return parts.length === 0 ? NOTHING : parts.join("; ");
}

/**
 * A text with its invisible characters shown: a line break as `⏎`, a carriage return as
 * `␍`, a byte order mark as `[BOM]`, a soft hyphen as `[SHY]`, a combining mark as
 * `[+U+0308]` after its letter, a tab as `⇥`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(showInvisibles("\uFEFFcre\u0308eren\r\nzelf\u00ADstandig"), "[BOM]cre[+U+0308]eren␍⏎zelf[SHY]standig");
 * ```
 */
export function showInvisibles(text: string): string {
  return text.replace(/[\n\r\t\uFEFF\u00AD\p{M}]/gu, (c) => {
    if (c === "\n") return "⏎";
    if (c === "\r") return "␍";
    if (c === "\t") return "⇥";
    if (c === "\uFEFF") return "[BOM]";
    if (c === "\u00AD") return "[SHY]";
    return `[+U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`;
  });
}

/** A row of {@linkcode cleaningExamples}. */
export interface CleaningExampleRow {
  /** The input, invisible characters shown. */
  before: string;
  /** The cleaned text, invisible characters shown. */
  after: string;
  /** {@linkcode describeCleaning} of the change. */
  cleaning: string;
}

/**
 * Clean each text and show before, after and what changed, to demonstrate the rules.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(cleaningExamples(["de wijk-\nteams"]), [
 *   { before: "de wijk-⏎teams", after: "de wijkteams", cleaning: "1 word joined at a line-end hyphen" },
 * ]);
 * ```
 */
export function cleaningExamples(
  texts: readonly string[],
  options: CleanTextOptions = {},
): CleaningExampleRow[] {
  return texts.map((text) => {
    const cleaned = cleanText(text, options);
    return {
      before: showInvisibles(text),
      after: showInvisibles(cleaned.text),
      cleaning: describeCleaning(cleaned.report),
    };
  });
}
