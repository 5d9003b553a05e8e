/**
 * The study's published data as validated inputs: the 50 municipalities (Bijlage A), the
 * 49 plans (Bijlage B), the four perspectives, and the published numbers of Bijlage G,
 * Figures 6.1-6.7 and the text of chapter 6. Every loader validates with zod and reports
 * bad input as an `InputError` naming file, line and column.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkPublishedData } from "./mod.ts";
 * const data = await checkPublishedData();
 * assert.equal(data.scores.length, 49);
 * ```
 *
 * @module
 */
export * from "./paths.ts";
export * from "./categories.ts";
export * from "./schema.ts";
export * from "./municipalities.ts";
export * from "./plans.ts";
export * from "./perspectives.ts";
export * from "./published_scores.ts";
export * from "./published_figures.ts";
export * from "./published_text.ts";
export * from "./published_references.ts";
export * from "./check.ts";
export * from "./study_shape.ts";
