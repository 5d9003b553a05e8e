/**
 * A lexicon: categories (e.g. the four steering perspectives PA, NPM, NPG, SR) and
 * their entries (signal words, or phrases of several words), each with a match mode.
 * This module holds the types and the checks every lexicon passes, whatever file
 * format it came from (see lib/lexicon/load_lexicon.ts).
 *
 * @module
 */
import { InputError, throwProblems } from "../io/input_error.ts";
import { DEFAULT_MATCH_MODE, type MatchMode } from "./match_mode.ts";
import type { LexiconFormat } from "./load_lexicon.ts";

/** Where an entry was written: a CSV line, or a key path (and line) in YAML or JSON. */
export interface EntryLocation {
  line?: number;
  /** Key path in a YAML or JSON file, e.g. `categories.PA[2]`. */
  path?: string;
}

/** An entry as read from a file, before checks. */
export interface RawLexiconEntry {
  category: string;
  entry: string;
  /** The entry's own mode, if it sets one. */
  mode?: MatchMode;
  where: EntryLocation;
}

/** A checked entry. */
export interface LexiconEntry {
  category: string;
  /** The entry normalized: NFC, lowercase, words separated by one space. */
  entry: string;
  /** The entry's words (one for a signal word, more for a phrase). */
  words: string[];
  /** The entry's own mode; without one, the lexicon's mode applies. */
  mode?: MatchMode;
  where: EntryLocation;
}

/** A checked lexicon. */
export interface Lexicon {
  /** Short name, e.g. `study` (the file name without extension, or a `name:` in YAML/JSON). */
  name: string;
  /** The file it came from, if any. */
  file?: string;
  /** SHA-256 of the file's bytes (hex), so that a result names exactly what was used. */
  sha256: string;
  /** Mode of entries that do not set their own. */
  mode: MatchMode;
  /** Categories in order of first appearance. */
  categories: string[];
  /** Entries in file order. */
  entries: LexiconEntry[];
  /** The file format it was read from, when read from text (see lib/lexicon/load_lexicon.ts). */
  format?: LexiconFormat;
}

/** What {@linkcode buildLexicon} needs besides the entries. */
export interface LexiconHeader {
  name: string;
  sha256: string;
  /** Name of the file, for errors and provenance. Default: none. */
  file?: string;
  /** Mode of entries without their own. Default: `"exact"`. */
  mode?: MatchMode;
}

/**
 * Check entries and make a lexicon. Each of these is an {@linkcode InputError} naming
 * the file and the line (CSV: and the column; YAML/JSON: and the key path):
 * an empty category or entry; an entry holding characters the tokenizer never puts in a
 * word (a hyphen, a digit; write `wmo loket`, two words); `*` outside mode `glob`; an
 * entry twice in one category; an entry in two categories. Entries are compared after
 * normalization (NFC, lowercase, single spaces), whatever their mode. All problems are
 * reported at once (several as an `InputErrors` whose `problems` lists them).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const raw = [
 *   { category: "SR", entry: "Eigen  kracht", where: { line: 2 } },
 *   { category: "NPG", entry: "wijkteam*", mode: "glob" as const, where: { line: 3 } },
 * ];
 * const lexicon = buildLexicon(raw, { name: "mini", sha256: "0" });
 * assert.deepEqual(lexicon.entries.map((e) => e.words), [["eigen", "kracht"], ["wijkteam*"]]);
 * assert.deepEqual(lexicon.categories, ["SR", "NPG"]);
 * ```
 */
export function buildLexicon(raw: readonly RawLexiconEntry[], header: LexiconHeader): Lexicon {
  const file = header.file;
  const mode = header.mode ?? DEFAULT_MATCH_MODE;
  const fail = (where: EntryLocation, field: "category" | "entry" | "mode", problem: string) => {
    if (where.path !== undefined) {
      return new InputError(`${where.path}: ${problem}`, { file, line: where.line });
    }
    return new InputError(problem, { file, line: where.line, field });
  };
  const categories: string[] = [];
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, LexiconEntry>();
  const problems: InputError[] = [];
  const refuse = (error: InputError) => void problems.push(error);
  for (const item of raw) {
    const category = item.category.trim();
    if (category === "") {
      refuse(fail(item.where, "category", "the category is empty"));
      continue;
    }
    const entry = item.entry.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
    if (entry === "") {
      refuse(fail(item.where, "entry", "the entry is empty"));
      continue;
    }
    const entryMode = item.mode ?? mode;
    const others = [...entry.replace(/[\p{L}\p{M} ]/gu, "")];
    if (others.includes("*") && entryMode !== "glob") {
      refuse(fail(
        item.where,
        "entry",
        `"${entry}" holds "*" but its mode is ${entryMode}; give it mode glob`,
      ));
      continue;
    }
    const foreign = others.find((c) => c !== "*");
    if (foreign !== undefined) {
      refuse(fail(
        item.where,
        "entry",
        `"${entry}" holds "${foreign}", which the tokenizer never puts inside a word; ` +
          "an entry is words of letters separated by spaces",
      ));
      continue;
    }
    const words = entry.split(" ");
    if (words.some((w) => !/\p{L}/u.test(w))) {
      refuse(fail(item.where, "entry", `"${entry}": every word of a pattern needs a letter`));
      continue;
    }
    const earlier = seen.get(entry);
    if (earlier !== undefined) {
      const first = describeLocation(earlier.where);
      if (earlier.category === category) {
        refuse(fail(
          item.where,
          "entry",
          `"${entry}" appears twice in category ${category} (first ${first})`,
        ));
        continue;
      }
      refuse(fail(
        item.where,
        "entry",
        `"${entry}" is already in category ${earlier.category} (${first}); an entry may be in one category only`,
      ));
      continue;
    }
    const checked: LexiconEntry = { category, entry, words, where: item.where };
    if (item.mode !== undefined) checked.mode = item.mode;
    seen.set(entry, checked);
    entries.push(checked);
    if (!categories.includes(category)) categories.push(category);
  }
  throwProblems(problems, { file });
  if (entries.length === 0) throw new InputError("the lexicon has no entries", { file });
  const lexicon: Lexicon = { name: header.name, sha256: header.sha256, mode, categories, entries };
  if (file !== undefined) lexicon.file = file;
  return lexicon;
}

/** `on line 3`, or `at categories.PA[1], line 3`. */
export function describeLocation(where: EntryLocation): string {
  const line = where.line === undefined ? "" : `line ${where.line}`;
  if (where.path === undefined) return line === "" ? "earlier" : `on ${line}`;
  return `at ${where.path}${line === "" ? "" : `, ${line}`}`;
}

/** The mode an entry is matched with. */
export function entryMode(entry: LexiconEntry, lexicon: Lexicon): MatchMode {
  return entry.mode ?? lexicon.mode;
}

/**
 * The same lexicon with another default mode (entries with their own mode keep it),
 * checked again: an entry with `*` needs mode glob.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const lexicon = buildLexicon([{ category: "NPG", entry: "taak", where: { line: 2 } }], { name: "x", sha256: "0" });
 * assert.equal(withDefaultMode(lexicon, "stem").mode, "stem");
 * ```
 */
export function withDefaultMode(lexicon: Lexicon, mode: MatchMode): Lexicon {
  if (mode === lexicon.mode) return lexicon;
  const rebuilt = buildLexicon(lexicon.entries, {
    name: lexicon.name,
    sha256: lexicon.sha256,
    file: lexicon.file,
    mode,
  });
  return lexicon.format === undefined ? rebuilt : { ...rebuilt, format: lexicon.format };
}
