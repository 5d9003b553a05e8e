/**
 * Missed mentions: what the lexicon does not find.
 *
 * - **Recall per category**, estimated from the coded hitless passages. The relevant hits
 *   found are `Σ hits × precision` over the category's entries (an entry's own precision;
 *   the category's pooled precision for an entry with no coded hit). The mentions missed
 *   are the share of sampled hitless passages coded with the category, times the number of
 *   hitless passages in the corpus: a passage that expresses the category counts as one
 *   missed mention (a passage may hold more; the estimate is then a lower bound of what is
 *   missed and recall is overestimated). Recall = found / (found + missed).
 * - **Candidate words**: words that occur near the hits of a category (in their KWIC
 *   context) more often than elsewhere in the corpus, and that the lexicon does not match.
 *   They are offered for a person to review; nothing is ever added to the lexicon.
 *
 * @module
 */
import type { Corpus } from "../corpus/mod.ts";
import { compileLexicon, type Lexicon } from "../lexicon/mod.ts";
import { Scorer } from "../score/mod.ts";
import { formatFixed } from "../stats/mod.ts";
import { tokenize } from "../tokens/mod.ts";
import type { KwicHit, SampleDescription } from "./kwic_sample.ts";
import type { PrecisionRow } from "./precision.ts";
import type { CodedSheet } from "./sheets.ts";

/** One row of `recall.csv`. */
export interface RecallRow {
  category: string;
  /** Hits of the category in the corpus. */
  hits: number;
  /** Estimated relevant hits: Σ hits × precision; `null` when no hit of the category was coded. */
  found: number | null;
  /** Hitless passages coded. */
  passages: number;
  /** Of which coded with this category. */
  with_category: number;
  /** Estimated missed mentions in the corpus. */
  missed: number;
  recall: number | null;
}

/** Columns of `recall.csv`. */
export const RECALL_COLUMNS = [
  "category",
  "hits",
  "found",
  "passages",
  "with_category",
  "missed",
  "recall",
] as const;

/**
 * Estimated recall per category (lexicon order); see the module doc.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const sample = {
 *   lexicon: { name: "x", sha256: "0", categories: ["SR"] },
 *   entries: [{ category: "SR", entry: "meedoen", hits: 8, sampled: 4 }],
 *   passages: { words: 20, hitless: 50, sampled: 10 },
 *   passage_units: Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, document: "a", token_index: 20 * i })),
 * };
 * const precision = [{ level: "entry" as const, name: "SR:meedoen", category: "SR", entry: "meedoen", coded: 4, relevant: 3, precision: 0.75, low: 0, high: 1 }];
 * const sheet = { file: "p.csv", codes: new Map([["p0", "SR"], ["p1", ""]]) };
 * const [row] = recallRows(sample as never, precision, sheet);
 * // By hand: found = 8 × 0.75 = 6; missed = 1/10 × 50 = 5; recall = 6 / 11 = 0.545.
 * assert.deepEqual([row.found, row.missed, row.recall!.toFixed(3)], [6, 5, "0.545"]);
 * ```
 */
export function recallRows(
  sample: Pick<SampleDescription, "lexicon" | "entries" | "passages" | "passage_units">,
  precision: readonly PrecisionRow[],
  passages: CodedSheet,
): RecallRow[] {
  const precisionOf = new Map(precision.map((r) => [`${r.level}:${r.name}`, r.precision]));
  const sampled = sample.passage_units.length;
  return sample.lexicon.categories.map((category) => {
    let hits = 0;
    let found: number | null = 0;
    for (const e of sample.entries.filter((e) => e.category === category && e.hits > 0)) {
      hits += e.hits;
      const p = precisionOf.get(`entry:${category}:${e.entry}`) ??
        precisionOf.get(`category:${category}`) ?? null;
      found = p === null || found === null ? null : found + e.hits * p;
    }
    const withCategory = sample.passage_units.filter((u) =>
      passages.codes.get(u.id) === category
    ).length;
    const missed = sampled === 0 ? 0 : (withCategory / sampled) * sample.passages.hitless;
    const recall = found === null || found + missed === 0 ? null : found / (found + missed);
    return {
      category,
      hits,
      found,
      passages: sampled,
      with_category: withCategory,
      missed,
      recall,
    };
  });
}

/** Recall rows for `recall.csv` (estimates with 1 decimal, recall with 3). */
export function recallTableRows(rows: readonly RecallRow[]): Record<string, string | number>[] {
  return rows.map((r) => ({
    ...r,
    found: r.found === null ? "" : formatFixed(r.found, 1),
    missed: formatFixed(r.missed, 1),
    recall: r.recall === null ? "" : formatFixed(r.recall, 3),
  }));
}

/** A word offered for review. */
export interface CandidateRow {
  category: string;
  word: string;
  /** Times in the context of the category's hits. */
  near: number;
  /** Times in the corpus. */
  corpus: number;
  /** `near / corpus`: 1 when the word occurs only near the category's hits. */
  ratio: number;
}

/** Columns of `candidates.csv`. */
export const CANDIDATE_COLUMNS = ["category", "word", "near", "corpus", "ratio"] as const;

/** Options of {@linkcode candidateWords}. */
export interface CandidateOptions {
  /** Candidates per category at most. Default: `10`. */
  perCategory?: number;
  /** Least times near the category's hits. Default: `2`. */
  minNear?: number;
  /** Least letters of a word. Default: `4` (leaves out most function words). */
  minLength?: number;
}

/**
 * Words near the hits of each category that the lexicon does not match, most specific
 * first (by `ratio`, then `near`, then the word); see the module doc.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * const lexicon = parseLexicon("category,entry\nSR,meedoen\n", "csv");
 * const text = "inwoners meedoen in de buurt. inwoners meedoen in de wijk. de gemeente betaalt";
 * const doc = { id: "a", file: "a.txt", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: text.length, tokens: 0, cleaning: {} as never } };
 * const hit = (left: string, right: string) => ({ document: "a", category: "SR", entry: "meedoen", match: "meedoen", token_index: 1, left, right });
 * const rows = candidateWords({ dir: "x", manifest: false, documents: [doc] }, [hit("inwoners", "in de buurt"), hit("inwoners", "in de wijk")], lexicon);
 * assert.deepEqual(rows.map((r) => [r.word, r.near, r.corpus]), [["inwoners", 2, 2]]);
 * ```
 */
export function candidateWords(
  corpus: Corpus,
  hits: readonly KwicHit[],
  lexicon: Lexicon,
  options: CandidateOptions = {},
): CandidateRow[] {
  const perCategory = options.perCategory ?? 10;
  const minNear = options.minNear ?? 2;
  const minLength = options.minLength ?? 4;
  const corpusCounts = new Map<string, number>();
  for (const doc of corpus.documents) {
    for (const token of tokenize(doc.text)) {
      corpusCounts.set(token.norm, (corpusCounts.get(token.norm) ?? 0) + 1);
    }
  }
  const scorer = new Scorer(compileLexicon(lexicon));
  const inLexicon = new Map<string, boolean>();
  const matched = (word: string) => {
    if (!inLexicon.has(word)) inLexicon.set(word, scorer.score(word).hits.length > 0);
    return inLexicon.get(word)!;
  };
  const rows: CandidateRow[] = [];
  for (const category of lexicon.categories) {
    const near = new Map<string, number>();
    for (const hit of hits.filter((h) => h.category === category)) {
      for (const token of tokenize(`${hit.left} ${hit.right}`)) {
        near.set(token.norm, (near.get(token.norm) ?? 0) + 1);
      }
    }
    const found = [...near]
      .filter(([word, n]) => n >= minNear && [...word].length >= minLength && !matched(word))
      .map(([word, n]) => {
        const total = Math.max(n, corpusCounts.get(word) ?? 0);
        return { category, word, near: n, corpus: total, ratio: n / total };
      })
      .sort((a, b) =>
        b.ratio - a.ratio || b.near - a.near || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0)
      );
    rows.push(...found.slice(0, perCategory));
  }
  return rows;
}

/** Candidate rows for `candidates.csv` (ratio with 2 decimals). */
export function candidateTableRows(
  rows: readonly CandidateRow[],
): Record<string, string | number>[] {
  return rows.map((r) => ({ ...r, ratio: formatFixed(r.ratio, 2) }));
}
