/**
 * Reading text, strictly, for every text input (documents, manifests, lexicons, data
 * tables): UTF-8 with or without a byte order mark, and nothing else. Anything else is an
 * {@linkcode InputError} naming the file and saying what it looks like and how to convert
 * it (Windows-1252 from an old export, UTF-16 or UTF-32 from a Windows editor, a binary
 * file), never silently garbled text.
 *
 * @module
 */
import { InputError } from "./input_error.ts";

/** Options of {@linkcode decodeText}. */
export interface DecodeTextOptions {
  /** How the input is named at the start of a message. Default: `"the file"`. */
  what?: string;
}

/** Decoded text, without its byte order mark. */
export interface DecodedText {
  text: string;
  /** Whether a UTF-8 byte order mark was dropped. */
  bomRemoved: boolean;
}

/**
 * Decode bytes as strict UTF-8; `file` is the name shown in errors. A UTF-8 byte order
 * mark is dropped. Refused, saying how to convert the file with `iconv`: a UTF-16 or
 * UTF-32 byte order mark; UTF-16 or UTF-32 without one (recognised by the zero bytes of
 * mostly-ASCII text: every second, or three of every four); other NUL bytes (not a text
 * file); bytes that are not UTF-8 (named with their line and offset, and shown as
 * Windows-1252 when the file could be that).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x6a, 0x61]), "a.txt"), {
 *   text: "ja",
 *   bomRemoved: true,
 * });
 * assert.throws(() => decodeText(new Uint8Array([0x63, 0x72, 0xe9, 0x65]), "b.txt"), {
 *   message: 'b.txt line 1: the file is not UTF-8 but looks like Windows-1252 ' +
 *     '(byte 0xe9 = "é" at offset 2); re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
 * });
 * ```
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  options: DecodeTextOptions = {},
): DecodedText {
  const what = options.what ?? "the file";
  const bom = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((b, i) => bytes[i] === b));
  if (bom !== undefined) {
    throw new InputError(
      `${what} is ${bom.encoding} (it starts with a ${bom.encoding} byte order mark); ` +
        `re-save it as UTF-8 (e.g. iconv -f ${bom.iconv} -t UTF-8)`,
      { file },
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const wide = guessWideEncoding(bytes);
    if (wide !== undefined) {
      throw new InputError(
        `${what} looks like ${wide.encoding} without a byte order mark (${wide.sign}); ` +
          `re-save it as UTF-8 (e.g. iconv -f ${wide.iconv} -t UTF-8)`,
        { file },
      );
    }
    throw new InputError(
      `${what} holds a NUL byte (at offset ${nul}), so it is not a text file; ` +
        "give plain text saved as UTF-8",
      { file, line: lineAt(bytes, nul) },
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = lineAt(bytes, at);
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

/**
 * Decode bytes as UTF-8 (a byte order mark is dropped); see {@linkcode decodeText}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "a.txt"), "a");
 * assert.throws(() => decodeUtf8(new Uint8Array([0x61, 0x0a, 0xe9]), "b.txt"), {
 *   message: /^b.txt line 2: the file is not UTF-8 but looks like Windows-1252/,
 * });
 * ```
 */
export function decodeUtf8(
  bytes: Uint8Array,
  file: string,
  options: DecodeTextOptions = {},
): string {
  return decodeText(bytes, file, options).text;
}

/** Options of {@linkcode readTextFile}. */
export interface ReadTextOptions extends DecodeTextOptions, ReadBytesOptions {
  /** Accept an empty file. Default: `false`. */
  allowEmpty?: boolean;
}

/** Options of {@linkcode readFileBytes}. */
export interface ReadBytesOptions {
  /** Name shown in errors. Default: the path as given. */
  displayName?: string;
  /** Refuse a file larger than this many bytes, before reading it. Default: no limit. */
  maxBytes?: number;
}

/**
 * Read a file's bytes: a missing or unreadable file, or one larger than `maxBytes`, is an
 * {@linkcode InputError} naming it.
 */
export async function readFileBytes(
  path: string | URL,
  options: ReadBytesOptions = {},
): Promise<Uint8Array> {
  const file = options.displayName ?? String(path);
  try {
    if (options.maxBytes !== undefined) {
      const { size } = await Deno.stat(path);
      if (size > options.maxBytes) {
        throw new InputError(
          `the file has ${size} bytes; at most ${options.maxBytes} are accepted`,
          { file },
        );
      }
    }
    return await Deno.readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof Deno.errors.NotFound) {
      throw new InputError("file not found", { file });
    }
    throw new InputError(`cannot be read: ${(error as Error).message}`, { file });
  }
}

/** Read and decode a UTF-8 text file; see {@linkcode decodeText} and {@linkcode readFileBytes}. */
export async function readTextFile(
  path: string | URL,
  options: ReadTextOptions = {},
): Promise<string> {
  const file = options.displayName ?? String(path);
  const text = decodeUtf8(await readFileBytes(path, options), file, options);
  if (!options.allowEmpty && text.trim() === "") {
    throw new InputError("the file is empty", { file });
  }
  return text;
}

/** Offset of the first byte that breaks UTF-8 (the last offset when the text is cut short). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80
      ? 0
      : b >= 0xc2 && b < 0xe0
      ? 1
      : b >= 0xe0 && b < 0xf0
      ? 2
      : b >= 0xf0 && b < 0xf5
      ? 3
      : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

// UTF-32 LE before UTF-16 LE: its mark starts with the UTF-16 LE mark.
const BYTE_ORDER_MARKS = [
  { encoding: "UTF-32 LE", iconv: "UTF-32", bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: "UTF-32 BE", iconv: "UTF-32", bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: "UTF-16 LE", iconv: "UTF-16", bytes: [0xff, 0xfe] },
  { encoding: "UTF-16 BE", iconv: "UTF-16", bytes: [0xfe, 0xff] },
];

/** How many leading bytes {@linkcode guessWideEncoding} looks at. */
const SAMPLE_BYTES = 4096;

/**
 * UTF-16 or UTF-32 without a byte order mark, told by where the zero bytes are: text that
 * is mostly ASCII (as Dutch and English are) has a zero in every high byte of a code unit.
 */
function guessWideEncoding(
  bytes: Uint8Array,
): { encoding: string; iconv: string; sign: string } | undefined {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~3;
  if (length < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < length; i++) if (bytes[i] === 0) zeros[i % 4]++;
  const share = zeros.map((z) => z / (length / 4));
  const mostly = (i: number) => share[i] >= 0.9;
  const rarely = (i: number) => share[i] <= 0.1;
  if (mostly(1) && mostly(2) && mostly(3) && rarely(0)) {
    return { encoding: "UTF-32 LE", iconv: "UTF-32LE", sign: "three of every four bytes are 0" };
  }
  if (mostly(0) && mostly(1) && mostly(2) && rarely(3)) {
    return { encoding: "UTF-32 BE", iconv: "UTF-32BE", sign: "three of every four bytes are 0" };
  }
  const odd = (share[1] + share[3]) / 2;
  const even = (share[0] + share[2]) / 2;
  if (odd >= 0.5 && even <= 0.1) {
    return { encoding: "UTF-16 LE", iconv: "UTF-16LE", sign: "every second byte is 0" };
  }
  if (even >= 0.5 && odd <= 0.1) {
    return { encoding: "UTF-16 BE", iconv: "UTF-16BE", sign: "every second byte is 0" };
  }
  return undefined;
}

/** Bytes that Windows-1252 leaves undefined; a file holding them is not Windows-1252. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function looksLikeWindows1252(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x00 || UNDEFINED_IN_1252.has(b)) return false;
  }
  return true;
}
