/**
 * Every municipality's four shares with their simultaneous intervals: one panel per
 * perspective (two by two), in each panel the municipalities sorted from the highest
 * share to the lowest, a dot at the share and a line over its interval, and a dashed line
 * at the mean of all municipalities. All panels share one axis from 0, so the spread of
 * the perspectives can be compared as well. Rows whose counts were refitted (a printed
 * row that no whole counts reproduce) get an open dot.
 *
 * @module
 */
import { type FigureText, titleBlock } from "../style.ts";
import { meanSimple } from "simple-statistics";
import type { TopLevelSpec } from "vega-lite";
import { ACCENT, labelWidth, MUTED, niceMax } from "./style.ts";

/** One municipality × perspective (a row of `shareIntervals` will do). */
export interface IntervalPoint {
  municipality: string;
  perspective: string;
  /** Share and interval bounds, in %. */
  share: number;
  lower: number;
  upper: number;
  /** `minimal, one share refitted` gets an open dot; anything else a filled one. */
  basis?: string;
}

/** Options of {@linkcode shareIntervalsSpec}. */
export interface ShareIntervalsOptions {
  /** Panel order and titles. Default: PA, NPM, NPG, SR with their English names. */
  panels?: readonly { code: string; title: string }[];
  /** Width of one panel's plot in pixels. Default: 210. */
  width?: number;
  /** Height of one row in pixels. Default: 11. */
  rowHeight?: number;
}

/** Default panels: the four perspectives. */
export const DEFAULT_PANELS = [
  { code: "PA", title: "PA · Public Administration" },
  { code: "NPM", title: "NPM · New Public Management" },
  { code: "NPG", title: "NPG · New Public Governance" },
  { code: "SR", title: "SR · Societal Resilience" },
] as const;

/**
 * The figure (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = shareIntervalsSpec([
 *   { municipality: "A", perspective: "PA", share: 10, lower: 5, upper: 20 },
 *   { municipality: "B", perspective: "PA", share: 30, lower: 20, upper: 45 },
 * ], { title: "t" }, { panels: [{ code: "PA", title: "PA" }] }) as unknown as {
 *   concat: { layer: { encoding: { y: { sort: string[] } } }[] }[];
 * };
 * assert.deepEqual(spec.concat[0].layer[0].encoding.y.sort, ["B", "A"]);
 * ```
 */
export function shareIntervalsSpec(
  points: readonly IntervalPoint[],
  text: FigureText,
  options: ShareIntervalsOptions = {},
): TopLevelSpec {
  const panels = options.panels ?? DEFAULT_PANELS;
  const width = options.width ?? 210;
  const rowHeight = options.rowHeight ?? 11;
  const max = niceMax(Math.max(...points.map((p) => p.upper)), 10);
  const names = labelWidth(points.map((p) => p.municipality), 10);
  const panel = (code: string, panelTitle: string) => {
    const mine = points.filter((p) => p.perspective === code).map((p) => ({
      ...p,
      refitted: p.basis === "minimal, one share refitted",
    }));
    const order = [...mine].sort((a, b) =>
      b.share - a.share || (a.municipality < b.municipality ? -1 : 1)
    ).map((p) => p.municipality);
    const mean = mine.length === 0 ? 0 : meanSimple(mine.map((p) => p.share));
    const y = {
      field: "municipality",
      type: "nominal",
      sort: order,
      title: null,
      axis: {
        labelFontSize: 10,
        labelLimit: names + 4,
        minExtent: names + 6,
        maxExtent: names + 6,
        ticks: false,
        domain: false,
      },
    };
    const x = {
      field: "share",
      type: "quantitative",
      scale: { domain: [0, max], nice: false },
      title: "share (%)",
      axis: { grid: true, gridColor: "#eeeeee", tickCount: max / 10 },
    };
    return {
      title: { text: panelTitle, fontSize: 12, anchor: "start" },
      width,
      height: { step: rowHeight },
      data: { values: mine },
      layer: [
        {
          mark: { type: "rule", color: MUTED, strokeWidth: 1.5 },
          encoding: { y, x: { ...x, field: "lower" }, x2: { field: "upper" } },
        },
        {
          data: { values: [{ mean }] },
          mark: { type: "rule", strokeDash: [4, 3], color: "#555555" },
          encoding: { x: { field: "mean", type: "quantitative" } },
        },
        {
          mark: { type: "point", size: 22, strokeWidth: 1.2, color: ACCENT },
          encoding: {
            y,
            x,
            fill: {
              field: "refitted",
              type: "nominal",
              scale: { domain: [false, true], range: [ACCENT, "#ffffff"] },
              legend: null,
            },
          },
        },
      ],
    };
  };
  const cells = panels.map((p) => panel(p.code, p.title));
  const total = 2 * (width + names + 30) + 24;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleBlock(text, total),
    concat: cells,
    columns: 2,
    spacing: { row: 18, column: 24 },
    config: { view: { stroke: null }, axis: { labelFontSize: 10, titleFontSize: 11 } },
  } as unknown as TopLevelSpec;
}
