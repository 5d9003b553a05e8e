/**
 * Do the groups of chapter 6 (size classes, regions) really differ? Tests, effect sizes
 * and intervals for k groups of values:
 *
 * - **Kruskal-Wallis H** (Kruskal & Wallis 1952, *JASA* 47, 583-621): the rank-based
 *   one-way test. Tied values get their mean rank and H is divided by the tie correction
 *   1 − Σ(t³ − t)/(N³ − N) (t: the size of each group of tied values). The p-value is the
 *   chi-square approximation with k − 1 degrees of freedom. Effect sizes:
 *   ε² = H / (N − 1) (Tomczak & Tomczak 2014, *Trends in Sport Sciences* 21, 19-25) and
 *   η²_H = (H − k + 1) / (N − k) (ibid.), truncated at 0: it is negative when H < k − 1,
 *   which only says that the groups explain nothing, so it is reported as 0.
 * - **Permutation test** of the one-way F statistic: the group labels are shuffled,
 *   keeping the group sizes, and p is the share of shufflings with an F at least as
 *   large as the observed one. Exact (every distinct assignment enumerated) when there
 *   are few enough; otherwise Monte Carlo with a seeded generator and p = (1 + b)/(1 + B)
 *   (b of B shufflings at least as extreme; Phipson & Smyth 2010, *Stat. Appl. Genet.
 *   Mol. Biol.* 9(1), art. 39), which never gives 0.
 * - **Percentile bootstrap** interval of a group mean (Efron & Tibshirani 1993, ch. 13):
 *   the group's values resampled with replacement, seeded; the interval runs between
 *   the α/2 and 1 − α/2 quantiles of the resampled means (quantiles by linear
 *   interpolation between order statistics, R's type 7). With three or four values
 *   there are only 10 or 35 distinct resamples and the interval is too narrow rather
 *   than too wide: read it as a lower bound on the uncertainty.
 * - **Holm's step-down adjustment** (Holm 1979, *Scand. J. Statist.* 6, 65-70) for a
 *   family of p-values.
 *
 * @module
 */
import { meanSimple, quantileSorted, sampleWithReplacement } from "simple-statistics";
import { z } from "zod";
import { chiSquareSf, normalQuantile } from "./distributions.ts";
import { mulberry32 } from "../io/mod.ts";

/** The result of {@linkcode kruskalWallis}. */
export interface KruskalWallisResult {
  /** H corrected for ties. */
  H: number;
  /** H before the tie correction. */
  H_uncorrected: number;
  /** The tie correction factor C (1 without ties). */
  tie_correction: number;
  df: number;
  /** Chi-square approximation. */
  p: number;
  /** ε² = H / (N − 1). */
  epsilon2: number;
  /** η²_H = (H − k + 1) / (N − k), truncated at 0. */
  eta2: number;
  N: number;
  k: number;
}

/**
 * Midranks of `values` (1-based; tied values share the mean of their ranks), and the
 * tie sizes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(midranks([10, 20, 10, 30]), { ranks: [1.5, 3, 1.5, 4], ties: [2] });
 * ```
 */
export function midranks(values: readonly number[]): { ranks: number[]; ties: number[] } {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const ranks = new Array<number>(values.length);
  const ties: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].v === order[start].v) end++;
    const rank = (start + end) / 2 + 1;
    for (let j = start; j <= end; j++) ranks[order[j].i] = rank;
    if (end > start) ties.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, ties };
}

/**
 * The Kruskal-Wallis test of `groups` (empty groups are left out; at least two groups).
 * When all values are equal there is nothing to test: H = 0 and p = 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Hollander & Wolfe (1973), p. 116: mucociliary efficiency in three groups of subjects.
 * const result = kruskalWallis([[2.9, 3.0, 2.5, 2.6, 3.2], [3.8, 2.7, 4.0, 2.4], [2.8, 3.4, 3.7, 2.2, 2.0]]);
 * assert.equal(result.H.toFixed(4), "0.7714");
 * assert.equal(result.p.toFixed(2), "0.68");
 * ```
 */
export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisResult {
  const used = groups.filter((g) => g.length > 0);
  const k = used.length;
  if (k < 2) throw new RangeError("Kruskal-Wallis needs at least two non-empty groups");
  const all = used.flat();
  const N = all.length;
  const { ranks, ties } = midranks(all);
  let offset = 0;
  let sum = 0;
  for (const group of used) {
    let rankSum = 0;
    for (let j = 0; j < group.length; j++) rankSum += ranks[offset + j];
    sum += (rankSum * rankSum) / group.length;
    offset += group.length;
  }
  const H0 = (12 / (N * (N + 1))) * sum - 3 * (N + 1);
  const C = 1 - ties.reduce((s, t) => s + t ** 3 - t, 0) / (N ** 3 - N);
  // All values equal: nothing to rank, nothing to find.
  const H = C === 0 ? 0 : H0 / C;
  return {
    H,
    H_uncorrected: H0,
    tie_correction: C,
    df: k - 1,
    p: chiSquareSf(H, k - 1),
    epsilon2: H / (N - 1),
    eta2: Math.max(0, (H - k + 1) / (N - k)),
    N,
    k,
  };
}

/**
 * The one-way F statistic: mean square between groups over mean square within. `Infinity`
 * when the groups differ but nothing varies within them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // between SS 4 on 1 df, within SS 1 on 2 df: F = 4 / 0.5
 * assert.equal(fStatistic([[1, 2], [3, 4]]), 8);
 * ```
 */
export function fStatistic(groups: readonly (readonly number[])[]): number {
  const used = groups.filter((g) => g.length > 0);
  const N = used.reduce((s, g) => s + g.length, 0);
  const k = used.length;
  const grand = used.reduce((s, g) => s + g.reduce((a, b) => a + b, 0), 0) / N;
  let between = 0;
  let within = 0;
  for (const g of used) {
    const mean = g.reduce((a, b) => a + b, 0) / g.length;
    between += g.length * (mean - grand) ** 2;
    for (const v of g) within += (v - mean) ** 2;
  }
  const msWithin = within / (N - k);
  const msBetween = between / (k - 1);
  if (msWithin === 0) return msBetween === 0 ? 0 : Infinity;
  return msBetween / msWithin;
}

/** Options of {@linkcode permutationTest}. */
export interface PermutationOptions {
  /** Monte Carlo shufflings when the test is not exact. Default: 4999. */
  permutations?: number;
  /** Seed. Default: 1952. */
  seed?: number;
  /** Enumerate every assignment when there are at most this many. Default: 20000. */
  exactLimit?: number;
}

const permutationSchema = z.object({
  permutations: z.number().int().min(1).default(4999),
  seed: z.number().int().default(1952),
  exactLimit: z.number().int().min(0).default(20000),
});

/** The result of {@linkcode permutationTest}. */
export interface PermutationResult {
  /** Observed F. */
  F: number;
  p: number;
  /** `exact` (all assignments) or `monte carlo`. */
  kind: "exact" | "monte carlo";
  /** Assignments enumerated, or shufflings drawn. */
  count: number;
}

/** Relative tolerance for "at least as large" (F values equal up to rounding count as equal). */
const F_TOLERANCE = 1e-9;

/**
 * Permutation test of the F statistic (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // {1, 2} against {3, 4}: of the 6 ways to split four values in two pairs, 2 are as
 * // extreme as the observed one (it and its mirror image), so p = 1/3.
 * const result = permutationTest([[1, 2], [3, 4]]);
 * assert.deepEqual([result.kind, result.count, result.p], ["exact", 6, 2 / 6]);
 * ```
 */
export function permutationTest(
  groups: readonly (readonly number[])[],
  options: PermutationOptions = {},
): PermutationResult {
  const { permutations, seed, exactLimit } = permutationSchema.parse(options);
  const used = groups.filter((g) => g.length > 0);
  const sizes = used.map((g) => g.length);
  const values = used.flat();
  const observed = fStatistic(used);
  const atLeast = (f: number) => f >= observed * (1 - F_TOLERANCE);
  const assignments = multinomialCoefficient(sizes);
  if (assignments <= exactLimit) {
    let hits = 0;
    let total = 0;
    for (const split of enumerateAssignments(values, sizes)) {
      total++;
      if (atLeast(fStatistic(split))) hits++;
    }
    return { F: observed, p: hits / total, kind: "exact", count: total };
  }
  const random = mulberry32(seed);
  const pool = [...values];
  let hits = 0;
  for (let b = 0; b < permutations; b++) {
    random.shuffle(pool);
    if (atLeast(fStatistic(splitBySizes(pool, sizes)))) hits++;
  }
  return {
    F: observed,
    p: (1 + hits) / (1 + permutations),
    kind: "monte carlo",
    count: permutations,
  };
}

/**
 * N! / (n₁! ⋯ n_k!), the number of distinct ways to deal N values into groups of the
 * given sizes (as a float; `Infinity` when it overflows).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(multinomialCoefficient([2, 2]), 6);
 * assert.equal(multinomialCoefficient([1, 1, 2]), 12);
 * ```
 */
export function multinomialCoefficient(sizes: readonly number[]): number {
  let result = 1;
  let n = 0;
  for (const size of sizes) {
    for (let j = 1; j <= size; j++) {
      n++;
      result = (result * n) / j;
    }
  }
  return Math.round(result);
}

/** Every assignment of the positions of `values` to groups of `sizes` (positions, not values, are distinct). */
function* enumerateAssignments(
  values: readonly number[],
  sizes: readonly number[],
): Generator<number[][]> {
  const groups: number[][] = sizes.map(() => []);
  function* place(i: number): Generator<number[][]> {
    if (i === values.length) {
      yield groups.map((g) => [...g]);
      return;
    }
    for (let g = 0; g < sizes.length; g++) {
      if (groups[g].length < sizes[g]) {
        groups[g].push(values[i]);
        yield* place(i + 1);
        groups[g].pop();
      }
    }
  }
  yield* place(0);
}

function splitBySizes(values: readonly number[], sizes: readonly number[]): number[][] {
  const out: number[][] = [];
  let start = 0;
  for (const size of sizes) {
    out.push(values.slice(start, start + size));
    start += size;
  }
  return out;
}

/** Options of {@linkcode bootstrapMeanInterval}. */
export interface BootstrapOptions {
  /** Resamples. Default: 2000. */
  replicates?: number;
  /** Seed. Default: 1993. */
  seed?: number;
  /** Confidence level. Default: 0.95. */
  level?: number;
}

const bootstrapSchema = z.object({
  replicates: z.number().int().min(1).default(2000),
  seed: z.number().int().default(1993),
  level: z.number().gt(0).lt(1).default(0.95),
});

/** A mean with its percentile bootstrap interval. */
export interface MeanInterval {
  n: number;
  mean: number;
  lower: number;
  upper: number;
}

/**
 * Percentile bootstrap interval of the mean of `values` (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Two values: a resample's mean is 0 (1 in 4), 0.5 (2 in 4) or 1 (1 in 4), so the
 * // 2.5 % and 97.5 % points are 0 and 1.
 * assert.deepEqual(bootstrapMeanInterval([0, 1], { replicates: 4000 }), { n: 2, mean: 0.5, lower: 0, upper: 1 });
 * ```
 */
export function bootstrapMeanInterval(
  values: readonly number[],
  options: BootstrapOptions = {},
): MeanInterval {
  const { replicates, seed, level } = bootstrapSchema.parse(options);
  const n = values.length;
  if (n === 0) throw new RangeError("a bootstrap interval needs at least one value");
  const random = mulberry32(seed);
  const pool = [...values];
  const means = new Array<number>(replicates);
  for (let b = 0; b < replicates; b++) {
    means[b] = meanSimple(sampleWithReplacement(pool, n, random.next));
  }
  means.sort((a, b) => a - b);
  const alpha = 1 - level;
  return {
    n,
    mean: meanSimple(pool),
    lower: quantileSorted(means, alpha / 2),
    upper: quantileSorted(means, 1 - alpha / 2),
  };
}

/**
 * Holm's step-down adjusted p-values, in the input order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 → kept at 0.06
 * assert.deepEqual(holmAdjust([0.01, 0.04, 0.03, 0.005]).map((p) => +p.toFixed(10)), [0.03, 0.06, 0.06, 0.02]);
 * ```
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/**
 * The smallest true difference between a group of `n` and the other `rest` values that a
 * two-sided test at level `alpha` detects with probability `power`, for values with
 * standard deviation `sd` (normal approximation: (z₁₋α/₂ + z_power) · sd · √(1/n + 1/rest)).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // (1.960 + 0.842) · 10 · √(1/4 + 1/45) = 14.62
 * assert.equal(detectableDifference(10, 4, 45).toFixed(2), "14.62");
 * ```
 */
export function detectableDifference(
  sd: number,
  n: number,
  rest: number,
  alpha = 0.05,
  power = 0.8,
): number {
  return (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * sd * Math.sqrt(1 / n + 1 / rest);
}
