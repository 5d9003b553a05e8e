/**
 * How far an exact share, and an exact group mean, can be from the printed numbers, once
 * every constraint that the printed tables impose is applied, not only the rounding of each
 * number on its own (issue 17):
 *
 * 1. **printed**: each share of Bijlage G lies within half a unit of its last printed digit
 *    (±0.05 for `17.1`, ±0.5 for `27`);
 * 2. **row sum**: a municipality's four exact shares sum to 100 (they are shares of one count
 *    of signal words), so each lies within 100 minus the others' ranges. This pins a share
 *    printed with fewer decimals: Hilversum's SR, printed `27`, is 100 − (29.7 + 13.5 + 29.7)
 *    ± 0.15, so 26.95-27.25, not 26.5-27.5. A row whose printed shares cannot sum to 100 at all
 *    (Hoorn, 101.3) keeps range 1 and is reported as a mismatch of its own;
 * 3. **overall mean**: Figure 6.1 prints the mean over all municipalities; the exact mean must
 *    round to it, which bounds the sum over any group by the sum over the others.
 *
 * The bounds of a mean are exact for these constraints: the rows are independent given 1 and
 * 2, so the range of a group's sum is the sum of its rows' ranges, and 3 cuts that range by
 * one interval.
 *
 * @module
 */
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import { decimalsOf, halfUnit, type ScoreRow, type ScoreTable } from "../stats/mod.ts";

/** A closed interval. */
export interface Interval {
  lo: number;
  hi: number;
}

/** The range of one exact share: from its printed value alone, and with its row's sum. */
export interface ShareRange {
  printed: Interval;
  withRowSum: Interval;
}

/** The ranges of every share of a score table, by municipality and perspective. */
export type ShareRanges = Map<string, Record<Perspective, ShareRange>>;

/** Can the row's printed shares sum to 100 at all? (If not, its row sum is not applied.) */
export function rowFeasible(row: Record<Perspective, ShareRange>): boolean {
  return PERSPECTIVES.every((p) => row[p].withRowSum.lo <= row[p].withRowSum.hi);
}

/** Municipalities whose printed shares cannot sum to 100 (their row sum is not applied). */
export function infeasibleRows(ranges: ShareRanges): string[] {
  return [...ranges].filter(([, r]) => !rowFeasible(r)).map(([m]) => m);
}

/**
 * The range of every share (constraints 1 and 2 of the module doc). Computed shares (a
 * corpus run, no printed text) are exact: their range is the value itself.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = { municipality: "Hilversum", size_class: "100.000-" as const, region: "west" as const,
 *   PA: 29.7, NPM: 13.5, NPG: 29.7, SR: 27 };
 * const ranges = shareRanges({ rows: [row], meta: { source: "published", description: "", files: [],
 *   settings: {}, printed: { Hilversum: { PA: "29.7", NPM: "13.5", NPG: "29.7", SR: "27" } } } });
 * const sr = ranges.get("Hilversum")!.SR;
 * // By hand: 100 - (29.7 + 13.5 + 29.7) = 27.1, and the three others move ±0.05 each.
 * assert.deepEqual([sr.printed.lo, sr.printed.hi], [26.5, 27.5]);
 * assert.deepEqual([sr.withRowSum.lo.toFixed(2), sr.withRowSum.hi.toFixed(2)], ["26.95", "27.25"]);
 * ```
 */
export function shareRanges(scores: ScoreTable): ShareRanges {
  const out: ShareRanges = new Map();
  for (const row of scores.rows) {
    const printedText = scores.meta.printed?.[row.municipality];
    const box = Object.fromEntries(PERSPECTIVES.map((p) => {
      const h = printedText === undefined ? 0 : halfUnit(decimalsOf(printedText[p]));
      return [p, { lo: row[p] - h, hi: row[p] + h }];
    })) as Record<Perspective, Interval>;
    const sumLo = PERSPECTIVES.reduce((s, p) => s + box[p].lo, 0);
    const sumHi = PERSPECTIVES.reduce((s, p) => s + box[p].hi, 0);
    const ranges = Object.fromEntries(PERSPECTIVES.map((p) => {
      // 100 minus the others' largest and smallest sums.
      const lo = Math.max(box[p].lo, 100 - (sumHi - box[p].hi));
      const hi = Math.min(box[p].hi, 100 - (sumLo - box[p].lo));
      return [p, { printed: box[p], withRowSum: { lo, hi } }];
    })) as Record<Perspective, ShareRange>;
    out.set(row.municipality, ranges);
  }
  return out;
}

/** The range of a group's exact mean under each added constraint (see the module doc). */
export interface MeanRanges {
  printed: Interval;
  withRowSums: Interval;
  withOverallMean: Interval;
}

/**
 * The range of the exact mean of `perspective` over `members`. `overall` is Figure 6.1's
 * printed mean of that perspective (text, e.g. `"20.7"`), applied when the group is not all
 * municipalities; rows that cannot sum to 100 keep their printed range.
 */
export function meanRanges(
  scores: ScoreTable,
  ranges: ShareRanges,
  members: readonly ScoreRow[],
  perspective: Perspective,
  overall?: string,
): MeanRanges {
  const n = members.length;
  const rowRange = (m: ScoreRow) => {
    const row = ranges.get(m.municipality)!;
    return rowFeasible(row) ? row[perspective].withRowSum : row[perspective].printed;
  };
  const sum = (rows: readonly ScoreRow[], pick: (m: ScoreRow) => Interval) =>
    rows.reduce((s, m) => ({ lo: s.lo + pick(m).lo, hi: s.hi + pick(m).hi }), { lo: 0, hi: 0 });
  const box = sum(members, (m) => ranges.get(m.municipality)![perspective].printed);
  const rows = sum(members, rowRange);
  let pinned = rows;
  if (overall !== undefined && n < scores.rows.length) {
    const names = new Set(members.map((m) => m.municipality));
    const others = sum(scores.rows.filter((m) => !names.has(m.municipality)), rowRange);
    const total = scores.rows.length;
    const h = halfUnit(decimalsOf(overall));
    const lo = Math.max(rows.lo, total * (Number(overall) - h) - others.hi);
    const hi = Math.min(rows.hi, total * (Number(overall) + h) - others.lo);
    if (lo <= hi) pinned = { lo, hi };
  }
  const mean = (s: Interval) => ({ lo: s.lo / n, hi: s.hi / n });
  return { printed: mean(box), withRowSums: mean(rows), withOverallMean: mean(pinned) };
}

/** Can an exact value in `range` print as `text` (rounded half away from zero)? */
export function canPrintAs(range: Interval, text: string): boolean {
  const h = halfUnit(decimalsOf(text));
  const value = Number(text);
  return range.hi >= value - h - 1e-9 && range.lo <= value + h - 1e-9;
}
