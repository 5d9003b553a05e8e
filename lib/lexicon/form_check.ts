/**
 * Is a matched word form plausibly a form of the entry it matched? In mode `exact` it
 * always is. In modes `stem` and `glob` a match can be a different word that happens to
 * share a stem (`met` "with" and `meten` "to measure" both stem to `met`) or a pattern
 * (`recht*` matches `rechtvaardigheid`). Such forms are flagged in the coverage report for
 * a person to look at; they are still counted. The check is a heuristic, written down
 * in {@linkcode FORM_CHECK_RULE}.
 *
 * @module
 */
import type { MatchMode } from "./match_mode.ts";

/** The rule, in words, recorded with every scoring result. */
export const FORM_CHECK_RULE =
  "stem: a form is flagged unless it starts with the entry, or with the entry minus one inflectional " +
  "ending (-en, -s, -e; -heden/-heid) in its closed-syllable spelling (meten: meet, sturen: stuur, " +
  "regelen: regel), or is the entry's open-syllable spelling before a vowel (taak: taken, not takken); " +
  "glob: a form is flagged when the wildcards cover more letters than the pattern's own letters";

/** Why a form is flagged; `undefined` when it is not. */
export type FormFlag =
  | "not an inflected form (stem collision?)"
  | "wildcard covers most of the word";

/**
 * Check a matched form (lowercase words separated by one space) against the entry's
 * words, word by word, in the entry's mode.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(checkForm(["meten"], "stem", "meet"), undefined);
 * assert.equal(checkForm(["meten"], "stem", "met"), "not an inflected form (stem collision?)");
 * assert.equal(checkForm(["taak"], "stem", "taken"), undefined);
 * assert.equal(checkForm(["taak"], "stem", "takken"), "not an inflected form (stem collision?)");
 * assert.equal(checkForm(["recht*"], "glob", "rechtvaardigheid"), "wildcard covers most of the word");
 * ```
 */
export function checkForm(
  entryWords: readonly string[],
  mode: MatchMode,
  form: string,
): FormFlag | undefined {
  if (mode === "exact") return undefined;
  const formWords = form.split(" ");
  for (let i = 0; i < entryWords.length; i++) {
    const entryWord = entryWords[i];
    const formWord = formWords[i] ?? "";
    if (mode === "stem" && !isInflectedForm(entryWord, formWord)) {
      return "not an inflected form (stem collision?)";
    }
    if (mode === "glob") {
      const literal = entryWord.replaceAll("*", "").length;
      if (formWord.length - literal > literal) return "wildcard covers most of the word";
    }
  }
  return undefined;
}

const VOWEL = /[aeiouy]/;

/**
 * Whether `form` looks like an inflection of `entry` in Dutch spelling (both lowercase;
 * diaereses and accents are ignored). See {@linkcode FORM_CHECK_RULE}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(isInflectedForm("kaders", "kader"), true);
 * assert.equal(isInflectedForm("zekerheid", "zeker"), false);
 * assert.equal(isInflectedForm("creëren", "creeren"), true);
 * ```
 */
export function isInflectedForm(entry: string, form: string): boolean {
  const e = fold(entry);
  const f = fold(form);
  if (f.startsWith(e)) return true;
  // A long vowel written double in a closed syllable is written single in an open one:
  // taak -> ta-ken. The next letter must then be a vowel (takken has a short vowel).
  const closed = e.match(/^(.*?)([aeou])\2([^aeiouy])$/);
  if (closed) {
    const open = closed[1] + closed[2] + closed[3];
    if (f.startsWith(open) && VOWEL.test(f[open.length] ?? "")) return true;
  }
  if (e.endsWith("heden") && f.startsWith(`${e.slice(0, -5)}heid`)) return true;
  if (e.endsWith("heid") && f.startsWith(`${e.slice(0, -4)}hed`)) return true;
  for (const ending of ["en", "s", "e"]) {
    if (!e.endsWith(ending) || e.length - ending.length < 3) continue;
    const base = e.slice(0, -ending.length);
    for (const candidate of closedSpellings(base)) if (f.startsWith(candidate)) return true;
  }
  return false;
}

/** How a stem left by removing an ending is written when its last syllable is closed. */
function closedSpellings(base: string): string[] {
  const out: string[] = [];
  // A single vowel in an open syllable (me-ten) is long: closed, it is written double
  // (meet). In a later syllable an e may be a schwa (re-ge-len: regel), so keep both.
  const open = base.match(/^(.*[^aeiouy]|)([aeou])([^aeiouy])$/);
  if (open) {
    out.push(open[1] + open[2] + open[2] + open[3]);
    if (open[2] === "e" && VOWEL.test(open[1])) out.push(base);
  } else {
    out.push(base);
  }
  // Consonant doubling after a short vowel (gemeenschappen: gemeenschap), z/v for s/f.
  if (/([^aeiouy])\1$/.test(base)) out.push(base.slice(0, -1));
  if (base.endsWith("z")) out.push(`${base.slice(0, -1)}s`);
  if (base.endsWith("v")) out.push(`${base.slice(0, -1)}f`);
  return out;
}

function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
