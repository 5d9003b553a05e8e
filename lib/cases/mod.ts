/**
 * The qualitative phase of the study as coded data: the coding matrices of chapters 7-11
 * (Figures 7.1-11.2), each chapter's verdict on the dominant perspectives, the reading of
 * every case in terms of institutional context and strategic choice (Figure 12.2), the
 * indicators of Bijlagen E and F, the small data of the conceptual figures, and the
 * builders that compare the cases with each other (chapter 12) and with the quantitative
 * phase (the joint display). Every loader validates with zod and reports bad input as an
 * `InputError` naming file, line and column.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadCaseStudy, presenceSynthesis } from "./mod.ts";
 * const study = await loadCaseStudy();
 * const rows = presenceSynthesis(study.municipalities, study.matrices, study.verdicts);
 * assert.deepEqual(rows[0].dominant, ["PA", "SR"]);
 * ```
 *
 * @module
 */
export * from "./coding_terms.ts";
export * from "./schema.ts";
export * from "./paths.ts";
export * from "./pairs.ts";
export * from "./municipalities.ts";
export * from "./codes.ts";
export * from "./verdicts.ts";
export * from "./interpretations.ts";
export * from "./text_presence.ts";
export * from "./indicators.ts";
export * from "./conceptual.ts";
export * from "./matrix.ts";
export * from "./case_study.ts";
export * from "./synthesis.ts";
export * from "./joint_display.ts";
