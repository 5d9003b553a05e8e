/**
 * Figures: Vega-Lite specs rendered headless to SVG and PNG with the shipped font.
 *
 * @module
 */
export * from "./text_metrics.ts";
export * from "./render.ts";
export * from "./save_figure.ts";
export * from "./study_overview.ts";
export * from "./style.ts";
