/**
 * Lexicons of signal words: reading (CSV, YAML, JSON, LIWC .dic, quanteda YAML) and writing
 * them, checking them, the study's
 * lexicon, match modes (exact, stem, glob), compiling for fast matching, matching
 * without double counting, and the check of matched forms.
 *
 * @module
 */
export * from "./compile_lexicon.ts";
export * from "./dic.ts";
export * from "./dutch_stemmer.ts";
export * from "./form_check.ts";
export * from "./lexicon.ts";
export * from "./load_lexicon.ts";
export * from "./match_mode.ts";
export * from "./match_tokens.ts";
export * from "./quanteda.ts";
export * from "./write_lexicon.ts";
