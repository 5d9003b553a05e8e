/**
 * Chapter 6 statistics on a score table: where the scores come from (`loadScoreTable`),
 * presence of the perspectives by group (Figures 6.1-6.3), the top and bottom five per
 * perspective (Figures 6.4-6.7), and the rounding the study prints with.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describeByGroup, formatFixed, loadScoreTable } from "./mod.ts";
 * const scores = await loadScoreTable({ source: "published" });
 * const pa = describeByGroup(scores, "all").find((s) => s.perspective === "PA")!;
 * assert.equal(formatFixed(pa.mean, 1), "20.7");
 * ```
 *
 * @module
 */
export * from "./rounding.ts";
export * from "./score_table.ts";
export * from "./load_score_table.ts";
export * from "./presence.ts";
export * from "./variation.ts";
export * from "./design.ts";
export * from "./load_design.ts";
export * from "./narrate.ts";
