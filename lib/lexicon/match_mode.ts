/**
 * How a lexicon entry matches words: `exact`, `stem` or `glob`.
 *
 * @module
 */
/**
 * The match modes:
 * - `exact`: the word equals the entry, ignoring case (the default);
 * - `stem`: the word and the entry have the same Dutch Snowball stem;
 * - `glob`: the entry is a pattern where `*` stands for any letters (`wijkteam*`).
 *
 * A mode given as text is checked by `parseMatchMode` (lib/lexicon/load_lexicon.ts, with
 * the other checks of what a user gives), so that this module, which the scoring threads
 * load, imports nothing.
 */
export const MATCH_MODES = ["exact", "stem", "glob"] as const;

/** A match mode; see {@linkcode MATCH_MODES}. */
export type MatchMode = typeof MATCH_MODES[number];

/** The mode used when neither the entry nor the lexicon sets one. */
export const DEFAULT_MATCH_MODE: MatchMode = "exact";
