/**
 * Two figures of the resampling results (lib/robustness `stabilityAnalysis`):
 *
 * - {@linkcode listMembershipSpec}: for each perspective (rows) and list (columns: top,
 *   bottom) a bar per municipality for the share of replicates in which it is in the
 *   list. Listed municipalities (with their printed rank) in the accent colour, others
 *   that often enter the list in grey below them.
 * - {@linkcode selectionFrequencySpec}: for each role (rows) and selection (columns: the
 *   pure rule, the rule with constraints) a bar per candidate for the share of replicates
 *   in which it gets the role; the municipality chosen on the observed shares in the
 *   accent colour.
 *
 * Both print the share at the end of each bar and run the axis from 0 to 100 %.
 *
 * @module
 */
import { type FigureText, TEXT, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { measureText } from "../text_metrics.ts";
import { ACCENT, labelWidth, MUTED } from "./style.ts";

/** A row of `stabilityAnalysis(...).membership`. */
export interface MembershipBar {
  perspective: string;
  list: "top" | "bottom";
  rank: string;
  municipality: string;
  in_reference: boolean;
  /** 0-1. */
  frequency: number;
}

/** A row of `stabilityAnalysis(...).selection`. */
export interface SelectionBar {
  selection: string;
  role: string;
  municipality: string;
  observed: boolean;
  /** 0-1. */
  frequency: number;
}

/** Options of the two figures. */
export interface StabilityFigureOptions {
  /** Width of one panel's plot. Default: 170. */
  width?: number;
  /** Height of one bar's row. Default: 15. */
  rowHeight?: number;
  /** Bars below this share are left out (listed places are always shown). Default: 0.2 (lists), 0.03 (selection). */
  minFrequency?: number;
  /** Row order. Default: PA, NPM, NPG, SR (lists); PA, NPM, NPG, SR, average (selection). */
  rows?: readonly string[];
  /** Column titles by key. Default: see each figure. */
  columnTitles?: Readonly<Record<string, string>>;
}

interface Bar {
  label: string;
  frequency: number;
  highlighted: boolean;
  text: string;
}

function barPanel(
  bars: readonly Bar[],
  panelTitle: string,
  width: number,
  rowHeight: number,
  labelLimit: number,
): Record<string, unknown> {
  const values = bars.map((b, i) => ({ ...b, order: i }));
  const y = {
    field: "label",
    type: "nominal",
    sort: values.map((v) => v.label),
    title: null,
    axis: {
      labelLimit: labelLimit + 4,
      minExtent: labelLimit + 6,
      maxExtent: labelLimit + 6,
      ticks: false,
      domain: false,
      labelFontSize: TEXT.labelSize,
    },
  };
  const x = {
    field: "frequency",
    type: "quantitative",
    scale: { domain: [0, 1], nice: false },
    axis: {
      format: ".0%",
      values: [0, 0.25, 0.5, 0.75, 1],
      labelExpr: "datum.value == 0.25 || datum.value == 0.75 ? '' : datum.label",
      grid: true,
      gridColor: "#eeeeee",
      title: null,
    },
  };
  return {
    title: { text: panelTitle, fontSize: 12, anchor: "start" },
    width,
    height: { step: rowHeight },
    data: { values },
    layer: [
      {
        mark: { type: "bar", height: rowHeight - 4 },
        encoding: {
          y,
          x,
          color: {
            field: "highlighted",
            type: "nominal",
            scale: { domain: [true, false], range: [ACCENT, MUTED] },
            legend: null,
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 3, fontSize: 10, color: "#222222" },
        encoding: { y, x, text: { field: "text" } },
      },
    ],
  };
}

function grid(
  cells: Record<string, unknown>[][],
  text: FigureText,
  totalWidth: number,
): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleBlock(text, totalWidth),
    concat: cells.flat(),
    columns: Math.max(...cells.map((row) => row.length)),
    spacing: { row: 16, column: 28 },
    config: { view: { stroke: null }, axis: { labelFontSize: 10 } },
  } as unknown as TopLevelSpec;
}

/** A share of replicates as a whole percentage; just under 1 never reads as 100 %. */
const percent = (x: number) =>
  x < 1 && Math.round(100 * x) === 100 ? "> 99 %" : `${Math.round(100 * x)} %`;

/**
 * The list-membership figure (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = listMembershipSpec([
 *   { perspective: "PA", list: "top", rank: "1", municipality: "A", in_reference: true, frequency: 0.9 },
 *   { perspective: "PA", list: "top", rank: "", municipality: "B", in_reference: false, frequency: 0.05 },
 * ], { title: "t" }, { rows: ["PA"] }) as unknown as { concat: { data: { values: { label: string }[] } }[] };
 * assert.deepEqual(spec.concat[0].data.values.map((v) => v.label), ["1 A"]);
 * ```
 */
export function listMembershipSpec(
  rows: readonly MembershipBar[],
  text: FigureText,
  options: StabilityFigureOptions = {},
): TopLevelSpec {
  const width = options.width ?? 170;
  const rowHeight = options.rowHeight ?? 15;
  const min = options.minFrequency ?? 0.2;
  const order = options.rows ?? ["PA", "NPM", "NPG", "SR"];
  const titles = options.columnTitles ?? { top: "top five", bottom: "bottom five" };
  const barsOf = (perspective: string, list: "top" | "bottom"): Bar[] =>
    rows.filter((r) =>
      r.perspective === perspective && r.list === list && (r.in_reference || r.frequency >= min)
    ).map((r) => ({
      label: r.in_reference ? `${r.rank} ${r.municipality}` : `– ${r.municipality}`,
      frequency: r.frequency,
      highlighted: r.in_reference,
      text: percent(r.frequency),
    }));
  const all = order.flatMap((p) => [...barsOf(p, "top"), ...barsOf(p, "bottom")]);
  const limit = labelWidth(all.map((b) => b.label));
  const textRoom = Math.ceil(measureText("100 %", 10)) + 6;
  const cells = order.map((p) =>
    (["top", "bottom"] as const).map((list) =>
      barPanel(barsOf(p, list), `${p} · ${titles[list]}`, width, rowHeight, limit)
    )
  );
  return grid(cells, text, 2 * (width + limit + textRoom) + 28);
}

/**
 * The selection-frequency figure (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = selectionFrequencySpec([
 *   { selection: "rule", role: "PA", municipality: "A", observed: true, frequency: 0.6 },
 *   { selection: "rule", role: "PA", municipality: "B", observed: false, frequency: 0.4 },
 * ], { title: "t" }, { rows: ["PA"] }) as unknown as { concat: { data: { values: { label: string }[] } }[] };
 * assert.deepEqual(spec.concat[0].data.values.map((v) => v.label), ["A", "B"]);
 * ```
 */
export function selectionFrequencySpec(
  rows: readonly SelectionBar[],
  text: FigureText,
  options: StabilityFigureOptions = {},
): TopLevelSpec {
  const width = options.width ?? 170;
  const rowHeight = options.rowHeight ?? 15;
  const min = options.minFrequency ?? 0.03;
  const order = options.rows ?? ["PA", "NPM", "NPG", "SR", "average"];
  const titles = options.columnTitles ??
    { rule: "pure rule", constrained: "rule with constraints" };
  const selections = Object.keys(titles).filter((s) => rows.some((r) => r.selection === s));
  const barsOf = (role: string, selection: string): Bar[] =>
    rows.filter((r) =>
      r.role === role && r.selection === selection && (r.observed || r.frequency >= min)
    ).sort((a, b) => b.frequency - a.frequency).map((r) => ({
      label: r.municipality,
      frequency: r.frequency,
      highlighted: r.observed,
      text: percent(r.frequency),
    }));
  const all = order.flatMap((role) => selections.flatMap((s) => barsOf(role, s)));
  const limit = labelWidth(all.map((b) => b.label));
  const textRoom = Math.ceil(measureText("100 %", 10)) + 6;
  const cells = order.map((role) =>
    selections.map((s) =>
      barPanel(barsOf(role, s), `${role} · ${titles[s]}`, width, rowHeight, limit)
    )
  );
  return grid(cells, text, selections.length * (width + limit + textRoom) + 28);
}
