/**
 * Figures of the robustness checks (notebook `11-robustness`): shares with their
 * simultaneous intervals, how often listed municipalities stay listed and how often each
 * municipality would be selected under resampling, group means with bootstrap intervals,
 * and the signal words that move the corpus shares most. Each module turns rows into a
 * Vega-Lite spec and does nothing else; `saveFigure` renders.
 *
 * @module
 */
export * from "./style.ts";
export * from "./share_intervals.ts";
export * from "./stability.ts";
export * from "./group_means.ts";
export * from "./lexicon_influence.ts";
