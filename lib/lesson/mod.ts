/**
 * The mixed-methods lesson (`notebooks/lesson-mixed-methods.ipynb`): its invented texts,
 * the exercise checkers (each answers `correct`, `not yet` with a hint, or `not answered
 * yet`, and never throws on a student's answer), and the small views between exercises.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkShare } from "./mod.ts";
 * const verdict = await checkShare("64,3");
 * assert.equal(verdict.status, "correct");
 * ```
 *
 * @module
 */
export * from "./verdict.ts";
export * from "./answers.ts";
export * from "./texts.ts";
export * from "./lesson_scores.ts";
export * from "./scoring_exercises.ts";
export * from "./study_exercises.ts";
export * from "./lesson_views.ts";
export * from "./exercises.ts";
