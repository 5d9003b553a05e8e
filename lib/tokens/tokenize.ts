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
  const pattern = new RegExp(WORD_PATTERN.source, "gu");
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const word = m[0];
    const norm = normalizeWord(word);
    tokens.push({
      text: options.normOnly ? norm : word,
      norm,
      start: m.index,
      end: m.index + word.length,
    });
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
  const pattern = new RegExp(WORD_PATTERN.source, "gu");
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
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
