/**
 * What each cleaning step did to the scores (`cleaning.csv`): the text a step took out and
 * the text it put in (lib/corpus/cleaning_steps.ts), scored with the same lexicon, so a
 * reviewer sees per document and step the lines, words and signal-word hits it removed.
 *
 * @module
 */
import { CLEANING_STEPS, type CleaningStep, type StepEffects } from "../corpus/cleaning_steps.ts";
import type { CorpusScore } from "./score_corpus.ts";
import type { Scorer } from "./scorer.ts";

/** What one step did to one document's counts. */
export interface StepScore {
  step: CleaningStep;
  /** Lines removed (`columns`: lines read in another order). */
  lines: number;
  /** Changes the step made (lines, marks, ligatures, hyphens). */
  changes: number;
  /** Words the step took away: words of the text taken out less words of the text put in. */
  words: number;
  /** Hits the step took away per category (lexicon order); negative: hits it made possible. */
  categoryHits: number[];
}

/** Row of `cleaning.csv`: one per document × cleaning step that changed it × category. */
export interface CleaningRow {
  document: string;
  step: string;
  lines: number;
  changes: number;
  words: number;
  category: string;
  hits: number;
}

/** Column order of `cleaning.csv`. */
export const CLEANING_COLUMNS = [
  "document",
  "step",
  "lines",
  "changes",
  "words",
  "category",
  "hits",
] as const;

/** Between two pieces scored as one text: no word, and no phrase runs across it. */
const PIECE_BREAK = "\n.\n";

/**
 * Score what each step took out and put in, with `scorer` (between documents: it must not
 * be scoring one). Pieces are scored apart (a phrase never runs from one into the next;
 * the plain scorer, lib/score/testing/, scores them one by one, and the tests compare).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileLexicon, parseLexicon } from "../lexicon/mod.ts";
 * import { Scorer } from "./scorer.ts";
 * const scorer = new Scorer(compileLexicon(parseLexicon("category,entry\nPA,regie\nSR,officieel\n", "csv")));
 * const steps = {
 *   "headers-footers": { lines: 2, changes: 2, removed: ["Regie in de wijk", "Regie in de wijk"], added: [] },
 *   ligatures: { lines: 0, changes: 1, removed: ["o\uFB03cieel"], added: ["officieel"] },
 * };
 * assert.deepEqual(scoreCleaningSteps(steps, scorer), [
 *   { step: "headers-footers", lines: 2, changes: 2, words: 8, categoryHits: [2, 0] },
 *   { step: "ligatures", lines: 0, changes: 1, words: 0, categoryHits: [0, -1] },
 * ]);
 * ```
 */
export function scoreCleaningSteps(steps: StepEffects, scorer: Scorer): StepScore[] {
  const scores: StepScore[] = [];
  for (const step of CLEANING_STEPS) {
    const effect = steps[step];
    if (effect === undefined) continue;
    const categoryHits = new Array<number>(scorer.compiled.categories.length).fill(0);
    let words = 0;
    for (const [pieces, sign] of [[effect.removed, 1], [effect.added, -1]] as const) {
      if (pieces.length === 0) continue;
      // One text, the pieces apart: a full stop between them ends any phrase.
      const score = scorer.score(pieces.join(PIECE_BREAK), { hits: false });
      words += sign * score.tokens;
      score.categoryHits.forEach((hits, c) => (categoryHits[c] += sign * hits));
    }
    scores.push({ step, lines: effect.lines, changes: effect.changes, words, categoryHits });
  }
  return scores;
}

/** Per document × step × category; documents in corpus order, steps in the order they run. */
export function cleaningRows(result: CorpusScore): CleaningRow[] {
  return result.documents.flatMap((doc) =>
    (doc.steps ?? []).flatMap((s) =>
      result.categories.map((category, c) => ({
        document: doc.id,
        step: s.step,
        lines: s.lines,
        changes: s.changes,
        words: s.words,
        category,
        hits: s.categoryHits[c],
      }))
    )
  );
}
