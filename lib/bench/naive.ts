/**
 * The naive baseline of the benchmark: what a first attempt at lexicon scoring in Deno
 * looks like, a regular expression for words, `toLowerCase` and a `Map` of word counts,
 * then a lookup of each (one-word, exact) entry. It counts the same hits as mode `exact`
 * for one-word entries; it knows nothing of phrases, stems, globs or context.
 *
 * @module
 */
import type { CompiledLexicon } from "../lexicon/mod.ts";

/**
 * Hits per entry of a lexicon's one-word entries, by counting every word.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileLexicon, parseLexicon } from "../lexicon/mod.ts";
 * const lexicon = compileLexicon(parseLexicon("category,entry\nPA,regelen\nSR,meedoen\n", "csv"));
 * assert.deepEqual(naiveScore("Regelen, meedoen en nog eens regelen.", lexicon), { tokens: 6, entryHits: [2, 1] });
 * ```
 */
export function naiveScore(
  text: string,
  lexicon: CompiledLexicon,
): { tokens: number; entryHits: number[] } {
  const counts = new Map<string, number>();
  let tokens = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = match[0].toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
    tokens++;
  }
  const entryHits = lexicon.entries.map((e) => e.words.length === 1 ? counts.get(e.entry) ?? 0 : 0);
  return { tokens, entryHits };
}
