/**
 * How uncertain each municipality's four shares are, given the hits behind them:
 * simultaneous intervals (Goodman 1965 by default, see `multinomial_ci.ts`) for the four
 * shares of each plan, in percentage points, one row per municipality × perspective.
 *
 * The interval describes chance variation only: how different the shares of a plan of
 * the same length could have come out if its signal words had fallen slightly
 * differently. It says nothing about whether the signal words measure the perspectives
 * well (that is the lexicon's question, see `lexicon_sensitivity.ts`).
 *
 * @module
 */
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import { compareNames, formatFixed, type ScoreTable } from "../stats/mod.ts";
import { type HitBasis, type HitCounts, scaleHits } from "./hit_counts.ts";
import {
  INTERVAL_METHODS,
  type IntervalMethod,
  type MultinomialIntervalOptions,
  multinomialIntervals,
} from "./multinomial_ci.ts";
import { deriveSeed } from "../io/mod.ts";
import { simultaneousCoverage } from "./sampling.ts";

/** One municipality × perspective with its interval (all shares in %). */
export interface ShareIntervalRow {
  municipality: string;
  size_class: string;
  region: string;
  perspective: Perspective;
  /** The share in the score table (as printed, for Bijlage G). */
  share: number;
  /** Hits on this perspective, and in all. */
  hits: number;
  N: number;
  basis: HitBasis;
  /** 100 · hits / N (differs from `share` only by rounding, or for a refitted row). */
  estimate: number;
  lower: number;
  upper: number;
  method: IntervalMethod;
}

/**
 * Intervals for every municipality and perspective, rows in score-table order,
 * perspectives PA, NPM, NPG, SR. `hits` must hold every municipality of `scores`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * import { hitCountsFor } from "./hit_counts.ts";
 * const scores = scoreTableFromRows([
 *   { municipality: "Helmond", size_class: "100.000-", region: "zuid", PA: 6, NPM: 2, NPG: 58, SR: 34 },
 * ]);
 * const [pa] = shareIntervals(scores, hitCountsFor(scores));
 * assert.deepEqual([pa.hits, pa.N, pa.lower.toFixed(2), pa.upper.toFixed(2)], [3, 50, "1.59", "20.18"]);
 * ```
 */
export function shareIntervals(
  scores: ScoreTable,
  hits: readonly HitCounts[],
  options: MultinomialIntervalOptions = {},
): ShareIntervalRow[] {
  const byName = new Map(hits.map((h) => [h.municipality, h]));
  const method = options.method ?? "goodman";
  return scores.rows.flatMap((row) => {
    const h = byName.get(row.municipality);
    if (h === undefined) throw new Error(`no hit counts for ${row.municipality}`);
    const counts = PERSPECTIVES.map((p) => h.counts[p]);
    const intervals = multinomialIntervals(counts, options);
    return PERSPECTIVES.map((perspective, i) => ({
      municipality: row.municipality,
      size_class: row.size_class,
      region: row.region,
      perspective,
      share: row[perspective],
      hits: counts[i],
      N: h.N,
      basis: h.basis,
      estimate: (100 * counts[i]) / h.N,
      lower: 100 * intervals[i].lower,
      upper: 100 * intervals[i].upper,
      method,
    }));
  });
}

/** Columns of `robustness-share-intervals.csv`. */
export const SHARE_INTERVAL_COLUMNS = [
  "municipality",
  "perspective",
  "share",
  "hits",
  "N",
  "basis",
  "lower",
  "upper",
  "width",
  "method",
] as const;

/** Rows for `writeTable`: shares and bounds with 1 decimal, sorted by perspective then share (high first). */
export function shareIntervalTableRows(
  rows: readonly ShareIntervalRow[],
): Record<string, string | number>[] {
  return [...rows].sort((a, b) =>
    PERSPECTIVES.indexOf(a.perspective) - PERSPECTIVES.indexOf(b.perspective) ||
    b.share - a.share || compareNames(a.municipality, b.municipality)
  ).map((r) => ({
    municipality: r.municipality,
    perspective: r.perspective,
    share: formatFixed(r.share, 1),
    hits: r.hits,
    N: r.N,
    basis: r.basis,
    lower: formatFixed(r.lower, 1),
    upper: formatFixed(r.upper, 1),
    width: formatFixed(r.upper - r.lower, 1),
    method: r.method,
  }));
}

/** How wide the intervals are, per perspective. */
export interface IntervalWidthSummary {
  perspective: Perspective;
  /** Median width in percentage points. */
  median_width: number;
  min_width: number;
  max_width: number;
  /** The municipality with the widest interval. */
  widest: string;
}

/**
 * Median, smallest and largest interval width per perspective.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = (municipality: string, lower: number, upper: number) =>
 *   ({ municipality, perspective: "PA", lower, upper }) as const;
 * const [pa] = intervalWidths([row("A", 10, 20), row("B", 5, 35), row("C", 0, 12)]);
 * assert.deepEqual(pa, { perspective: "PA", median_width: 12, min_width: 10, max_width: 30, widest: "B" });
 * ```
 */
export function intervalWidths(
  rows: readonly Pick<ShareIntervalRow, "municipality" | "perspective" | "lower" | "upper">[],
): IntervalWidthSummary[] {
  return PERSPECTIVES.flatMap((perspective) => {
    const mine = rows.filter((r) => r.perspective === perspective)
      .map((r) => ({ municipality: r.municipality, width: r.upper - r.lower }))
      .sort((a, b) => a.width - b.width || compareNames(a.municipality, b.municipality));
    if (mine.length === 0) return [];
    const mid = Math.floor(mine.length / 2);
    const median = mine.length % 2 === 1
      ? mine[mid].width
      : (mine[mid - 1].width + mine[mid].width) / 2;
    return [{
      perspective,
      median_width: median,
      min_width: mine[0].width,
      max_width: mine[mine.length - 1].width,
      widest: mine[mine.length - 1].municipality,
    }];
  });
}

/** Columns of `robustness-interval-widths.csv`. */
export const INTERVAL_WIDTH_COLUMNS = [
  "method",
  "hits",
  "perspective",
  "median_width",
  "min_width",
  "max_width",
  "widest",
] as const;

/** Options of {@linkcode intervalWidthTable}. */
export interface IntervalWidthTableOptions {
  /** Simultaneous level. Default: 0.95. */
  level?: number;
  /** Also Goodman's widths at this many times the hits. Default: 4. */
  scale?: number;
}

/**
 * Interval widths per perspective for Goodman and Quesenberry-Hurst at the hit counts,
 * and for Goodman at `scale` times the hits (rows in that order; widths in pp).
 */
export function intervalWidthTable(
  scores: ScoreTable,
  hits: readonly HitCounts[],
  options: IntervalWidthTableOptions = {},
): Record<string, string | number>[] {
  const level = options.level ?? 0.95;
  const scale = options.scale ?? 4;
  const rows = (method: IntervalMethod, label: string, h: readonly HitCounts[]) =>
    intervalWidths(shareIntervals(scores, h, { level, method })).map((w) => ({
      method,
      hits: label,
      ...w,
    }));
  return [
    ...INTERVAL_METHODS.flatMap((m) => rows(m, "N", hits)),
    ...rows("goodman", `${scale}·N`, scaleHits(hits, scale)),
  ];
}

/** One row of {@linkcode coverageCheck}. */
export type CoverageRow = {
  municipality: string;
  N: number;
  method: IntervalMethod;
  /** Share of simulated samples in which the intervals cover all four true shares. */
  coverage: number;
};

/**
 * The simulated simultaneous coverage of both methods (see `simultaneousCoverage`) for
 * the plan with the fewest hits and the plan with the most, with their own proportions
 * as the true shares and their own N.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const plan = (municipality: string, N: number) => ({ municipality, N, basis: "minimal" as const, note: "",
 *   counts: { PA: N / 4, NPM: N / 4, NPG: N / 4, SR: N / 4 } });
 * const rows = coverageCheck([plan("small", 40), plan("large", 400)], { replicates: 200 });
 * assert.deepEqual(rows.map((r) => [r.municipality, r.method]), [
 *   ["small", "goodman"], ["small", "quesenberry-hurst"], ["large", "goodman"], ["large", "quesenberry-hurst"],
 * ]);
 * ```
 */
export function coverageCheck(
  hits: readonly HitCounts[],
  options: { level?: number; replicates?: number; seed?: number } = {},
): CoverageRow[] {
  const sorted = [...hits].sort((a, b) =>
    a.N - b.N || compareNames(a.municipality, b.municipality)
  );
  const picks = sorted.length <= 1 ? sorted : [sorted[0], sorted[sorted.length - 1]];
  return picks.flatMap((h, i) =>
    INTERVAL_METHODS.map((method) => ({
      municipality: h.municipality,
      N: h.N,
      method,
      coverage: simultaneousCoverage(PERSPECTIVES.map((p) => h.counts[p] / h.N), h.N, {
        method,
        level: options.level ?? 0.95,
        replicates: options.replicates ?? 2000,
        seed: deriveSeed(options.seed ?? 1965, i),
      }),
    }))
  );
}
