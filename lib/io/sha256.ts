/**
 * SHA-256 digests, as lowercase hex: how results name the exact inputs they came from.
 *
 * @module
 */
// node:crypto is reached through `process.getBuiltinModule` when a digest is first asked
// for, not imported: importing it costs every thread that loads lib/io/mod.ts about 15 ms
// at start (each scoring worker among them, which never hashes anything).
let createHash: typeof import("node:crypto").createHash | undefined;

/**
 * SHA-256 of bytes or of a string's UTF-8, as lowercase hex.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
 * ```
 */
export function sha256Hex(data: Uint8Array | string): string {
  createHash ??= process.getBuiltinModule("node:crypto").createHash;
  return createHash("sha256").update(data).digest("hex");
}

/**
 * {@linkcode sha256Hex} of bytes through Web Crypto, for a caller that can wait: it needs
 * no node:crypto, whose loading (about 15 ms) would otherwise hold up the start of
 * `deno task score`, which hashes only its lexicon.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const abc = new TextEncoder().encode("abc");
 * assert.equal(await sha256HexAsync(abc), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
 * ```
 */
export async function sha256HexAsync(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
