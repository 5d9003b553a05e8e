/**
 * Group differences of chapter 6 put to the test: for size class and region, per
 * perspective, the Kruskal-Wallis test and a permutation test of the F statistic, with
 * effect sizes, Holm-adjusted p-values over the eight tests (two groupings × four
 * perspectives) and percentile bootstrap intervals of every group mean (methods and
 * references in `group_tests.ts`). And for the smallest groups (the G4 with 4
 * municipalities, noord with 3) what their size allows one to conclude at all.
 *
 * The values tested are the shares of the score table by default; the compositional
 * view passes centred log-ratio coordinates instead (see `compositional.ts`).
 *
 * @module
 */
import { meanSimple, sampleStandardDeviation } from "simple-statistics";
import { z } from "zod";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import { formatFixed, GROUP_ORDER, type ScoreRow, type ScoreTable } from "../stats/mod.ts";
import {
  bootstrapMeanInterval,
  detectableDifference,
  holmAdjust,
  kruskalWallis,
  permutationTest,
} from "./group_tests.ts";
import { deriveSeed } from "../io/mod.ts";

/** The two groupings of chapter 6. */
export const TESTED_GROUPINGS = ["size_class", "region"] as const;
/** `size_class` or `region`. */
export type TestedGrouping = typeof TESTED_GROUPINGS[number];

/** Options of {@linkcode groupDifferences}. */
export interface GroupDifferencesOptions {
  /** Monte Carlo shufflings per permutation test. Default: 4999. */
  permutations?: number;
  /** Bootstrap resamples per group mean. Default: 2000. */
  bootstrap?: number;
  /** Base seed; each test and each interval gets its own stream. Default: 1952. */
  seed?: number;
  /** Level of the bootstrap intervals. Default: 0.95. */
  level?: number;
}

const optionsSchema = z.object({
  permutations: z.number().int().min(1).default(4999),
  bootstrap: z.number().int().min(1).default(2000),
  seed: z.number().int().default(1952),
  level: z.number().gt(0).lt(1).default(0.95),
});

/** One test: a grouping and a perspective. */
export interface GroupTestRow {
  grouping: TestedGrouping;
  perspective: Perspective;
  /** Groups with municipalities, and municipalities. */
  k: number;
  N: number;
  /** Kruskal-Wallis H (tie-corrected), its p (chi-square, k − 1 df) and Holm-adjusted p. */
  H: number;
  df: number;
  p_kw: number;
  p_kw_holm: number;
  epsilon2: number;
  eta2: number;
  /** F and its permutation p, Holm-adjusted p. */
  F: number;
  p_perm: number;
  p_perm_holm: number;
  perm_kind: "exact" | "monte carlo";
}

/**
 * Groups of at most this many municipalities get the range of their values instead of a
 * bootstrap interval: resampling three or four values can only return a handful of means,
 * so a "95 % interval" of them is a range, not an interval.
 */
export const RANGE_ONLY_MAX_N = 4;

/** One group mean with its bootstrap interval, or (small groups) the range of its values. */
export interface GroupMeanRow {
  grouping: TestedGrouping;
  group: string;
  perspective: Perspective;
  n: number;
  mean: number;
  lower: number;
  upper: number;
  /** `interval`: percentile bootstrap interval; `range`: smallest to largest value. */
  bound: "interval" | "range";
  /** Mean over all municipalities. */
  overall: number;
}

/** The result of {@linkcode groupDifferences}. */
export interface GroupDifferences {
  tests: GroupTestRow[];
  means: GroupMeanRow[];
}

/**
 * Tests and bootstrap intervals for both groupings and all perspectives (rows: grouping,
 * then perspective; groups in printed order). A grouping with fewer than two groups is
 * left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const row = (municipality: string, region: "oost" | "west", PA: number) =>
 *   ({ municipality, size_class: "G4", region, PA, NPM: 10, NPG: 10, SR: 80 - PA }) as const;
 * const scores = scoreTableFromRows([row("a", "oost", 10), row("b", "oost", 12), row("c", "oost", 14),
 *   row("d", "west", 30), row("e", "west", 32), row("f", "west", 34)]);
 * const { tests } = groupDifferences(scores, { permutations: 99 });
 * const pa = tests.find((t) => t.grouping === "region" && t.perspective === "PA")!;
 * assert.equal(pa.H.toFixed(4), "3.8571");
 * assert.deepEqual([pa.perm_kind, pa.p_perm], ["exact", 0.1]);
 * ```
 */
export function groupDifferences(
  scores: ScoreTable,
  options: GroupDifferencesOptions = {},
): GroupDifferences {
  const { permutations, bootstrap, seed, level } = optionsSchema.parse(options);
  const tests: Omit<GroupTestRow, "p_kw_holm" | "p_perm_holm">[] = [];
  const means: GroupMeanRow[] = [];
  let stream = 0;
  for (const grouping of TESTED_GROUPINGS) {
    const groups = GROUP_ORDER[grouping]
      .map((group) => ({ group, rows: scores.rows.filter((r) => r[grouping] === group) }))
      .filter((g) => g.rows.length > 0);
    if (groups.length < 2) continue;
    for (const perspective of PERSPECTIVES) {
      const values = groups.map((g) => g.rows.map((r) => r[perspective]));
      const kw = kruskalWallis(values);
      const perm = permutationTest(values, { permutations, seed: deriveSeed(seed, stream++) });
      tests.push({
        grouping,
        perspective,
        k: kw.k,
        N: kw.N,
        H: kw.H,
        df: kw.df,
        p_kw: kw.p,
        epsilon2: kw.epsilon2,
        eta2: kw.eta2,
        F: perm.F,
        p_perm: perm.p,
        perm_kind: perm.kind,
      });
      const overall = meanOf(scores.rows, perspective);
      groups.forEach((g, i) => {
        if (values[i].length <= RANGE_ONLY_MAX_N) {
          const n = values[i].length;
          means.push({
            grouping,
            group: g.group,
            perspective,
            n,
            mean: values[i].reduce((a, b) => a + b, 0) / n,
            lower: Math.min(...values[i]),
            upper: Math.max(...values[i]),
            bound: "range",
            overall,
          });
          return;
        }
        const interval = bootstrapMeanInterval(values[i], {
          replicates: bootstrap,
          seed: deriveSeed(seed, 1000 + stream * 10 + i),
          level,
        });
        means.push({
          grouping,
          group: g.group,
          perspective,
          ...interval,
          bound: "interval",
          overall,
        });
      });
    }
  }
  const kwHolm = holmAdjust(tests.map((t) => t.p_kw));
  const permHolm = holmAdjust(tests.map((t) => t.p_perm));
  return {
    tests: tests.map((t, i) => ({ ...t, p_kw_holm: kwHolm[i], p_perm_holm: permHolm[i] })),
    means,
  };
}

/** Columns of `robustness-group-tests.csv`. */
export const GROUP_TEST_COLUMNS = [
  "grouping",
  "perspective",
  "k",
  "N",
  "H",
  "df",
  "p_kw",
  "p_kw_holm",
  "epsilon2",
  "eta2",
  "F",
  "p_perm",
  "p_perm_holm",
] as const;

/** Test rows for `writeTable` (statistics with 3 decimals, p-values with 4). */
export function groupTestTableRows(
  rows: readonly GroupTestRow[],
): Record<string, string | number>[] {
  return rows.map((t) => ({
    grouping: t.grouping,
    perspective: t.perspective,
    k: t.k,
    N: t.N,
    H: formatFixed(t.H, 3),
    df: t.df,
    p_kw: formatFixed(t.p_kw, 4),
    p_kw_holm: formatFixed(t.p_kw_holm, 4),
    epsilon2: formatFixed(t.epsilon2, 3),
    eta2: formatFixed(t.eta2, 3),
    F: formatFixed(t.F, 3),
    p_perm: formatFixed(t.p_perm, 4),
    p_perm_holm: formatFixed(t.p_perm_holm, 4),
  }));
}

/** Columns of `robustness-group-means.csv`. */
export const GROUP_MEAN_COLUMNS = [
  "grouping",
  "group",
  "perspective",
  "n",
  "mean",
  "lower",
  "upper",
  "bound",
  "overall",
] as const;

/** Mean rows for `writeTable` (1 decimal). */
export function groupMeanTableRows(
  rows: readonly GroupMeanRow[],
): Record<string, string | number>[] {
  return rows.map((m) => ({
    grouping: m.grouping,
    group: m.group,
    perspective: m.perspective,
    n: m.n,
    mean: formatFixed(m.mean, 1),
    lower: formatFixed(m.lower, 1),
    upper: formatFixed(m.upper, 1),
    bound: m.bound,
    overall: formatFixed(m.overall, 1),
  }));
}

/** What one small group can show, per perspective. */
export interface SmallGroupRow {
  grouping: TestedGrouping;
  group: string;
  perspective: Perspective;
  n: number;
  /** Municipalities outside the group. */
  rest: number;
  /** Group mean minus the mean of the others (pp). */
  difference: number;
  /** Smallest true difference a two-sided 5 % test would detect with 80 % power (pp). */
  detectable: number;
  /** Width of the group mean's bootstrap interval (pp). */
  interval_width: number;
}

/**
 * For every group with at most `maxSize` municipalities (default 4: the G4 and noord):
 * the observed difference from the other municipalities and the smallest difference a
 * two-sided 5 % test detects with 80 % power ({@linkcode detectableDifference}, with the
 * standard deviation of the perspective over all municipalities), per perspective.
 */
export function smallGroups(
  scores: ScoreTable,
  means: readonly GroupMeanRow[],
  options: { maxSize?: number } = {},
): SmallGroupRow[] {
  const maxSize = options.maxSize ?? 4;
  const out: SmallGroupRow[] = [];
  for (const grouping of TESTED_GROUPINGS) {
    for (const group of GROUP_ORDER[grouping]) {
      const inGroup = scores.rows.filter((r) => r[grouping] === group);
      if (inGroup.length === 0 || inGroup.length > maxSize) continue;
      const others = scores.rows.filter((r) => r[grouping] !== group);
      for (const perspective of PERSPECTIVES) {
        const sd = sampleStandardDeviation(scores.rows.map((r) => r[perspective]));
        const m = means.find((x) =>
          x.grouping === grouping && x.group === group && x.perspective === perspective
        );
        out.push({
          grouping,
          group,
          perspective,
          n: inGroup.length,
          rest: others.length,
          difference: meanOf(inGroup, perspective) - meanOf(others, perspective),
          detectable: detectableDifference(sd, inGroup.length, others.length),
          interval_width: m === undefined ? NaN : m.upper - m.lower,
        });
      }
    }
  }
  return out;
}

/**
 * One plain sentence per small group, from {@linkcode smallGroups} rows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = (["PA", "NPM", "NPG", "SR"] as const).map((perspective, i) => ({
 *   grouping: "region" as const, group: "noord", perspective, n: 3, rest: 46,
 *   difference: [0, 1, 8, -9][i], detectable: [14, 15, 21, 26][i], interval_width: [9, 6, 17, 16][i],
 * }));
 * assert.equal(smallGroupStatements(rows)[0],
 *   "noord (n = 3): its means differ from those of the other 46 municipalities by 0.0 to 9.0 " +
 *   "percentage points; with 3 plans a difference must be about 14.0 to 26.0 points to be " +
 *   "detected four times out of five (two-sided 5 % test), so no observed difference is " +
 *   "large enough to be told apart from chance. The bootstrap intervals of its means are " +
 *   "6.0 to 17.0 points wide. A group this small can neither confirm nor rule out the " +
 *   "differences described for it.");
 * ```
 */
export function smallGroupStatements(rows: readonly SmallGroupRow[]): string[] {
  const groups = [...new Set(rows.map((r) => `${r.grouping}\u0000${r.group}`))];
  return groups.map((key) => {
    const mine = rows.filter((r) => `${r.grouping}\u0000${r.group}` === key);
    const { group, n, rest } = mine[0];
    const diffs = mine.map((r) => Math.abs(r.difference));
    const detect = mine.map((r) => r.detectable);
    const widths = mine.map((r) => r.interval_width);
    const reaching = mine.filter((r) => Math.abs(r.difference) >= r.detectable);
    const f = (x: number) => formatFixed(x, 1);
    const span = (xs: number[]) => `${f(Math.min(...xs))} to ${f(Math.max(...xs))}`;
    const verdict = reaching.length === 0
      ? "so no observed difference is large enough to be told apart from chance"
      : `and only the difference on ${
        reaching.map((r) => r.perspective).join(" and ")
      } is that large`;
    return `${group} (n = ${n}): its means differ from those of the other ${rest} ` +
      `municipalities by ${span(diffs)} percentage points; with ${n} plans a difference must ` +
      `be about ${span(detect)} points to be detected four times out of five (two-sided ` +
      `5 % test), ${verdict}. The bootstrap intervals of its means are ${span(widths)} ` +
      `points wide. A group this small can neither confirm nor rule out the differences ` +
      `described for it.`;
  });
}

function meanOf(rows: readonly ScoreRow[], p: Perspective): number {
  return meanSimple(rows.map((r) => r[p]));
}
