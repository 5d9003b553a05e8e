/**
 * A small seeded pseudo-random number generator (mulberry32) for generated test data:
 * the same seed gives the same numbers on every machine and every run. Not for anything
 * that needs real randomness.
 *
 * @module
 */

/** A seeded source of numbers. */
export interface Prng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max] (both included). */
  range(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
}

/**
 * The mulberry32 generator, seeded with a 32-bit integer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const a = mulberry32(42);
 * const b = mulberry32(42);
 * const xs = [a.next(), a.next(), a.int(10)];
 * assert.deepEqual([b.next(), b.next(), b.int(10)], xs);
 * assert.ok(xs[0] >= 0 && xs[0] < 1);
 * ```
 */
export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    range: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/**
 * Mix a seed with a stream number into a new seed, so that independent streams (one per
 * document) can be drawn from one seed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(mixSeed(1, 2), mixSeed(1, 2));
 * assert.notEqual(mixSeed(1, 2), mixSeed(1, 3));
 * ```
 */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Draw ranks 0..n-1 with Zipf weights `1 / (rank + 1 + q)^s`: a few very common items and
 * a long tail, as in the words of any text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
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
): (rng: Prng) => number {
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
