/**
 * Scoring documents against a lexicon: per text (pure), per corpus (with settings and
 * coverage), tables and CSV files, atomic writing, and the `deno task score` command.
 *
 * @module
 */
export * from "./kwic.ts";
export * from "./progress.ts";
export * from "./score_corpus.ts";
export * from "./tables.ts";
export * from "./write_results.ts";
export * from "./compare_modes.ts";
export * from "./kwic_for.ts";
export * from "./summaries.ts";
export * from "./aggregate_stream.ts";
export * from "./scorer.ts";
export * from "./score_parallel.ts";
export * from "./score_source.ts";
