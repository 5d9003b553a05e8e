/**
 * How a lexicon entry matches words: `exact`, `stem` or `glob`.
 *
 * @module
 */
import { z } from "zod";
import { InputError } from "../io/input_error.ts";

/**
 * The match modes:
 * - `exact`: the word equals the entry, ignoring case (the default);
 * - `stem`: the word and the entry have the same Dutch Snowball stem;
 * - `glob`: the entry is a pattern where `*` stands for any letters (`wijkteam*`).
 */
export const MATCH_MODES = ["exact", "stem", "glob"] as const;

/** A match mode; see {@linkcode MATCH_MODES}. */
export type MatchMode = typeof MATCH_MODES[number];

/** The zod schema of a match mode. */
export const matchModeSchema = z.enum(MATCH_MODES);

/** The mode used when neither the entry nor the lexicon sets one. */
export const DEFAULT_MATCH_MODE: MatchMode = "exact";

/**
 * Check a mode given as text (e.g. on the command line).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(parseMatchMode("stem"), "stem");
 * assert.throws(() => parseMatchMode("fuzzy"), { message: '"fuzzy" is not one of exact, stem, glob' });
 * ```
 */
export function parseMatchMode(text: string): MatchMode {
  const result = matchModeSchema.safeParse(text);
  if (!result.success) throw new InputError(`"${text}" is not one of ${MATCH_MODES.join(", ")}`);
  return result.data;
}
