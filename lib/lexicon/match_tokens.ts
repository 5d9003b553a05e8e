/**
 * The matching rule (applied by the engine, lib/score/scorer.ts), and what may stand
 * between the words of a phrase.
 *
 * @module
 */

/** The rule, in words, recorded with every scoring result. */
export const MATCH_RULE =
  "scan words left to right; at each word take the longest entry (most words) that matches from there, " +
  "ties broken exact > stem > glob, then lexicon order; the matched words are used up and the scan goes on " +
  "after them (leftmost-longest, no word counted twice); the words of a phrase must follow each other " +
  "with only white space, or one hyphen, in between";

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
