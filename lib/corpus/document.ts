/**
 * One document of a corpus: read (text, Markdown, PDF, Word, OpenDocument or HTML),
 * decoded, cleaned, and described by a report of pages, characters, words and what
 * cleaning did.
 *
 * @module
 */
import { InputError } from "../io/input_error.ts";
import { countTokens, wordUnitWidth } from "../tokens/mod.ts";
import { decodeTextChunks } from "../io/read_text.ts";
import { type CleaningReport, type CleanTextOptions, TextCleaner } from "./clean_text.ts";
import type { StepEffects } from "./cleaning_steps.ts";
import type { PdfPage } from "./extract_pdf.ts";
import { MARKUP_FORMATS, type MarkupFormat } from "./markup_formats.ts";
import { markupReaders, pdfReaders } from "./readers.ts";
import type { Region, SizeClass } from "./manifest.ts";

/** What a manifest may say about a document. */
export interface DocumentMetadata {
  municipality?: string;
  size_class?: SizeClass;
  region?: Region;
  title?: string;
  date?: string;
  /** The year of the document (manifest column `year`). */
  year?: number;
  scope?: string;
  /** The manifest's columns of the researcher's own, by name (see lib/corpus/manifest.ts). */
  extra?: Record<string, string>;
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
  /** Pages of a PDF without any text (scanned pages, or blank ones), by number; absent when none. */
  pagesWithoutText?: number[];
  /** Unicode code points of the cleaned text. */
  characters: number;
  /**
   * Words of the cleaned text (see lib/tokens). `NaN` when read with
   * `countTokens: false`, for a caller that counts them itself while scoring.
   */
  tokens: number;
  cleaning: CleaningReport;
  /**
   * What each cleaning step did (see lib/corpus/cleaning_steps.ts): the text it took out
   * and put in, for a scorer to count. A step that changed nothing is absent.
   */
  steps?: StepEffects;
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
 * Bytes of a text document decoded, cleaned and scored at a time: small enough that the
 * strings made of them stay in V8's young generation (they are garbage at once).
 */
export const DOCUMENT_CHUNK_BYTES = 32768;

/** Bytes read from the file at a time (handed on in chunks of {@linkcode DOCUMENT_CHUNK_BYTES}). */
const READ_BYTES = 1 << 20;

/**
 * Read buffers no longer in use, taken again by the next document read on this thread:
 * a new megabyte per document is memory outside V8's heap that only a garbage collection
 * frees, and many of them pile up between two.
 */
const freeReadBuffers: Uint8Array[] = [];

/** What {@linkcode streamDocument} reports: a {@linkcode DocumentReport} less the words, which its reader counts. */
export type StreamedReport = Omit<DocumentReport, "tokens">;

/** Options of {@linkcode streamDocument}. */
export interface StreamDocumentOptions {
  /** Options passed to the cleaner. Default: `{}` (all cleaning rules on). */
  cleaning?: CleanTextOptions;
  /** Bytes handed on at a time. Default: {@linkcode DOCUMENT_CHUNK_BYTES}. */
  chunkBytes?: number;
  /**
   * Count the characters of the text for the report. Default: `true`. A reader that goes
   * through every character anyway (the scorer's tokenizer) counts them itself: it leaves
   * this off, and `characters` is `NaN` for it to fill in.
   */
  countCharacters?: boolean;
  /**
   * Called after each part with what the cleaner's steps recorded so far (`ligatures`,
   * `hyphens`); whatever it takes out of `effects` is not in the report's `steps`. A
   * reader that tallies the effects as they come (the scorer) keeps memory bounded: every
   * word a step changed is otherwise kept, with the part it was cut from, to the end of
   * the document. Default: none (all in the report).
   */
  onEffects?: (effects: StepEffects) => void;
}

/**
 * Read one document in parts: `.txt` and `.md` a chunk of bytes at a time, decoded as
 * strict UTF-8 and cleaned (see {@linkcode TextCleaner}); `.pdf` a page at a time. Each
 * part of cleaned text goes to `onText` as soon as it is final, so a document of any size
 * is read in bounded memory. The parts together are exactly the text of
 * {@linkcode readDocument}, and the refusals are the same: a missing, unreadable or empty
 * document (no words) is an {@linkcode InputError} naming it (an empty one only once it
 * has been read to the end; `onText` may have had its blank parts).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/a.txt`, "De regie-\nrol, twee keer: de regie-\nrol.");
 * const source = { id: "a", file: "a.txt", path: `${dir}/a.txt`, displayPath: "a.txt", metadata: {} };
 * const parts: string[] = [];
 * const report = await streamDocument(source, (text) => {
 *   parts.push(text);
 * }, { chunkBytes: 8 });
 * assert.equal(parts.join(""), "De regierol, twee keer: de regierol.");
 * assert.deepEqual([report.characters, report.cleaning.hyphenJoins], [36, 2]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function streamDocument(
  source: DocumentSource,
  onText: (text: string) => void | Promise<void>,
  options: StreamDocumentOptions = {},
): Promise<StreamedReport> {
  const file = source.displayPath;
  const what = `document "${source.id}"`;
  const fail = (error: unknown): never => {
    if (error instanceof InputError) throw error;
    if (error instanceof Deno.errors.NotFound) throw new InputError(`${what} not found`, { file });
    if (error instanceof Deno.errors.PermissionDenied) {
      throw new InputError(`${what} cannot be read: permission denied`, { file });
    }
    throw new InputError(`${what} cannot be read: ${(error as Error).message}`, { file });
  };
  try {
    await refuseEscapingLink(source, what);
    const info = Deno.statSync(source.path);
    if (!info.isFile) throw new InputError(`${what} is not a file (a folder?)`, { file });
  } catch (error) {
    fail(error);
  }
  const format = documentFormat(source.file);
  if (format !== "text") {
    let bytes: Uint8Array;
    try {
      bytes = await Deno.readFile(source.path);
    } catch (error) {
      return fail(error);
    }
    return await streamBytes(source, bytes, format, onText, options);
  }
  const size = options.chunkBytes ?? DOCUMENT_CHUNK_BYTES;
  // Whether the bytes 0xEF 0xAC have been read: the first two bytes of the ligatures
  // U+FB00-U+FB06 in UTF-8. Until then no text decoded holds one, and the cleaner need not
  // search it (a search of the text takes 4 times as long as of the bytes). 0xEF alone is
  // common: the byte order mark, and the private-use bullets (U+F0B7) of Word's symbol font.
  let ligatures = false;
  async function* open(): AsyncGenerator<Uint8Array> {
    let handle: Deno.FsFile | undefined;
    let buffer: Uint8Array | undefined;
    try {
      // Synchronous calls, as above; reads of a megabyte are the rest of the time.
      handle = Deno.openSync(source.path);
      buffer = size > READ_BYTES
        ? new Uint8Array(size)
        : freeReadBuffers.pop() ?? new Uint8Array(READ_BYTES);
      for (let n = handle.readSync(buffer); n !== null; n = handle.readSync(buffer)) {
        if (!ligatures) ligatures = holdsLigatureBytes(buffer.subarray(0, n));
        for (let at = 0; at < n; at += size) yield buffer.subarray(at, Math.min(n, at + size));
      }
    } catch (error) {
      fail(error);
    } finally {
      handle?.close();
      if (buffer?.length === READ_BYTES) freeReadBuffers.push(buffer);
    }
  }
  return await streamParts(source, false, onText, options, async (cleaner, emit) => {
    const { bomRemoved } = await decodeTextChunks(
      open,
      file,
      (text) => emit(cleaner.push(text, ligatures)),
      { what },
    );
    return { pages: 1, bomRemoved };
  });
}

/**
 * Whether bytes of UTF-8 may hold a ligature U+FB00-U+FB06 (0xEF 0xAC ...), counting a 0xEF
 * at the very end, whose next byte is not here.
 */
function holdsLigatureBytes(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0xef); at >= 0; at = bytes.indexOf(0xef, at + 1)) {
    if (at + 1 === bytes.length || bytes[at + 1] === 0xac) return true;
  }
  return false;
}

/** How a document is read, by its extension: `.pdf`, `.docx`, `.odt`, `.html`/`.htm`, else as text. */
export type DocumentFormat = "text" | "pdf" | MarkupFormat;

/**
 * The format of a document, by the extension of its file name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(["a.PDF", "b.docx", "c.htm", "d.md"].map(documentFormat), ["pdf", "docx", "html", "text"]);
 * ```
 */
export function documentFormat(file: string): DocumentFormat {
  const ext = file.slice(file.lastIndexOf(".")).toLowerCase();
  if (ext === ".pdf") return "pdf";
  return Object.hasOwn(MARKUP_FORMATS, ext) ? MARKUP_FORMATS[ext] : "text";
}

/**
 * Read one document: `.pdf` through the PDF extractor, `.txt` and `.md` as strict
 * UTF-8 (Markdown is read as plain text). The text is then cleaned (see
 * {@linkcode cleanText}). A missing, unreadable or empty document (no words) is an
 * {@linkcode InputError} naming it. The whole text in one string, for a notebook; scoring
 * reads documents in parts ({@linkcode streamDocument}).
 */
export async function readDocument(
  source: DocumentSource,
  options: ReadDocumentOptions = {},
): Promise<CorpusDocument> {
  const parts: string[] = [];
  const report = await streamDocument(source, (text) => {
    parts.push(text);
  }, options);
  return withText(source, parts.join(""), report, options);
}

/**
 * A document that is a symbolic link must stay inside the corpus folder (a manifest may name
 * a link; one that leads elsewhere, e.g. to `/etc/passwd` or a home folder, is refused).
 */
async function refuseEscapingLink(source: DocumentSource, what: string): Promise<void> {
  let info: Deno.FileInfo | undefined;
  try {
    // Synchronous: a file system call from the page cache takes microseconds, a trip
    // through the thread pool of an asynchronous one far longer (most of the time of a
    // small document).
    info = Deno.lstatSync(source.path);
  } catch {
    return;
  }
  if (!info.isSymlink) return;
  const dir = source.path.slice(0, source.path.length - source.file.length);
  const [real, realDir] = await Promise.all([
    Deno.realPath(source.path).catch(() => undefined),
    Deno.realPath(dir || ".").catch(() => undefined),
  ]);
  if (real === undefined) {
    throw new InputError(`${what} is a symbolic link to nothing`, { file: source.displayPath });
  }
  // Loaded only here: a scoring thread that meets no link does not load node:path.
  const { isAbsolute, relative } = await import("node:path");
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
  const parts: string[] = [];
  const format = isPdf ? "pdf" : documentFormat(source.file);
  const report = await streamBytes(source, bytes, format, (text) => {
    parts.push(text);
  }, options);
  return withText(source, parts.join(""), report, options);
}

function withText(
  source: DocumentSource,
  text: string,
  report: StreamedReport,
  options: ReadDocumentOptions,
): CorpusDocument {
  const tokens = options.countTokens ?? true ? countTokens(text) : NaN;
  return { ...source, text, report: { ...report, tokens } };
}

/** {@linkcode streamDocument} of bytes in memory. */
async function streamBytes(
  source: DocumentSource,
  bytes: Uint8Array,
  format: DocumentFormat,
  onText: (text: string) => void | Promise<void>,
  options: StreamDocumentOptions,
): Promise<StreamedReport> {
  const file = source.displayPath;
  const off = options.cleaning?.off;
  return await streamParts(source, format === "pdf", onText, options, async (cleaner, emit) => {
    if (format === "pdf") {
      // The pages' lines of this one document are held until the last page is read: the
      // running headers and the table of contents are found across pages.
      const { extractPdfLayout, cleanPdfPages } = await pdfReaders();
      const layout: PdfPage[] = [];
      const pages = await extractPdfLayout(bytes, file, (page) => {
        layout.push(page);
      }, {
        id: source.id,
        dropFootnoteMarks: off === undefined || !off.includes("footnote-marks"),
      });
      const cleaned = cleanPdfPages(layout, off);
      const pagesWithoutText = layout.flatMap((page, i) =>
        page.lines.some((line) => line.text.trim() !== "") ? [] : [i + 1]
      );
      layout.length = 0;
      for (const [i, text] of cleaned.pages.entries()) {
        await emit(cleaner.push(i === 0 ? text : "\n\n" + text));
      }
      return { pages, bomRemoved: false, effects: cleaned.effects, pagesWithoutText };
    }
    if (format !== "text") {
      const { extractMarkupText } = await markupReaders();
      const { text, effects } = extractMarkupText(bytes, format, file, { id: source.id, off });
      await emit(cleaner.push(text));
      return { pages: 1, bomRemoved: false, effects };
    }
    async function* open() {
      yield bytes;
    }
    const { bomRemoved } = await decodeTextChunks(open, file, (text) => emit(cleaner.push(text)), {
      what: `document "${source.id}"`,
    });
    return { pages: 1, bomRemoved };
  });
}

/**
 * The cleaning, counting and refusal of an empty document around a reader of raw parts:
 * `read` pushes raw text into the cleaner and hands what comes out to `emit`.
 */
async function streamParts(
  source: DocumentSource,
  isPdf: boolean,
  onText: (text: string) => void | Promise<void>,
  options: StreamDocumentOptions,
  read: (
    cleaner: TextCleaner,
    emit: (text: string) => Promise<void>,
  ) => Promise<
    { pages: number; bomRemoved: boolean; effects?: StepEffects; pagesWithoutText?: number[] }
  >,
): Promise<StreamedReport> {
  const cleaner = new TextCleaner(options.cleaning);
  const count = options.countCharacters ?? true;
  let characters = count ? 0 : NaN;
  let word = false;
  let visible = false;
  const emit = async (text: string) => {
    if (text === "") return;
    if (count) characters += countCodePoints(text);
    word ||= hasWord(text);
    visible ||= /\S/.test(text);
    await onText(text);
    options.onEffects?.(cleaner.effects);
  };
  const { pages, bomRemoved, effects, pagesWithoutText } = await read(cleaner, emit);
  await emit(cleaner.end());
  const steps = { ...effects, ...cleaner.effects };
  const cleaning = cleaner.report;
  cleaning.bomRemoved ||= bomRemoved;
  if (!word) {
    const hint = isPdf ? " (a scanned PDF holds images, not text: it needs OCR first)" : "";
    const state = visible ? "holds no words" : "is empty";
    throw new InputError(`document "${source.id}" ${state}${hint}`, { file: source.displayPath });
  }
  const blank = pagesWithoutText?.length ? { pagesWithoutText } : {};
  return { pages, characters, cleaning, steps, ...blank };
}

/** Does the text hold at least one word? Stops at the first letter. */
function hasWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (wordUnitWidth(text, i) > 0) return true;
  return false;
}

function countCodePoints(text: string): number {
  // Each astral character is two code units, the second a low surrogate.
  return text.length - (text.match(/[\uDC00-\uDFFF]/g)?.length ?? 0);
}

/**
 * The warning about a PDF some of whose pages hold no text (scanned pages): their words
 * are not counted. `undefined` when every page has text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const source = { id: "plan", displayPath: "plans/plan.pdf" };
 * assert.equal(
 *   textlessPagesWarning(source, { pages: 40, pagesWithoutText: [3, 4, 5, 9] }),
 *   'plans/plan.pdf: document "plan": 4 of 40 pages have no text (pages 3-5, 9: scanned, or blank?), ' +
 *     "so their words are not counted; OCR the PDF first, e.g. with ocrmypdf",
 * );
 * assert.equal(textlessPagesWarning(source, { pages: 2 }), undefined);
 * ```
 */
export function textlessPagesWarning(
  source: Pick<DocumentSource, "id" | "displayPath">,
  report: Pick<DocumentReport, "pages" | "pagesWithoutText">,
): string | undefined {
  const blank = report.pagesWithoutText ?? [];
  if (blank.length === 0) return undefined;
  const ranges: string[] = [];
  for (let i = 0; i < blank.length;) {
    let j = i;
    while (j + 1 < blank.length && blank[j + 1] === blank[j] + 1) j++;
    ranges.push(j === i ? String(blank[i]) : `${blank[i]}-${blank[j]}`);
    i = j + 1;
  }
  const one = blank.length === 1;
  return new InputError(
    `document "${source.id}": ${blank.length} of ${report.pages} pages ${one ? "has" : "have"} ` +
      `no text (page${one ? "" : "s"} ${ranges.join(", ")}: scanned, or blank?), so ` +
      `${one ? "its" : "their"} words are not counted; OCR the PDF first, e.g. with ocrmypdf`,
    { file: source.displayPath },
  ).message;
}
