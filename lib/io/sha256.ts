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
