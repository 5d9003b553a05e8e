/**
 * JSON with the keys of every object sorted, so that files written from the same data
 * are byte for byte the same, whatever order the keys were added in.
 *
 * @module
 */

/**
 * A copy of a JSON value with the keys of every object sorted (by UTF-16 code units).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(JSON.stringify(sortKeys({ b: 1, a: [{ d: 2, c: 3 }] })), '{"a":[{"c":3,"d":2}],"b":1}');
 * ```
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/**
 * {@linkcode sortKeys}, serialised with `indent` spaces and a final newline.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(stringifySorted({ b: 1, a: ["é"] }, 1), '{\n "a": [\n  "é"\n ],\n "b": 1\n}\n');
 * ```
 */
export function stringifySorted(value: unknown, indent: number): string {
  return JSON.stringify(sortKeys(value), null, indent) + "\n";
}
