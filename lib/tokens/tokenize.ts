/**
 * Words and their positions. A word is a maximal run of Unicode letters and combining
 * marks, so `efficiënt` and `creëren` are one word even when the diaeresis is a separate
 * combining character; digits, hyphens, apostrophes and punctuation separate words.
 * Matching ignores case: every word also carries its lowercase form.
 *
 * @module
 */

/** One word of a text. */
export interface Token {
  /** The word as written in the text. */
  readonly text: string;
  /** The word as matched: `text.toLowerCase()`. */
  readonly norm: string;
  /** Offset of the first UTF-16 code unit in the text. */
  readonly start: number;
  /** Offset just after the last code unit (`text === source.slice(start, end)`). */
  readonly end: number;
}

/** The rule, in words, recorded with every scoring result. */
export const TOKENIZER_RULE =
  "word = maximal run of /[\\p{L}\\p{M}]+/u in NFC text; case folded with String.prototype.toLowerCase";

/** The word pattern itself (global, Unicode). */
export const WORD_PATTERN = /[\p{L}\p{M}]+/gu;

/** Options of {@linkcode tokenize}. */
export interface TokenizeOptions {
  /** Keep only `norm`, `start` and `end`, with `text` the same string as `norm`; saves memory on big corpora. Default: `false`. */
  normOnly?: boolean;
}

/**
 * Split a text into words with their offsets.
 *
 * Case folding uses `toLowerCase()`, not `toLocaleLowerCase("nl")`: the two differ only
 * for Turkish, Azeri and Lithuanian letters, and the locale-free form is the same on
 * every machine. (Dutch `IJ` folds to `ij` either way.)
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const tokens = tokenize("Efficiënt creëren, 2015: zorg- en welzijnsaanbod.");
 * assert.deepEqual(tokens.map((t) => t.norm), ["efficiënt", "creëren", "zorg", "en", "welzijnsaanbod"]);
 * assert.deepEqual([tokens[0].start, tokens[0].end], [0, 9]);
 * ```
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const width = wordUnitWidth(text, i);
    if (width <= 0) {
      i -= width;
      continue;
    }
    const start = i;
    i = wordEnd(text, i + width);
    const word = text.slice(start, i);
    const norm = normalizeWord(word);
    tokens.push({ text: options.normOnly ? norm : word, norm, start, end: i });
  }
  return tokens;
}

/**
 * Count the words of a text without keeping them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(countTokens("Wmo-loket: 3 keer"), 3);
 * ```
 */
export function countTokens(text: string): number {
  const n = text.length;
  let count = 0;
  let inWord = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII, the usual case: a table lookup.
      const letter = ASCII_LOWER[c] !== 0;
      if (letter && !inWord) count++;
      inWord = letter;
      i++;
    } else {
      const width = wordUnitWidth(text, i);
      if (width > 0 && !inWord) count++;
      inWord = width > 0;
      i += width > 0 ? width : -width;
    }
  }
  return count;
}

// The scanner behind tokenize and countTokens: a loop over UTF-16 code units that gives
// exactly the matches of WORD_PATTERN (tested against it, see
// lib/score/fast_scorer_test.ts), with a table for ASCII and a memo per code unit for the
// rest of the Basic Multilingual Plane, so the Unicode property test runs at most once per
// distinct character.

/** ASCII code unit → its lowercase letter, or 0 when it is not a letter. */
export const ASCII_LOWER: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = c;
  return table;
})();

const WORD_CHAR = /^[\p{L}\p{M}]$/u;
/** BMP code unit → 0 not yet known, 1 letter or mark, 2 neither. */
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, boolean>();

/**
 * Whether a code point is a letter or a combining mark (`/[\p{L}\p{M}]/u`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual([..."aë\u0308-2𝐀"].map((c) => isWordCodePoint(c.codePointAt(0)!)), [true, true, true, false, false, true]);
 * ```
 */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return ASCII_LOWER[cp] !== 0;
  if (cp < 0x10000) {
    let known = BMP_CLASS[cp];
    if (known === 0) {
      known = cp >= 0xd800 && cp <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
      BMP_CLASS[cp] = known;
    }
    return known === 1;
  }
  let known = ASTRAL_CLASS.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    ASTRAL_CLASS.set(cp, known);
  }
  return known;
}

/**
 * At offset `i` (not past the end): the number of code units of the letter or mark that
 * starts there (1, or 2 for a surrogate pair), or minus the number of code units of the
 * character that is not part of a word (-1 or -2).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual([0, 1, 2, 3].map((i) => wordUnitWidth("a 𝐀", i)), [1, -1, 2, -1]);
 * ```
 */
export function wordUnitWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_LOWER[c] !== 0 ? 1 : -1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      return isWordCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : -2;
    }
  }
  return isWordCodePoint(c) ? 1 : -1;
}

/**
 * The end of the run of letters and marks that goes on at offset `i` (`i` itself when
 * none starts there).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(wordEnd("Wmo-loket", 0), 3);
 * ```
 */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (ASCII_LOWER[c] === 0) return i;
      i++;
    } else {
      const width = wordUnitWidth(text, i);
      if (width <= 0) return i;
      i += width;
    }
  }
  return i;
}

/**
 * The form of a word used for matching: lowercase (NFC is the cleaner's job).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(normalizeWord("IJsselstein"), "ijsselstein");
 * ```
 */
export function normalizeWord(word: string): string {
  return word.toLowerCase();
}
