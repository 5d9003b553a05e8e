/**
 * Presence of the perspectives (Figures 6.1-6.3): per perspective the mean share over all
 * municipalities, by size class and by region, with n, median, standard deviation, minimum
 * and maximum. The grouping is done with nodejs-polars.
 *
 * The standard deviation is the **sample** standard deviation (divisor n − 1), as
 * statistics packages report by default; it is empty for a group of one.
 *
 * @module
 */
import pl from "nodejs-polars";
import { mean } from "simple-statistics";
import { z } from "zod";
import { type Perspective, PERSPECTIVES, REGIONS, SIZE_CLASSES } from "../data/mod.ts";
import { formatFixed } from "./rounding.ts";
import type { ScoreRow, ScoreTable } from "./score_table.ts";

/** How to group municipalities: not at all, by size class, or by region. */
export const GROUPINGS = ["all", "size_class", "region"] as const;
/** A grouping. */
export type Grouping = typeof GROUPINGS[number];
const groupingSchema = z.enum(GROUPINGS);

/** The groups of each grouping, in the order the study prints them. */
export const GROUP_ORDER: Record<Grouping, readonly string[]> = {
  all: ["all"],
  size_class: SIZE_CLASSES,
  region: REGIONS,
};

/** Summary statistics of one perspective in one group (tidy, long form). */
export interface GroupStats {
  group_type: Grouping;
  group: string;
  perspective: Perspective;
  n: number;
  mean: number;
  median: number;
  /** Sample standard deviation (n − 1); `null` when n = 1. */
  sd: number | null;
  min: number;
  max: number;
}

/**
 * Describe the shares per perspective within each group of `by` (polars `groupBy`).
 * Rows come in printed order: groups as the study prints them, perspectives PA, NPM,
 * NPG, SR within each group. Groups without municipalities are left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "./score_table.ts";
 * const row = (municipality: string, region: "oost" | "west", PA: number) =>
 *   ({ municipality, size_class: "G4", region, PA, NPM: 0, NPG: 0, SR: 100 - PA }) as const;
 * const table = scoreTableFromRows([row("a", "oost", 10), row("b", "oost", 20), row("c", "west", 60)]);
 * const oost = describeByGroup(table, "region").find((r) => r.group === "oost" && r.perspective === "PA");
 * assert.deepEqual(oost, { group_type: "region", group: "oost", perspective: "PA", n: 2,
 *   mean: 15, median: 15, sd: Math.sqrt(50), min: 10, max: 20 });
 * ```
 */
export function describeByGroup(scores: ScoreTable, by: Grouping): GroupStats[] {
  const grouping = groupingSchema.parse(by);
  if (scores.rows.length === 0) return [];
  const long = scoreFrame(scores).withColumns(
    (grouping === "all" ? pl.lit("all") : pl.col(grouping)).alias("group"),
  );
  const summary = long
    .groupBy(["group", "perspective"])
    .agg(
      pl.col("share").count().alias("n"),
      pl.col("share").mean().alias("mean"),
      pl.col("share").median().alias("median"),
      pl.col("share").std().alias("sd"),
      pl.col("share").min().alias("min"),
      pl.col("share").max().alias("max"),
    )
    .toRecords() as {
      group: string;
      perspective: Perspective;
      n: number;
      mean: number;
      median: number;
      sd: number | null;
      min: number;
      max: number;
    }[];
  const key = (group: string, perspective: string) => `${group}\u0000${perspective}`;
  const found = new Map(summary.map((r) => [key(r.group, r.perspective), r]));
  const out: GroupStats[] = [];
  for (const group of GROUP_ORDER[grouping]) {
    for (const perspective of PERSPECTIVES) {
      const r = found.get(key(group, perspective));
      if (r === undefined) continue;
      out.push({
        group_type: grouping,
        group,
        perspective,
        n: Number(r.n),
        mean: r.mean,
        median: r.median,
        sd: Number(r.n) > 1 && r.sd !== null && Number.isFinite(r.sd) ? r.sd : null,
        min: r.min,
        max: r.max,
      });
    }
  }
  return out;
}

/**
 * The scores as one tidy polars DataFrame: a row per municipality and perspective, with
 * the group columns (`municipality`, `size_class`, `region`, `perspective`, `share`), rows
 * in the table's order within each perspective, perspectives PA, NPM, NPG, SR. The
 * statistics by group are polars expressions on it ({@linkcode describeByGroup}), and a
 * notebook can join or export it as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "./score_table.ts";
 * const table = scoreTableFromRows([
 *   { municipality: "a", size_class: "G4", region: "west", PA: 10, NPM: 20, NPG: 30, SR: 40 },
 * ]);
 * const frame = scoreFrame(table);
 * assert.deepEqual(frame.columns, ["municipality", "size_class", "region", "perspective", "share"]);
 * assert.deepEqual(frame.getColumn("share").toArray(), [10, 20, 30, 40]);
 * ```
 */
export function scoreFrame(scores: ScoreTable): pl.DataFrame {
  const column = <K extends keyof ScoreRow>(key: K) => scores.rows.map((row) => row[key]);
  return pl.DataFrame({
    municipality: column("municipality"),
    size_class: column("size_class"),
    region: column("region"),
    ...Object.fromEntries(PERSPECTIVES.map((p) => [p, column(p)])),
  }).unpivot(["municipality", "size_class", "region"], [...PERSPECTIVES])
    .rename({ variable: "perspective", value: "share" });
}

/** One row of a presence figure in the printed layout: a group and its four means. */
export interface PresenceRow {
  group_type: Grouping;
  group: string;
  n: number;
  PA: number;
  NPM: number;
  NPG: number;
  SR: number;
}

/** The groupings each of Figures 6.1-6.3 shows, in printed order (the overall column last). */
export const PRESENCE_FIGURES = {
  1: ["all"],
  2: ["size_class", "all"],
  3: ["region", "all"],
} as const satisfies Record<number, readonly Grouping[]>;
/** 1, 2 or 3: Figure 6.1, 6.2 or 6.3. */
export type PresenceFigure = keyof typeof PRESENCE_FIGURES;

/**
 * Figure 6.`figure` recomputed, in the layout of `data/published/fig-6.N.csv`: one row
 * per group in printed order (all municipalities last), the mean share per perspective.
 */
export function presenceFigure(scores: ScoreTable, figure: PresenceFigure): PresenceRow[] {
  const rows: PresenceRow[] = [];
  for (const grouping of PRESENCE_FIGURES[figure]) {
    const stats = describeByGroup(scores, grouping);
    for (const group of GROUP_ORDER[grouping]) {
      const cells = stats.filter((s) => s.group === group);
      if (cells.length === 0) continue;
      const mean = (p: Perspective) => cells.find((c) => c.perspective === p)!.mean;
      rows.push({
        group_type: grouping,
        group,
        n: cells[0].n,
        PA: mean("PA"),
        NPM: mean("NPM"),
        NPG: mean("NPG"),
        SR: mean("SR"),
      });
    }
  }
  return rows;
}

/** The overall mean share per perspective (the "mean profile"). */
export function meanProfile(scores: ScoreTable): Record<Perspective, number> {
  // Plain arithmetic, not a polars group-by: the robustness notebook calls this for
  // every resampled table, and a polars group-by costs 1.1 ms a call on the 49 plans
  // (measured: describeByGroup, 200 calls), about 40 times the plain mean.
  return Object.fromEntries(
    PERSPECTIVES.map((
      p,
    ) => [p, scores.rows.length === 0 ? NaN : mean(scores.rows.map((r) => r[p]))]),
  ) as Record<Perspective, number>;
}

/** Columns of the printed-layout table written by {@linkcode presenceTableRows}. */
export const PRESENCE_COLUMNS = ["group_type", "group", "n", ...PERSPECTIVES] as const;
/** Columns of the tidy table written by {@linkcode groupStatsTableRows}. */
export const GROUP_STATS_COLUMNS = [
  "group_type",
  "group",
  "perspective",
  "n",
  "mean",
  "median",
  "sd",
  "min",
  "max",
] as const;

/** Options of the table formatters. */
export interface FormatOptions {
  /** Digits after the point. Default: 1 (as printed) for means, 3 for the tidy statistics. */
  decimals?: number;
}

/** Printed-layout rows with means as fixed-decimal text, ready for `writeTable`. */
export function presenceTableRows(
  rows: readonly PresenceRow[],
  options: FormatOptions = {},
): Record<string, string | number>[] {
  const decimals = options.decimals ?? 1;
  return rows.map((row) => ({
    group_type: row.group_type,
    group: row.group,
    n: row.n,
    ...Object.fromEntries(PERSPECTIVES.map((p) => [p, formatFixed(row[p], decimals)])),
  }));
}

/** Tidy statistics as fixed-decimal text, ready for `writeTable` (empty sd for n = 1). */
export function groupStatsTableRows(
  rows: readonly GroupStats[],
  options: FormatOptions = {},
): Record<string, string | number>[] {
  const decimals = options.decimals ?? 3;
  return rows.map((row) => ({
    group_type: row.group_type,
    group: row.group,
    perspective: row.perspective,
    n: row.n,
    mean: formatFixed(row.mean, decimals),
    median: formatFixed(row.median, decimals),
    sd: row.sd === null ? "" : formatFixed(row.sd, decimals),
    min: formatFixed(row.min, decimals),
    max: formatFixed(row.max, decimals),
  }));
}

/**
 * The tidy statistics behind Figure 6.`figure`: {@linkcode describeByGroup} for each of
 * its groupings, in printed order (the overall group last).
 */
export function presenceFigureStats(scores: ScoreTable, figure: PresenceFigure): GroupStats[] {
  return PRESENCE_FIGURES[figure].flatMap((grouping) => describeByGroup(scores, grouping));
}
