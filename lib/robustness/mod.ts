/**
 * How solid are the findings of chapter 6? Uncertainty of every municipality's shares
 * (simultaneous multinomial intervals), stability of the top and bottom lists and of the
 * case selection under resampling, tests of the group differences with effect sizes and
 * bootstrap intervals, the compositional (log-ratio) view, the sensitivity of corpus
 * shares to single signal words and to the match mode, and a verdict built from all of
 * these. Every random step is seeded (mulberry32).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadScoreTable } from "../stats/mod.ts";
 * import { loadHitCounts, shareIntervals } from "./mod.ts";
 * const scores = await loadScoreTable({ source: "published" });
 * const intervals = shareIntervals(scores, await loadHitCounts(scores));
 * const deventer = intervals.find((r) => r.municipality === "Deventer" && r.perspective === "SR")!;
 * assert.deepEqual([deventer.hits, deventer.N, deventer.lower.toFixed(1), deventer.upper.toFixed(1)],
 *   [54, 68, "65.0", "88.9"]);
 * ```
 *
 * @module
 */
export * from "./distributions.ts";
export * from "./multinomial_ci.ts";
export * from "./sampling.ts";
export * from "./hit_counts.ts";
export * from "./share_intervals.ts";
export * from "./stability.ts";
export * from "./group_tests.ts";
export * from "./group_differences.ts";
export * from "./compositional.ts";
export * from "./perspective_order.ts";
export * from "./lexicon_sensitivity.ts";
export * from "./verdict.ts";
export * from "./display.ts";
/** The seeds of the notebook's analyses come from the project's one generator (lib/io). */
export { deriveSeed } from "../io/mod.ts";
export * from "./strategy_stability.ts";
