/**
 * Scoring one text against a compiled lexicon: a pure function of (text, lexicon), so
 * it can be run in parallel or cached by document hash at national scale.
 *
 * @module
 */
import type { CompiledLexicon } from "../lexicon/mod.ts";
import { matchTokens } from "../lexicon/mod.ts";
import { tokenize } from "../tokens/mod.ts";
import { kwicContext, type KwicOptions } from "./kwic.ts";

/** One hit: an entry matched at a place in the text. */
export interface Hit {
  /** Index of the entry in the compiled lexicon. */
  entryIndex: number;
  category: string;
  entry: string;
  /** The matched words as written, separated by one space. */
  match: string;
  /** The matched words lowercase, separated by one space (the form counted in coverage). */
  form: string;
  /** Index of the first matched word among the text's words (0-based). */
  tokenIndex: number;
  /** Number of words matched (more than 1 for a phrase). */
  tokenCount: number;
  /** Offsets of the match in the cleaned text. */
  start: number;
  end: number;
  /** Context, see lib/score/kwic.ts. */
  left: string;
  right: string;
}

/** What a text scored. */
export interface TextScore {
  /** Words in the text. */
  tokens: number;
  /** Words that are part of a hit. */
  matchedTokens: number;
  /** Hits per entry, in the compiled lexicon's entry order. */
  entryHits: number[];
  /** Hits per category, in the compiled lexicon's category order. */
  categoryHits: number[];
  /** Every hit, in text order. */
  hits: Hit[];
}

/** Options of {@linkcode scoreText}. */
export interface ScoreTextOptions {
  /** Context of each hit. Default: `{}` (8 words, 60 characters each side). */
  kwic?: KwicOptions;
}

/**
 * Count a lexicon's entries in a text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileLexicon, parseLexicon } from "../lexicon/mod.ts";
 * const lexicon = compileLexicon(parseLexicon("category,entry\nPA,regelen\nSR,meedoen\nSR,eigen kracht\n", "csv"));
 * const score = scoreText("Wij regelen het; u kunt meedoen met eigen\nkracht. Regelen!", lexicon);
 * assert.deepEqual([score.tokens, score.matchedTokens, score.categoryHits], [10, 5, [2, 2]]);
 * assert.deepEqual(score.hits.map((h) => h.match), ["regelen", "meedoen", "eigen kracht", "Regelen"]);
 * ```
 */
export function scoreText(
  text: string,
  lexicon: CompiledLexicon,
  options: ScoreTextOptions = {},
): TextScore {
  const tokens = tokenize(text);
  const categoryIndex = new Map(lexicon.categories.map((c, i) => [c, i]));
  const entryHits = new Array<number>(lexicon.entries.length).fill(0);
  const categoryHits = new Array<number>(lexicon.categories.length).fill(0);
  const hits: Hit[] = [];
  let matchedTokens = 0;
  for (const m of matchTokens(text, tokens, lexicon)) {
    const words = tokens.slice(m.tokenIndex, m.tokenIndex + m.tokenCount);
    const { left, right } = kwicContext(text, tokens, m.tokenIndex, m.tokenCount, options.kwic);
    entryHits[m.entry.index]++;
    categoryHits[categoryIndex.get(m.entry.category)!]++;
    matchedTokens += m.tokenCount;
    hits.push({
      entryIndex: m.entry.index,
      category: m.entry.category,
      entry: m.entry.entry,
      match: words.map((t) => t.text).join(" "),
      form: words.map((t) => t.norm).join(" "),
      tokenIndex: m.tokenIndex,
      tokenCount: m.tokenCount,
      start: words[0].start,
      end: words[words.length - 1].end,
      left,
      right,
    });
  }
  return { tokens: tokens.length, matchedTokens, entryHits, categoryHits, hits };
}
