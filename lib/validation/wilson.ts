/**
 * The Wilson score interval for a proportion (Wilson 1927), the interval Newcombe (1998)
 * recommends for small samples: it never leaves [0, 1], and it does not collapse to a point
 * when every coded hit is relevant (10 of 10) or none is.
 *
 * @module
 */
import { normalQuantile } from "../robustness/mod.ts";

/** A proportion with its interval. */
export interface ProportionEstimate {
  /** The observed proportion `successes / n`; `null` when `n` is 0. */
  estimate: number | null;
  low: number | null;
  high: number | null;
}

/** Options of {@linkcode wilsonInterval}. */
export interface WilsonOptions {
  /** Two-sided confidence level. Default: `0.95`. */
  level?: number;
}

/**
 * The Wilson score interval (without continuity correction) for `successes` of `n`.
 * With `n = 0` there is nothing to estimate and every field is `null`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Newcombe (1998), Table I, method 3: 81 of 263 gives 0.2553 to 0.3662.
 * const { low, high } = wilsonInterval(81, 263);
 * assert.deepEqual([low!.toFixed(4), high!.toFixed(4)], ["0.2553", "0.3662"]);
 * ```
 */
export function wilsonInterval(
  successes: number,
  n: number,
  options: WilsonOptions = {},
): ProportionEstimate {
  if (n === 0) return { estimate: null, low: null, high: null };
  const z = normalQuantile(1 - (1 - (options.level ?? 0.95)) / 2);
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  return {
    estimate: p,
    low: Math.max(0, (centre - spread) / scale),
    high: Math.min(1, (centre + spread) / scale),
  };
}
