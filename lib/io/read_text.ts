/**
 * Read a text file as UTF-8, strictly: a missing file, a file that is not valid UTF-8
 * (for example Windows-1252 from an old export) or an empty file is an
 * {@linkcode InputError} naming the file, never silently garbled text.
 *
 * @module
 */
import { InputError } from "./input_error.ts";

/** Options of {@linkcode readTextFile}. */
export interface ReadTextOptions {
  /** Name shown in errors. Default: the path as given. */
  displayName?: string;
  /** Accept an empty file. Default: `false`. */
  allowEmpty?: boolean;
}

/**
 * Decode bytes as UTF-8 (a byte order mark is dropped); throws on invalid bytes, naming
 * the line of the first one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "a.txt"), "a");
 * assert.throws(() => decodeUtf8(new Uint8Array([0x61, 0x0a, 0xe9]), "b.txt"), {
 *   message: /^b.txt line 2: not valid UTF-8/,
 * });
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.startsWith("\uFEFF") ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, at).filter((b) => b === 0x0a).length;
    throw new InputError(
      `not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, "0")} at offset ${at}); ` +
        "it may be Windows-1252 or Latin-1: re-save it as UTF-8 " +
        "(e.g. iconv -f windows-1252 -t utf-8)",
      { file, line },
    );
  }
}

/** Read and decode a UTF-8 text file; see {@linkcode decodeUtf8}. */
export async function readTextFile(
  path: string | URL,
  options: ReadTextOptions = {},
): Promise<string> {
  const file = options.displayName ?? String(path);
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new InputError("file not found", { file });
    }
    throw new InputError(`cannot be read: ${(error as Error).message}`, { file });
  }
  const text = decodeUtf8(bytes, file);
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
