/**
 * A lexicon made ready for fast matching. Every word form is classified once: which
 * entry words it matches (exact: one Map lookup; stem: one stemmer call and a lookup;
 * glob: one test per glob pattern) and which entries can start at it. The answer is
 * kept per form, so scoring a token is one Map lookup, however many entries there are.
 *
 * @module
 */
import { DUTCH_STEMMER, stemDutch, type StemmerInfo } from "./dutch_stemmer.ts";
import { entryMode, type Lexicon } from "./lexicon.ts";
import type { MatchMode } from "./match_mode.ts";

/** An entry ready for matching. */
export interface CompiledEntry {
  /** Position in the lexicon's entry list. */
  index: number;
  category: string;
  /** The normalized entry, e.g. `eigen kracht`. */
  entry: string;
  words: readonly string[];
  mode: MatchMode;
  /** One pattern id per word. */
  patterns: readonly number[];
}

/** What a word form matches. */
export interface WordClass {
  /** Ids of the entry-word patterns the form matches. */
  patterns: ReadonlySet<number>;
  /** Entries whose first word the form matches, best first (see lib/lexicon/match_tokens.ts). */
  starts: readonly CompiledEntry[];
}

/** A lexicon compiled for matching. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  entries: readonly CompiledEntry[];
  categories: readonly string[];
  /** Modes that occur, in the order exact, stem, glob. */
  modes: readonly MatchMode[];
  /** The stemmer, when some entry uses mode `stem`; else `null`. */
  stemmer: StemmerInfo | null;
  /** Classify a lowercase word form (memoized; the answer never changes). */
  classify(norm: string): WordClass;
}

/** Options of {@linkcode compileLexicon}. */
export interface CompileLexiconOptions {
  /**
   * Stemmer for mode `stem`, with the name and version to record. Default:
   * {@linkcode stemDutch} as {@linkcode DUTCH_STEMMER}.
   */
  stemmer?: { stem: (word: string) => string; info: StemmerInfo };
  /**
   * At most this many word forms are remembered by `classify`; when full, the memo starts
   * afresh (answers stay the same, memory stays bounded on corpora with millions of
   * distinct words); `0`: none (for a caller that remembers them itself). Default:
   * `200_000`.
   */
  memoLimit?: number;
}

/** Order of preference between modes when two entries of equal length match. */
export const MODE_RANK: Readonly<Record<MatchMode, number>> = { exact: 0, stem: 1, glob: 2 };

const NOTHING: WordClass = { patterns: new Set(), starts: [] };

/**
 * Compile a lexicon.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "./load_lexicon.ts";
 * const lexicon = parseLexicon("category,entry,mode\nNPG,taak,stem\nNPG,wijkteam*,glob\n", "csv");
 * const compiled = compileLexicon(lexicon);
 * assert.deepEqual(compiled.classify("taken").starts.map((e) => e.entry), ["taak"]);
 * assert.deepEqual(compiled.classify("wijkteams").starts.map((e) => e.entry), ["wijkteam*"]);
 * assert.equal(compiled.classify("markt").starts.length, 0);
 * ```
 */
export function compileLexicon(
  lexicon: Lexicon,
  options: CompileLexiconOptions = {},
): CompiledLexicon {
  const stemmer = options.stemmer ?? { stem: stemDutch, info: DUTCH_STEMMER };
  const stem = stemmer.stem;
  const exact = new Map<string, number>();
  const stems = new Map<string, number>();
  // A glob is tried only on words with its literal start and end (a cheap test that every
  // word the pattern matches passes), so most words never meet the regular expression.
  const globs: { id: number; pattern: RegExp; prefix: string; suffix: string }[] = [];
  const globIds = new Map<string, number>();
  let nextId = 0;
  const patternFor = (word: string, mode: MatchMode): number => {
    const table = mode === "exact" ? exact : mode === "stem" ? stems : globIds;
    const key = mode === "stem" ? stem(word) : word;
    let id = table.get(key);
    if (id === undefined) {
      id = nextId++;
      table.set(key, id);
      if (mode === "glob") {
        const parts = word.split("*");
        const suffix = parts.length > 1 ? parts[parts.length - 1] : "";
        globs.push({ id, pattern: globPattern(word), prefix: parts[0], suffix });
      }
    }
    return id;
  };
  const entries: CompiledEntry[] = lexicon.entries.map((entry, index) => {
    const mode = entryMode(entry, lexicon);
    return {
      index,
      category: entry.category,
      entry: entry.entry,
      words: entry.words,
      mode,
      patterns: entry.words.map((w) => patternFor(w, mode)),
    };
  });
  const startsBy = new Map<number, CompiledEntry[]>();
  for (const entry of entries) {
    const list = startsBy.get(entry.patterns[0]) ?? [];
    list.push(entry);
    startsBy.set(entry.patterns[0], list);
  }
  const modes = (["exact", "stem", "glob"] as const).filter((m) =>
    entries.some((e) => e.mode === m)
  );
  const classifyWord = (norm: string): WordClass => {
    const ids: number[] = [];
    const e = exact.get(norm);
    if (e !== undefined) ids.push(e);
    if (stems.size > 0) {
      const s = stems.get(stem(norm));
      if (s !== undefined) ids.push(s);
    }
    for (const glob of globs) {
      if (
        norm.startsWith(glob.prefix) && norm.endsWith(glob.suffix) && glob.pattern.test(norm)
      ) ids.push(glob.id);
    }
    if (ids.length === 0) return NOTHING;
    const starts = ids.flatMap((id) => startsBy.get(id) ?? []).sort(compareEntries);
    return { patterns: new Set(ids), starts };
  };
  const memoLimit = options.memoLimit ?? 200_000;
  let memo = new Map<string, WordClass>();
  const classify = (norm: string): WordClass => {
    if (memoLimit === 0) return classifyWord(norm);
    const known = memo.get(norm);
    if (known !== undefined) return known;
    if (memo.size >= memoLimit) memo = new Map();
    const result = classifyWord(norm);
    memo.set(norm, result);
    return result;
  };
  return {
    lexicon,
    entries,
    categories: lexicon.categories,
    modes,
    stemmer: modes.includes("stem") ? stemmer.info : null,
    classify,
  };
}

/** Longer entries first, then exact before stem before glob, then lexicon order. */
export function compareEntries(a: CompiledEntry, b: CompiledEntry): number {
  return b.words.length - a.words.length || MODE_RANK[a.mode] - MODE_RANK[b.mode] ||
    a.index - b.index;
}

/**
 * A glob word as a regular expression: `*` is any run of letters (also none).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(globPattern("*zorgaanbod").test("jeugdzorgaanbod"), true);
 * assert.equal(globPattern("wijk*team").test("wijkteam"), true);
 * assert.equal(globPattern("wijkteam*").test("buurtteam"), false);
 * ```
 */
export function globPattern(word: string): RegExp {
  const parts = word.split("*").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\p{L}\\p{M}]*")}$`, "u");
}
