/**
 * Cleaning of extracted text before counting: line ends, Unicode NFC, soft hyphens and
 * words broken by a hyphen at a line end. Every change is counted, so a report can say
 * what cleaning did to each document.
 *
 * @module
 */
import { ASCII_LOWER, isWordCodePoint, wordEnd, wordUnitWidth } from "../tokens/mod.ts";
import { type CleaningStep, recordStep, type StepEffects, stepIsOn } from "./cleaning_steps.ts";

/** What {@linkcode cleanText} changed. */
export interface CleaningReport {
  /** A UTF-8 byte order mark was dropped (set by the decoder; `cleanText` drops one too). */
  bomRemoved: boolean;
  /** `\r\n` or lone `\r` line ends turned into `\n`. */
  lineEndsNormalized: number;
  /** Characters with their combining marks (e.g. `e` + U+0308) that NFC changed. */
  nfcChanges: number;
  /** Soft hyphens (U+00AD) removed. */
  softHyphensRemoved: number;
  /** Words broken by a hyphen at a line end and joined (`participatie-` / `samenleving`). */
  hyphenJoins: number;
  /** Line-end hyphens left alone because the next line starts with `en`/`of` (`zorg-` / `en welzijn`). */
  ellipticHyphensKept: number;
  /** Line-end hyphens left alone as a real hyphen: before a capital (`Sittard-` / `Geleen`), after an abbreviation (`Wmo-` / `loket`), between vowels (`re-` / `integratie`), after `niet-`. */
  compoundHyphensKept: number;
}

/** Options of {@linkcode cleanText}. */
export interface CleanTextOptions {
  /** Join words broken by a hyphen at a line end (the step `hyphens`). Default: `true`. */
  joinHyphens?: boolean;
  /** Cleaning steps switched off (see lib/corpus/cleaning_steps.ts). Default: none. */
  off?: readonly CleaningStep[];
}

/** A cleaned text and what cleaning did. */
export interface CleanedText {
  text: string;
  report: CleaningReport;
}

/** A report of no changes. */
export function emptyCleaningReport(): CleaningReport {
  return {
    bomRemoved: false,
    lineEndsNormalized: 0,
    nfcChanges: 0,
    softHyphensRemoved: 0,
    hyphenJoins: 0,
    ellipticHyphensKept: 0,
    compoundHyphensKept: 0,
  };
}

/**
 * Clean a text, in this order:
 *
 * 1. drop a leading byte order mark (U+FEFF);
 * 2. turn `\r\n` and lone `\r` into `\n`;
 * 3. Unicode NFC, so that `e` + combining diaeresis becomes `ë`;
 * 4. remove soft hyphens (U+00AD), which PDFs leave inside words; a word broken at a soft
 *    hyphen at a line end is joined (with step 6 on);
 * 5. write the ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ as their letters (step `ligatures`);
 * 6. join a word broken by a hyphen (`-`, or U+2010 as Chromium writes it) at a line end
 *    (step `hyphens`): `participatie-⏎samenleving` becomes
 *    `participatiesamenleving` (spaces or tabs around the line break are allowed), unless
 *    - the next line starts with `en` or `of` as a word: that hyphen is the Dutch elliptic
 *      hyphen (`zorg-⏎en welzijnsaanbod` = "zorg- en welzijnsaanbod") and stays;
 *    - the next line starts with a capital letter (`Sittard-⏎Geleen`): a real hyphen;
 *    - the part before the hyphen looks like an abbreviation: two or more capitals
 *      (`AWBZ-`) or a capital and at most three letters (`Wmo-`, `Ggz-`): a real hyphen;
 *    - a vowel meets a vowel (`re-⏎integratie`, `integratie-⏎activiteiten`), where Dutch
 *      spelling needs the hyphen, or the part before is `niet` (`niet-⏎stedelijke`).
 *    A kept hyphen is left exactly as it was (line break included): the tokenizer splits
 *    there anyway. A hyphen followed by a blank line (paragraph end) is never joined.
 *
 * Known limits: other real hyphens at a line end cannot be told from a typesetter's
 * hyphen and are joined (`co-⏎creëren` becomes `cocreëren`, one word instead of two);
 * a typesetter's break between two vowels is kept (`zo-⏎als` stays two words). In the
 * five seed texts fewer than 10 of the 263 line-end hyphens handled go wrong this way.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const { text, report } = cleanText("De participatie-\nsamenleving en het zorg-\nen welzijnsaanbod.");
 * assert.equal(text, "De participatiesamenleving en het zorg-\nen welzijnsaanbod.");
 * assert.equal(report.hyphenJoins, 1);
 * assert.equal(report.ellipticHyphensKept, 1);
 * ```
 */
export function cleanText(input: string, options: CleanTextOptions = {}): CleanedText {
  const report = emptyCleaningReport();
  let text = input;
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    report.bomRemoved = true;
  }
  return { text: cleanPart(text, report, options), report };
}

/**
 * {@linkcode cleanText} for a text that arrives in parts: each part is cleaned as far as
 * it can be, the rest held back until the next part, so that the parts together are
 * exactly `cleanText` of the whole text (tested), with the same report, in memory bounded
 * by a part. A part is cut only where no rule can reach across: at the start of a line
 * when the line before does not end in a hyphen (a line break joins nothing), or after a
 * digit or a punctuation mark and before an ASCII character (which Unicode normalization
 * never joins to what comes before).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const cleaner = new TextCleaner();
 * const text = cleaner.push("De participatie-") + cleaner.push("\nsamenleving.") + cleaner.end();
 * assert.equal(text, "De participatiesamenleving.");
 * assert.equal(cleaner.report.hyphenJoins, 1);
 * ```
 */
export class TextCleaner {
  readonly report: CleaningReport = emptyCleaningReport();
  /** What the steps `ligatures` and `hyphens` did (the words before and after). */
  readonly effects: StepEffects = {};
  readonly #options: CleanTextOptions;
  #pending = "";
  #started = false;

  constructor(options: CleanTextOptions = {}) {
    this.#options = options;
  }

  /**
   * Clean the next part of the text; returns the cleaned text that is final so far.
   * `ligatures: false` says that neither this part nor any before it holds one (a reader
   * that knows this from the bytes spares the cleaner a search of the text).
   */
  push(part: string, ligatures = true): string {
    let text = this.#pending + part;
    if (!this.#started && text !== "") {
      this.#started = true;
      if (text.startsWith("\uFEFF")) {
        text = text.slice(1);
        this.report.bomRemoved = true;
      }
    }
    // Where the text held back ended, none of it was a place to cut; that stays so.
    const cut = safeCut(text, this.#pending.length);
    // A copy, so the part itself is garbage at once (see copyOf in lib/score/scorer.ts).
    this.#pending = cut === 0 ? text : (" " + text.slice(cut)).slice(1);
    return cut === 0 ? "" : this.#clean(text.slice(0, cut), ligatures);
  }

  /** The end of the text: cleans what is held back. */
  end(): string {
    const text = this.#pending;
    this.#pending = "";
    return this.#clean(text);
  }

  #clean(text: string, ligatures = true): string {
    return cleanPart(text, this.report, this.#options, this.effects, ligatures);
  }
}

/**
 * The last offset where a text can be cut into parts cleaned on their own, or 0. See
 * {@linkcode TextCleaner}. Offsets before `from` are not looked at: the caller knows there
 * is none there (whether an offset is one depends only on the text before it and the
 * character at it; so without this, a long run of text with no place to cut, held back
 * part after part, was searched again for each part).
 */
function safeCut(text: string, from = 0): number {
  for (let p = text.length - 1; p > 0 && p >= from; p--) {
    const c = text.charCodeAt(p);
    // Beyond ASCII, only at the start of a line: a line break combines with nothing, so
    // not even a combining mark after it joins anything before the cut. (Without this, a
    // document in a script beyond ASCII, Chinese say, with no ASCII character at the start
    // of a line, was held whole until its end, and searched again for each part.)
    if (c >= 0x80 && text.charCodeAt(p - 1) !== 0x0a) continue;
    const before = text.charCodeAt(p - 1);
    if (before >= 0x80) continue;
    if (before === 0x0a) {
      // A line break that ends a line without a hyphen (spaces, tabs, carriage returns and
      // soft hyphens aside).
      let k = p - 2;
      while (k >= 0 && /[ \t\r]/.test(text[k])) k--;
      if (k < 0 || !"-\u2010\u00AD".includes(text[k])) return p;
      continue;
    }
    // After a digit or punctuation mark (not a letter, hyphen, space, tab or line end).
    if (ASCII_LOWER[before] === 0 && !CUT_NOT_AFTER.has(before)) return p;
  }
  return 0;
}

/** ASCII characters a part may not end with: hyphen, space, tab, line feed, carriage return. */
const CUT_NOT_AFTER = new Set([0x2d, 0x20, 0x09, 0x0a, 0x0d]);

/** Steps 2-5 of {@linkcode cleanText} on a text or a part of one, counted into `report`. */
function cleanPart(
  input: string,
  report: CleaningReport,
  options: CleanTextOptions,
  effects: StepEffects = {},
  ligatures = true,
): string {
  let text = input;
  if (text.includes("\r")) {
    text = text.replace(/\r\n?/g, () => {
      report.lineEndsNormalized++;
      return "\n";
    });
  }
  const nfc = text.normalize("NFC");
  if (nfc !== text) {
    report.nfcChanges += countNfcChanges(text);
    text = nfc;
  }
  const joinHyphens = (options.joinHyphens ?? true) && stepIsOn(options.off, "hyphens");
  if (joinHyphens && text.includes("\u00AD")) text = joinSoftHyphenBreaks(text, report, effects);
  if (text.includes("\u00AD")) {
    text = text.replace(/\u00AD/g, () => {
      report.softHyphensRemoved++;
      return "";
    });
  }
  if (ligatures && stepIsOn(options.off, "ligatures") && LIGATURE.test(text)) {
    text = writeLigatures(text, effects);
  }
  if (joinHyphens) text = joinLineEndHyphens(text, report, effects);
  return text;
}

/** The Latin ligatures of Unicode's Alphabetic Presentation Forms (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ). */
const LIGATURE = /[\uFB00-\uFB06]/;
const LIGATURES = /[\uFB00-\uFB06]/g;

// The two steps below do what replacing a regular expression did, found from each
// ligature or soft hyphen instead: an expression that starts with a run of letters
// (/[\p{L}\p{M}]*[\uFB00-\uFB06][\p{L}\p{M}]*/gu for ligatures,
// /([\p{L}\p{M}]+)\u00AD[ \t]*\n[ \t]*([\p{L}\p{M}]+)/gu for soft hyphens, which the tests
// keep as the oracle) is tried again from every letter of a run, so a long run of letters
// (text without spaces, such as Chinese) took time that grew with the square of its
// length: 4 seconds for a run of 32,768 letters.

/** Each word holding a ligature written with its letters; the words are recorded. */
function writeLigatures(text: string, effects: StepEffects): string {
  let out = "";
  let from = 0; // text before this is in out
  const find = new RegExp(LIGATURES);
  for (let found = find.exec(text); found !== null; found = find.exec(text)) {
    const start = wordStartBefore(text, found.index, from);
    const end = wordEnd(text, found.index);
    const word = text.slice(start, end);
    const letters = word.replace(LIGATURES, (ligature) => ligature.normalize("NFKC"));
    recordStep(effects, "ligatures", { removed: word, added: letters });
    out += text.slice(from, start) + letters;
    from = find.lastIndex = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Each word broken at a soft hyphen at a line end joined: a typesetter broke it there.
 * Counted as a join and a soft hyphen removed.
 */
function joinSoftHyphenBreaks(
  text: string,
  report: CleaningReport,
  effects: StepEffects,
): string {
  let out = "";
  let from = 0; // text before this is in out
  for (
    let hyphen = text.indexOf("\u00AD");
    hyphen >= 0;
    hyphen = text.indexOf("\u00AD", hyphen + 1)
  ) {
    const start = wordStartBefore(text, hyphen, from);
    const lineEnd = afterBlanks(text, hyphen + 1);
    if (start === hyphen || text.charCodeAt(lineEnd) !== 0x0a) continue;
    const after = afterBlanks(text, lineEnd + 1);
    const end = wordEnd(text, after);
    if (end === after) continue;
    const before = text.slice(start, hyphen);
    const next = text.slice(after, end);
    report.softHyphensRemoved++;
    report.hyphenJoins++;
    recordStep(effects, "hyphens", { removed: `${before}-\n${next}`, added: before + next });
    out += text.slice(from, start) + before + next;
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

// The same joins as replacing /([\p{L}\p{M}]+)[-\u2010][ \t]*\n[ \t]*(?=([\p{L}\p{M}]+)([^\p{L}\p{M}]|$))/gu,
// found from each line break (indexOf, far faster than a regular expression looking for
// the hyphen) instead of trying the expression at every letter (where it backtracks
// through the whole word: 15 MB/s, most of the time of reading a corpus). The hyphen is
// `-` or U+2010, as Chromium writes it.
function joinLineEndHyphens(text: string, report: CleaningReport, effects: StepEffects): string {
  if (!text.includes("-") && !text.includes("\u2010")) return text;
  let out = "";
  let from = 0; // text before this is in out
  for (let lineEnd = text.indexOf("\n"); lineEnd >= 0; lineEnd = text.indexOf("\n", lineEnd + 1)) {
    // A hyphen at a line end: `-`, spaces or tabs, the line break, spaces or tabs.
    let hyphen = lineEnd - 1;
    while (hyphen >= from && isBlank(text.charCodeAt(hyphen))) hyphen--;
    const mark = text.charCodeAt(hyphen);
    if (hyphen < from || (mark !== 0x2d && mark !== 0x2010)) continue;
    const after = afterBlanks(text, lineEnd + 1);
    const start = wordStartBefore(text, hyphen, from);
    if (start === hyphen || after >= text.length || wordUnitWidth(text, after) <= 0) {
      // No word right before the hyphen, or none right after the line break.
      continue;
    }
    const before = text.slice(start, hyphen);
    const next = text.slice(after, wordEnd(text, after));
    const decided = decideHyphen(text.slice(start, after), before, next, report);
    if (decided === before) {
      recordStep(effects, "hyphens", {
        removed: `${before}${text[hyphen]}\n${next}`,
        added: before + next,
      });
    }
    out += text.slice(from, start) + decided;
    from = after;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A space or a tab. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The first offset from `i` on that is not a space or a tab (the text's length if none). */
function afterBlanks(text: string, i: number): number {
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

function decideHyphen(match: string, before: string, next: string, report: CleaningReport): string {
  const lowerNext = next.toLowerCase();
  if (lowerNext === "en" || lowerNext === "of") {
    report.ellipticHyphensKept++;
    return match;
  }
  if (/^\p{Lu}/u.test(next) || looksLikeAbbreviation(before) || isRealHyphen(before, next)) {
    report.compoundHyphensKept++;
    return match;
  }
  report.hyphenJoins++;
  return before;
}

/** Start of the run of letters and marks that ends at `end`, not before `limit`. */
function wordStartBefore(text: string, end: number, limit: number): number {
  let i = end;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= limit) {
      const high = text.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if (!isWordCodePoint(((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000)) return i;
        i -= 2;
        continue;
      }
    }
    if (!isWordCodePoint(c)) return i;
    i--;
  }
  return i;
}

/** Dutch writes a hyphen where two vowels would merge (`re-integratie`) and after `niet-`. */
function isRealHyphen(before: string, next: string): boolean {
  if (before.toLowerCase() === "niet") return true;
  return /[aeiouy]$/i.test(before) && /^[aeiouy]/i.test(next);
}

function looksLikeAbbreviation(word: string): boolean {
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 || (capitals === 1 && /^\p{Lu}/u.test(word) && word.length <= 3);
}

/** Count base characters (with their marks) whose NFC form differs. */
function countNfcChanges(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\P{M}?\p{M}+|[^\p{ASCII}]/gu)) {
    if (m[0].normalize("NFC") !== m[0]) n++;
  }
  return n;
}
