/**
 * Figures of a scored corpus (notebook `02-scoring`).
 *
 * @module
 */
export * from "./shares.ts";
