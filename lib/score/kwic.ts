/**
 * Keyword in context: the words around a hit, so that every count can be checked by
 * reading where it came from.
 *
 * @module
 */
import type { Token } from "../tokens/mod.ts";

/** Options of {@linkcode kwicContext}. */
export interface KwicOptions {
  /** Words of context on each side. Default: `8`. */
  words?: number;
  /** At most this many characters on each side (whole words are kept). Default: `60`. */
  chars?: number;
}

/** The text left and right of a hit, white space collapsed to single spaces. */
export interface KwicContext {
  left: string;
  right: string;
}

/**
 * Context of the hit that covers `count` words from token `index` on: up to
 * `words` words each side (with the punctuation between them), cut to `chars`
 * characters at a word boundary, line breaks and runs of spaces made one space.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenize } from "../tokens/mod.ts";
 * const text = "Eén, twee drie\nvier: HIT vijf zes.";
 * assert.deepEqual(kwicContext(text, tokenize(text), 4, 1, { words: 2 }), { left: "drie vier:", right: "vijf zes" });
 * ```
 */
export function kwicContext(
  text: string,
  tokens: readonly Token[],
  index: number,
  count: number,
  options: KwicOptions = {},
): KwicContext {
  const words = options.words ?? 8;
  const chars = options.chars ?? 60;
  const first = tokens[index];
  const last = tokens[index + count - 1];
  const leftToken = tokens[Math.max(0, index - words)];
  const rightToken = tokens[Math.min(tokens.length - 1, index + count - 1 + words)];
  const left = index === 0 ? "" : collapse(text.slice(leftToken.start, first.start));
  const right = index + count >= tokens.length
    ? ""
    : collapse(text.slice(last.end, rightToken.end));
  return { left: cutLeft(left, chars), right: cutRight(right, chars) };
}

/**
 * {@linkcode kwicContext} for words given as offsets: word `k` of the text's `words`
 * words is `text.slice(starts[k], ends[k])`; the hit covers `count` words from `index` on.
 * The same context, without an object per word (used by lib/score/fast_scorer.ts).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "Eén, twee drie\nvier: HIT vijf zes.";
 * const starts = [0, 5, 10, 15, 21, 25, 30];
 * const ends = [3, 9, 14, 19, 24, 29, 33];
 * assert.deepEqual(kwicContextAt(text, starts, ends, 7, 4, 1, { words: 2 }), { left: "drie vier:", right: "vijf zes" });
 * ```
 */
export function kwicContextAt(
  text: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  words: number,
  index: number,
  count: number,
  options: KwicOptions = {},
): KwicContext {
  const context = options.words ?? 8;
  const chars = options.chars ?? 60;
  const last = index + count - 1;
  const left = index === 0
    ? ""
    : collapse(text.slice(starts[Math.max(0, index - context)], starts[index]));
  const right = index + count >= words
    ? ""
    : collapse(text.slice(ends[last], ends[Math.min(words - 1, last + context)]));
  return { left: cutLeft(left, chars), right: cutRight(right, chars) };
}

/** `s.replace(/\s+/g, " ").trim()`, by a loop that copies nothing when nothing changes. */
function collapse(s: string): string {
  const n = s.length;
  let out = "";
  let from = 0; // start of the part of s not yet copied to out
  let i = 0;
  while (i < n) {
    if (!isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    // A single space inside the text stays as it is; any other run of white space is cut
    // out (at either end) or made one space.
    if (j - i === 1 && s.charCodeAt(i) === 32 && i > 0 && j < n) {
      i = j;
      continue;
    }
    out += s.slice(from, i);
    if (i > 0 && j < n) out += " ";
    from = i = j;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Whether a code unit is white space to `\s` (and to `trim`). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function cutLeft(s: string, chars: number): string {
  if (s.length <= chars) return s;
  const cut = s.slice(s.length - chars);
  if (s[s.length - chars - 1] === " ") return cut;
  const space = cut.indexOf(" ");
  return space < 0 ? cut : cut.slice(space + 1);
}

function cutRight(s: string, chars: number): string {
  if (s.length <= chars) return s;
  const cut = s.slice(0, chars);
  if (s[chars] === " ") return cut;
  const space = cut.lastIndexOf(" ");
  return space < 0 ? cut : cut.slice(0, space);
}
