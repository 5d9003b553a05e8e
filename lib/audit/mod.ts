/**
 * The chapter 6 audit: every published number of Bijlage G, Figures 6.1-6.7 and the text
 * of sections 6.2-6.6 against its recomputation, with a status (`match`, `rounding`,
 * `mismatch`, `not_checked`) and a likely cause; and the smallest whole numbers of
 * signal-word hits that reproduce each printed row.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { minimalHits } from "./mod.ts";
 * assert.deepEqual(minimalHits(["25.0", "75.0"]), { total: 4, counts: [1, 3] });
 * ```
 *
 * @module
 */
export * from "./status.ts";
export * from "./audit_row.ts";
export * from "./likely_cause.ts";
export * from "./minimal_hits.ts";
export * from "./bijlage_g.ts";
export * from "./figures.ts";
export * from "./text_numbers.ts";
export * from "./audit_chapter6.ts";
export * from "./summary.ts";
export * from "./marks.ts";
