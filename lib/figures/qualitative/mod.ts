/**
 * Figures of the qualitative phase: the coding matrices of chapters 7-11, the
 * comparisons of chapter 12, the joint display of both phases, and the conceptual
 * figures of chapters 3, 4 and 13, drawn as Vega-Lite specs from the coded data of
 * `data/cases/`. Modules build specs only; `saveFigure` renders them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emptyDrawing } from "./mod.ts";
 * assert.deepEqual(emptyDrawing(10, 20).texts, []);
 * ```
 *
 * @module
 */
export * from "./drawing.ts";
export * from "./grid.ts";
export * from "./style.ts";
export * from "./matrix_figure.ts";
export * from "./synthesis_figure.ts";
export * from "./joint_display_figure.ts";
export * from "./quadrant_figure.ts";
export * from "./conceptual_figures.ts";
