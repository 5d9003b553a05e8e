/**
 * The lesson corpus scored with one lexicon in the two match modes the lesson compares,
 * and their comparison. Every scoring exercise computes its expected answer from this, so
 * a change to a text, the lexicon or the scorer changes the expected answers with it.
 *
 * @module
 */
import type { CorpusDocument } from "../corpus/mod.ts";
import { type Lexicon, loadStudyLexicon } from "../lexicon/mod.ts";
import { type CorpusScore, scoreCorpus } from "../score/mod.ts";
import { compareModes, type ModeComparison } from "../score/compare_modes.ts";
import { loadLessonCorpus } from "./texts.ts";

/** The lesson corpus scored in modes `exact` and `stem`. */
export interface LessonScores {
  lexicon: Lexicon;
  /** The documents scored (read and cleaned), to score again with another lexicon. */
  documents: CorpusDocument[];
  exact: CorpusScore;
  stem: CorpusScore;
  /** `compareModes(exact, stem)`: labels `exact` and `stem`. */
  comparison: ModeComparison;
}

/** Options of {@linkcode scoreLesson}. */
export interface ScoreLessonOptions {
  /** The lexicon. Default: the study's (`data/lexicon/study.csv`). */
  lexicon?: Lexicon;
  /** The documents. Default: {@linkcode loadLessonCorpus}`()` (the paragraph and the sample corpus). */
  documents?: readonly CorpusDocument[];
}

/**
 * Score the lesson corpus in both modes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const scores = await scoreLesson();
 * assert.deepEqual(scores.exact.documents.map((d) => d.id).slice(0, 2), ["lesson", "veenhoven"]);
 * assert.equal(scores.comparison.labels[1], "stem");
 * ```
 */
export async function scoreLesson(options: ScoreLessonOptions = {}): Promise<LessonScores> {
  const lexicon = options.lexicon ?? await loadStudyLexicon();
  const documents = [...(options.documents ?? await loadLessonCorpus())];
  const exact = await scoreCorpus(documents, lexicon, { mode: "exact" });
  const stem = await scoreCorpus(documents, lexicon, { mode: "stem" });
  return { lexicon, documents, exact, stem, comparison: compareModes(exact, stem) };
}

/**
 * Hits per category of one document of a result, in the result's category order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const { exact } = await scoreLesson();
 * assert.deepEqual(hitsByCategory(exact, "zandkerk"), { PA: 0, NPM: 1, NPG: 1, SR: 2 });
 * ```
 */
export function hitsByCategory(result: CorpusScore, document: string): Record<string, number> {
  const doc = result.documents.find((d) => d.id === document);
  if (doc === undefined) {
    throw new Error(
      `no document "${document}"; the documents are ${
        result.documents.map((d) => d.id).join(", ")
      }`,
    );
  }
  return Object.fromEntries(result.categories.map((c, i) => [c, doc.categoryHits[i]]));
}
