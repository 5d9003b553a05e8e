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

/**
 * {@linkcode extractPdfText} one page at a time: `onPage` gets the text of each page in
 * order (as `unpdf`'s `extractText` makes it: the page's text items, a line break after
 * each that ends a line), so a document of many pages is never one string. The refusals
 * are those of `extractPdfText`; a PDF whose pages all turn out blank is refused after the
 * last page. Returns the number of pages.
 */
export async function extractPdfPages(
  bytes: Uint8Array,
  file: string,
  onPage: (text: string, page: number) => void | Promise<void>,
  options: ExtractPdfOptions = {},
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
    for (let page = 1; page <= pdf.numPages; page++) {
      let text: string;
      try {
        const content = await (await pdf.getPage(page)).getTextContent();
        text = content.items
          .filter((item) => "str" in item && item.str != null)
          .map((item) => "str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")
          .join("");
      } catch {
        throw unreadable(bytes, refuse);
      }
      blank &&= text.trim() === "";
      await onPage(text, page);
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
