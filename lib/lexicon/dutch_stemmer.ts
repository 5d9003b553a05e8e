/**
 * The Dutch stemmer used by the `stem` match mode: the Snowball "dutch" algorithm (the
 * original Dutch stemmer by Martin Porter), as compiled to JavaScript by the Snowball
 * compiler and published in the npm package `@orama/stemmers`. Its name and version are
 * recorded with every result, since another stemmer (or another version) gives other
 * counts.
 *
 * What it does, in short: it removes the diaeresis (`creëren` → `creeren`), endings such
 * as `-en`, `-e`, `-s` (after a consonant), `-heid`, `-ing`, `-lijk`, `-baar`, undoubles
 * `kk`/`dd`/`tt` and a long vowel before a final consonant. Forms that share a stem are
 * not always forms of one word: `meten` and `met`, or `taak` and `takken`, have the same
 * stem. The coverage report flags such matches (see lib/lexicon/form_check.ts).
 *
 * @module
 */
import { stemmer } from "@orama/stemmers/dutch";

/** Name and version of the stemmer, recorded with results. */
export interface StemmerInfo {
  algorithm: string;
  package: string;
  version: string;
}

/** The stemmer of the `stem` mode. A test checks `version` against node_modules. */
export const DUTCH_STEMMER: StemmerInfo = {
  algorithm: "Snowball dutch (Porter's original Dutch stemmer)",
  package: "@orama/stemmers",
  version: "3.1.18",
};

/**
 * The stem of a lowercase Dutch word.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(stemDutch("wijkteams"), "wijkteam");
 * assert.equal(stemDutch("taken"), stemDutch("taak"));
 * ```
 */
export function stemDutch(word: string): string {
  return stemmer(word);
}
