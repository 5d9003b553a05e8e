/**
 * Group means with their bootstrap intervals: a grid with one column per perspective
 * and one row per grouping (size class, region); in each cell a dot at every group's
 * mean, a line over its percentile bootstrap interval, and a dashed line at the mean of
 * all municipalities. Group labels carry n, since the width of an interval mostly
 * follows from it.
 *
 * @module
 */
import { type FigureText, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { ACCENT, labelWidth, MUTED, niceMax } from "./style.ts";

/** A row of `groupDifferences(...).means`. */
export interface GroupMeanPoint {
  grouping: string;
  group: string;
  perspective: string;
  n: number;
  mean: number;
  lower: number;
  upper: number;
  overall: number;
  /** `range` (a small group's smallest to largest value) is drawn dotted. Default: `interval`. */
  bound?: "interval" | "range";
}

/** Options of {@linkcode groupMeansSpec}. */
export interface GroupMeansOptions {
  /** Column order. Default: PA, NPM, NPG, SR. */
  perspectives?: readonly string[];
  /** Row order and titles. Default: size class, region. */
  groupings?: readonly { key: string; title: string }[];
  /** Width of one cell's plot. Default: 150. */
  width?: number;
  /** Height of one group's row. Default: 18. */
  rowHeight?: number;
}

/**
 * The figure (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = groupMeansSpec([
 *   { grouping: "region", group: "noord", perspective: "PA", n: 3, mean: 20, lower: 15, upper: 26, overall: 21 },
 * ], { title: "t" }, { perspectives: ["PA"], groupings: [{ key: "region", title: "region" }] }) as unknown as {
 *   concat: { data: { values: { label: string }[] } }[];
 * };
 * assert.equal(spec.concat[0].data.values[0].label, "noord (n = 3)");
 * ```
 */
export function groupMeansSpec(
  points: readonly GroupMeanPoint[],
  text: FigureText,
  options: GroupMeansOptions = {},
): TopLevelSpec {
  const perspectives = options.perspectives ?? ["PA", "NPM", "NPG", "SR"];
  const groupings = options.groupings ??
    [{ key: "size_class", title: "size class" }, { key: "region", title: "region" }];
  const width = options.width ?? 150;
  const rowHeight = options.rowHeight ?? 18;
  const labelled = points.map((p) => ({ ...p, label: `${p.group} (n = ${p.n})` }));
  const limit = labelWidth(labelled.map((p) => p.label));
  const max = niceMax(Math.max(...points.map((p) => p.upper)), 10);
  const cells = groupings.flatMap((g) =>
    perspectives.map((perspective, column) => {
      const mine = labelled.filter((p) => p.grouping === g.key && p.perspective === perspective);
      const order = mine.map((p) => p.label);
      const overall = mine[0]?.overall ?? 0;
      const y = {
        field: "label",
        type: "nominal",
        sort: order,
        title: null,
        axis: column === 0
          ? {
            labelLimit: limit + 4,
            minExtent: limit + 6,
            maxExtent: limit + 6,
            ticks: false,
            domain: false,
          }
          : { labels: false, ticks: false, domain: false, minExtent: 0, maxExtent: 0 },
      };
      const x = {
        field: "mean",
        type: "quantitative",
        scale: { domain: [0, max], nice: false },
        title: "share (%)",
        axis: { grid: true, gridColor: "#eeeeee", tickCount: max / 10 },
      };
      return {
        title: {
          text: column === 0 ? `${g.title}: ${perspective}` : perspective,
          fontSize: 12,
          anchor: "start",
        },
        width,
        height: { step: rowHeight },
        data: { values: mine },
        layer: [
          {
            mark: { type: "rule", color: MUTED, strokeWidth: 2 },
            encoding: {
              y,
              x: { ...x, field: "lower" },
              x2: { field: "upper" },
              strokeDash: {
                field: "bound",
                type: "nominal",
                scale: { domain: ["interval", "range"], range: [[1, 0], [2, 2]] },
                legend: null,
              },
            },
          },
          {
            data: { values: [{ overall }] },
            mark: { type: "rule", strokeDash: [4, 3], color: "#555555" },
            encoding: { x: { field: "overall", type: "quantitative" } },
          },
          {
            mark: { type: "point", filled: true, size: 36, color: ACCENT },
            encoding: { y, x },
          },
        ],
      };
    })
  );
  const total = limit + 6 + perspectives.length * (width + 20);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleBlock(text, total),
    concat: cells,
    columns: perspectives.length,
    spacing: { row: 20, column: 16 },
    config: { view: { stroke: null }, axis: { labelFontSize: 10, titleFontSize: 11 } },
  } as unknown as TopLevelSpec;
}
