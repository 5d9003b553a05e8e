/**
 * The readers of PDF (PDF.js through `unpdf`, and the layout cleaning) and of Word,
 * OpenDocument and HTML (`fflate`, `htmlparser2`), loaded the first time a document of
 * their kind is read, once per thread. A corpus of plain text then never loads them:
 * together they cost every run, and every scoring thread, tens of milliseconds before
 * the first document (fflate also starts Deno's Node compatibility layer).
 *
 * @module
 */
import type { cleanPdfPages } from "./clean_pdf.ts";
import type { extractPdfLayout } from "./extract_pdf.ts";
import type { extractMarkupText } from "./extract_markup.ts";

/** What reads and cleans a PDF. */
export interface PdfReaders {
  extractPdfLayout: typeof extractPdfLayout;
  cleanPdfPages: typeof cleanPdfPages;
}

/** What reads Word, OpenDocument and HTML. */
export interface MarkupReaders {
  extractMarkupText: typeof extractMarkupText;
}

let pdf: Promise<PdfReaders> | undefined;
let markup: Promise<MarkupReaders> | undefined;

/** The PDF readers, loaded on the first call. */
export function pdfReaders(): Promise<PdfReaders> {
  pdf ??= Promise.all([import("./extract_pdf.ts"), import("./clean_pdf.ts")]).then((
    [extract, clean],
  ) => ({ extractPdfLayout: extract.extractPdfLayout, cleanPdfPages: clean.cleanPdfPages }));
  return pdf;
}

/** The readers of Word, OpenDocument and HTML, loaded on the first call. */
export function markupReaders(): Promise<MarkupReaders> {
  markup ??= import("./extract_markup.ts").then((module) => ({
    extractMarkupText: module.extractMarkupText,
  }));
  return markup;
}
