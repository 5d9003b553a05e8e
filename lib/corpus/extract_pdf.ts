/**
 * Text out of a PDF, through `unpdf` (a maintained build of Mozilla's PDF.js for
 * servers; it needs no canvas and runs under Deno). Pages are joined by a blank line, so
 * a hyphen at the foot of a page is never joined to the next page's first word.
 *
 * @module
 */
import { extractText, getDocumentProxy } from "unpdf";
import { InputError } from "../io/mod.ts";

/** The library that reads PDFs, recorded with results. */
export const PDF_EXTRACTOR = { package: "unpdf", version: "1.8.1" } as const;

/** Options of {@linkcode extractPdfText}. */
export interface ExtractPdfOptions {
  /** The document's id, named in errors. Default: none (only the file is named). */
  id?: string;
}

/** The text of a PDF and its number of pages. */
export interface PdfText {
  text: string;
  pages: number;
}

/**
 * Extract the text of all pages of a PDF; `file` is the name shown in errors. A file
 * that PDF.js cannot open (damaged, encrypted, not a PDF) is an {@linkcode InputError}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { minimalPdf } from "./pdf_fixture.ts";
 * const pdf = minimalPdf([["Eerste pagina."], ["Tweede pagina."]]);
 * assert.deepEqual(await extractPdfText(pdf, "twee.pdf"), {
 *   text: "Eerste pagina.\n\nTweede pagina.",
 *   pages: 2,
 * });
 * ```
 */
export async function extractPdfText(
  bytes: Uint8Array,
  file: string,
  options: ExtractPdfOptions = {},
): Promise<PdfText> {
  const what = options.id === undefined ? "the document" : `document "${options.id}"`;
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // PDF.js may detach the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    return { text: text.join("\n\n"), pages: totalPages };
  } catch (error) {
    const reason = (error as Error).message ?? String(error);
    throw new InputError(`${what} cannot be read as a PDF (${reason})`, { file });
  } finally {
    await pdf?.loadingTask.destroy();
  }
}
