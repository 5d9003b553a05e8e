/**
 * The formats read by lib/corpus/extract_markup.ts, by extension, and the libraries that
 * read them, in a module of their own: telling a document's format, or recording the
 * readers with a result, must not load the readers (fflate, htmlparser2), which a corpus
 * of plain text never needs.
 *
 * @module
 */

/** The libraries that read Word, OpenDocument and HTML, recorded with results. */
export const MARKUP_READERS = [
  { package: "fflate", version: "0.8.3" },
  { package: "htmlparser2", version: "12.0.0" },
] as const;

/** The formats of lib/corpus/extract_markup.ts, by extension. */
export const MARKUP_FORMATS: Readonly<Record<string, MarkupFormat>> = {
  ".docx": "docx",
  ".odt": "odt",
  ".html": "html",
  ".htm": "html",
};

/** One of the formats of {@linkcode MARKUP_FORMATS}. */
export type MarkupFormat = "docx" | "odt" | "html";
