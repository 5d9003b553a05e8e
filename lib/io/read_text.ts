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
  let text: string | undefined;
  if (bytes.indexOf(0) < 0 && !startsWithWideMark(bytes)) {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      // refused below
    }
  }
  if (text === undefined) {
    const scan = new RefusalScan();
    scan.feed(bytes);
    throw scan.refusal(file, options.what ?? "the file");
  }
  const bomRemoved = text.startsWith("\uFEFF");
  return { text: bomRemoved ? text.slice(1) : text, bomRemoved };
}

/**
 * Decode bytes that arrive in chunks as strict UTF-8, handing on the text as it is
 * decoded: the same text, the same byte order mark rule and the same refusals (word for
 * word) as {@linkcode decodeText} of all the bytes at once, in memory bounded by a chunk.
 * `open` gives the chunks; on a refusal it is called once more, to find what the whole
 * file says (the first NUL byte anywhere outranks a bad byte before it, as in
 * `decodeText`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const bytes = new TextEncoder().encode("\uFEFFcreëren");
 * async function* open() {
 *   for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
 * }
 * const parts: string[] = [];
 * const { bomRemoved } = await decodeTextChunks(open, "a.txt", (text) => {
 *   parts.push(text);
 * });
 * assert.deepEqual([parts.join(""), bomRemoved], ["creëren", true]);
 * ```
 */
export async function decodeTextChunks(
  open: () => AsyncIterable<Uint8Array>,
  file: string,
  onText: (text: string) => void | Promise<void>,
  options: DecodeTextOptions = {},
): Promise<{ bomRemoved: boolean }> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let first = true;
  let head: Uint8Array = new Uint8Array(0);
  let bomRemoved = false;
  let failed = false;
  const emit = async (text: string) => {
    if (first && text !== "") {
      first = false;
      if (text.startsWith("\uFEFF")) {
        bomRemoved = true;
        text = text.slice(1);
      }
    }
    if (text !== "") await onText(text);
  };
  for await (const chunk of open()) {
    if (head.length < 4) head = concatBytes(head, chunk.subarray(0, 4 - head.length));
    if (chunk.indexOf(0) >= 0 || (head.length >= 4 && startsWithWideMark(head))) {
      failed = true;
      break;
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      failed = true;
      break;
    }
    await emit(text);
  }
  if (!failed) {
    if (startsWithWideMark(head)) failed = true;
    else {
      try {
        await emit(decoder.decode());
      } catch {
        failed = true;
      }
    }
  }
  if (failed) {
    const scan = new RefusalScan();
    for await (const chunk of open()) scan.feed(chunk);
    throw scan.refusal(file, options.what ?? "the file");
  }
  return { bomRemoved };
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
  const scan = new RefusalScan();
  scan.feed(bytes);
  return scan.invalid ?? Math.max(0, bytes.length - 1);
}

/** Number of UTF-8 bytes of a sequence after a lead byte, or -1 for a byte that cannot lead. */
function continuationBytes(b: number): number {
  return b < 0x80
    ? 0
    : b >= 0xc2 && b < 0xe0
    ? 1
    : b >= 0xe0 && b < 0xf0
    ? 2
    : b >= 0xf0 && b < 0xf5
    ? 3
    : -1;
}

/**
 * What the bytes of a refused text say, read once from start to end in chunks of any
 * size: its first bytes, the first NUL byte, the first byte that breaks UTF-8 (lead and
 * continuation bytes checked, as browsers' strict decoders do, less their rules on
 * overlong forms), each with its line, and whether any byte is undefined in Windows-1252.
 */
class RefusalScan {
  head: Uint8Array = new Uint8Array(0);
  length = 0;
  nul: { at: number; line: number } | undefined;
  invalid: number | undefined;
  invalidLine = 0;
  invalidByte = 0;
  undefinedIn1252 = false;
  #carry: Uint8Array = new Uint8Array(0);
  /** Offset of the first byte of #carry. */
  #base = 0;
  /** Line feeds before #base. */
  #lines = 0;
  /** Line feeds in all the bytes fed. */
  #fedLines = 0;
  #lastByte = 0;

  feed(chunk: Uint8Array): void {
    if (this.head.length < SAMPLE_BYTES) {
      this.head = concatBytes(this.head, chunk.subarray(0, SAMPLE_BYTES - this.head.length));
    }
    const nul = this.nul === undefined ? chunk.indexOf(0) : -1;
    if (nul >= 0) {
      const line = this.#fedLines + countLineFeeds(chunk.subarray(0, nul)) + 1;
      this.nul = { at: this.length + nul, line };
    }
    if (!this.undefinedIn1252) this.undefinedIn1252 = chunk.some((b) => UNDEFINED_IN_1252.has(b));
    this.#fedLines += countLineFeeds(chunk);
    if (chunk.length > 0) this.#lastByte = chunk[chunk.length - 1];
    this.length += chunk.length;
    if (this.invalid !== undefined) return;
    const buf = this.#carry.length === 0 ? chunk : concatBytes(this.#carry, chunk);
    let i = 0;
    while (i < buf.length) {
      const need = continuationBytes(buf[i]);
      let bad = need < 0;
      if (!bad && i + need >= buf.length) {
        // Cut at the chunk's end: bad only if a continuation byte already here is not one.
        for (let k = 1; i + k < buf.length; k++) bad ||= (buf[i + k] & 0xc0) !== 0x80;
        if (!bad) break;
      }
      for (let k = 1; k <= need && !bad; k++) bad = (buf[i + k] & 0xc0) !== 0x80;
      if (bad) {
        this.invalid = this.#base + i;
        this.invalidLine = this.#lines + countLineFeeds(buf.subarray(0, i)) + 1;
        this.invalidByte = buf[i];
        return;
      }
      i += need + 1;
    }
    this.#lines += countLineFeeds(buf.subarray(0, i));
    this.#base += i;
    this.#carry = buf.slice(i);
  }

  /** The refusal of the bytes fed, as {@linkcode decodeText} words it. */
  refusal(file: string, what: string): InputError {
    const bom = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((b, i) => this.head[i] === b));
    if (bom !== undefined) {
      return new InputError(
        `${what} is ${bom.encoding} (it starts with a ${bom.encoding} byte order mark); ` +
          `re-save it as UTF-8 (e.g. iconv -f ${bom.iconv} -t UTF-8)`,
        { file },
      );
    }
    if (this.nul !== undefined) {
      const wide = guessWideEncoding(this.head);
      if (wide !== undefined) {
        return new InputError(
          `${what} looks like ${wide.encoding} without a byte order mark (${wide.sign}); ` +
            `re-save it as UTF-8 (e.g. iconv -f ${wide.iconv} -t UTF-8)`,
          { file },
        );
      }
      return new InputError(
        `${what} holds a NUL byte (at offset ${this.nul.at}), so it is not a text file; ` +
          "give plain text saved as UTF-8",
        { file, line: this.nul.line },
      );
    }
    let at = this.invalid ?? 0;
    let line = this.invalidLine;
    let byte = this.invalidByte;
    if (this.invalid === undefined && this.#carry.length > 0) {
      // Cut short at the end: the sequence left over is the bad one.
      [at, line, byte] = [this.#base, this.#lines + 1, this.#carry[0]];
    } else if (this.invalid === undefined) {
      // Refused by the decoder for a rule not checked here (an overlong form, a
      // surrogate): named by the last byte, as firstInvalidUtf8 does.
      at = Math.max(0, this.length - 1);
      line = this.#fedLines + 1 - (this.length > 0 && this.#lastByte === 0x0a ? 1 : 0);
      byte = this.length > 0 ? this.#lastByte : 0;
    }
    const hex = `0x${byte.toString(16).padStart(2, "0")}`;
    if (!this.undefinedIn1252) {
      const char = new TextDecoder("windows-1252").decode(Uint8Array.of(byte));
      return new InputError(
        `${what} is not UTF-8 but looks like Windows-1252 (byte ${hex} = "${char}" at offset ${at}); ` +
          "re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)",
        { file, line },
      );
    }
    return new InputError(
      `${what} is not valid UTF-8 (byte ${hex} at offset ${at}); re-save it as UTF-8`,
      { file, line },
    );
  }
}

function countLineFeeds(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function startsWithWideMark(bytes: Uint8Array): boolean {
  return BYTE_ORDER_MARKS.some((mark) => mark.bytes.every((b, i) => bytes[i] === b));
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
