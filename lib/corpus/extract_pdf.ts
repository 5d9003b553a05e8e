/**
 * Text out of a PDF, through `unpdf` (a maintained build of Mozilla's PDF.js for
 * servers; it needs no canvas and runs under Deno), page by page. Pages are joined by a
 * blank line, so a hyphen at the foot of a page is never joined to the next page's first
 * word.
 *
 * @module
 */
import { InputError } from "../io/mod.ts";

/** The library that reads PDFs, recorded with results. */
export const PDF_EXTRACTOR = { package: "unpdf", version: "1.8.1" } as const;

/** Options of {@linkcode extractPdfText}. */
export interface ExtractPdfOptions {
  /** The document's id, named in errors. Default: none (only the file is named). */
  id?: string;
  /** Larger files are refused before they are parsed. Default: {@linkcode PDF_MAX_BYTES} (200 MiB). */
  maxBytes?: number;
  /** PDFs with more pages are refused before any page is read. Default: {@linkcode PDF_MAX_PAGES}. */
  maxPages?: number;
}

/** The default size limit of a PDF: 200 MiB, far above a policy document's text. */
export const PDF_MAX_BYTES = 200 * 1024 * 1024;

/** The default page limit of a PDF: 5,000 pages. */
export const PDF_MAX_PAGES = 5000;

/** The text of a PDF and its number of pages. */
export interface PdfText {
  text: string;
  pages: number;
}

/**
 * Extract the text of all pages of a PDF; `file` is the name shown in errors. A PDF
 * that cannot be used is an {@linkcode InputError} that says why, in the reader's terms
 * (never PDF.js's own message): an empty file, a file that is not a PDF, a truncated or
 * damaged PDF, an encrypted one, one with no text layer (a scan), or one over the size
 * or page limit (which keep a hostile file from taking all memory).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { imageOnlyPdf, minimalPdf } from "./pdf_fixture.ts";
 * const pdf = minimalPdf([["Eerste pagina."], ["Tweede pagina."]]);
 * assert.deepEqual(await extractPdfText(pdf, "twee.pdf"), {
 *   text: "Eerste pagina.\n\nTweede pagina.",
 *   pages: 2,
 * });
 * await assert.rejects(() => extractPdfText(imageOnlyPdf(1), "scan.pdf", { id: "scan" }), {
 *   message: 'scan.pdf: document "scan" has no text layer (its pages are images, as in a scan); ' +
 *     "it needs OCR first, e.g. with ocrmypdf",
 * });
 * ```
 */
export async function extractPdfText(
  bytes: Uint8Array,
  file: string,
  options: ExtractPdfOptions = {},
): Promise<PdfText> {
  const texts: string[] = [];
  const pages = await extractPdfPages(bytes, file, (text) => {
    texts.push(text);
  }, options);
  return { text: texts.join("\n\n"), pages };
}

/** A line of a PDF page, with where it is (PDF units, 1/72 inch; `y` up from the foot). */
export interface PdfLine {
  text: string;
  /** Left end of the line. */
  x: number;
  /** Right end of the line. */
  right: number;
  /** Baseline of the line's first text. */
  y: number;
  /** Font size of its largest text. */
  size: number;
}

/** A page of a PDF as lines in the order the file holds them. */
export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
  /** Footnote marks (small raised digits) left out of the lines. */
  footnoteMarks: number;
}

/** Options of {@linkcode extractPdfLayout}. */
export interface ExtractPdfLayoutOptions extends ExtractPdfOptions {
  /** Leave footnote marks (small raised digits after a word) out of the lines. Default: `true`. */
  dropFootnoteMarks?: boolean;
}

/**
 * {@linkcode extractPdfText} one page at a time: `onPage` gets the text of each page in
 * order (its lines, see {@linkcode extractPdfLayout}, joined by line breaks), so a
 * document of many pages is never one string. The refusals are those of
 * `extractPdfText`; a PDF whose pages all turn out blank is refused after the last page.
 * Returns the number of pages.
 */
export async function extractPdfPages(
  bytes: Uint8Array,
  file: string,
  onPage: (text: string, page: number) => void | Promise<void>,
  options: ExtractPdfOptions = {},
): Promise<number> {
  return await extractPdfLayout(bytes, file, async (page, n) => {
    await onPage(page.lines.map((line) => line.text).join("\n"), n);
  }, { ...options, dropFootnoteMarks: false });
}

/**
 * The pages of a PDF as lines with their places, one page at a time, for the cleaning
 * steps that need positions (lib/corpus/clean_pdf.ts). A line is the text PDF.js reads
 * between two line ends (its `hasEOL`, or a change of baseline), in the file's order;
 * pieces of a line a little apart are joined by a space, pieces far apart (more than one
 * and a half times the font size: another column) are lines of their own. The refusals are those
 * of {@linkcode extractPdfText}. Returns the number of pages.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { minimalPdf } from "./pdf_fixture.ts";
 * const pages: string[][] = [];
 * await extractPdfLayout(minimalPdf([["Eerste regel.", "Tweede regel."]]), "a.pdf", (page) => {
 *   pages.push(page.lines.map((line) => `${line.text}@${Math.round(line.y)}`));
 * });
 * // The fixture sets the first line at 786 pt from the foot, and 12 pt text 17 pt apart.
 * assert.deepEqual(pages, [["Eerste regel.@786", "Tweede regel.@769"]]);
 * ```
 */
export async function extractPdfLayout(
  bytes: Uint8Array,
  file: string,
  onPage: (page: PdfPage, n: number) => void | Promise<void>,
  options: ExtractPdfLayoutOptions = {},
): Promise<number> {
  const what = options.id === undefined ? "the document" : `document "${options.id}"`;
  const refuse = (problem: string) => new InputError(`${what} ${problem}`, { file });
  const maxBytes = options.maxBytes ?? PDF_MAX_BYTES;
  const maxPages = options.maxPages ?? PDF_MAX_PAGES;
  if (bytes.length === 0) throw refuse("is an empty file (0 bytes), not a PDF");
  if (!startsLikePdf(bytes)) {
    throw refuse(
      'is not a PDF: the file does not start with "%PDF-" (is it a web page or another ' +
        "kind of file saved under a .pdf name?)",
    );
  }
  if (bytes.length > maxBytes) {
    const size = `${mebibytes(bytes.length)} MiB`;
    const limit = `${mebibytes(maxBytes)} MiB`;
    throw refuse(
      `is ${size}, over the limit of ${limit} for a PDF; save its text as a .txt file and use that`,
    );
  }
  // PDF.js is large: loaded only when a PDF is read (not by every scoring thread).
  const { getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    try {
      // PDF.js may detach the buffer it is given: hand it a copy.
      pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    } catch (error) {
      if ((error as Error)?.name === "PasswordException") {
        throw refuse(
          "is encrypted (it needs a password to open); save an unprotected copy and use that",
        );
      }
      throw unreadable(bytes, refuse);
    }
    if (pdf.numPages > maxPages) {
      throw refuse(
        `has ${pdf.numPages} pages, over the limit of ${maxPages} pages for a PDF; ` +
          "split it, or save its text as a .txt file and use that",
      );
    }
    let blank = true;
    for (let n = 1; n <= pdf.numPages; n++) {
      let page: PdfPage;
      try {
        const proxy = await pdf.getPage(n);
        const [, , width, height] = proxy.view;
        const content = await proxy.getTextContent();
        page = pageLines(content.items, width, height, options.dropFootnoteMarks ?? true);
      } catch {
        throw unreadable(bytes, refuse);
      }
      blank &&= page.lines.every((line) => line.text.trim() === "");
      await onPage(page, n);
    }
    if (blank) {
      throw refuse(
        "has no text layer (its pages are images, as in a scan); it needs OCR first, e.g. with ocrmypdf",
      );
    }
    return pdf.numPages;
  } finally {
    await pdf?.loadingTask.destroy();
  }
}

/** A text item of PDF.js, as far as it is used here. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** The lines of a page from PDF.js's text items (see {@linkcode extractPdfLayout}). */
function pageLines(
  items: readonly unknown[],
  width: number,
  height: number,
  dropMarks: boolean,
): PdfPage {
  const lines: PdfLine[] = [];
  let footnoteMarks = 0;
  let line: PdfLine | undefined;
  /** A footnote mark that opens the line (before the footnote's text), held back. */
  let leadingMark: { text: string; size: number } | undefined;
  const close = () => {
    if (line !== undefined) lines.push({ ...line, text: line.text.trimEnd() });
    line = undefined;
    leadingMark = undefined;
  };
  for (const raw of items) {
    if (typeof raw !== "object" || raw === null || !("str" in raw)) continue;
    const item = raw as TextItem;
    const x = item.transform[4];
    const y = item.transform[5];
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height;
    if (item.str.trim() === "") {
      // PDF.js fills a gap with a space item as wide as the gap: no text of its own.
      if (line !== undefined && item.str !== "" && !/\s$/.test(line.text)) line.text += " ";
    } else {
      const isMark = dropMarks && MARK.test(item.str);
      if (line !== undefined && Math.abs(y - line.y) > 0.5 * Math.max(size, line.size)) {
        const raised = isMark && size < 0.8 * line.size && y > line.y;
        if (!raised) close();
      }
      // Text far to the right on the same line is another column (or a table's cell):
      // a line of its own, so that the step `columns` can place it.
      if (line !== undefined && x - line.right > 1.5 * Math.max(size, line.size)) close();
      if (line === undefined) {
        line = { text: item.str, x, right: x + item.width, y, size };
        if (isMark) leadingMark = { text: item.str, size };
      } else if (isMark && size < 0.8 * line.size && y > line.y + 0.1 * line.size) {
        // A small raised digit after text: a footnote mark.
        footnoteMarks++;
      } else {
        if (
          leadingMark !== undefined && leadingMark.size < 0.8 * size &&
          line.text === leadingMark.text
        ) {
          // The line opened with a footnote's own (smaller) mark: the footnote text follows.
          footnoteMarks++;
          line = { text: "", x, right: x, y, size };
        }
        leadingMark = undefined;
        const gap = x - line.right;
        const spaced = /\s$/.test(line.text) || /^\s/.test(item.str) || line.text === "";
        if (!spaced && gap > 0.15 * size) line.text += " ";
        line.text += item.str;
        line.right = Math.max(line.right, x + item.width);
        if (size > line.size) {
          line.size = size;
          line.y = y;
        }
      }
    }
    if (item.hasEOL) close();
  }
  close();
  return { width, height, lines, footnoteMarks };
}

/** What a footnote mark looks like: one to three digits, or an asterisk or dagger. */
const MARK = /^(?:\d{1,3}|[*\u2020\u2021])$/;

/** PDF.js, like other readers, accepts `%PDF-` anywhere in the first 1,024 bytes. */
function startsLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

/** The refusal of a PDF that PDF.js cannot parse: truncated when `%%EOF` is missing at the end. */
function unreadable(bytes: Uint8Array, refuse: (problem: string) => InputError): InputError {
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes("%%EOF")
    ? refuse("is a damaged PDF that cannot be read; open it in a PDF reader and save a new copy")
    : refuse('is a truncated PDF (it does not end with "%%EOF"); download or copy it again');
}

function mebibytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
