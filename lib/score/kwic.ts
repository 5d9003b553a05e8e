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

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
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
