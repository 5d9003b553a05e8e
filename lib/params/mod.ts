/**
 * Notebook parameters from the environment: corpus, lexicon and match mode, checked,
 * with paths to read from and paths to show; and the inputs they name, read.
 *
 * @module
 */
export * from "./inputs.ts";
export * from "./params.ts";
