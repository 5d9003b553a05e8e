/**
 * Finding lexicon entries in a sequence of words, each word counted at most once.
 *
 * @module
 */
import type { Token } from "../tokens/mod.ts";
import type { CompiledEntry, CompiledLexicon } from "./compile_lexicon.ts";

/** One match of an entry: `tokenCount` words from `tokenIndex` on. */
export interface LexiconMatch {
  entry: CompiledEntry;
  tokenIndex: number;
  tokenCount: number;
}

/** The rule, in words, recorded with every scoring result. */
export const MATCH_RULE =
  "scan words left to right; at each word take the longest entry (most words) that matches from there, " +
  "ties broken exact > stem > glob, then lexicon order; the matched words are used up and the scan goes on " +
  "after them (leftmost-longest, no word counted twice); the words of a phrase must follow each other " +
  "with only white space, or one hyphen, in between";

/**
 * Match a compiled lexicon against the words of a text (`text` is needed to check what
 * lies between the words of a phrase). Rules: see {@linkcode MATCH_RULE}. Pure: the
 * same text and lexicon give the same matches.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenize } from "../tokens/mod.ts";
 * import { compileLexicon } from "./compile_lexicon.ts";
 * import { parseLexicon } from "./load_lexicon.ts";
 * const lexicon = parseLexicon("category,entry\nSR,eigen kracht\nSR,kracht\nPA,eigen\n", "csv");
 * const text = "Eigen kracht, eigen. Kracht!";
 * const matches = matchTokens(text, tokenize(text), compileLexicon(lexicon));
 * assert.deepEqual(matches.map((m) => [m.entry.entry, m.tokenIndex]), [["eigen kracht", 0], ["eigen", 2], ["kracht", 3]]);
 * ```
 */
export function matchTokens(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledLexicon,
): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const starts = compiled.classify(tokens[i].norm).starts;
    let found: CompiledEntry | undefined;
    for (const entry of starts) {
      const length = entry.patterns.length;
      if (length === 1) {
        found = entry;
        break;
      }
      if (i + length > n) continue;
      let ok = true;
      for (let k = 1; k < length && ok; k++) {
        const token = tokens[i + k];
        ok = compiled.classify(token.norm).patterns.has(entry.patterns[k]) &&
          isPhraseGap(text, tokens[i + k - 1].end, token.start);
      }
      if (ok) {
        found = entry;
        break;
      }
    }
    if (found === undefined) {
      i++;
    } else {
      matches.push({ entry: found, tokenIndex: i, tokenCount: found.patterns.length });
      i += found.patterns.length;
    }
  }
  return matches;
}

/** Whether the text between two words of a phrase is only white space, or one hyphen. */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  let hyphens = 0;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === "-") {
      if (++hyphens > 1) return false;
    } else if (!/\s/.test(c)) return false;
  }
  return true;
}
