/**
 * One document of a corpus: read (text or PDF), decoded, cleaned, and described by a
 * report of pages, characters, words and what cleaning did.
 *
 * @module
 */
import { isAbsolute, relative } from "node:path";
import { InputError } from "../io/mod.ts";
import { countTokens, wordUnitWidth } from "../tokens/mod.ts";
import { type CleaningReport, cleanText, type CleanTextOptions } from "./clean_text.ts";
import { decodeDocumentText } from "./decode_text.ts";
import { extractPdfText } from "./extract_pdf.ts";
import type { Region, SizeClass } from "./manifest.ts";

/** What a manifest may say about a document. */
export interface DocumentMetadata {
  municipality?: string;
  size_class?: SizeClass;
  region?: Region;
  title?: string;
  date?: string;
  scope?: string;
}

/** Where a document is, before it is read. */
export interface DocumentSource {
  /** The document's id (manifest `id`, or the file name without extension). */
  id: string;
  /** Path relative to the corpus directory, with `/` separators. */
  file: string;
  /** Path to read it from. */
  path: string;
  /** Path shown in errors (the corpus directory as the user gave it, joined with `file`). */
  displayPath: string;
  metadata: DocumentMetadata;
  /** The line of the manifest that lists it, if a manifest does. */
  line?: number;
}

/** Facts about a document as read. */
export interface DocumentReport {
  /** Pages of a PDF; 1 for a text file. */
  pages: number;
  /** Unicode code points of the cleaned text. */
  characters: number;
  /**
   * Words of the cleaned text (see lib/tokens). `NaN` when read with
   * `countTokens: false`, for a caller that counts them itself while scoring.
   */
  tokens: number;
  cleaning: CleaningReport;
}

/** A document read and cleaned. */
export interface CorpusDocument extends DocumentSource {
  text: string;
  report: DocumentReport;
}

/** Options of {@linkcode readDocument}. */
export interface ReadDocumentOptions {
  /** Options passed to the cleaner. Default: `{}` (all cleaning rules on). */
  cleaning?: CleanTextOptions;
  /**
   * Count the words (`report.tokens`). The fast scorer turns this off because it counts
   * them anyway; an empty document is still refused. Default: `true`.
   */
  countTokens?: boolean;
}

/**
 * Read one document: `.pdf` through the PDF extractor, `.txt` and `.md` as strict
 * UTF-8 (Markdown is read as plain text). The text is then cleaned (see
 * {@linkcode cleanText}). A missing, unreadable or empty document (no words) is an
 * {@linkcode InputError} naming it.
 */
export async function readDocument(
  source: DocumentSource,
  options: ReadDocumentOptions = {},
): Promise<CorpusDocument> {
  const file = source.displayPath;
  const what = `document "${source.id}"`;
  let bytes: Uint8Array;
  try {
    await refuseEscapingLink(source, what);
    const info = await Deno.stat(source.path);
    if (!info.isFile) throw new InputError(`${what} is not a file (a folder?)`, { file });
    bytes = await Deno.readFile(source.path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof Deno.errors.NotFound) throw new InputError(`${what} not found`, { file });
    if (error instanceof Deno.errors.PermissionDenied) {
      throw new InputError(`${what} cannot be read: permission denied`, { file });
    }
    throw new InputError(`${what} cannot be read: ${(error as Error).message}`, { file });
  }
  const isPdf = source.file.toLowerCase().endsWith(".pdf");
  return documentFromBytes(source, bytes, isPdf, options);
}

/**
 * A document that is a symbolic link must stay inside the corpus folder (a manifest may name
 * a link; one that leads elsewhere, e.g. to `/etc/passwd` or a home folder, is refused).
 */
async function refuseEscapingLink(source: DocumentSource, what: string): Promise<void> {
  const info = await Deno.lstat(source.path).catch(() => undefined);
  if (info === undefined || !info.isSymlink) return;
  const dir = source.path.slice(0, source.path.length - source.file.length);
  const [real, realDir] = await Promise.all([
    Deno.realPath(source.path).catch(() => undefined),
    Deno.realPath(dir || ".").catch(() => undefined),
  ]);
  if (real === undefined) {
    throw new InputError(`${what} is a symbolic link to nothing`, { file: source.displayPath });
  }
  const inside = realDir !== undefined && relative(realDir, real);
  if (inside === false || inside.startsWith("..") || isAbsolute(inside)) {
    throw new InputError(
      `${what} is a symbolic link to a file outside the corpus folder; copy the file in instead`,
      { file: source.displayPath },
    );
  }
}

/**
 * Decode, extract and clean a document's bytes; see {@linkcode readDocument}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const source = { id: "a", file: "a.txt", path: "a.txt", displayPath: "a.txt", metadata: {} };
 * const doc = await documentFromBytes(source, new TextEncoder().encode("\uFEFFDe regie-\nrol."), false);
 * assert.equal(doc.text, "De regierol.");
 * assert.deepEqual([doc.report.pages, doc.report.characters, doc.report.tokens], [1, 12, 2]);
 * assert.equal(doc.report.cleaning.bomRemoved, true);
 * ```
 */
export async function documentFromBytes(
  source: DocumentSource,
  bytes: Uint8Array,
  isPdf: boolean,
  options: ReadDocumentOptions = {},
): Promise<CorpusDocument> {
  const file = source.displayPath;
  const what = `document "${source.id}"`;
  let raw: string;
  let pages = 1;
  let bomRemoved = false;
  if (isPdf) {
    const pdf = await extractPdfText(bytes, file, { id: source.id });
    raw = pdf.text;
    pages = pdf.pages;
  } else {
    const decoded = decodeDocumentText(bytes, file, { id: source.id });
    raw = decoded.text;
    bomRemoved = decoded.bomRemoved;
  }
  const cleaned = cleanText(raw, options.cleaning);
  cleaned.report.bomRemoved ||= bomRemoved;
  const counting = options.countTokens ?? true;
  const tokens = counting ? countTokens(cleaned.text) : NaN;
  if (counting ? tokens === 0 : !hasWord(cleaned.text)) {
    const hint = isPdf ? " (a scanned PDF holds images, not text: it needs OCR first)" : "";
    const state = cleaned.text.trim() === "" ? "is empty" : "holds no words";
    throw new InputError(`${what} ${state}${hint}`, { file });
  }
  return {
    ...source,
    text: cleaned.text,
    report: { pages, characters: countCodePoints(cleaned.text), tokens, cleaning: cleaned.report },
  };
}

/** Does the text hold at least one word? Stops at the first letter. */
function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (wordUnitWidth(text, i) > 0) return true;
  return false;
}

function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
