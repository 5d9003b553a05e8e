/**
 * The scoring engine: the one implementation of the scoring rules (words, matching,
 * context, forms for the coverage report) in production. It reads a document's cleaned
 * text in parts of any size (as lib/corpus `streamDocument` hands them on) and keeps only
 * a window of it: the words still needed for a phrase, the context of the next hit and the
 * right context of hits not yet complete, so memory does not grow with the document. The
 * plain implementation (a tokenizer making an object per word, then a matcher, then
 * contexts) is kept in lib/score/testing/ as the oracle the engine is tested against.
 *
 * Where the time goes, and what the engine does about it:
 *
 * - tokenizing (about a third of the time): one loop over UTF-16 code units, each looked
 *   up in one table (an ASCII letter as its lowercase letter, another letter or mark, not
 *   part of a word, or not known yet: the Unicode property test runs once per distinct
 *   character), lowercasing and hashing each word as it is read, instead of a regular
 *   expression and two strings and an object per word;
 * - classifying: a hash table from the lowercase word to its class (what it matches),
 *   compared against the text itself, so a word already seen costs no string at all. For
 *   a lexicon whose entries are all `exact`, the table holds just the entry words and any
 *   other word is known to match nothing; for `stem` and `glob` it remembers every word
 *   met that starts as some stem or glob does (the stemmer or the glob tests run once per
 *   distinct word), up to a limit after which it starts afresh, so memory stays bounded
 *   at any corpus size; the other words are looked up among the exact words only (a
 *   small table, where a cache of every word would cost a cache miss per word);
 * - matching: on an array of class numbers, where a word that matches nothing is one
 *   comparison; strings (the matched words, their lowercase form, the context) are made
 *   only for hits.
 *
 * A scorer keeps its buffers between documents and scores one document at a time: one
 * per thread, not shared.
 *
 * @module
 */
import type { CompiledEntry, CompiledLexicon, WordClass } from "../lexicon/compile_lexicon.ts";
import { DUTCH_STEMMER, stemDutch } from "../lexicon/dutch_stemmer.ts";
import { isPhraseGap } from "../lexicon/match_tokens.ts";
import { ASCII_LOWER, wordUnitWidth } from "../tokens/mod.ts";
import { kwicLeft, type KwicOptions, kwicRight } from "./kwic.ts";

/** One hit: an entry matched at a place in the text. */
export interface Hit {
  /** Index of the entry in the compiled lexicon. */
  entryIndex: number;
  category: string;
  entry: string;
  /** The matched words as written, separated by one space. */
  match: string;
  /** The matched words lowercase, separated by one space (the form counted in coverage). */
  form: string;
  /** Index of the first matched word among the text's words (0-based). */
  tokenIndex: number;
  /** Number of words matched (more than 1 for a phrase). */
  tokenCount: number;
  /** Offsets of the match in the cleaned text. */
  start: number;
  end: number;
  /** Context, see lib/score/kwic.ts. */
  left: string;
  right: string;
}

/** What a text scored. */
export interface TextScore {
  /** Words in the text. */
  tokens: number;
  /** Words that are part of a hit. */
  matchedTokens: number;
  /** Hits per entry, in the compiled lexicon's entry order. */
  entryHits: number[];
  /** Hits per category, in the compiled lexicon's category order. */
  categoryHits: number[];
  /** Every hit, in text order (empty when hits are not kept, or handed to `onHit`). */
  hits: Hit[];
}

/** Options of {@linkcode Scorer}. */
export interface ScorerOptions {
  /** Context of each hit. Default: `{}` (8 words, 60 characters each side). */
  kwic?: KwicOptions;
  /**
   * Distinct words remembered (mode `stem` or `glob`), with at most 16 times as many
   * letters; when full the table starts afresh in the same memory. Default: `50_000`
   * (at most about 5 MB).
   */
  cacheLimit?: number;
}

/** Options of {@linkcode Scorer.score} and {@linkcode Scorer.begin}. */
export interface ScoreOptions {
  /** Make every hit with its context. Default: `true`. */
  hits?: boolean;
  /** Hand each hit here, in text order, as soon as its context is complete, instead of keeping it. Default: none (hits are returned). */
  onHit?: (hit: Hit) => void;
}

/**
 * The word forms an entry matched in one text: `[entry index, form, hits]`, entries in
 * lexicon order, forms in order of first occurrence. Enough to build the coverage report
 * without the hits themselves.
 */
export type FormTally = [entryIndex: number, form: string, hits: number][];

/** What {@linkcode Scorer.score} returns: {@linkcode TextScore}, the forms matched and the text's length. */
export interface ScoredText extends TextScore {
  forms: FormTally;
  /** Characters (Unicode code points) of the text: counted by the tokenizer, which reads each anyway. */
  characters: number;
}

const NOTHING_CLASS: WordClass = { patterns: new Set(), starts: [] };
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * An open-addressing hash table from lowercase words to class numbers, the words kept as
 * code units in one array rather than as strings: its memory is a few typed arrays that
 * are reused when it starts afresh, not garbage. An ASCII word is looked up by its place
 * in the text, so finding it makes no string.
 */
class WordTable {
  /**
   * Per slot four numbers: the word's hash, its class + 1 (0: the slot is empty), and the
   * offset and length of its code units in `units`.
   */
  slots: Int32Array;
  /** The words' code units, one after another. */
  units: Uint16Array;
  /** Code units used. */
  used = 0;
  mask: number;
  size = 0;

  constructor(capacity = 1024) {
    this.slots = new Int32Array(4 * capacity);
    this.units = new Uint16Array(8 * capacity);
    this.mask = capacity - 1;
  }

  /** Forget every word (the memory is kept). */
  clear(): void {
    this.slots.fill(0);
    this.used = 0;
    this.size = 0;
  }

  /** The class of `text.slice(start, end).toLowerCase()` (ASCII letters only), or -1. */
  findAscii(text: string, start: number, end: number, hash: number): number {
    const { slots, units, mask } = this;
    const length = end - start;
    for (let slot = hash & mask;; slot = (slot + 1) & mask) {
      const at = 4 * slot;
      const stored = slots[at + 1];
      if (stored === 0) return -1;
      if (slots[at] !== hash || slots[at + 3] !== length) continue;
      const from = slots[at + 2] - start;
      let k = start;
      while (k < end && units[from + k] === ASCII_LOWER[text.charCodeAt(k)]) k++;
      if (k === end) return stored - 1;
    }
  }

  /** The class of a lowercase word, or -1. */
  find(norm: string, hash: number): number {
    const { slots, units, mask } = this;
    const length = norm.length;
    for (let slot = hash & mask;; slot = (slot + 1) & mask) {
      const at = 4 * slot;
      const stored = slots[at + 1];
      if (stored === 0) return -1;
      if (slots[at] !== hash || slots[at + 3] !== length) continue;
      const from = slots[at + 2];
      let k = 0;
      while (k < length && units[from + k] === norm.charCodeAt(k)) k++;
      if (k === length) return stored - 1;
    }
  }

  /** Add a word that is not in the table. */
  add(norm: string, hash: number, id: number): void {
    if (4 * (this.size + 1) > this.slots.length / 2) {
      // Keep the table at most half full: rehash into one twice the size.
      const old = this.slots;
      this.slots = new Int32Array(2 * old.length);
      this.mask = old.length / 2 - 1;
      for (let at = 0; at < old.length; at += 4) {
        if (old[at + 1] !== 0) this.#put(old[at], old[at + 1], old[at + 2], old[at + 3]);
      }
    }
    if (this.used + norm.length > this.units.length) {
      const units = new Uint16Array(2 * (this.used + norm.length));
      units.set(this.units.subarray(0, this.used));
      this.units = units;
    }
    for (let k = 0; k < norm.length; k++) this.units[this.used + k] = norm.charCodeAt(k);
    this.#put(hash, id + 1, this.used, norm.length);
    this.used += norm.length;
    this.size++;
  }

  #put(hash: number, stored: number, from: number, length: number): void {
    const mask = this.mask;
    let slot = hash & mask;
    while (this.slots[4 * slot + 1] !== 0) slot = (slot + 1) & mask;
    const at = 4 * slot;
    this.slots[at] = hash;
    this.slots[at + 1] = stored;
    this.slots[at + 2] = from;
    this.slots[at + 3] = length;
  }
}

/** A hit whose right context waits for words still to come. */
interface PendingHit {
  hit: Hit;
  /** Index of its last word among the document's words. */
  last: number;
}

/**
 * Scores texts against one compiled lexicon, whole ({@linkcode Scorer.score}) or in parts
 * ({@linkcode Scorer.begin}, {@linkcode Scorer.push}, {@linkcode Scorer.end}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileLexicon, parseLexicon } from "../lexicon/mod.ts";
 * const lexicon = compileLexicon(parseLexicon("category,entry\nPA,regelen\nSR,meedoen\nSR,eigen kracht\n", "csv"));
 * const scorer = new Scorer(lexicon);
 * const { forms, hits, characters, ...score } = scorer.score("Wij regelen het; u kunt meedoen met eigen\nkracht. Regelen!");
 * assert.equal(characters, 58);
 * assert.deepEqual(score, { tokens: 10, matchedTokens: 5, entryHits: [2, 1, 1], categoryHits: [2, 2] });
 * assert.deepEqual(hits.map((h) => [h.match, h.left, h.right]), [
 *   ["regelen", "Wij", "het; u kunt meedoen met eigen kracht. Regelen"],
 *   ["meedoen", "Wij regelen het; u kunt", "met eigen kracht. Regelen"],
 *   ["eigen kracht", "Wij regelen het; u kunt meedoen met", ". Regelen"],
 *   ["Regelen", "regelen het; u kunt meedoen met eigen kracht.", ""],
 * ]);
 * assert.deepEqual(forms, [[0, "regelen", 2], [1, "meedoen", 1], [2, "eigen kracht", 1]]);
 * // The same text in parts:
 * scorer.begin();
 * for (const part of ["Wij rege", "len het; u kunt meedoen met ei", "gen\nkr", "acht. Regelen!"]) scorer.push(part);
 * assert.deepEqual(scorer.end().hits, hits);
 * ```
 */
export class Scorer {
  readonly compiled: CompiledLexicon;
  readonly #kwic: KwicOptions;
  readonly #contextWords: number;
  readonly #cacheLimit: number;
  readonly #categoryOf: Int32Array;
  /** The most words of an entry: how far matching looks ahead. */
  readonly #maxWords: number;
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
   * When every glob word starts with letters (`wijkteam*`) and stems are those of the Dutch
   * stemmer: the first `#leadLength` letters (at most 3; 2 with stem entries) an ASCII word
   * must start with to match a glob or stem entry, as a bitmap over their ASCII codes (7
   * bits each). A word that starts otherwise can only match an exact entry, so it is not
   * looked up in (or added to) the cache of words met.
   */
  readonly #lead: Uint8Array | undefined;
  readonly #leadLength: number = 0;
  // The window: the text kept (#text, starting at offset #charBase of the document) and
  // its words (offsets into #text, class), the first being word #tokenBase of the document.
  #starts = new Int32Array(1024);
  #ends = new Int32Array(1024);
  #cls = new Int32Array(1024);
  #text = "";
  #charBase = 0;
  #tokenBase = 0;
  /** Words in the window. */
  #count = 0;
  /** Where tokenizing goes on in #text (the start of a word that may go on in the next part). */
  #scan = 0;
  /** In a word that may go on: where its reading stopped (else -1), and what it read. */
  #wordAt = -1;
  #wordHash = 0;
  #wordAscii = true;
  #wordPairs = 0;
  /** The next word (in the window) to match from. */
  #next = 0;
  #pending: PendingHit[] = [];
  // The document's totals.
  #active = false;
  #keepHits = true;
  #onHit: ((hit: Hit) => void) | undefined;
  #hits: Hit[] = [];
  #entryHits: number[] = [];
  #categoryHits: number[] = [];
  #formsByEntry: (Map<string, number> | undefined)[] = [];
  #matchedTokens = 0;
  /** Code units pushed, and characters among them written as two (a surrogate pair). */
  #units = 0;
  #pairs = 0;

  constructor(compiled: CompiledLexicon, options: ScorerOptions = {}) {
    this.compiled = compiled;
    this.#kwic = options.kwic ?? {};
    this.#contextWords = this.#kwic.words ?? 8;
    this.#cacheLimit = options.cacheLimit ?? 50_000;
    const categoryIndex = new Map(compiled.categories.map((c, i) => [c, i]));
    this.#categoryOf = Int32Array.from(compiled.entries, (e) => categoryIndex.get(e.category)!);
    this.#maxWords = Math.max(1, ...compiled.entries.map((e) => e.patterns.length));
    this.#exactOnly = compiled.entries.every((e) => e.mode === "exact");
    for (const entry of compiled.entries) {
      if (entry.mode !== "exact") continue;
      for (const word of entry.words) {
        const hash = hashString(word);
        if (this.#exactWords.find(word, hash) >= 0) continue;
        this.#exactWords.add(word, hash, this.#classNumber(compiled.classify(word)));
      }
    }
    const wordsOf = (mode: string) =>
      compiled.entries.filter((e) => e.mode === mode).flatMap((e) => e.words);
    const stemWords = wordsOf("stem");
    const leads = [
      ...wordsOf("glob").map((w) => w.slice(0, w.indexOf("*") < 0 ? w.length : w.indexOf("*"))),
      // The Dutch stemmer keeps the first two letters of an ASCII word (tested in
      // lib/lexicon/dutch_stemmer_test.ts): a word with an entry's stem starts as that stem.
      ...stemWords.map((w) => stemDutch(w).slice(0, 2)),
    ];
    if (
      !this.#exactOnly && (stemWords.length === 0 || compiled.stemmer === DUTCH_STEMMER) &&
      leads.every((l) => l.length > 0 && /^[a-z]+$/.test(l.slice(0, 3)))
    ) {
      this.#leadLength = Math.min(3, ...leads.map((l) => l.length));
      this.#lead = new Uint8Array(1 << (7 * this.#leadLength));
      for (const lead of leads) this.#lead[leadCode(lead, this.#leadLength)] = 1;
    }
    // The window's steps run on no text, so that V8 has seen the code after their loops
    // before it optimizes the loops: code optimized while in the middle of a long loop
    // (on-stack replacement) that leaves the loop into code never run is thrown away there,
    // at the end of every part of every document (92 times in 200 documents). V8 records
    // what code does only from about the eighth call of a function on.
    for (let k = 0; k < 12; k++) {
      this.#tokenize(true);
      this.#match(true);
    }
  }

  /** Score one whole text: `begin`, `push(text)`, `end`. */
  score(text: string, options: ScoreOptions = {}): ScoredText {
    this.begin(options);
    this.push(text);
    return this.end();
  }

  /** Start a document (the one before must have ended). */
  begin(options: ScoreOptions = {}): void {
    if (this.#active) throw new Error("Scorer: a document is being scored; end it first");
    this.#active = true;
    this.#keepHits = options.hits ?? true;
    this.#onHit = options.onHit;
    this.#hits = [];
    this.#entryHits = new Array<number>(this.compiled.entries.length).fill(0);
    this.#categoryHits = new Array<number>(this.compiled.categories.length).fill(0);
    this.#formsByEntry = [];
    this.#matchedTokens = 0;
    this.#units = 0;
    this.#pairs = 0;
    this.#text = "";
    this.#charBase =
      this.#tokenBase =
      this.#count =
      this.#scan =
      this.#next =
        0;
    this.#wordAt = -1;
    this.#pending = [];
  }

  /** The next part of the document's cleaned text. */
  push(part: string): void {
    if (!this.#active) throw new Error("Scorer: begin a document first");
    if (part === "") return;
    this.#units += part.length;
    // Joined into one flat string: `+` would make a rope, which every charCodeAt of the
    // tokenizer and the context then goes through (about 10% of the time of scoring).
    this.#text = this.#text === "" ? part : [this.#text, part].join("");
    this.#tokenize(false);
    this.#match(false);
    this.#compact();
  }

  /** The end of the document: its score. */
  end(): ScoredText {
    if (!this.#active) throw new Error("Scorer: begin a document first");
    this.#tokenize(true);
    this.#match(true);
    this.#active = false;
    const forms: FormTally = [];
    this.#formsByEntry.forEach((counts, index) => {
      for (const [form, n] of counts!) forms.push([index, form, n]);
    });
    const result: ScoredText = {
      tokens: this.#tokenBase + this.#count,
      matchedTokens: this.#matchedTokens,
      entryHits: this.#entryHits,
      categoryHits: this.#categoryHits,
      hits: this.#hits,
      forms,
      characters: this.#units - this.#pairs,
    };
    this.#text = "";
    this.#hits = [];
    this.#onHit = undefined;
    return result;
  }

  /** Match from the next word on, as far as the words in the window decide (all, at the end). */
  #match(final: boolean): void {
    const text = this.#text;
    const starts = this.#starts;
    const ends = this.#ends;
    const cls = this.#cls;
    const classes = this.#classes;
    const words = this.#count;
    // Without the end in sight, a match at word i is decided once the words it may span are here.
    const limit = final ? words : words - this.#maxWords + 1;
    let i = this.#next;
    while (i < limit) {
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
      this.#hit(found, i);
      i += found.patterns.length;
    }
    this.#next = Math.max(i, this.#next);
    this.#completePending(final);
  }

  /** Count a match of `entry` at word `i` of the window, and make its hit. */
  #hit(entry: CompiledEntry, i: number): void {
    const text = this.#text;
    const starts = this.#starts;
    const ends = this.#ends;
    const count = entry.patterns.length;
    const index = entry.index;
    this.#entryHits[index]++;
    this.#categoryHits[this.#categoryOf[index]]++;
    this.#matchedTokens += count;
    let match = text.slice(starts[i], ends[i]);
    for (let k = 1; k < count; k++) match += " " + text.slice(starts[i + k], ends[i + k]);
    const form = count === 1 ? match.toLowerCase() : formOf(text, starts, ends, i, count);
    const forms = this.#formsByEntry[index] ??= new Map();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    if (!this.#keepHits) return;
    const first = this.#tokenBase + i;
    const from = Math.max(0, first - this.#contextWords) - this.#tokenBase;
    const hit: Hit = {
      entryIndex: index,
      category: entry.category,
      entry: entry.entry,
      match,
      form,
      tokenIndex: first,
      tokenCount: count,
      start: this.#charBase + starts[i],
      end: this.#charBase + ends[i + count - 1],
      left: first === 0 ? "" : kwicLeft(text.slice(starts[from], starts[i]), this.#kwic),
      right: "",
    };
    this.#pending.push({ hit, last: first + count - 1 });
  }

  /** Give the right context to the hits whose words after them are all here (all, at the end). */
  #completePending(final: boolean): void {
    const pending = this.#pending;
    const words = this.#tokenBase + this.#count;
    let done = 0;
    while (done < pending.length) {
      const { hit, last } = pending[done];
      const to = last + this.#contextWords;
      if (!final && to >= words) break;
      if (last + 1 < words) {
        const local = last - this.#tokenBase;
        const end = Math.min(words - 1, to) - this.#tokenBase;
        hit.right = kwicRight(this.#text.slice(this.#ends[local], this.#ends[end]), this.#kwic);
      }
      if (this.#onHit !== undefined) this.#onHit(hit);
      else this.#hits.push(hit);
      done++;
    }
    if (done > 0) pending.splice(0, done);
  }

  /**
   * Drop the text and words no longer needed. What is kept is copied out of the part it
   * came with, so the part itself is garbage at once (a slice would keep it alive, and
   * with it, between two parts, a part's worth of memory in V8's old generation).
   */
  #compact(): void {
    let keep = Math.max(0, this.#next - this.#contextWords);
    if (this.#pending.length > 0) keep = Math.min(keep, this.#pending[0].last - this.#tokenBase);
    const keepChar = keep < this.#count ? this.#starts[keep] : this.#scan;
    if (keepChar <= 0) return;
    const remaining = this.#count - keep;
    this.#starts.copyWithin(0, keep, this.#count);
    this.#ends.copyWithin(0, keep, this.#count);
    this.#cls.copyWithin(0, keep, this.#count);
    for (let k = 0; k < remaining; k++) {
      this.#starts[k] -= keepChar;
      this.#ends[k] -= keepChar;
    }
    this.#count = remaining;
    this.#next -= keep;
    this.#tokenBase += keep;
    this.#scan -= keepChar;
    if (this.#wordAt >= 0) this.#wordAt -= keepChar;
    this.#charBase += keepChar;
    this.#text = copyOf(this.#text.slice(keepChar));
  }

  /**
   * Words of the window's text from #scan on into the offset and class buffers. Unless at
   * the end, a word that reaches the end of the text may go on in the next part: it is left
   * for then.
   */
  #tokenize(final: boolean): void {
    const text = this.#text;
    let n = text.length;
    // A high surrogate at the end waits for its low half.
    if (!final && n > 0 && (text.charCodeAt(n - 1) & 0xfc00) === 0xd800) n--;
    let words = this.#count;
    let capacity = this.#cls.length;
    let starts = this.#starts;
    let ends = this.#ends;
    let cls = this.#cls;
    // Most words are in no entry: with exact entries only, a word whose slot in the table
    // of entry words is empty is known to match nothing without a call.
    const exactOnly = this.#exactOnly;
    const exactSlots = this.#exactWords.slots;
    const exactMask = this.#exactWords.mask;
    let i = this.#scan;
    // Surrogate pairs read (each is one character of two code units); those of a word left
    // for the next part are counted then.
    let pairs = this.#pairs;
    // A word the last part ended in goes on from where its reading stopped (read again
    // from its start, a word as long as many parts took time that grew with its square).
    let resumeAt = this.#wordAt;
    this.#wordAt = -1;
    while (i < n) {
      let unit: number;
      let hash = FNV_OFFSET;
      let ascii = true;
      let wordPairs = 0;
      const start = i;
      if (resumeAt >= 0) {
        hash = this.#wordHash;
        ascii = this.#wordAscii;
        wordPairs = this.#wordPairs;
        i = resumeAt;
        resumeAt = -1;
        unit = i < n ? UNIT_CLASS[text.charCodeAt(i)] : NOT_WORD;
      } else {
        // Skip what is not a word.
        unit = UNIT_CLASS[text.charCodeAt(i)];
        if (unit === NOT_WORD) {
          i++;
          continue;
        }
        if (unit === ASK) {
          const width = unitWidth(text, i);
          if (width < 0) {
            if (width === -2) pairs++;
            i -= width;
            continue;
          }
        }
      }
      // A word: read it, lowercasing and hashing ASCII letters on the way.
      for (;;) {
        if (unit > ASK) {
          hash = Math.imul(hash ^ unit, FNV_PRIME);
          i++;
        } else if (unit === OTHER_LETTER) {
          ascii = false;
          i++;
        } else if (unit === ASK) {
          const width = unitWidth(text, i);
          if (width < 0) break;
          if (width === 2) wordPairs++;
          ascii = false;
          i += width;
        } else break;
        if (i >= n) break;
        unit = UNIT_CLASS[text.charCodeAt(i)];
      }
      if (!final && i >= n) {
        this.#wordAt = i;
        this.#wordHash = hash;
        this.#wordAscii = ascii;
        this.#wordPairs = wordPairs;
        i = start;
        break;
      }
      pairs += wordPairs;
      if (words === capacity) {
        capacity = this.#grow();
        starts = this.#starts;
        ends = this.#ends;
        cls = this.#cls;
      }
      starts[words] = start;
      ends[words] = i;
      cls[words] = !ascii
        ? this.#classOf(text.slice(start, i).toLowerCase())
        : exactOnly && exactSlots[4 * (hash & exactMask) + 1] === 0
        ? 0
        : this.#classOfAscii(text, start, i, hash);
      words++;
    }
    this.#count = words;
    this.#scan = i;
    this.#pairs = pairs;
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
    const cache = this.#cache;
    // Bounded by words and by code units (16 a word on average).
    if (cache.size >= this.#cacheLimit || cache.used + norm.length > 16 * this.#cacheLimit) {
      cache.clear();
    }
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

// What the tokenizer knows of a UTF-16 code unit: an ASCII letter is its lowercase code.
const NOT_WORD = 0;
/** A letter or mark beyond ASCII. */
const OTHER_LETTER = 1;
/** Not known yet, or a surrogate: ask {@linkcode unitWidth}. */
const ASK = 2;
const UNIT_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000).fill(ASK);
  for (let c = 0; c < 0x80; c++) table[c] = ASCII_LOWER[c];
  return table;
})();

/** {@linkcode wordUnitWidth}, remembering the answer for a code unit that is not a surrogate. */
function unitWidth(text: string, i: number): number {
  const width = wordUnitWidth(text, i);
  const c = text.charCodeAt(i);
  if ((c & 0xf800) !== 0xd800) UNIT_CLASS[c] = width > 0 ? OTHER_LETTER : NOT_WORD;
  return width;
}

/** A string that shares no memory with the one it was sliced from. */
export function copyOf(text: string): string {
  // Joining makes a new flat string; JSON round trips and the like would be slower.
  return text.length === 0 ? "" : (" " + text).slice(1);
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
