/**
 * Cleaning of extracted text before counting: line ends, Unicode NFC, soft hyphens and
 * words broken by a hyphen at a line end. Every change is counted, so a report can say
 * what cleaning did to each document.
 *
 * @module
 */
import { isWordCodePoint, wordEnd, wordUnitWidth } from "../tokens/mod.ts";

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
  /** Join words broken by a hyphen at a line end. Default: `true`. */
  joinHyphens?: boolean;
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
 * 4. remove soft hyphens (U+00AD), which PDFs leave inside words;
 * 5. join a word broken by a hyphen at a line end: `participatie-⏎samenleving` becomes
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
  if (text.includes("\r")) {
    text = text.replace(/\r\n?/g, () => {
      report.lineEndsNormalized++;
      return "\n";
    });
  }
  const nfc = text.normalize("NFC");
  if (nfc !== text) {
    report.nfcChanges = countNfcChanges(text);
    text = nfc;
  }
  if (text.includes("\u00AD")) {
    text = text.replace(/\u00AD/g, () => {
      report.softHyphensRemoved++;
      return "";
    });
  }
  if (options.joinHyphens ?? true) text = joinLineEndHyphens(text, report);
  return { text, report };
}

/** A hyphen at a line end: `-`, spaces or tabs, a line break, spaces or tabs. */
const LINE_END_BREAK = /-[ \t]*\n[ \t]*/g;

// The same joins as replacing /([\p{L}\p{M}]+)-[ \t]*\n[ \t]*(?=([\p{L}\p{M}]+)([^\p{L}\p{M}]|$))/gu,
// found from the hyphen (rare) instead of trying the expression at every letter (where it
// backtracks through the whole word: 15 MB/s, most of the time of reading a corpus).
function joinLineEndHyphens(text: string, report: CleaningReport): string {
  if (!text.includes("-")) return text;
  let out = "";
  let from = 0; // text before this is in out
  LINE_END_BREAK.lastIndex = 0;
  for (let m = LINE_END_BREAK.exec(text); m !== null; m = LINE_END_BREAK.exec(text)) {
    const hyphen = m.index;
    const after = hyphen + m[0].length;
    const start = wordStartBefore(text, hyphen, from);
    if (start === hyphen || after >= text.length || wordUnitWidth(text, after) <= 0) {
      // No word right before the hyphen, or none right after the line break.
      LINE_END_BREAK.lastIndex = hyphen + 1;
      continue;
    }
    const before = text.slice(start, hyphen);
    const next = text.slice(after, wordEnd(text, after));
    out += text.slice(from, start) + decideHyphen(text.slice(start, after), before, next, report);
    from = after;
  }
  return from === 0 ? text : out + text.slice(from);
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
