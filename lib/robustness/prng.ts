/**
 * A seeded pseudo-random number generator for every resampling in this folder, so that
 * the same seed gives the same replicates on every machine and in every run
 * (`Math.random` is never used).
 *
 * The generator is mulberry32 (Tommy Ettinger's 32-bit generator: a Weyl sequence with
 * step `0x6d2b79f5` passed through a multiply-xorshift mix). Its period is 2^32, far more
 * than the few million draws of an analysis here, and its output passes the usual
 * statistical batteries well enough for resampling. It is not for cryptography.
 *
 * @module
 */

/** A seeded source of random numbers. */
export interface Random {
  /** A number in [0, 1), a multiple of 2^-32. */
  next(): number;
  /** A whole number in [0, n), for a whole n ≥ 1. */
  int(n: number): number;
}

/**
 * mulberry32 seeded with the 32-bit integer `seed` (other numbers are reduced modulo
 * 2^32).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const a = mulberry32(1);
 * assert.equal(a.next(), 0.6270739405881613);
 * const b = mulberry32(1);
 * assert.deepEqual([b.next(), b.int(10)], [0.6270739405881613, 0]);
 * ```
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t = (t + Math.imul(t ^ (t >>> 7), t | 61)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
  };
}

/**
 * A seed for the `index`-th independent stream of a base seed, so that two analyses
 * seeded from one base seed do not share their random numbers, and adding an analysis
 * does not change the numbers of the others. (A 32-bit mix of both numbers.)
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.notEqual(deriveSeed(2015, 1), deriveSeed(2015, 2));
 * assert.equal(deriveSeed(2015, 1), deriveSeed(2015, 1));
 * ```
 */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed >>> 0) ^ Math.imul((index >>> 0) + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
