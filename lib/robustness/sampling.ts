/**
 * Drawing from a multinomial distribution with the seeded generator, and a check of how
 * often simultaneous intervals cover all true shares at once (their real coverage,
 * which for few hits can fall short of the nominal level).
 *
 * @module
 */
import { z } from "zod";
import { INTERVAL_METHODS, type IntervalMethod, multinomialIntervals } from "./multinomial_ci.ts";
import { mulberry32, type Random } from "../io/mod.ts";

/**
 * `total` hits spread over the cells with the given probabilities (which must sum to 1
 * within 1e-9): each hit is one uniform draw placed by the cumulative probabilities.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mulberry32 } from "../io/mod.ts";
 * const counts = drawMultinomial([0.5, 0, 0.5], 10, mulberry32(7));
 * assert.equal(counts.reduce((a, b) => a + b), 10);
 * assert.equal(counts[1], 0);
 * ```
 */
export function drawMultinomial(
  probabilities: readonly number[],
  total: number,
  random: Random,
): number[] {
  const sum = probabilities.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-9 || probabilities.some((p) => p < 0)) {
    throw new RangeError(`probabilities must be ≥ 0 and sum to 1, got ${probabilities.join(", ")}`);
  }
  const k = probabilities.length;
  const cumulative = new Array<number>(k);
  let running = 0;
  for (let i = 0; i < k; i++) {
    running += probabilities[i];
    cumulative[i] = running;
  }
  // The last cell with a positive probability takes whatever rounding leaves over.
  let last = k - 1;
  while (last > 0 && probabilities[last] === 0) last--;
  cumulative[last] = Infinity;
  const counts = new Array<number>(k).fill(0);
  for (let draw = 0; draw < total; draw++) {
    const u = random.next();
    let i = 0;
    while (u >= cumulative[i]) i++;
    counts[i]++;
  }
  return counts;
}

/** Options of {@linkcode simultaneousCoverage}. */
export interface CoverageOptions {
  /** Default: `"goodman"`. */
  method?: IntervalMethod;
  /** Nominal simultaneous level. Default: 0.95. */
  level?: number;
  /** Simulated samples. Default: 2000. */
  replicates?: number;
  /** Seed of the generator. Default: 1965. */
  seed?: number;
}

const coverageSchema = z.object({
  method: z.enum(INTERVAL_METHODS).default("goodman"),
  level: z.number().gt(0).lt(1).default(0.95),
  replicates: z.number().int().min(1).default(2000),
  seed: z.number().int().default(1965),
});

/**
 * The share of simulated samples (multinomial, `total` hits, true `probabilities`) in
 * which the simultaneous intervals cover every true proportion.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const covered = simultaneousCoverage([0.25, 0.25, 0.25, 0.25], 400, { replicates: 500 });
 * assert.ok(covered > 0.93 && covered <= 1);
 * ```
 */
export function simultaneousCoverage(
  probabilities: readonly number[],
  total: number,
  options: CoverageOptions = {},
): number {
  const { method, level, replicates, seed } = coverageSchema.parse(options);
  const random = mulberry32(seed);
  let covered = 0;
  for (let r = 0; r < replicates; r++) {
    const counts = drawMultinomial(probabilities, total, random);
    const intervals = multinomialIntervals(counts, { method, level });
    if (intervals.every((c, i) => c.lower <= probabilities[i] && probabilities[i] <= c.upper)) {
      covered++;
    }
  }
  return covered / replicates;
}
