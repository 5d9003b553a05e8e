/**
 * The smallest numbers of signal-word hits that reproduce printed percentages.
 *
 * A municipality's share on a perspective is 100·k/N, with k the hits on that perspective
 * and N all hits in its plan, printed rounded (halves away from zero) to one decimal. For
 * N = 1, 2, 3, … we ask whether whole numbers k₁…k₄ exist with each 100·kᵢ/N rounding to
 * the printed share and k₁ + … + k₄ = N; the first N for which they do is the smallest
 * plan that could have produced the printed row. The test is done in whole numbers, so no
 * floating-point rounding can decide it: a share printed as P units of 10^−d means
 * (2P − 1)·N ≤ 200·10^d·k < (2P + 1)·N.
 *
 * The counts are a lower bound on the size of each plan's signal-word evidence, which a
 * later uncertainty analysis can use.
 *
 * @module
 */
import { z } from "zod";
import { PERSPECTIVES } from "../data/mod.ts";
import { decimalsOf, formatFixed, type ScoreTable } from "../stats/mod.ts";

/** Whole hit counts: the total and one count per printed share, in input order. */
export interface HitCounts {
  total: number;
  counts: number[];
}

/** Options of {@linkcode minimalHits}. */
export interface MinimalHitsOptions {
  /** Largest total to try. Default: 100000. */
  maxTotal?: number;
}

const optionsSchema = z.object({ maxTotal: z.number().int().min(1).default(100000) });
const printedSchema = z.array(
  z.string().regex(/^\d+(\.\d+)?$/, "not a printed percentage such as 12.5"),
).min(1);

interface Share {
  units: number;
  scale: number;
}

function parseShares(printed: readonly string[]): Share[] {
  return printedSchema.parse([...printed]).map((text) => {
    const decimals = decimalsOf(text);
    return { units: Math.round(Number(text) * 10 ** decimals), scale: 200 * 10 ** decimals };
  });
}

/** Smallest and largest whole k whose share of `total` rounds to the printed one. */
function countRange(share: Share, total: number): [number, number] {
  const low = Math.max(0, Math.ceil(((2 * share.units - 1) * total) / share.scale));
  const high = Math.ceil(((2 * share.units + 1) * total) / share.scale) - 1;
  return [low, high];
}

/** Whether the printed shares can sum to 100 at all, whatever the total. */
function canSumTo100(shares: Share[]): boolean {
  const low = shares.reduce((sum, s) => sum + (2 * s.units - 1) / s.scale, 0);
  const high = shares.reduce((sum, s) => sum + (2 * s.units + 1) / s.scale, 0);
  return low <= 1 + 1e-12 && high > 1 - 1e-12;
}

/**
 * The smallest total N, and whole counts summing to N, whose percentages round to the
 * printed ones; `null` when no N up to `maxTotal` works (always the case when the printed
 * shares cannot sum to 100 within rounding). Where more than one split fits N, earlier
 * shares get the extra hits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(minimalHits(["50.0", "50.0"]), { total: 2, counts: [1, 1] });
 * assert.deepEqual(minimalHits(["33.3", "33.3", "33.3"]), { total: 3, counts: [1, 1, 1] });
 * assert.deepEqual(minimalHits(["6.0", "2.0", "58.0", "34.0"]), { total: 50, counts: [3, 1, 29, 17] });
 * assert.equal(minimalHits(["24.2", "17.6", "13.2", "46.3"]), null); // sums to 101.3
 * ```
 */
export function minimalHits(
  printed: readonly string[],
  options: MinimalHitsOptions = {},
): HitCounts | null {
  const { maxTotal } = optionsSchema.parse(options);
  const shares = parseShares(printed);
  if (!canSumTo100(shares)) return null;
  for (let total = 1; total <= maxTotal; total++) {
    const counts = fit(shares, total);
    if (counts !== null) return { total, counts };
  }
  return null;
}

function fit(shares: Share[], total: number): number[] | null {
  const ranges = shares.map((s) => countRange(s, total));
  if (ranges.some(([low, high]) => low > high)) return null;
  const lowSum = ranges.reduce((sum, [low]) => sum + low, 0);
  const highSum = ranges.reduce((sum, [, high]) => sum + high, 0);
  if (lowSum > total || highSum < total) return null;
  let rest = total - lowSum;
  return ranges.map(([low, high]) => {
    const extra = Math.min(rest, high - low);
    rest -= extra;
    return low + extra;
  });
}

/** A fit in which one share is left free: it takes whatever hits the others leave. */
export interface FreeShareFit extends HitCounts {
  /** Index of the share left free. */
  free: number;
  /** The free share as it would be printed with the same decimals. */
  freeShare: string;
}

/**
 * The smallest total N for which every printed share except the one at `free` fits whole
 * counts, the free one taking the remaining hits (at least 0). Used to suggest which value
 * of an inconsistent row is misprinted and what it would have been.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Hoorn in Bijlage G sums to 101.3; with SR left free, 91 hits fit PA, NPM and NPG:
 * const fit = minimalHitsWithFreeShare(["24.2", "17.6", "13.2", "46.3"], 3);
 * assert.deepEqual(fit, { total: 91, counts: [22, 16, 12, 41], free: 3, freeShare: "45.1" });
 * ```
 */
export function minimalHitsWithFreeShare(
  printed: readonly string[],
  free: number,
  options: MinimalHitsOptions = {},
): FreeShareFit | null {
  const { maxTotal } = optionsSchema.parse(options);
  const shares = parseShares(printed);
  const decimals = decimalsOf(printed[free]);
  const fixed = shares.filter((_, i) => i !== free);
  for (let total = 1; total <= maxTotal; total++) {
    const ranges = fixed.map((s) => countRange(s, total));
    if (ranges.some(([low, high]) => low > high)) continue;
    const lowSum = ranges.reduce((sum, [low]) => sum + low, 0);
    if (lowSum > total) continue;
    const counts = ranges.map(([low]) => low);
    const remaining = total - lowSum;
    counts.splice(free, 0, remaining);
    return {
      total,
      counts,
      free,
      freeShare: formatFixed((100 * remaining) / total, decimals),
    };
  }
  return null;
}

/** One row of `outputs/tables/minimal-hits.csv`. */
export interface MinimalHitsRow {
  municipality: string;
  /** Smallest total, or `null` when none exists. */
  N: number | null;
  n_PA: number | null;
  n_NPM: number | null;
  n_NPG: number | null;
  n_SR: number | null;
  note: string;
}

/** Columns of `outputs/tables/minimal-hits.csv`. */
export const MINIMAL_HITS_COLUMNS = [
  "municipality",
  "N",
  "n_PA",
  "n_NPM",
  "n_NPG",
  "n_SR",
  "note",
] as const;

/**
 * {@linkcode minimalHits} for every municipality of a score table, using the shares as
 * printed when the table has them (Bijlage G) and otherwise the shares written with one
 * decimal. A row without a solution says why and, where one share left free gives a
 * solution, which value that would be.
 */
export function minimalHitsTable(
  scores: ScoreTable,
  options: MinimalHitsOptions = {},
): MinimalHitsRow[] {
  return scores.rows.map((row) => {
    const printed = PERSPECTIVES.map((p) =>
      scores.meta.printed?.[row.municipality]?.[p] ?? formatFixed(row[p], 1)
    );
    const hits = minimalHits(printed, options);
    if (hits !== null) {
      const [n_PA, n_NPM, n_NPG, n_SR] = hits.counts;
      return { municipality: row.municipality, N: hits.total, n_PA, n_NPM, n_NPG, n_SR, note: "" };
    }
    return {
      municipality: row.municipality,
      N: null,
      n_PA: null,
      n_NPM: null,
      n_NPG: null,
      n_SR: null,
      note: explainNoFit(printed, options),
    };
  });
}

/**
 * Why printed shares fit no whole counts, with the smallest fit that leaves one share
 * free (the likeliest misprint), e.g. for Hoorn: `printed shares sum to 101.3; …`.
 */
export function explainNoFit(printed: readonly string[], options: MinimalHitsOptions = {}): string {
  const sum = printed.reduce((total, text) => total + Number(text), 0);
  const decimals = Math.max(...printed.map(decimalsOf));
  const fits = printed.map((_, i) => minimalHitsWithFreeShare(printed, i, options))
    .filter((f): f is FreeShareFit => f !== null)
    .sort((a, b) => a.total - b.total || a.free - b.free);
  const head = `no whole counts fit: the printed shares sum to ${formatFixed(sum, decimals)}`;
  const best = fits[0];
  if (best === undefined) return head;
  const label = (i: number) => PERSPECTIVES[i] ?? `share ${i + 1}`;
  const others = best.counts.map((count, i) => i === best.free ? "" : `${count} ${label(i)}`)
    .filter((s) => s !== "");
  const alternatives = fits.slice(1).map((f) => `${label(f.free)} ${f.total}`);
  return `${head}; likely cause: one share misprinted. Leaving ${label(best.free)} free ` +
    `gives the smallest fit: ${best.total} hits (${others.join(", ")}), which would make ` +
    `${label(best.free)} ${best.freeShare} instead of ${printed[best.free]}` +
    (alternatives.length > 0
      ? ` (leaving another share free needs more hits: ${alternatives.join(", ")})`
      : "");
}
