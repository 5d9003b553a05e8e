/**
 * Simultaneous confidence intervals for multinomial proportions: intervals for all k
 * shares of one plan together, such that (approximately) with probability 1 − α every
 * one of them covers its true share at once. This is what a question like "is
 * Haarlemmermeer's PA share really higher than its NPM share?" needs, since it looks at
 * several shares of one plan at the same time.
 *
 * Both methods give, for a cell with n hits out of N and a chi-square constant c, the
 * score-type (Wilson-form) interval
 *
 *     (c + 2n ∓ √(c · (c + 4n(N − n)/N))) / (2(N + c))
 *
 * and differ only in c:
 *
 * - `goodman` (the default): Goodman, L. A. (1965), "On simultaneous confidence
 *   intervals for multinomial proportions", *Technometrics* 7(2), 247-254. c is the
 *   chi-square quantile with 1 degree of freedom at 1 − α/k (a Bonferroni split of α
 *   over the k cells): for k = 4 and α = 0.05, c = χ²₁(0.9875) = 6.239.
 * - `quesenberry-hurst`: Quesenberry, C. P. & Hurst, D. C. (1964), "Large sample
 *   simultaneous confidence intervals for multinomial proportions", *Technometrics*
 *   6(2), 191-195. c is the chi-square quantile with k − 1 degrees of freedom at 1 − α:
 *   for k = 4, c = χ²₃(0.95) = 7.815, so its intervals are wider than Goodman's.
 *
 * Why not Sison & Glaz (1995)? Their intervals are recommended for seven or more
 * categories; with the four perspectives Goodman's are the usual choice.
 *
 * Both are large-sample methods. Goodman advises at least 5 hits per cell; below that
 * the intervals are approximate (the score form still keeps them inside [0, 1] and away
 * from degenerate zero width). A cell with 0 hits gets lower bound 0, a cell with all N
 * hits upper bound 1.
 *
 * @module
 */
import { z } from "zod";
import { chiSquareQuantile } from "./distributions.ts";

/** `goodman` or `quesenberry-hurst` (see the module doc). */
export const INTERVAL_METHODS = ["goodman", "quesenberry-hurst"] as const;
/** A method for simultaneous intervals. */
export type IntervalMethod = typeof INTERVAL_METHODS[number];

/** Options of {@linkcode multinomialIntervals}. */
export interface MultinomialIntervalOptions {
  /** Default: `"goodman"`. */
  method?: IntervalMethod;
  /** Simultaneous confidence level 1 − α. Default: 0.95. */
  level?: number;
}

const optionsSchema = z.object({
  method: z.enum(INTERVAL_METHODS).default("goodman"),
  level: z.number().gt(0).lt(1).default(0.95),
});

/** One cell's interval, as proportions in [0, 1]. */
export interface ProportionInterval {
  count: number;
  /** n / N. */
  estimate: number;
  lower: number;
  upper: number;
}

/**
 * The chi-square constant c of a method for `k` cells at simultaneous level `level`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(intervalConstant(4, "goodman", 0.95).toFixed(3), "6.239");
 * assert.equal(intervalConstant(4, "quesenberry-hurst", 0.95).toFixed(3), "7.815");
 * ```
 */
export function intervalConstant(k: number, method: IntervalMethod, level: number): number {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`need at least 2 cells, got ${k}`);
  const alpha = 1 - level;
  return method === "goodman"
    ? chiSquareQuantile(1 - alpha / k, 1)
    : chiSquareQuantile(1 - alpha, k - 1);
}

/**
 * Simultaneous intervals for the proportions of whole `counts` (at least two cells, a
 * positive total).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Helmond's smallest hit counts (Bijlage G): 3 PA, 1 NPM, 29 NPG, 17 SR of 50.
 * const [pa, npm] = multinomialIntervals([3, 1, 29, 17]);
 * assert.equal(pa.estimate, 0.06);
 * assert.deepEqual([pa.lower.toFixed(4), pa.upper.toFixed(4)], ["0.0159", "0.2018"]);
 * assert.deepEqual([npm.lower.toFixed(4), npm.upper.toFixed(4)], ["0.0025", "0.1440"]);
 * ```
 */
export function multinomialIntervals(
  counts: readonly number[],
  options: MultinomialIntervalOptions = {},
): ProportionInterval[] {
  const { method, level } = optionsSchema.parse(options);
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new RangeError(`counts must be whole numbers ≥ 0, got ${counts.join(", ")}`);
  }
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) throw new RangeError("counts sum to 0: no interval without hits");
  const c = intervalConstant(counts.length, method, level);
  return counts.map((n) => {
    const half = Math.sqrt(c * (c + (4 * n * (total - n)) / total));
    return {
      count: n,
      estimate: n / total,
      lower: n === 0 ? 0 : Math.max(0, (c + 2 * n - half) / (2 * (total + c))),
      upper: n === total ? 1 : Math.min(1, (c + 2 * n + half) / (2 * (total + c))),
    };
  });
}
