/**
 * The compositional view. The four shares of a plan sum to 100, so they are not four
 * free numbers: when one goes up, others must go down, and arithmetic means and
 * rank tests on raw shares can show differences that are artefacts of that constraint
 * (Aitchison 1986, *The Statistical Analysis of Compositional Data*). The standard
 * remedy is to analyse log-ratios.
 *
 * - **clr** (centred log-ratio): clr(x)ᵢ = ln(xᵢ / g(x)), with g(x) the geometric mean
 *   of the four shares. A clr coordinate says how far a perspective is above or below
 *   the plan's own (geometric) average, on a log scale.
 * - **Zeros** have no logarithm. A share of 0 is replaced by δ (default 0.5 percentage
 *   point, about one hit in 200) and the other shares are scaled down so the total stays
 *   100: multiplicative replacement (Martín-Fernández, Barceló-Vidal & Pawlowsky-Glahn
 *   2003, *Mathematical Geology* 35, 253-278). The published shares have no zeros; corpus
 *   shares may.
 * - **Centre** of a group: the closed geometric mean, i.e. the shares whose clr is the
 *   group's mean clr, scaled to sum to 100. It plays the role of the arithmetic mean.
 *
 * {@linkcode compareCompositional} repeats the descriptive comparisons of chapter 6 in
 * these terms and says where a conclusion changes.
 *
 * @module
 */
import { meanSimple } from "simple-statistics";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import { formatFixed, GROUP_ORDER, type ScoreRow, type ScoreTable } from "../stats/mod.ts";
import { type GroupTestRow, TESTED_GROUPINGS, type TestedGrouping } from "./group_differences.ts";

/** Options of the compositional functions. */
export interface CompositionalOptions {
  /** Replacement value for a zero share, in percentage points. Default: 0.5. */
  delta?: number;
}

/** Default δ for zero shares (percentage points). */
export const DEFAULT_DELTA = 0.5;

/**
 * Scale positive parts to sum to `total` (default 100).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(closure([1, 1, 2]), [25, 25, 50]);
 * ```
 */
export function closure(parts: readonly number[], total = 100): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  return parts.map((x) => (x * total) / sum);
}

/**
 * Multiplicative replacement of zeros: zeros become `delta`, the other shares are
 * multiplied by (100 − δ·zeros)/100. The shares are closed to 100 first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // one zero: 0 → 0.5, and 40, 60 → 40·0.995, 60·0.995
 * assert.deepEqual(multiplicativeReplacement([0, 40, 60]), [0.5, 39.8, 59.7]);
 * assert.deepEqual(multiplicativeReplacement([50, 50]), [50, 50]);
 * ```
 */
export function multiplicativeReplacement(
  shares: readonly number[],
  delta = DEFAULT_DELTA,
): number[] {
  const closed = closure(shares);
  const zeros = closed.filter((x) => x === 0).length;
  if (zeros === 0) return closed;
  if (!(delta > 0) || delta * zeros >= 100) {
    throw new RangeError(`delta must be > 0 and leave room for the other shares, got ${delta}`);
  }
  const factor = (100 - delta * zeros) / 100;
  return closed.map((x) => x === 0 ? delta : x * factor);
}

/**
 * Centred log-ratio coordinates of positive parts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // geometric mean of 1, 2, 4 is 2: ln(1/2), ln(1), ln(2)
 * assert.deepEqual(clr([1, 2, 4]).map((x) => +x.toFixed(12)), [-0.693147180560, 0, 0.693147180560]);
 * ```
 */
export function clr(parts: readonly number[]): number[] {
  if (parts.some((x) => !(x > 0))) {
    throw new RangeError("clr needs positive parts; replace zeros first");
  }
  const logs = parts.map(Math.log);
  const centre = meanSimple(logs);
  return logs.map((l) => l - centre);
}

/**
 * The inverse of {@linkcode clr}, closed to 100.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(clrInverse(clr([10, 20, 30, 40])).map((x) => +x.toFixed(9)), [10, 20, 30, 40]);
 * ```
 */
export function clrInverse(coordinates: readonly number[]): number[] {
  return closure(coordinates.map(Math.exp));
}

/** A score table whose PA…SR values are clr coordinates (zeros replaced first). */
export function clrTable(scores: ScoreTable, options: CompositionalOptions = {}): ScoreTable {
  const delta = options.delta ?? DEFAULT_DELTA;
  return {
    rows: scores.rows.map((row) => {
      const coordinates = clr(multiplicativeReplacement(PERSPECTIVES.map((p) => row[p]), delta));
      return {
        ...row,
        PA: coordinates[0],
        NPM: coordinates[1],
        NPG: coordinates[2],
        SR: coordinates[3],
      };
    }),
    meta: { ...scores.meta, description: `${scores.meta.description}, as clr coordinates` },
  };
}

/**
 * The compositional centre of rows (closed geometric mean, in %), perspectives in
 * PA, NPM, NPG, SR order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = (PA: number, NPM: number, NPG: number, SR: number) =>
 *   ({ municipality: "x", size_class: "G4", region: "west", PA, NPM, NPG, SR }) as const;
 * // part by part the geometric means are 20, 20, 30 and 20; closed to 100:
 * const centre = compositionalCentre([row(10, 20, 30, 40), row(40, 20, 30, 10)]);
 * assert.deepEqual(centre.map((x) => +x.toFixed(6)), [22.222222, 22.222222, 33.333333, 22.222222]);
 * ```
 */
export function compositionalCentre(
  rows: readonly ScoreRow[],
  options: CompositionalOptions = {},
): number[] {
  const delta = options.delta ?? DEFAULT_DELTA;
  const sums = [0, 0, 0, 0];
  for (const row of rows) {
    clr(multiplicativeReplacement(PERSPECTIVES.map((p) => row[p]), delta))
      .forEach((c, i) => sums[i] += c);
  }
  return clrInverse(sums.map((s) => s / rows.length));
}

/** Number of zero shares in a table (the ones that get δ). */
export function countZeros(scores: ScoreTable): number {
  return scores.rows.reduce((n, row) => n + PERSPECTIVES.filter((p) => row[p] === 0).length, 0);
}

/** `higher`, `lower` or `about the same` (within the tolerance) as all municipalities. */
export type Direction = "higher" | "lower" | "about the same";

/** A group's deviation from all municipalities on one perspective, both ways. */
export interface DirectionRow {
  grouping: TestedGrouping;
  group: string;
  perspective: Perspective;
  /** Group mean − overall mean (pp). */
  arithmetic: number;
  /** Group centre − overall centre (pp). */
  compositional: number;
  arithmetic_direction: Direction;
  compositional_direction: Direction;
  /**
   * `none` (same direction), `shifted` (one view says about the same, the other higher or
   * lower) or `reversed` (higher in one view, lower in the other).
   */
  change: DirectionChange;
}

/** How a group's direction changes between the two views. */
export type DirectionChange = "none" | "shifted" | "reversed";

/** A group test on shares and on clr coordinates. */
export interface TestAgreementRow {
  grouping: TestedGrouping;
  perspective: Perspective;
  /** Permutation p (Holm-adjusted) on shares and on clr coordinates. */
  p_shares: number;
  p_clr: number;
  agree: boolean;
}

/** The comparison of {@linkcode compareCompositional}. */
export interface CompositionalComparison {
  /** Perspectives from most to least present: arithmetic means, and centre. */
  order_arithmetic: Perspective[];
  order_compositional: Perspective[];
  overall_arithmetic: number[];
  overall_compositional: number[];
  directions: DirectionRow[];
  tests: TestAgreementRow[];
  /** Zero shares replaced, and δ. */
  zeros: number;
  delta: number;
  /** Tolerance (pp) below which a difference counts as "about the same". */
  tolerance: number;
  alpha: number;
}

/** Options of {@linkcode compareCompositional}. */
export interface CompareCompositionalOptions extends CompositionalOptions {
  /** Differences within ± this many pp count as "about the same". Default: 0.5. */
  tolerance?: number;
  /** Level at which a (Holm-adjusted) test counts as significant. Default: 0.05. */
  alpha?: number;
}

/**
 * Chapter 6's comparisons in both views: the order of the perspectives (arithmetic
 * means vs the compositional centre), every group's direction of deviation per
 * perspective (mean vs centre, each against the same statistic for all
 * municipalities), and the group tests (permutation p, Holm-adjusted, on shares vs on
 * clr coordinates, significant or not at `alpha`).
 */
export function compareCompositional(
  scores: ScoreTable,
  shareTests: readonly GroupTestRow[],
  clrTests: readonly GroupTestRow[],
  options: CompareCompositionalOptions = {},
): CompositionalComparison {
  const delta = options.delta ?? DEFAULT_DELTA;
  const tolerance = options.tolerance ?? 0.5;
  const alpha = options.alpha ?? 0.05;
  const arithmeticOf = (rows: readonly ScoreRow[]) =>
    PERSPECTIVES.map((p) => meanSimple(rows.map((r) => r[p])));
  const overallA = arithmeticOf(scores.rows);
  const overallC = compositionalCentre(scores.rows, { delta });
  const order = (values: number[]) =>
    PERSPECTIVES.map((p, i) => ({ p, v: values[i] })).sort((a, b) => b.v - a.v).map((x) => x.p);
  const direction = (d: number): Direction =>
    d > tolerance ? "higher" : d < -tolerance ? "lower" : "about the same";

  const directions: DirectionRow[] = [];
  for (const grouping of TESTED_GROUPINGS) {
    for (const group of GROUP_ORDER[grouping]) {
      const rows = scores.rows.filter((r) => r[grouping] === group);
      if (rows.length === 0) continue;
      const a = arithmeticOf(rows);
      const c = compositionalCentre(rows, { delta });
      PERSPECTIVES.forEach((perspective, i) => {
        const arithmetic = a[i] - overallA[i];
        const compositional = c[i] - overallC[i];
        const ad = direction(arithmetic);
        const cd = direction(compositional);
        directions.push({
          grouping,
          group,
          perspective,
          arithmetic,
          compositional,
          arithmetic_direction: ad,
          compositional_direction: cd,
          change: ad === cd
            ? "none"
            : ad === "about the same" || cd === "about the same"
            ? "shifted"
            : "reversed",
        });
      });
    }
  }
  const tests = shareTests.map((t) => {
    const c = clrTests.find((x) => x.grouping === t.grouping && x.perspective === t.perspective);
    const pClr = c?.p_perm_holm ?? NaN;
    return {
      grouping: t.grouping,
      perspective: t.perspective,
      p_shares: t.p_perm_holm,
      p_clr: pClr,
      agree: (t.p_perm_holm < alpha) === (pClr < alpha),
    };
  });
  return {
    order_arithmetic: order(overallA),
    order_compositional: order(overallC),
    overall_arithmetic: overallA,
    overall_compositional: overallC,
    directions,
    tests,
    zeros: countZeros(scores),
    delta,
    tolerance,
    alpha,
  };
}

/** Columns of `robustness-compositional.csv`. */
export const DIRECTION_COLUMNS = [
  "grouping",
  "group",
  "perspective",
  "arithmetic",
  "compositional",
  "arithmetic_direction",
  "compositional_direction",
  "change",
] as const;

/** Direction rows for `writeTable` (differences in pp with 1 decimal). */
export function directionTableRows(rows: readonly DirectionRow[]): Record<string, string>[] {
  return rows.map((r) => ({
    grouping: r.grouping,
    group: r.group,
    perspective: r.perspective,
    arithmetic: formatFixed(r.arithmetic, 1),
    compositional: formatFixed(r.compositional, 1),
    arithmetic_direction: r.arithmetic_direction,
    compositional_direction: r.compositional_direction,
    change: r.change,
  }));
}

/** The overall order and shares of both views, as two display rows (shares in %). */
export function compositionalOverallRows(
  c: CompositionalComparison,
): Record<string, string | number>[] {
  const row = (view: string, order: Perspective[], values: number[]) => ({
    view,
    order: order.join(" > "),
    ...Object.fromEntries(PERSPECTIVES.map((p, i) => [p, values[i]])),
  });
  return [
    row("arithmetic means", c.order_arithmetic, c.overall_arithmetic),
    row("compositional centre", c.order_compositional, c.overall_compositional),
  ];
}

/** The test comparison as display rows (p with 3 decimals). */
export function testAgreementTableRows(
  rows: readonly TestAgreementRow[],
): Record<string, string>[] {
  return rows.map((t) => ({
    grouping: t.grouping,
    perspective: t.perspective,
    p_shares: formatFixed(t.p_shares, 3),
    p_clr: formatFixed(t.p_clr, 3),
    same_outcome: t.agree ? "yes" : "no",
  }));
}
