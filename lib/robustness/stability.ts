/**
 * How stable are the top-five and bottom-five lists and the case selection when each
 * plan's signal words are drawn again?
 *
 * **Model: a parametric (multinomial) bootstrap.** For each replicate, every
 * municipality's N hits are drawn again from a multinomial distribution with its observed
 * proportions (N and the counts from `hit_counts.ts`: real counts, or the smallest counts
 * that reproduce the printed row). A replicate is the score table of a plan of the same
 * length and the same underlying tendencies whose words happened to fall a little
 * differently. On each replicate the lists are ranked again (`rankExtremes` of
 * lib/stats, ties included) and the chapter-6 rule is applied again (`selectCases` of
 * lib/select): once as the pure rule, once with the practical constraints and at most
 * one case per province.
 *
 * Why not a Dirichlet posterior? With counts as small as the smallest counts are, a
 * Dirichlet posterior under a flat or Jeffreys prior pulls every share toward 25 % and
 * would add a prior to what is meant as a plain "what if the words fell differently"
 * question. The multinomial keeps every replicate centred on the observed shares. (A
 * perspective with 0 hits stays at 0 in every replicate; the study has no such row.)
 *
 * `scale` multiplies every N (keeping the proportions): with `scale: 4` the question is
 * how stable the findings would be if the plans had four times as many signal words as
 * the smallest counts, which shows how much the answer depends on the unknown N.
 *
 * @module
 */
import { z } from "zod";
import { loadPublishedExtremes, type Perspective, PERSPECTIVES } from "../data/mod.ts";
import {
  type Constraint,
  DISTANCES,
  type ProvinceOf,
  type Role,
  ROLES,
  selectCases,
} from "../select/mod.ts";
import {
  compareNames,
  formatFixed,
  type List,
  rankExtremes,
  type ScoreRow,
  type ScoreTable,
} from "../stats/mod.ts";
import type { HitCounts } from "./hit_counts.ts";
import { mulberry32 } from "../io/mod.ts";
import { drawMultinomial } from "./sampling.ts";

/** Options of {@linkcode resampleScoreTables} and {@linkcode stabilityAnalysis}. */
export interface ResampleOptions {
  /** Replicates. Default: 2000. */
  replicates?: number;
  /** Seed of the generator. Default: 2015. */
  seed?: number;
  /** Multiply every N by this whole number. Default: 1 (the counts as they are). */
  scale?: number;
}

const resampleSchema = z.object({
  replicates: z.number().int().min(1).default(2000),
  seed: z.number().int().default(2015),
  scale: z.number().int().min(1).default(1),
});

/**
 * Replicate score tables (see the module doc): same municipalities, size classes and
 * regions, shares recomputed from redrawn hits. Lazy; each replicate is a fresh table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * import { hitCountsFor } from "./hit_counts.ts";
 * const scores = scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: 50, NPM: 50, NPG: 0, SR: 0 },
 * ]);
 * const [first] = [...resampleScoreTables(scores, hitCountsFor(scores), { replicates: 1 })];
 * assert.equal(first.rows[0].PA + first.rows[0].NPM, 100);
 * assert.equal(first.rows[0].NPG, 0);
 * ```
 */
export function* resampleScoreTables(
  scores: ScoreTable,
  hits: readonly HitCounts[],
  options: ResampleOptions = {},
): Generator<ScoreTable> {
  const { replicates, seed, scale } = resampleSchema.parse(options);
  const byName = new Map(hits.map((h) => [h.municipality, h]));
  const plans = scores.rows.map((row) => {
    const h = byName.get(row.municipality);
    if (h === undefined) throw new Error(`no hit counts for ${row.municipality}`);
    return { row, p: PERSPECTIVES.map((p) => h.counts[p] / h.N), N: h.N * scale };
  });
  const random = mulberry32(seed);
  const meta = {
    ...scores.meta,
    description: `${scores.meta.description}, resampled`,
    printed: undefined,
  };
  for (let r = 0; r < replicates; r++) {
    const rows: ScoreRow[] = plans.map(({ row, p, N }) => {
      const counts = drawMultinomial(p, N, random);
      return {
        municipality: row.municipality,
        size_class: row.size_class,
        region: row.region,
        PA: (100 * counts[0]) / N,
        NPM: (100 * counts[1]) / N,
        NPG: (100 * counts[2]) / N,
        SR: (100 * counts[3]) / N,
      };
    });
    yield { rows, meta };
  }
}

/** A place of a reference list whose membership is tracked. */
export interface ReferencePlace {
  perspective: Perspective;
  list: List;
  rank: string;
  municipality: string;
}

/** Options of {@linkcode stabilityAnalysis}. */
export interface StabilityOptions extends ResampleOptions {
  /** The lists to track (e.g. the printed Figures 6.4-6.7). Default: the lists of `scores` itself. */
  reference?: readonly ReferencePlace[];
  /** Constraints of the constrained selection. Default: none. */
  constraints?: readonly Constraint[];
  /** Most cases per province in the constrained selection. Default: 1. */
  maxPerProvince?: number | null;
  /** Distance for the average role (both selections). Default: `"euclidean"`. */
  distance?: typeof DISTANCES[number];
  /** List length (lists and the average role). Default: 5. */
  listLength?: number;
  /** A municipality outside a reference list is reported when it enters the list at least this often. Default: 0.1. */
  entrantThreshold?: number;
}

const stabilitySchema = z.object({
  reference: z.array(z.object({
    perspective: z.enum(PERSPECTIVES),
    list: z.enum(["top", "bottom"]),
    rank: z.string(),
    municipality: z.string(),
  })).optional(),
  // Constraints are not checked again: a Constraint was validated where it was read
  // (constraintSchema, lib/select/constraints.ts).
  maxPerProvince: z.number().int().min(1).nullable().default(1),
  distance: z.enum(DISTANCES).default("euclidean"),
  listLength: z.number().int().min(1).default(5),
  entrantThreshold: z.number().min(0).max(1).default(0.1),
});

/** How often a municipality is in a list over the replicates. */
export interface MembershipRow {
  perspective: Perspective;
  list: List;
  /** The rank in the reference list, or `""` for a municipality that is not in it. */
  rank: string;
  municipality: string;
  /** Whether it is in the reference list. */
  in_reference: boolean;
  /** Share of replicates (0-1) in which it is in the list (ties across the last place included). */
  frequency: number;
}

/** The two selections. */
export const SELECTIONS = ["rule", "constrained"] as const;
/** `rule` (pure rule) or `constrained` (with constraints and the province limit). */
export type Selection = typeof SELECTIONS[number];

/** How often a municipality gets a role over the replicates. */
export interface SelectionFrequencyRow {
  selection: Selection;
  role: Role;
  municipality: string;
  /** Whether it has this role in the selection on the observed shares. */
  observed: boolean;
  /** Share of replicates (0-1). */
  frequency: number;
}

/** How often the whole selection of the observed shares comes out again. */
export interface SelectionSetRow {
  selection: Selection;
  /** The five municipalities on the observed shares, in role order, joined by `, `. */
  observed: string;
  /** Share of replicates with the same municipality in every role. */
  same_in_every_role: number;
  /** Share of replicates with the same five municipalities, roles aside. */
  same_five: number;
}

/** Ranges (max − min) per perspective: how often the observed widest and narrowest stay so. */
export interface RangeOrderRow {
  /** The perspective with the widest observed range. */
  widest: Perspective;
  widest_frequency: number;
  /** The perspective with the narrowest observed range. */
  narrowest: Perspective;
  narrowest_frequency: number;
}

/** Everything {@linkcode stabilityAnalysis} finds. */
export interface StabilityResult {
  replicates: number;
  seed: number;
  scale: number;
  membership: MembershipRow[];
  selection: SelectionFrequencyRow[];
  sets: SelectionSetRow[];
  ranges: RangeOrderRow;
}

/**
 * Resample (see the module doc) and count, over the replicates: membership of every
 * list, every role of both selections, the whole selections, and which perspective has
 * the widest and the narrowest range. Municipalities without a province in `provinces`
 * are exempt from the province limit (as in `selectCases`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * import { hitCountsFor } from "./hit_counts.ts";
 * const row = (municipality: string, PA: number, NPM: number, NPG: number, SR: number) =>
 *   ({ municipality, size_class: "G4", region: "west", PA, NPM, NPG, SR }) as const;
 * const scores = scoreTableFromRows([
 *   row("A", 70, 10, 10, 10), row("B", 10, 70, 10, 10), row("C", 10, 10, 70, 10),
 *   row("D", 10, 10, 10, 70), row("E", 25, 25, 25, 25), row("F", 20, 30, 20, 30),
 * ]);
 * const counts = new Map(scores.rows.map((r) => [r.municipality, [r.PA, r.NPM, r.NPG, r.SR].map((x) => x * 4)]));
 * const result = stabilityAnalysis(scores, hitCountsFor(scores, { counts }), [], { replicates: 50, listLength: 1 });
 * const paTop = result.membership.find((m) => m.perspective === "PA" && m.list === "top")!;
 * assert.deepEqual([paTop.municipality, paTop.frequency], ["A", 1]);
 * ```
 */
export function stabilityAnalysis(
  scores: ScoreTable,
  hits: readonly HitCounts[],
  provinces: readonly ProvinceOf[],
  options: StabilityOptions = {},
): StabilityResult {
  const { replicates, seed, scale } = resampleSchema.parse(options);
  const o = stabilitySchema.parse(options);
  const reference: ReferencePlace[] = o.reference ??
    PERSPECTIVES.flatMap((p) =>
      rankExtremes(scores, p, { listLength: o.listLength }).map((e) => ({
        perspective: e.perspective,
        list: e.list,
        rank: e.rank,
        municipality: e.municipality,
      }))
    );
  const ruleOptions = { distance: o.distance, listLength: o.listLength };
  const constrainedOptions = {
    ...ruleOptions,
    constraints: options.constraints ?? [],
    maxPerProvince: o.maxPerProvince,
  };
  const observed: Record<Selection, Map<Role, string>> = {
    rule: roleMap(selectCases(scores, provinces, ruleOptions)),
    constrained: roleMap(selectCases(scores, provinces, constrainedOptions)),
  };
  const observedRanges = rangesOf(scores.rows);
  const widest = PERSPECTIVES.reduce((a, b) => observedRanges[b] > observedRanges[a] ? b : a);
  const narrowest = PERSPECTIVES.reduce((a, b) => observedRanges[b] < observedRanges[a] ? b : a);

  const listCounts = new Map<string, number>();
  const roleCounts = new Map<string, number>();
  const setCounts = { rule: [0, 0], constrained: [0, 0] };
  let widestCount = 0;
  let narrowestCount = 0;
  const key = (...parts: string[]) => parts.join("\u0000");

  for (const table of resampleScoreTables(scores, hits, { replicates, seed, scale })) {
    for (const perspective of PERSPECTIVES) {
      for (const e of rankExtremes(table, perspective, { listLength: o.listLength })) {
        const k = key(perspective, e.list, e.municipality);
        listCounts.set(k, (listCounts.get(k) ?? 0) + 1);
      }
    }
    const picks: Record<Selection, Map<Role, string>> = {
      rule: roleMap(selectCases(table, provinces, ruleOptions)),
      constrained: roleMap(selectCases(table, provinces, constrainedOptions)),
    };
    for (const selection of SELECTIONS) {
      for (const [role, municipality] of picks[selection]) {
        const k = key(selection, role, municipality);
        roleCounts.set(k, (roleCounts.get(k) ?? 0) + 1);
      }
      const mine = picks[selection];
      const theirs = observed[selection];
      if (ROLES.every((role) => mine.get(role) === theirs.get(role))) setCounts[selection][0]++;
      const a = [...mine.values()].sort();
      const b = [...theirs.values()].sort();
      if (a.length === b.length && a.every((m, i) => m === b[i])) setCounts[selection][1]++;
    }
    const ranges = rangesOf(table.rows);
    if (PERSPECTIVES.every((p) => p === widest || ranges[p] < ranges[widest])) widestCount++;
    if (PERSPECTIVES.every((p) => p === narrowest || ranges[p] > ranges[narrowest])) {
      narrowestCount++;
    }
  }

  const membership: MembershipRow[] = [];
  for (const perspective of PERSPECTIVES) {
    for (const list of ["top", "bottom"] as const) {
      const mine = reference.filter((r) => r.perspective === perspective && r.list === list);
      const names = new Set(mine.map((r) => r.municipality));
      for (const r of mine) {
        membership.push({
          perspective,
          list,
          rank: r.rank,
          municipality: r.municipality,
          in_reference: true,
          frequency: (listCounts.get(key(perspective, list, r.municipality)) ?? 0) / replicates,
        });
      }
      const entrants = scores.rows.map((row) => row.municipality)
        .filter((m) => !names.has(m))
        .map((municipality) => ({
          municipality,
          frequency: (listCounts.get(key(perspective, list, municipality)) ?? 0) / replicates,
        }))
        .filter((e) => e.frequency >= o.entrantThreshold && e.frequency > 0)
        .sort((a, b) => b.frequency - a.frequency || compareNames(a.municipality, b.municipality));
      for (const e of entrants) {
        membership.push({ perspective, list, rank: "", in_reference: false, ...e });
      }
    }
  }

  const selection: SelectionFrequencyRow[] = [];
  for (const sel of SELECTIONS) {
    for (const role of ROLES) {
      const rows = scores.rows.map((row) => ({
        selection: sel,
        role,
        municipality: row.municipality,
        observed: observed[sel].get(role) === row.municipality,
        frequency: (roleCounts.get(key(sel, role, row.municipality)) ?? 0) / replicates,
      })).filter((r) => r.frequency > 0 || r.observed)
        .sort((a, b) => b.frequency - a.frequency || compareNames(a.municipality, b.municipality));
      selection.push(...rows);
    }
  }

  return {
    replicates,
    seed,
    scale,
    membership,
    selection,
    sets: SELECTIONS.map((sel) => ({
      selection: sel,
      observed: ROLES.map((role) => observed[sel].get(role) ?? "—").join(", "),
      same_in_every_role: setCounts[sel][0] / replicates,
      same_five: setCounts[sel][1] / replicates,
    })),
    ranges: {
      widest,
      widest_frequency: widestCount / replicates,
      narrowest,
      narrowest_frequency: narrowestCount / replicates,
    },
  };
}

function roleMap(cases: readonly { role: Role; municipality: string }[]): Map<Role, string> {
  return new Map(cases.map((c) => [c.role, c.municipality]));
}

function rangesOf(rows: readonly ScoreRow[]): Record<Perspective, number> {
  return Object.fromEntries(PERSPECTIVES.map((p) => {
    let min = Infinity;
    let max = -Infinity;
    for (const row of rows) {
      if (row[p] < min) min = row[p];
      if (row[p] > max) max = row[p];
    }
    return [p, max - min];
  })) as Record<Perspective, number>;
}

/** Columns of `robustness-extremes.csv`. */
export const MEMBERSHIP_COLUMNS = [
  "perspective",
  "list",
  "rank",
  "municipality",
  "in_reference",
  "frequency_pct",
] as const;

/** Membership rows for `writeTable` (frequency in % with 1 decimal). */
export function membershipTableRows(rows: readonly MembershipRow[]): Record<string, string>[] {
  return rows.map((r) => ({
    perspective: r.perspective,
    list: r.list,
    rank: r.rank,
    municipality: r.municipality,
    in_reference: r.in_reference ? "yes" : "no",
    frequency_pct: formatFixed(100 * r.frequency, 1),
  }));
}

/** Columns of `robustness-selection.csv`. */
export const SELECTION_FREQUENCY_COLUMNS = [
  "selection",
  "role",
  "municipality",
  "observed",
  "frequency_pct",
] as const;

/** Selection rows for `writeTable` (frequency in % with 1 decimal). */
export function selectionTableRows(
  rows: readonly SelectionFrequencyRow[],
): Record<string, string>[] {
  return rows.map((r) => ({
    selection: r.selection,
    role: r.role,
    municipality: r.municipality,
    observed: r.observed ? "yes" : "no",
    frequency_pct: formatFixed(100 * r.frequency, 1),
  }));
}

/**
 * The reference places of printed lists (e.g. `loadPublishedExtremes` rows), keeping
 * perspective, list, rank and municipality.
 */
export function referenceFromPrinted(
  rows: readonly ReferencePlace[],
): ReferencePlace[] {
  return rows.map(({ perspective, list, rank, municipality }) => ({
    perspective,
    list,
    rank,
    municipality,
  }));
}

/**
 * The lists whose membership to track: for printed scores (`meta.source` `published`)
 * the printed Figures 6.4-6.7 (`data/published/fig-6.N.csv`); for computed scores
 * `undefined`, i.e. the lists of the score table itself.
 */
export async function loadReferenceLists(
  scores: ScoreTable,
): Promise<ReferencePlace[] | undefined> {
  if (scores.meta.source !== "published") return undefined;
  const out: ReferencePlace[] = [];
  for (const figure of [4, 5, 6, 7] as const) {
    out.push(...referenceFromPrinted(await loadPublishedExtremes(figure)));
  }
  return out;
}

/** One measure at the hit counts and at `scale` times them. */
export interface ScaleComparisonRow {
  measure: string;
  /** Share of replicates (0-1) at the counts as they are, and scaled. */
  at_N: number;
  at_scaled_N: number;
}

/**
 * Key shares of two stability analyses side by side (usually `scale` 1 and a larger
 * one): each role of both selections (its observed pick), the whole selections, the
 * median listed place, and the ranges.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const result = (f: number) => ({
 *   replicates: 10, seed: 1, scale: 1,
 *   membership: [{ perspective: "PA" as const, list: "top" as const, rank: "1", municipality: "A", in_reference: true, frequency: f }],
 *   selection: [], sets: [], ranges: { widest: "SR" as const, widest_frequency: f, narrowest: "PA" as const, narrowest_frequency: 1 },
 * });
 * const rows = scaleComparison(result(0.5), result(0.9));
 * assert.deepEqual(rows[0], { measure: "median listed place stays in its list", at_N: 0.5, at_scaled_N: 0.9 });
 * ```
 */
export function scaleComparison(
  base: StabilityResult,
  scaled: StabilityResult,
): ScaleComparisonRow[] {
  const medianOf = (r: StabilityResult) => {
    const xs = r.membership.filter((m) => m.in_reference).map((m) => m.frequency).sort((a, b) =>
      a - b
    );
    const mid = Math.floor(xs.length / 2);
    return xs.length === 0 ? NaN : xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  };
  const rows: ScaleComparisonRow[] = [
    {
      measure: "median listed place stays in its list",
      at_N: medianOf(base),
      at_scaled_N: medianOf(scaled),
    },
    {
      measure: `${base.ranges.widest} has the widest range`,
      at_N: base.ranges.widest_frequency,
      at_scaled_N: scaled.ranges.widest_frequency,
    },
    {
      measure: `${base.ranges.narrowest} has the narrowest range`,
      at_N: base.ranges.narrowest_frequency,
      at_scaled_N: scaled.ranges.narrowest_frequency,
    },
  ];
  for (const selection of SELECTIONS) {
    for (const row of base.selection.filter((s) => s.selection === selection && s.observed)) {
      const other = scaled.selection.find((s) =>
        s.selection === selection && s.role === row.role && s.municipality === row.municipality
      );
      rows.push({
        measure: `${selection}: ${row.role} ${row.municipality}`,
        at_N: row.frequency,
        at_scaled_N: other?.frequency ?? 0,
      });
    }
    const a = base.sets.find((s) => s.selection === selection);
    const b = scaled.sets.find((s) => s.selection === selection);
    if (a !== undefined) {
      rows.push({
        measure: `${selection}: all five roles as observed`,
        at_N: a.same_in_every_role,
        at_scaled_N: b?.same_in_every_role ?? 0,
      });
    }
  }
  return rows;
}

/** Columns of `robustness-scale.csv`. */
export const SCALE_COMPARISON_COLUMNS = ["measure", "at_N_pct", "at_scaled_N_pct"] as const;

/** Scale rows for `writeTable` (shares in % with 1 decimal). */
export function scaleComparisonTableRows(
  rows: readonly ScaleComparisonRow[],
): Record<string, string>[] {
  return rows.map((r) => ({
    measure: r.measure,
    at_N_pct: formatFixed(100 * r.at_N, 1),
    at_scaled_N_pct: formatFixed(100 * r.at_scaled_N, 1),
  }));
}

/** The whole-selection rows for display (shares in % with 1 decimal). */
export function selectionSetTableRows(result: StabilityResult): Record<string, string>[] {
  return result.sets.map((s) => ({
    selection: s.selection,
    observed: s.observed,
    same_in_every_role_pct: formatFixed(100 * s.same_in_every_role, 1),
    same_five_pct: formatFixed(100 * s.same_five, 1),
  }));
}
