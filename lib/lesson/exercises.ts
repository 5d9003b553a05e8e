/**
 * The exercises of the mixed-methods lesson (`notebooks/lesson-mixed-methods.ipynb`): for
 * each, the variable the student fills in, the checker its check cell calls and the
 * question in one line. The notebook test reads this list, so a checker that is renamed
 * or an exercise that loses its check cell breaks the tests.
 *
 * @module
 */
import { checkCollision, checkHandCount, checkShare } from "./scoring_exercises.ts";
import { checkDifferingCases, checkOneRefusal } from "./study_exercises.ts";
import type { Verdict } from "./verdict.ts";

/** A checker as a check cell calls it: the answer only, every option at its default. */
export type Checker = (answer: unknown) => Promise<Verdict>;

/** One exercise of the lesson. */
export interface Exercise {
  /** 1-based, in notebook order. */
  number: number;
  /** The answer variable of the cell the student edits, e.g. `answer1`. */
  variable: string;
  /** The name of the checker exported by `lib/lesson/mod.ts`. */
  checker: string;
  /** The question, in one line. */
  question: string;
}

/** The checkers by name. */
export const CHECKERS: Readonly<Record<string, Checker>> = {
  checkHandCount: (answer) => checkHandCount(answer),
  checkShare: (answer) => checkShare(answer),
  checkCollision: (answer) => checkCollision(answer),
  checkOneRefusal: (answer) => checkOneRefusal(answer),
  checkDifferingCases: (answer) => checkDifferingCases(answer),
};

/**
 * The exercises, in notebook order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(EXERCISES.every((e) => e.checker in CHECKERS && e.variable === `answer${e.number}`));
 * ```
 */
export const EXERCISES: readonly Exercise[] = [
  {
    number: 1,
    variable: "answer1",
    checker: "checkHandCount",
    question: "How many PA signal words does the lesson paragraph hold (exact mode)?",
  },
  {
    number: 2,
    variable: "answer2",
    checker: "checkShare",
    question: "What is Brederwaard's NPG share, in % of its signal words?",
  },
  {
    number: 3,
    variable: "answer3",
    checker: "checkCollision",
    question:
      "Which word does stem mode count most often although it is not a form of its signal word?",
  },
  {
    number: 4,
    variable: "answer4",
    checker: "checkOneRefusal",
    question: "Whom would the rule pick for NPG if only Helmond declined?",
  },
  {
    number: 5,
    variable: "answer5",
    checker: "checkDifferingCases",
    question: "In which cases do the two phases differ?",
  },
];
