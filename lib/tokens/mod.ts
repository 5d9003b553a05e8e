/**
 * Words with offsets: the tokenizer every count in the project is based on.
 *
 * @module
 */
export * from "./tokenize.ts";
