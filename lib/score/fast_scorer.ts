/**
 * The scorer for large corpora: the same counts as {@linkcode scoreText} (tested to be
 * identical), several times faster. Where the time goes in `scoreText`, and what this
 * does instead:
 *
 * - tokenizing: a loop over UTF-16 code units with a table for ASCII letters (the Unicode
 *   property test only for other characters, once per distinct character), lowercasing
 *   and hashing each word as it is read, instead of a regular expression and two strings
 *   and an object per word;
 * - classifying: a hash table from the lowercase word to its class (what it matches),
 *   compared against the text itself, so a word already seen costs no string at all. For
 *   a lexicon whose entries are all `exact`, the table holds just the entry words and any
 *   other word is known to match nothing; for `stem` and `glob` it remembers every word
 *   met (the stemmer or the glob tests run once per distinct word), up to a limit after
 *   which it starts afresh, so memory stays bounded at any corpus size;
 * - matching: on an array of class numbers, where a word that matches nothing is one
 *   comparison; strings (the matched words, their lowercase form, the context) are made
 *   only for hits.
 *
 * A scorer keeps its buffers between documents: one per thread, not shared.
 *
 * @module
 */
import {
  type CompiledEntry,
  type CompiledLexicon,
  isPhraseGap,
  type WordClass,
} from "../lexicon/mod.ts";
import { ASCII_LOWER, wordEnd, wordUnitWidth } from "../tokens/mod.ts";
import { kwicContextAt, type KwicOptions } from "./kwic.ts";
import type { Hit, TextScore } from "./score_text.ts";

/** Options of {@linkcode FastScorer}. */
export interface FastScorerOptions {
  /** Context of each hit. Default: `{}` (8 words, 60 characters each side). */
  kwic?: KwicOptions;
  /**
   * Distinct words remembered (mode `stem` or `glob`); when full the table starts afresh.
   * Default: `262_144` (about 20 MB).
   */
  cacheLimit?: number;
}

/** Options of {@linkcode FastScorer.score}. */
export interface FastScoreOptions {
  /** Make every hit with its context (as {@linkcode scoreText} does). Default: `true`. */
  hits?: boolean;
}

/**
 * The word forms an entry matched in one text: `[entry index, form, hits]`, entries in
 * lexicon order, forms in order of first occurrence. Enough to build the coverage report
 * without the hits themselves.
 */
export type FormTally = [entryIndex: number, form: string, hits: number][];

/** What {@linkcode FastScorer.score} returns: {@linkcode TextScore} and the forms matched. */
export interface FastTextScore extends TextScore {
  forms: FormTally;
}

const NOTHING_CLASS: WordClass = { patterns: new Set(), starts: [] };
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * An open-addressing hash table from lowercase words to class numbers. An ASCII word is
 * looked up by its place in the text and the hash computed while reading it, so finding
 * it makes no string.
 */
class WordTable {
  /** Per slot two numbers: the word's hash, and its class + 1 (0: the slot is empty). */
  slots = new Int32Array(0);
  keys: string[] = [];
  mask = 0;
  size = 0;

  constructor(capacity = 1024) {
    this.clear(capacity);
  }

  clear(capacity = 1024): void {
    this.slots = new Int32Array(2 * capacity);
    this.keys = new Array<string>(capacity);
    this.mask = capacity - 1;
    this.size = 0;
  }

  /** The class of `text.slice(start, end).toLowerCase()` (ASCII letters only), or -1. */
  findAscii(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const keys = this.keys;
    const mask = this.mask;
    const length = end - start;
    for (let slot = hash & mask;; slot = (slot + 1) & mask) {
      const stored = slots[2 * slot + 1];
      if (stored === 0) return -1;
      if (slots[2 * slot] !== hash) continue;
      const key = keys[slot];
      if (key.length !== length) continue;
      let k = 0;
      while (k < length && key.charCodeAt(k) === ASCII_LOWER[text.charCodeAt(start + k)]) k++;
      if (k === length) return stored - 1;
    }
  }

  /** The class of a lowercase word, or -1. */
  find(norm: string, hash: number): number {
    const mask = this.mask;
    for (let slot = hash & mask;; slot = (slot + 1) & mask) {
      const stored = this.slots[2 * slot + 1];
      if (stored === 0) return -1;
      if (this.slots[2 * slot] === hash && this.keys[slot] === norm) return stored - 1;
    }
  }

  /** Add a word that is not in the table. */
  add(norm: string, hash: number, id: number): void {
    if (2 * (this.size + 1) > this.keys.length) {
      // Keep the table at most half full: rehash into one twice the size.
      const { slots, keys } = this;
      this.clear(2 * keys.length);
      for (let slot = 0; slot < keys.length; slot++) {
        if (slots[2 * slot + 1] !== 0) this.#put(keys[slot], slots[2 * slot], slots[2 * slot + 1]);
      }
    }
    this.#put(norm, hash, id + 1);
    this.size++;
  }

  #put(norm: string, hash: number, stored: number): void {
    const mask = this.mask;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = stored;
    this.keys[slot] = norm;
  }
}

/**
 * Scores texts against one compiled lexicon.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileLexicon, parseLexicon } from "../lexicon/mod.ts";
 * import { scoreText } from "./score_text.ts";
 * const lexicon = compileLexicon(parseLexicon("category,entry\nPA,regelen\nSR,meedoen\nSR,eigen kracht\n", "csv"));
 * const text = "Wij regelen het; u kunt meedoen met eigen\nkracht. Regelen!";
 * const scorer = new FastScorer(lexicon);
 * const { forms, ...score } = scorer.score(text);
 * assert.deepEqual(score, scoreText(text, lexicon));
 * assert.deepEqual(forms, [[0, "regelen", 2], [1, "meedoen", 1], [2, "eigen kracht", 1]]);
 * ```
 */
export class FastScorer {
  readonly compiled: CompiledLexicon;
  readonly #kwic: KwicOptions;
  readonly #cacheLimit: number;
  readonly #categoryOf: Int32Array;
  // Classes by number; 0 is "matches nothing".
  readonly #classes: WordClass[] = [NOTHING_CLASS];
  readonly #classIds = new Map<string, number>();
  /** The words of exact entries: every word whose class comes from an exact entry. */
  readonly #exactWords = new WordTable();
  /** Whether only exact entries can match (then any word not in #exactWords matches nothing). */
  readonly #exactOnly: boolean;
  /** Every other word met (modes stem and glob), up to the cache limit. */
  readonly #cache = new WordTable();
  /**
   * Without stem entries, when every glob word starts with letters (`wijkteam*`): the
   * first `#leadLength` letters a matching word must start with, as a bitmap over their
   * ASCII codes (7 bits each). A word that starts otherwise can only match an exact entry.
   */
  readonly #lead: Uint8Array | undefined;
  readonly #leadLength: number = 0;
  // Per-text buffers, grown as needed.
  #starts = new Int32Array(1024);
  #ends = new Int32Array(1024);
  #cls = new Int32Array(1024);

  constructor(compiled: CompiledLexicon, options: FastScorerOptions = {}) {
    this.compiled = compiled;
    this.#kwic = options.kwic ?? {};
    this.#cacheLimit = options.cacheLimit ?? 262_144;
    const categoryIndex = new Map(compiled.categories.map((c, i) => [c, i]));
    this.#categoryOf = Int32Array.from(compiled.entries, (e) => categoryIndex.get(e.category)!);
    this.#exactOnly = compiled.entries.every((e) => e.mode === "exact");
    for (const entry of compiled.entries) {
      if (entry.mode !== "exact") continue;
      for (const word of entry.words) {
        const hash = hashString(word);
        if (this.#exactWords.find(word, hash) >= 0) continue;
        this.#exactWords.add(word, hash, this.#classNumber(compiled.classify(word)));
      }
    }
    const globs = compiled.entries.filter((e) => e.mode === "glob").flatMap((e) => e.words);
    const leads = globs.map((w) => w.slice(0, w.indexOf("*") < 0 ? w.length : w.indexOf("*")));
    if (
      !this.#exactOnly && compiled.entries.every((e) => e.mode !== "stem") &&
      leads.every((l) => l.length > 0 && /^[a-z]+$/.test(l.slice(0, 3)))
    ) {
      this.#leadLength = Math.min(3, ...leads.map((l) => l.length));
      this.#lead = new Uint8Array(1 << (7 * this.#leadLength));
      for (const lead of leads) this.#lead[leadCode(lead, this.#leadLength)] = 1;
    }
  }

  /** Score one text: the same as `scoreText(text, compiled, { kwic })`, plus the forms matched. */
  score(text: string, options: FastScoreOptions = {}): FastTextScore {
    const words = this.#tokenize(text);
    const starts = this.#starts;
    const ends = this.#ends;
    const cls = this.#cls;
    const classes = this.#classes;
    const compiled = this.compiled;
    const entryHits = new Array<number>(compiled.entries.length).fill(0);
    const categoryHits = new Array<number>(compiled.categories.length).fill(0);
    const keepHits = options.hits ?? true;
    const hits: Hit[] = [];
    const formsByEntry: (Map<string, number> | undefined)[] = [];
    let matchedTokens = 0;
    let i = 0;
    while (i < words) {
      const c = cls[i];
      if (c === 0) {
        i++;
        continue;
      }
      let found: CompiledEntry | undefined;
      for (const entry of classes[c].starts) {
        const length = entry.patterns.length;
        if (length === 1) {
          found = entry;
          break;
        }
        if (i + length > words) continue;
        let ok = true;
        for (let k = 1; k < length && ok; k++) {
          ok = classes[cls[i + k]].patterns.has(entry.patterns[k]) &&
            isPhraseGap(text, ends[i + k - 1], starts[i + k]);
        }
        if (ok) {
          found = entry;
          break;
        }
      }
      if (found === undefined) {
        i++;
        continue;
      }
      const count = found.patterns.length;
      const index = found.index;
      entryHits[index]++;
      categoryHits[this.#categoryOf[index]]++;
      matchedTokens += count;
      let match = text.slice(starts[i], ends[i]);
      for (let k = 1; k < count; k++) match += " " + text.slice(starts[i + k], ends[i + k]);
      const form = count === 1 ? match.toLowerCase() : formOf(text, starts, ends, i, count);
      const forms = formsByEntry[index] ??= new Map();
      forms.set(form, (forms.get(form) ?? 0) + 1);
      if (keepHits) {
        const { left, right } = kwicContextAt(text, starts, ends, words, i, count, this.#kwic);
        hits.push({
          entryIndex: index,
          category: found.category,
          entry: found.entry,
          match,
          form,
          tokenIndex: i,
          tokenCount: count,
          start: starts[i],
          end: ends[i + count - 1],
          left,
          right,
        });
      }
      i += count;
    }
    const forms: FormTally = [];
    formsByEntry.forEach((counts, index) => {
      for (const [form, n] of counts!) forms.push([index, form, n]);
    });
    return { tokens: words, matchedTokens, entryHits, categoryHits, hits, forms };
  }

  /** Words of the text into the offset and class buffers; returns their number. */
  #tokenize(text: string): number {
    const n = text.length;
    let words = 0;
    let capacity = this.#cls.length;
    let i = 0;
    while (i < n) {
      // Skip what is not a word.
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        if (ASCII_LOWER[c] === 0) {
          i++;
          continue;
        }
      } else {
        const width = wordUnitWidth(text, i);
        if (width < 0) {
          i -= width;
          continue;
        }
      }
      // A word: read it, lowercasing and hashing ASCII letters on the way.
      const start = i;
      let hash = FNV_OFFSET;
      let ascii = true;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 0x80) {
          const lower = ASCII_LOWER[c];
          if (lower === 0) break;
          hash = Math.imul(hash ^ lower, FNV_PRIME);
          i++;
        } else {
          ascii = false;
          i = wordEnd(text, i);
          break;
        }
      }
      if (words === capacity) capacity = this.#grow();
      this.#starts[words] = start;
      this.#ends[words] = i;
      this.#cls[words] = ascii
        ? this.#classOfAscii(text, start, i, hash)
        : this.#classOf(text.slice(start, i).toLowerCase());
      words++;
    }
    return words;
  }

  #classOfAscii(text: string, start: number, end: number, hash: number): number {
    if (this.#exactOnly || (this.#lead !== undefined && !this.#leadMatches(text, start, end))) {
      return Math.max(0, this.#exactWords.findAscii(text, start, end, hash));
    }
    const found = this.#cache.findAscii(text, start, end, hash);
    if (found >= 0) return found;
    return this.#insert(text.slice(start, end).toLowerCase(), hash);
  }

  #classOf(norm: string): number {
    const hash = hashString(norm);
    if (this.#exactOnly) return Math.max(0, this.#exactWords.find(norm, hash));
    const found = this.#cache.find(norm, hash);
    if (found >= 0) return found;
    return this.#insert(norm, hash);
  }

  /** Whether an ASCII word starts with the first letters of some glob. */
  #leadMatches(text: string, start: number, end: number): boolean {
    const length = this.#leadLength;
    if (end - start < length) return false;
    let code = 0;
    for (let k = 0; k < length; k++) code = (code << 7) | ASCII_LOWER[text.charCodeAt(start + k)];
    return this.#lead![code] === 1;
  }

  /** Classify a word not in the cache and remember it (starting afresh when full). */
  #insert(norm: string, hash: number): number {
    if (this.#cache.size >= this.#cacheLimit) this.#cache.clear();
    const id = this.#classNumber(this.compiled.classify(norm));
    this.#cache.add(norm, hash, id);
    return id;
  }

  /** Number of a class, by what it matches (the lexicon may hand out equal classes anew). */
  #classNumber(wordClass: WordClass): number {
    if (wordClass.starts.length === 0 && wordClass.patterns.size === 0) return 0;
    const key = [...wordClass.patterns].join(",");
    let id = this.#classIds.get(key);
    if (id === undefined) {
      id = this.#classes.length;
      this.#classes.push(wordClass);
      this.#classIds.set(key, id);
    }
    return id;
  }

  #grow(): number {
    const capacity = this.#cls.length * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(capacity);
      b.set(a);
      return b;
    };
    this.#starts = grow(this.#starts);
    this.#ends = grow(this.#ends);
    this.#cls = grow(this.#cls);
    return capacity;
  }
}

/** The first `length` letters of a word (lowercase ASCII), 7 bits each, as the tokenizer packs them. */
function leadCode(word: string, length: number): number {
  let code = 0;
  for (let k = 0; k < length; k++) code = (code << 7) | word.charCodeAt(k);
  return code;
}

/** FNV-1a over the UTF-16 code units of a lowercase word (as the tokenizer hashes ASCII). */
function hashString(norm: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < norm.length; k++) hash = Math.imul(hash ^ norm.charCodeAt(k), FNV_PRIME);
  return hash;
}

function formOf(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  index: number,
  count: number,
): string {
  let form = text.slice(starts[index], ends[index]).toLowerCase();
  for (let k = 1; k < count; k++) {
    form += " " + text.slice(starts[index + k], ends[index + k]).toLowerCase();
  }
  return form;
}
