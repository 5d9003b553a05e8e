/**
 * Decoding a text document's bytes: UTF-8, with or without a byte order mark. Anything
 * else is refused with a message naming the document and saying what it looks like
 * (Windows-1252 from an old export, UTF-16 from a Windows editor). The decoding is the
 * one every text input shares, {@linkcode decodeText} in `lib/io/read_text.ts`.
 *
 * @module
 */
import { type DecodedText, decodeText } from "../io/mod.ts";

export type { DecodedText };

/** Options of {@linkcode decodeDocumentText}. */
export interface DecodeDocumentOptions {
  /** The document's id, named in errors. Default: none (only the file is named). */
  id?: string;
}

/**
 * Decode bytes as strict UTF-8; `file` is the name shown in errors.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(decodeDocumentText(new Uint8Array([0xef, 0xbb, 0xbf, 0x6a, 0x61]), "a.txt"), {
 *   text: "ja",
 *   bomRemoved: true,
 * });
 * assert.throws(() => decodeDocumentText(new Uint8Array([0x63, 0x72, 0xe9, 0x65]), "b.txt", { id: "b" }), {
 *   message: 'b.txt line 1: document "b" is not UTF-8 but looks like Windows-1252 ' +
 *     '(byte 0xe9 = "é" at offset 2); re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
 * });
 * ```
 */
export function decodeDocumentText(
  bytes: Uint8Array,
  file: string,
  options: DecodeDocumentOptions = {},
): DecodedText {
  const what = options.id === undefined ? "the document" : `document "${options.id}"`;
  return decodeText(bytes, file, { what });
}
