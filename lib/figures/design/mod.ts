/**
 * Figures of the study's design on any corpus, lexicon and grouping.
 *
 * @module
 */
export * from "./design_figures.ts";
