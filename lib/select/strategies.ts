/**
 * Case selection as a methods toolbox: the strategies of the literature, each a function
 * of the score table (its shares and its two groupings, size class and region), each
 * returning its picks as {@linkcode StrategyPick}s with a one-line reason.
 *
 * - Seawright & Gerring (2008): extreme ({@linkcode extremeCases}), typical
 *   ({@linkcode typicalCases}, in shares or, given a clr table, in the compositional
 *   view), diverse ({@linkcode diverseCases} over the range of each perspective,
 *   {@linkcode diverseByGroup} one per size class × region cell), deviant and influential
 *   ({@linkcode modelCases}), most similar and most different ({@linkcode pairCases}).
 * - Lieberman (2005), nested analysis, and Rohlfing & Starke (2013): the model is a
 *   regression of each perspective's share on dummy-coded size class and region
 *   ({@linkcode regressionDiagnostics}); a case on the line (smallest residual, inside
 *   its 95 % prediction interval) is typical for model testing, one off the line
 *   (largest studentized residual; outside the interval, if any is) is deviant, for
 *   model building.
 *
 * The study's own rule and its published selection (`selectCases`) enter as two more
 * strategies ({@linkcode studyPicks}). Ties are broken by name (Dutch alphabetical order).
 *
 * @module
 */
import jStat from "jstat";
import { Matrix, pseudoInverse } from "ml-matrix";
import { median } from "simple-statistics";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import {
  compareNames,
  formatFixed,
  meanProfile,
  type ScoreRow,
  type ScoreTable,
} from "../stats/mod.ts";
import { profileDistance } from "./distance.ts";

// jstat's own typings miss the distributions it exports; this is the one used here.
const studentT = (jStat as unknown as { studentt: { inv(p: number, df: number): number } })
  .studentt;
import type { SelectedCase } from "./select_cases.ts";

/** One case picked by one strategy for one role. */
export interface StrategyPick {
  strategy: string;
  role: string;
  document: string;
  /** The number the pick rests on (a share, a distance, a residual, …; see `reason`). */
  score: number;
  reason: string;
}

/** The row with the smallest `key` (ties: first name in Dutch alphabetical order). */
function argBest<T extends { municipality: string }>(rows: readonly T[], key: (r: T) => number): T {
  return [...rows].sort((a, b) =>
    key(a) - key(b) || compareNames(a.municipality, b.municipality)
  )[0];
}

/**
 * Extreme cases: the highest and the lowest share on each perspective.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const scores = scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: 40, NPM: 30, NPG: 20, SR: 10 },
 *   { municipality: "B", size_class: "G4", region: "west", PA: 10, NPM: 20, NPG: 30, SR: 40 },
 * ]);
 * const picks = extremeCases(scores);
 * assert.deepEqual(picks.slice(0, 2).map((p) => [p.role, p.document]), [["PA highest", "A"], ["PA lowest", "B"]]);
 * ```
 */
export function extremeCases(scores: ScoreTable): StrategyPick[] {
  if (scores.rows.length === 0) return [];
  return PERSPECTIVES.flatMap((p) => {
    const high = argBest(scores.rows, (r) => -r[p]);
    const low = argBest(scores.rows, (r) => r[p]);
    return [
      {
        strategy: "extreme",
        role: `${p} highest`,
        document: high.municipality,
        score: high[p],
        reason: `highest ${p} share of ${scores.rows.length}`,
      },
      {
        strategy: "extreme",
        role: `${p} lowest`,
        document: low.municipality,
        score: low[p],
        reason: `lowest ${p} share of ${scores.rows.length}`,
      },
    ];
  });
}

/** Options of {@linkcode typicalCases}. */
export interface TypicalOptions {
  /** Name of the strategy in the picks. Default: `"typical"`. */
  strategy?: string;
  /** What the four columns are, for the reason. Default: `"shares, Euclidean distance in pp"`. */
  view?: string;
}

/**
 * The typical case: the document closest (Euclidean) to the mean of the four columns. On
 * a clr table (`clrTable` of lib/robustness) the mean is the clr of the geometric-mean
 * composition and the distance is the Aitchison distance: the compositional view.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const row = (municipality: string, PA: number, NPM: number) =>
 *   ({ municipality, size_class: "G4", region: "west", PA, NPM, NPG: 0, SR: 0 }) as const;
 * // Mean (40, 60); A is 20·√2 ≈ 28.28 away, B 10·√2 ≈ 14.14, C 10·√2: B first by name.
 * const [pick] = typicalCases(scoreTableFromRows([row("A", 20, 80), row("C", 50, 50), row("B", 50, 50)]));
 * assert.equal(pick.document, "B");
 * assert.equal(pick.score.toFixed(4), "14.1421");
 * ```
 */
export function typicalCases(scores: ScoreTable, options: TypicalOptions = {}): StrategyPick[] {
  if (scores.rows.length === 0) return [];
  const strategy = options.strategy ?? "typical";
  const view = options.view ?? "shares, Euclidean distance in pp";
  const mean = meanProfile(scores);
  const best = argBest(scores.rows, (r) => profileDistance(r, mean, "euclidean"));
  const distance = profileDistance(best, mean, "euclidean");
  return [{
    strategy,
    role: "typical",
    document: best.municipality,
    score: distance,
    reason: `closest of ${scores.rows.length} to the mean profile (${view}: ${
      formatFixed(distance, 2)
    })`,
  }];
}

/**
 * Diverse cases over the range of each perspective: its lowest, its middle (closest to
 * the median) and its highest share.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const row = (municipality: string, PA: number) =>
 *   ({ municipality, size_class: "G4", region: "west", PA, NPM: 100 - PA, NPG: 0, SR: 0 }) as const;
 * // PA 10, 30, 35, 90: median 32.5; 30 and 35 are both 2.5 away, B before C.
 * const picks = diverseCases(scoreTableFromRows([row("A", 10), row("C", 35), row("B", 30), row("D", 90)]));
 * assert.deepEqual(picks.slice(0, 3).map((p) => p.document), ["A", "B", "D"]);
 * ```
 */
export function diverseCases(scores: ScoreTable): StrategyPick[] {
  if (scores.rows.length === 0) return [];
  return PERSPECTIVES.flatMap((p) => {
    const middle = median(scores.rows.map((r) => r[p]));
    const picks: [string, ScoreRow, string][] = [
      ["low", argBest(scores.rows, (r) => r[p]), `lowest ${p} share`],
      [
        "middle",
        argBest(scores.rows, (r) => Math.abs(r[p] - middle)),
        `${p} share closest to the median (${formatFixed(middle, 1)})`,
      ],
      ["high", argBest(scores.rows, (r) => -r[p]), `highest ${p} share`],
    ];
    return picks.map(([role, row, reason]) => ({
      strategy: "diverse (range)",
      role: `${p} ${role}`,
      document: row.municipality,
      score: row[p],
      reason,
    }));
  });
}

/**
 * Diverse cases over the groupings: in each size class × region cell that has documents,
 * the one closest to the cell's mean profile.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const picks = diverseByGroup(scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: 25, NPM: 25, NPG: 25, SR: 25 },
 *   { municipality: "B", size_class: "100.000+", region: "oost", PA: 25, NPM: 25, NPG: 25, SR: 25 },
 * ]));
 * assert.deepEqual(picks.map((p) => [p.role, p.document]), [["100.000+ oost", "B"], ["G4 west", "A"]]);
 * ```
 */
export function diverseByGroup(scores: ScoreTable): StrategyPick[] {
  const cells = new Map<string, ScoreRow[]>();
  for (const row of scores.rows) {
    const key = `${row.size_class} ${row.region}`;
    cells.set(key, [...(cells.get(key) ?? []), row]);
  }
  return [...cells].sort(([a], [b]) => compareNames(a, b)).map(([cell, rows]) => {
    const [pick] = typicalCases({ rows, meta: scores.meta });
    return {
      ...pick,
      strategy: "diverse (groups)",
      role: cell,
      reason: `closest of ${rows.length} in ${cell} to their mean profile (${
        formatFixed(pick.score, 2)
      } pp)`,
    };
  });
}

/** One document in the regression of one perspective's share on the groupings. */
export interface RegressionCase {
  document: string;
  observed: number;
  fitted: number;
  residual: number;
  /** Diagonal of the hat matrix. */
  leverage: number;
  /** Internally studentized residual, residual / (s·√(1 − leverage)); 0 when leverage is 1. */
  studentized: number;
  /** Cook's distance; 0 when leverage is 1. */
  cooks: number;
  /** 95 % prediction interval for a new document with the same groupings. */
  lower: number;
  upper: number;
}

/** The fit of {@linkcode regressionDiagnostics}. */
export interface RegressionFit {
  perspective: Perspective;
  /** Rank of the design matrix (intercept plus the dummies that are not collinear). */
  rank: number;
  /** Residual degrees of freedom, n − rank. */
  df: number;
  /** Residual standard deviation. */
  sigma: number;
  cases: RegressionCase[];
}

/**
 * Ordinary least squares of one perspective's share on an intercept and dummies for each
 * size class and region present but the first (reference) one, with residuals, leverage,
 * Cook's distance and 95 % prediction intervals. Collinear dummies (a small corpus where a
 * region holds one size class) are handled through the pseudo-inverse (ml-matrix). `null`
 * when there are no residual degrees of freedom.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const row = (municipality: string, region: "west" | "oost", PA: number) =>
 *   ({ municipality, size_class: "G4", region, PA, NPM: 100 - PA, NPG: 0, SR: 0 }) as const;
 * // By hand: the fit is each region's mean (west 20, oost 50); residuals −10, 10, 0, 0, 0;
 * // leverage 1/2 in west, 1/3 in oost; s² = 200 / 3.
 * const fit = regressionDiagnostics(scoreTableFromRows([
 *   row("A", "west", 10), row("B", "west", 30), row("C", "oost", 50), row("D", "oost", 50), row("E", "oost", 50),
 * ]), "PA")!;
 * assert.equal(fit.df, 3);
 * assert.equal(fit.cases[0].fitted.toFixed(6), "20.000000");
 * assert.equal(fit.cases[0].leverage.toFixed(6), "0.500000");
 * ```
 */
export function regressionDiagnostics(
  scores: ScoreTable,
  perspective: Perspective,
): RegressionFit | null {
  const rows = scores.rows;
  if (rows.length === 0) return null;
  const levels = (key: "size_class" | "region") =>
    [...new Set(rows.map((r) => r[key]))].sort(compareNames).slice(1);
  const sizes = levels("size_class");
  const regions = levels("region");
  const X = new Matrix(rows.map((r) => [
    1,
    ...sizes.map((s) => (r.size_class === s ? 1 : 0)),
    ...regions.map((g) => (r.region === g ? 1 : 0)),
  ]));
  const y = Matrix.columnVector(rows.map((r) => r[perspective]));
  const pinv = pseudoInverse(X);
  const hat = X.mmul(pinv);
  const fitted = hat.mmul(y).getColumn(0);
  const leverage = rows.map((_, i) => hat.get(i, i));
  const rank = Math.round(leverage.reduce((a, b) => a + b, 0));
  const df = rows.length - rank;
  if (df <= 0) return null;
  const residual = rows.map((r, i) => r[perspective] - fitted[i]);
  const sigma = Math.sqrt(residual.reduce((a, e) => a + e * e, 0) / df);
  const t = studentT.inv(0.975, df);
  const cases = rows.map((r, i) => {
    const h = leverage[i];
    const free = 1 - h > 1e-9 && sigma > 0;
    const studentized = free ? residual[i] / (sigma * Math.sqrt(1 - h)) : 0;
    const half = t * sigma * Math.sqrt(1 + h);
    return {
      document: r.municipality,
      observed: r[perspective],
      fitted: fitted[i],
      residual: residual[i],
      leverage: h,
      studentized,
      cooks: free ? (studentized ** 2 * h) / (rank * (1 - h)) : 0,
      lower: fitted[i] - half,
      upper: fitted[i] + half,
    };
  });
  return { perspective, rank, df, sigma, cases };
}

/**
 * Typical, deviant and influential cases by model, per perspective (see the module doc):
 * typical = smallest absolute residual inside the prediction interval; deviant = largest
 * absolute studentized residual; influential = largest Cook's distance. Nothing for a
 * perspective whose model has no residual degrees of freedom.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const row = (municipality: string, region: "west" | "oost", PA: number) =>
 *   ({ municipality, size_class: "G4", region, PA, NPM: 100 - PA, NPG: 0, SR: 0 }) as const;
 * const picks = modelCases(scoreTableFromRows([
 *   row("A", "west", 10), row("B", "west", 30), row("C", "oost", 50), row("D", "oost", 50), row("E", "oost", 50),
 * ])).filter((p) => p.role === "PA");
 * // Residuals −10, 10, 0, 0, 0: C is the first on the line; A and B are equally far off.
 * assert.deepEqual(picks.map((p) => [p.strategy, p.document]), [["typical (model)", "C"], ["deviant", "A"], ["influential", "A"]]);
 * ```
 */
export function modelCases(scores: ScoreTable): StrategyPick[] {
  return PERSPECTIVES.flatMap((p) => {
    const fit = regressionDiagnostics(scores, p);
    if (fit === null) return [];
    const cases = fit.cases.map((c) => ({ ...c, municipality: c.document }));
    const inside = (c: RegressionCase) => c.observed >= c.lower && c.observed <= c.upper;
    const outside = cases.filter((c) => !inside(c)).length;
    const typical = argBest(cases.filter(inside), (c) => Math.abs(c.residual));
    const deviant = argBest(cases, (c) => -Math.abs(c.studentized));
    const influential = argBest(cases, (c) => -c.cooks);
    const interval = (c: RegressionCase) =>
      `95 % PI ${formatFixed(c.lower, 1)} to ${formatFixed(c.upper, 1)}`;
    return [
      {
        strategy: "typical (model)",
        role: p,
        document: typical.document,
        score: typical.residual,
        reason: `${p} ${formatFixed(typical.observed, 1)} against ${
          formatFixed(typical.fitted, 1)
        } expected from size class and region: smallest residual (${interval(typical)})`,
      },
      {
        strategy: "deviant",
        role: p,
        document: deviant.document,
        score: deviant.studentized,
        reason: `${p} ${formatFixed(deviant.observed, 1)} against ${
          formatFixed(deviant.fitted, 1)
        } expected: largest studentized residual, ${inside(deviant) ? "inside" : "outside"} its ${
          interval(deviant)
        } (${outside} of ${cases.length} outside)`,
      },
      {
        strategy: "influential",
        role: p,
        document: influential.document,
        score: influential.cooks,
        reason: `largest Cook's distance in the ${p} model (leverage ${
          formatFixed(influential.leverage, 2)
        }, studentized residual ${formatFixed(influential.studentized, 2)})`,
      },
    ];
  });
}

/**
 * Most similar and most different pairs (Seawright & Gerring): most similar = two documents
 * alike on both groupings (same size class and region) whose profiles lie farthest apart;
 * most different = two documents differing on both groupings whose profiles lie closest
 * (Euclidean, pp). Each pair gives two picks with the same score. None when no pair fits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const row = (municipality: string, size_class: "G4" | "100.000+", region: "west" | "oost", PA: number) =>
 *   ({ municipality, size_class, region, PA, NPM: 100 - PA, NPG: 0, SR: 0 }) as const;
 * const picks = pairCases(scoreTableFromRows([
 *   row("A", "G4", "west", 10), row("B", "G4", "west", 40), row("C", "G4", "west", 20),
 *   row("D", "100.000+", "oost", 42),
 * ]));
 * // Same cell: A-B 30·√2 apart (the largest); both groupings differ: D with A, B or C, closest B (2·√2).
 * assert.deepEqual(picks.map((p) => [p.strategy, p.document]),
 *   [["most similar", "A"], ["most similar", "B"], ["most different", "B"], ["most different", "D"]]);
 * assert.equal(picks[2].score.toFixed(4), "2.8284");
 * ```
 */
export function pairCases(scores: ScoreTable): StrategyPick[] {
  const rows = [...scores.rows].sort((a, b) => compareNames(a.municipality, b.municipality));
  const pairs: { a: ScoreRow; b: ScoreRow; distance: number; same: boolean; differ: boolean }[] =
    [];
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const [a, b] = [rows[i], rows[j]];
      pairs.push({
        a,
        b,
        distance: profileDistance(a, b, "euclidean"),
        same: a.size_class === b.size_class && a.region === b.region,
        differ: a.size_class !== b.size_class && a.region !== b.region,
      });
    }
  }
  const pick = (strategy: string, candidates: typeof pairs, sign: number, what: string) => {
    if (candidates.length === 0) return [];
    const best = candidates.reduce((x, y) => (sign * (y.distance - x.distance) < 0 ? y : x));
    return [best.a, best.b].map((row, k) => ({
      strategy,
      role: "pair",
      document: row.municipality,
      score: best.distance,
      reason: `with ${(k === 0 ? best.b : best.a).municipality}: ${what}; profiles ${
        formatFixed(best.distance, 1)
      } pp apart, the ${sign > 0 ? "closest" : "farthest"} of ${candidates.length} such pairs`,
    }));
  };
  return [
    ...pick("most similar", pairs.filter((p) => p.same), -1, "same size class and region"),
    ...pick("most different", pairs.filter((p) => p.differ), 1, "different size class and region"),
  ];
}

/** The study's rule (`selectCases` without constraints) and its published selection as picks. */
export function studyPicks(
  rule: readonly SelectedCase[],
  published: readonly SelectedCase[],
): StrategyPick[] {
  const picks = (strategy: string, cases: readonly SelectedCase[]) =>
    cases.map((c) => ({
      strategy,
      role: c.role,
      document: c.municipality,
      score: c.value,
      reason: c.reason,
    }));
  return [...picks("study rule", rule), ...picks("published", published)];
}

/** Options of {@linkcode caseStrategies}. */
export interface CaseStrategiesOptions {
  /** The same table in clr coordinates (`clrTable` of lib/robustness) for the compositional typical case. Default: none. */
  clrScores?: ScoreTable;
}

/** Every strategy's picks on one score table, the study's two selections first. */
export function caseStrategies(
  scores: ScoreTable,
  rule: readonly SelectedCase[],
  published: readonly SelectedCase[],
  options: CaseStrategiesOptions = {},
): StrategyPick[] {
  return [
    ...studyPicks(rule, published),
    ...extremeCases(scores),
    ...typicalCases(scores, { strategy: "typical (shares)" }),
    ...(options.clrScores === undefined ? [] : typicalCases(options.clrScores, {
      strategy: "typical (clr)",
      view: "clr coordinates, Aitchison distance",
    })),
    ...diverseCases(scores),
    ...diverseByGroup(scores),
    ...modelCases(scores),
    ...pairCases(scores),
  ];
}

/** Columns of `outputs/tables/case-strategies.csv`. */
export const CASE_STRATEGY_COLUMNS = ["strategy", "role", "document", "score", "reason"] as const;

/** Picks as rows for `writeTable`, the score with 2 decimals. */
export function caseStrategyTableRows(picks: readonly StrategyPick[]): Record<string, string>[] {
  return picks.map((p) => ({ ...p, score: formatFixed(p.score, 2) }));
}

/** A document on the two axes of the quadrant model (Figure 3.1). */
export interface QuadrantPosition {
  document: string;
  /** Share on the society side minus share on the government side (pp). */
  x: number;
  /** Share on the results side minus share on the preconditions side (pp). */
  y: number;
}

/**
 * Every document on the two axes of the quadrant model of chapter 3, from each
 * perspective's side of each axis (`x_axis`, `y_axis` of `data/perspectives.csv`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const sides = [
 *   { code: "PA", x_axis: "government", y_axis: "preconditions" },
 *   { code: "NPM", x_axis: "government", y_axis: "results" },
 *   { code: "NPG", x_axis: "society", y_axis: "results" },
 *   { code: "SR", x_axis: "society", y_axis: "preconditions" },
 * ] as const;
 * const scores = scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: 40, NPM: 30, NPG: 20, SR: 10 },
 * ]);
 * // x = (20 + 10) − (40 + 30) = −40; y = (30 + 20) − (40 + 10) = 0.
 * assert.deepEqual(quadrantPositions(scores, sides), [{ document: "A", x: -40, y: 0 }]);
 * ```
 */
export function quadrantPositions(
  scores: ScoreTable,
  sides: readonly { code: Perspective; x_axis: string; y_axis: string }[],
): QuadrantPosition[] {
  const sign = (side: string) => (side === "society" || side === "results" ? 1 : -1);
  return scores.rows.map((r) => ({
    document: r.municipality,
    x: sides.reduce((sum, s) => sum + sign(s.x_axis) * r[s.code], 0),
    y: sides.reduce((sum, s) => sum + sign(s.y_axis) * r[s.code], 0),
  }));
}

/** How one strategy's picks relate to a reference selection (e.g. the published five). */
export interface StrategyOverlap {
  strategy: string;
  /** Distinct documents the strategy picks. */
  documents: number;
  /** How many of them are in the reference, and which. */
  shared: number;
  which: string;
}

/**
 * Per strategy (in order of first appearance), how many of its distinct documents are in
 * `reference`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const picks = [
 *   { strategy: "s", role: "a", document: "A", score: 1, reason: "" },
 *   { strategy: "s", role: "b", document: "A", score: 1, reason: "" },
 *   { strategy: "s", role: "c", document: "C", score: 1, reason: "" },
 * ];
 * // Distinct A and C; only A is in the reference.
 * assert.deepEqual(strategyOverlap(picks, ["A", "B"]), [{ strategy: "s", documents: 2, shared: 1, which: "A" }]);
 * ```
 */
export function strategyOverlap(
  picks: readonly StrategyPick[],
  reference: readonly string[],
): StrategyOverlap[] {
  return [...new Set(picks.map((p) => p.strategy))].map((strategy) => {
    const documents = [
      ...new Set(picks.filter((p) => p.strategy === strategy).map((p) => p.document)),
    ];
    const shared = documents.filter((d) => reference.includes(d));
    return {
      strategy,
      documents: documents.length,
      shared: shared.length,
      which: shared.join(", "),
    };
  });
}
