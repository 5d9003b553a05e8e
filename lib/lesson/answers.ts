/**
 * Reading students' answers leniently: numbers written with a decimal comma or a percent
 * sign, names in any case and spacing, and lists written as an array or as one string.
 * Nothing here throws: what cannot be read comes back as `undefined` (or empty), and the
 * checker turns that into a `not yet` with a hint about the format.
 *
 * @module
 */
import { tokenize } from "../tokens/mod.ts";

/**
 * A number from a number or a text such as `"64,3"`, `"64.3 %"` or `" 6 "`; `undefined`
 * for anything else (including `NaN` and infinities).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual([6, "64,3", "64.3 %", " 7 ", "1.234,5", "zes", NaN, true].map(readNumber),
 *   [6, 64.3, 64.3, 7, 1234.5, undefined, undefined, undefined]);
 * ```
 */
export function readNumber(answer: unknown): number | undefined {
  if (typeof answer === "number") return Number.isFinite(answer) ? answer : undefined;
  if (typeof answer !== "string") return undefined;
  let text = answer.trim().replace(/\s*%$/, "").replace(/\s+/g, "");
  if (text.includes(",")) {
    // A comma is the decimal mark (Dutch); dots before it group thousands.
    text = text.replaceAll(".", "").replace(",", ".");
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

/**
 * The words of a text answer, lowercase (the project's tokenizer, so `"Met"`, `'met'` and
 * `met → meten` all give `met` first); empty for anything that is not a string.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(answerWords(' "Met" (for meten) '), ["met", "for", "meten"]);
 * assert.deepEqual(answerWords(42), []);
 * ```
 */
export function answerWords(answer: unknown): string[] {
  if (typeof answer !== "string") return [];
  return tokenize(answer.normalize("NFC")).map((t) => t.norm);
}

/**
 * A name folded for comparison: lowercase, accents dropped, everything that is not a
 * letter or digit made a single space.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(foldName("  Den   HAAG "), "den haag");
 * assert.equal(foldName("'s-Hertogenbosch"), "s hertogenbosch");
 * assert.equal(foldName("Hengelo (O.)"), "hengelo o");
 * ```
 */
export function foldName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The items of a list answer: an array's strings as they are, or one string split at
 * commas, semicolons, new lines and the words `and` / `en`. Blank items are dropped;
 * anything else gives no items.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(answerItems("Oss thuiszorg; Zwolle tegenprestatie and Den Haag thuiszorg"),
 *   ["Oss thuiszorg", "Zwolle tegenprestatie", "Den Haag thuiszorg"]);
 * assert.deepEqual(answerItems(["Oss thuiszorg", " "]), ["Oss thuiszorg"]);
 * assert.deepEqual(answerItems(7), []);
 * ```
 */
export function answerItems(answer: unknown): string[] {
  const parts = typeof answer === "string"
    ? answer.split(/[,;\n]|\s+(?:and|en|&)\s+/i)
    : Array.isArray(answer)
    ? answer.filter((item): item is string => typeof item === "string")
    : [];
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/**
 * Whether a number answer is within `tolerance` of the expected value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(closeTo(64, 64.29, 0.5), true);
 * assert.equal(closeTo(63, 64.29, 0.5), false);
 * ```
 */
export function closeTo(value: number, expected: number, tolerance: number): boolean {
  return Math.abs(value - expected) <= tolerance + 1e-9;
}
