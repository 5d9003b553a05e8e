/**
 * The plain scorer, kept as the oracle the engine (lib/score/scorer.ts) is tested
 * against: the scoring rules written the direct way, each step on its own (a token object
 * per word, then the matches, then each hit's context from the token list), slow and easy
 * to check by reading. Not used in production.
 *
 * @module
 */
import { type CompiledEntry, type CompiledLexicon, isPhraseGap } from "../../lexicon/mod.ts";
import { type Token, tokenize } from "../../tokens/mod.ts";
import { CLEANING_STEPS, type CorpusDocument, iterateCorpus } from "../../corpus/mod.ts";
import type { StepScore } from "../cleaning_effects.ts";
import {
  checkForm,
  compileLexicon,
  type Lexicon,
  type MatchMode,
  withDefaultMode,
} from "../../lexicon/mod.ts";
import {
  type CorpusInput,
  type CorpusScore,
  type Coverage,
  type DocumentScore,
  type FormCount,
  type ScoreCorpusOptions,
  type ScoredEntry,
  scoreSettings,
} from "../score_corpus.ts";
import type { KwicOptions } from "../kwic.ts";
import { kwicLeft, kwicRight } from "../kwic.ts";
import type { Hit, TextScore } from "../scorer.ts";

export type { Hit, TextScore };

/** One match of an entry: `tokenCount` words from `tokenIndex` on. */
export interface LexiconMatch {
  entry: CompiledEntry;
  tokenIndex: number;
  tokenCount: number;
}

/**
 * Match a compiled lexicon against the words of a text (see `MATCH_RULE` in
 * lib/lexicon/match_tokens.ts).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenize } from "../../tokens/mod.ts";
 * import { compileLexicon, parseLexicon } from "../../lexicon/mod.ts";
 * const lexicon = parseLexicon("category,entry\nSR,eigen kracht\nSR,kracht\nPA,eigen\n", "csv");
 * const text = "Eigen kracht, eigen. Kracht!";
 * const matches = matchTokens(text, tokenize(text), compileLexicon(lexicon));
 * assert.deepEqual(matches.map((m) => [m.entry.entry, m.tokenIndex]), [["eigen kracht", 0], ["eigen", 2], ["kracht", 3]]);
 * ```
 */
export function matchTokens(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledLexicon,
): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const starts = compiled.classify(tokens[i].norm).starts;
    let found: CompiledEntry | undefined;
    for (const entry of starts) {
      const length = entry.patterns.length;
      if (length === 1) {
        found = entry;
        break;
      }
      if (i + length > n) continue;
      let ok = true;
      for (let k = 1; k < length && ok; k++) {
        const token = tokens[i + k];
        ok = compiled.classify(token.norm).patterns.has(entry.patterns[k]) &&
          isPhraseGap(text, tokens[i + k - 1].end, token.start);
      }
      if (ok) {
        found = entry;
        break;
      }
    }
    if (found === undefined) {
      i++;
    } else {
      matches.push({ entry: found, tokenIndex: i, tokenCount: found.patterns.length });
      i += found.patterns.length;
    }
  }
  return matches;
}

/**
 * Context of the hit that covers `count` words from token `index` on: up to `words`
 * words each side (with the punctuation between them), cut to `chars` characters at a
 * word boundary, line breaks and runs of spaces made one space.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tokenize } from "../../tokens/mod.ts";
 * const text = "Eén, twee drie\nvier: HIT vijf zes.";
 * assert.deepEqual(kwicContext(text, tokenize(text), 4, 1, { words: 2 }), { left: "drie vier:", right: "vijf zes" });
 * ```
 */
export function kwicContext(
  text: string,
  tokens: readonly Token[],
  index: number,
  count: number,
  options: KwicOptions = {},
): { left: string; right: string } {
  const words = options.words ?? 8;
  const first = tokens[index];
  const last = tokens[index + count - 1];
  const leftToken = tokens[Math.max(0, index - words)];
  const rightToken = tokens[Math.min(tokens.length - 1, index + count - 1 + words)];
  const left = index === 0 ? "" : kwicLeft(text.slice(leftToken.start, first.start), options);
  const right = index + count >= tokens.length
    ? ""
    : kwicRight(text.slice(last.end, rightToken.end), options);
  return { left, right };
}

/** Options of {@linkcode scoreText}. */
export interface ScoreTextOptions {
  /** Context of each hit. Default: `{}` (8 words, 60 characters each side). */
  kwic?: KwicOptions;
}

/**
 * Count a lexicon's entries in a text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileLexicon, parseLexicon } from "../../lexicon/mod.ts";
 * const lexicon = compileLexicon(parseLexicon("category,entry\nPA,regelen\nSR,meedoen\nSR,eigen kracht\n", "csv"));
 * const score = scoreText("Wij regelen het; u kunt meedoen met eigen\nkracht. Regelen!", lexicon);
 * assert.deepEqual([score.tokens, score.matchedTokens, score.categoryHits], [10, 5, [2, 2]]);
 * assert.deepEqual(score.hits.map((h) => h.match), ["regelen", "meedoen", "eigen kracht", "Regelen"]);
 * ```
 */
export function scoreText(
  text: string,
  lexicon: CompiledLexicon,
  options: ScoreTextOptions = {},
): TextScore {
  const tokens = tokenize(text);
  const categoryIndex = new Map(lexicon.categories.map((c, i) => [c, i]));
  const entryHits = new Array<number>(lexicon.entries.length).fill(0);
  const categoryHits = new Array<number>(lexicon.categories.length).fill(0);
  const hits: Hit[] = [];
  let matchedTokens = 0;
  for (const m of matchTokens(text, tokens, lexicon)) {
    const words = tokens.slice(m.tokenIndex, m.tokenIndex + m.tokenCount);
    const { left, right } = kwicContext(text, tokens, m.tokenIndex, m.tokenCount, options.kwic);
    entryHits[m.entry.index]++;
    categoryHits[categoryIndex.get(m.entry.category)!]++;
    matchedTokens += m.tokenCount;
    hits.push({
      entryIndex: m.entry.index,
      category: m.entry.category,
      entry: m.entry.entry,
      match: words.map((t) => t.text).join(" "),
      form: words.map((t) => t.norm).join(" "),
      tokenIndex: m.tokenIndex,
      tokenCount: m.tokenCount,
      start: words[0].start,
      end: words[words.length - 1].end,
      left,
      right,
    });
  }
  return { tokens: tokens.length, matchedTokens, entryHits, categoryHits, hits };
}

/**
 * The plain scoring of a corpus: {@linkcode scoreText} per document, then the coverage
 * report from the hits; the oracle of `scoreCorpus`.
 */
export async function plainScoreCorpus(
  corpus: CorpusInput,
  lexicon: Lexicon | CompiledLexicon,
  options: ScoreCorpusOptions = {},
): Promise<CorpusScore> {
  const compiled = compile(lexicon, options.mode);
  const documents: DocumentScore[] = [];
  for await (const doc of documentsOf(corpus)) {
    const score = scoreText(doc.text, compiled, { kwic: options.kwic });
    const result: DocumentScore = {
      id: doc.id,
      file: doc.file,
      metadata: doc.metadata,
      report: { ...doc.report, steps: {} },
      steps: plainStepScores(doc, compiled),
      tokens: score.tokens,
      matchedTokens: score.matchedTokens,
      categoryHits: score.categoryHits,
      entryHits: score.entryHits,
      hits: score.hits,
    };
    documents.push(result);
    options.onDocument?.(result, documents.length);
  }
  const entries = compiled.entries.map(({ category, entry, mode }) => ({ category, entry, mode }));
  const settings = scoreSettings(compiled, options.kwic, {
    ...(corpusDir(corpus) === undefined ? {} : { dir: corpusDir(corpus) }),
    ids: documents.map((d) => d.id),
  });
  return {
    settings,
    categories: [...compiled.categories],
    entries,
    documents,
    coverage: coverageOf(compiled, documents),
  };
}

/** What each cleaning step did to the counts: the text it took out less the text it put in, scored. */
function plainStepScores(doc: CorpusDocument, compiled: CompiledLexicon): StepScore[] {
  return CLEANING_STEPS.filter((step) => doc.report.steps?.[step] !== undefined).map((step) => {
    const { lines, changes, removed, added } = doc.report.steps![step]!;
    const out = removed.map((piece) => scoreText(piece, compiled));
    const back = added.map((piece) => scoreText(piece, compiled));
    const sum = (scores: typeof out, pick: (s: (typeof out)[number]) => number) =>
      scores.reduce((total, s) => total + pick(s), 0);
    return {
      step,
      lines,
      changes,
      words: sum(out, (s) => s.tokens) - sum(back, (s) => s.tokens),
      categoryHits: compiled.categories.map((_, c) =>
        sum(out, (s) => s.categoryHits[c]) - sum(back, (s) => s.categoryHits[c])
      ),
    };
  });
}

function compile(lexicon: Lexicon | CompiledLexicon, mode: MatchMode | undefined): CompiledLexicon {
  if ("classify" in lexicon) {
    if (mode !== undefined && mode !== lexicon.lexicon.mode) {
      return compileLexicon(withDefaultMode(lexicon.lexicon, mode));
    }
    return lexicon;
  }
  return compileLexicon(mode === undefined ? lexicon : withDefaultMode(lexicon, mode));
}

function documentsOf(
  corpus: CorpusInput,
): Iterable<CorpusDocument> | AsyncIterable<CorpusDocument> {
  if (typeof corpus === "string" || "sources" in corpus) return iterateCorpus(corpus);
  if ("documents" in corpus) return corpus.documents;
  return corpus;
}

function corpusDir(corpus: CorpusInput): string | undefined {
  if (typeof corpus === "string") return corpus;
  if ("dir" in corpus && typeof corpus.dir === "string") return corpus.dir;
  return undefined;
}

function coverageOf(compiled: CompiledLexicon, documents: readonly DocumentScore[]): Coverage {
  let tokens = 0;
  let matchedTokens = 0;
  const perEntry = compiled.entries.map(() =>
    new Map<string, { hits: number; documents: number }>()
  );
  for (const doc of documents) {
    tokens += doc.tokens;
    matchedTokens += doc.matchedTokens;
    const seen = new Set<string>();
    for (const hit of doc.hits) {
      const forms = perEntry[hit.entryIndex];
      const count = forms.get(hit.form) ?? { hits: 0, documents: 0 };
      count.hits++;
      const key = `${hit.entryIndex}\u0000${hit.form}`;
      if (!seen.has(key)) {
        seen.add(key);
        count.documents++;
      }
      forms.set(hit.form, count);
    }
  }
  const neverMatched: ScoredEntry[] = [];
  const forms: FormCount[] = [];
  compiled.entries.forEach((entry, i) => {
    const scored = { category: entry.category, entry: entry.entry, mode: entry.mode };
    if (perEntry[i].size === 0) neverMatched.push(scored);
    const sorted = [...perEntry[i]].sort(([a, x], [b, y]) =>
      y.hits - x.hits || (a < b ? -1 : a > b ? 1 : 0)
    );
    for (const [form, count] of sorted) {
      const row: FormCount = { ...scored, form, ...count };
      const flag = checkForm(entry.words, entry.mode, form);
      if (flag !== undefined) row.flag = flag;
      forms.push(row);
    }
  });
  return {
    tokens,
    matchedTokens,
    matchedPct: tokens === 0 ? 0 : (matchedTokens / tokens) * 100,
    neverMatched,
    forms,
  };
}
