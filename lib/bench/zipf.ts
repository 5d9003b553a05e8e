/**
 * Word ranks drawn with Zipf weights, for the generated corpora of the benchmark.
 *
 * @module
 */
import type { Random } from "../io/mod.ts";

/**
 * Draw ranks 0..n-1 with Zipf weights `1 / (rank + 1 + q)^s`: a few very common items and
 * a long tail, as in the words of any text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mulberry32 } from "../io/mod.ts";
 * const zipf = zipfSampler(100, { s: 1 });
 * const rng = mulberry32(7);
 * const counts = new Array(100).fill(0);
 * for (let i = 0; i < 10000; i++) counts[zipf(rng)]++;
 * assert.ok(counts[0] > counts[9] && counts[9] > counts[99]);
 * ```
 */
export function zipfSampler(
  n: number,
  options: { s?: number; q?: number } = {},
): (rng: Random) => number {
  const s = options.s ?? 1;
  const q = options.q ?? 0;
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1 + q, s);
    cumulative[r] = total;
  }
  return (rng) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
