/**
 * Corpora of policy documents: listing (with or without a manifest), reading text and
 * PDF, strict decoding, cleaning with a report per document.
 *
 * @module
 */
export * from "./clean_text.ts";
export * from "./clean_pdf.ts";
export * from "./cleaning_steps.ts";
export * from "./extract_markup.ts";
export * from "./corpus.ts";
export * from "./decode_text.ts";
export * from "./document.ts";
export * from "./extract_pdf.ts";
export * from "./manifest.ts";
export * from "./validate_corpus.ts";
export * from "./document_rows.ts";
export * from "./refusals.ts";
export * from "./groupings.ts";
