/**
 * Decoding a text document's bytes: UTF-8, with or without a byte order mark. Anything
 * else is refused with a message naming the document and saying what it looks like
 * (Windows-1252 from an old export, UTF-16 from a Windows editor).
 *
 * @module
 */
import { firstInvalidUtf8, InputError } from "../io/mod.ts";

/** Options of {@linkcode decodeDocumentText}. */
export interface DecodeDocumentOptions {
  /** The document's id, named in errors. Default: none (only the file is named). */
  id?: string;
}

/** Decoded text, without its byte order mark. */
export interface DecodedText {
  text: string;
  /** Whether a UTF-8 byte order mark was dropped. */
  bomRemoved: boolean;
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
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(
      `${what} is UTF-16 (it starts with a UTF-16 byte order mark); re-save it as UTF-8`,
      { file },
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, at).filter((b) => b === 0x0a).length;
    const hex = `0x${bytes[at].toString(16).padStart(2, "0")}`;
    if (looksLikeWindows1252(bytes)) {
      const char = new TextDecoder("windows-1252").decode(bytes.subarray(at, at + 1));
      throw new InputError(
        `${what} is not UTF-8 but looks like Windows-1252 (byte ${hex} = "${char}" at offset ${at}); ` +
          "re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)",
        { file, line },
      );
    }
    throw new InputError(
      `${what} is not valid UTF-8 (byte ${hex} at offset ${at}); re-save it as UTF-8`,
      { file, line },
    );
  }
  const bomRemoved = text.startsWith("\uFEFF");
  return { text: bomRemoved ? text.slice(1) : text, bomRemoved };
}

/** Bytes that Windows-1252 leaves undefined; a file holding them is not Windows-1252. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x00 || UNDEFINED_IN_1252.has(b)) return false;
  }
  return true;
}
