/**
 * Figures 6.1-6.3: the mean presence of each perspective, over all municipalities (6.1),
 * by size class (6.2) and by region (6.3). Two figures each:
 *
 * - {@linkcode groupMeansTableSpec}: the printed table again, as a table figure: one row
 *   per perspective (Dutch label and code), one column per group headed with its size.
 * - {@linkcode groupMeansChartSpec}: **grouped horizontal bars**, one band per
 *   perspective and one bar per group within it, the overall mean last in dark grey, each
 *   bar labelled with its value. The text around 6.2 and 6.3 reads the tables as small
 *   departures of a group from the overall mean; side-by-side bars on one zero-based
 *   scale make exactly those departures visible. With a single group (6.1) the bars take
 *   the perspectives' grey tones instead.
 *
 * @module
 */
import { type FigureText, greyHex, TEXT, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { measureText } from "../text_metrics.ts";
import {
  axisTicks,
  checkPerspectives,
  figureDefaults,
  type FigureOptions,
  fitDomain,
  formatNumber,
  LABEL_GAP,
  numberLocale,
  perspectiveLabel,
  type PerspectiveScores,
  type PerspectiveStyle,
} from "./style.ts";
import { type TableFigureOptions, tableFigureSpec } from "./table_figure.ts";

/** One group's mean presence per perspective (%), e.g. a row of `fig-6.2.csv`. */
export interface GroupMeansRow extends PerspectiveScores {
  /** The group: `"all"`, a size class such as `"G4"`, or a region such as `"noord"`. */
  group: string;
  /** Number of municipalities in the group, shown as `"G4 (4)"`; `null` to leave out. */
  n: number | null;
}

/** What every group-means figure needs besides its rows. */
export interface GroupMeansRequired extends FigureText {
  /** The perspectives, in the order of the rows (e.g. `data/perspectives.csv`). */
  perspectives: readonly PerspectiveStyle[];
}

/** Options shared by the group-means table and chart. */
export interface GroupLabelOptions {
  /**
   * Display names of groups. Default: `"all"` becomes `"alle gemeenten"`, any other
   * group is shown with its first letter in upper case (`"noord"` → `"Noord"`).
   */
  groupLabels?: Readonly<Record<string, string>>;
}

/** Marking the cells of a printed table that the data do not reproduce. */
export interface MarkOptions {
  /**
   * Whether the cell of `group` and `perspective` is marked with `*` (it does not
   * reproduce; say so in the subtitle). Default: none is.
   */
  marked?: (group: string, perspective: string) => boolean;
}

/**
 * The display name of a group, with its size: `"alle gemeenten (49)"`, `"Noord (3)"`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(groupHeader({ group: "noord", n: 3 }), "Noord (3)");
 * assert.equal(groupHeader({ group: "all", n: 49 }), "alle gemeenten (49)");
 * assert.equal(groupHeader({ group: "G4", n: null }, { G4: "G4-steden" }), "G4-steden");
 * ```
 */
export function groupHeader(
  row: { group: string; n: number | null },
  labels: Readonly<Record<string, string>> = {},
): string {
  const name = labels[row.group] ??
    (row.group === "all" ? "alle gemeenten" : row.group.charAt(0).toUpperCase() +
      row.group.slice(1));
  return row.n === null ? name : `${name} (${row.n})`;
}

/**
 * Figures 6.1-6.3 as table figures: a row per perspective (`label_nl`, code), a column per
 * group in the order of `rows`, values with one decimal.
 */
export function groupMeansTableSpec(
  rows: readonly GroupMeansRow[],
  required: GroupMeansRequired,
  options: TableFigureOptions & GroupLabelOptions & MarkOptions = {},
): TopLevelSpec {
  const perspectives = checkPerspectives(required.perspectives);
  const keys = rows.map((_, i) => `g${i}`);
  const { decimalMark } = figureDefaults(options);
  const cell = (row: GroupMeansRow, perspective: string) =>
    options.marked?.(row.group, perspective)
      ? `${formatNumber(row[perspective as keyof PerspectiveScores], 1, decimalMark)} *`
      : row[perspective as keyof PerspectiveScores];
  return tableFigureSpec(
    {
      columns: [
        { key: "label", header: "" },
        { key: "code", header: "" },
        ...rows.map((row, i) => ({
          key: keys[i],
          header: groupHeader(row, options.groupLabels),
          align: "right" as const,
          gapBefore: row.group === "all" && i > 0 ? 10 : 0,
        })),
      ],
      rows: perspectives.map((p) => ({
        label: p.label_nl,
        code: p.code,
        ...Object.fromEntries(rows.map((row, i) => [keys[i], cell(row, p.code)])),
      })),
    },
    required,
    options,
  );
}

/** One bar of {@linkcode groupMeansChartSpec} (a row of the spec's data). */
export interface GroupMeanBar {
  group: string;
  groupLabel: string;
  perspective: string;
  perspectiveLabel: string;
  mean: number;
  text: string;
  fill: string;
}

/** Options of {@linkcode groupMeansChartSpec}. */
export interface GroupMeansChartOptions extends FigureOptions, GroupLabelOptions {
  /** Width of the plot in pixels. Default: `380`. */
  width?: number;
  /** Thickness of one bar in pixels. Default: `14`. */
  barSize?: number;
  /**
   * Colours of the groups other than `"all"`, in the order of the rows. Default: four
   * colour-blind-safe hues (blue, orange, green, purple).
   */
  palette?: readonly string[];
}

const DEFAULT_PALETTE = ["#4477aa", "#ee7733", "#228833", "#aa3377"];
const ALL_COLOR = "#404040";

/** The bars of {@linkcode groupMeansChartSpec}: perspective by perspective, group by group. */
export function groupMeanBars(
  rows: readonly GroupMeansRow[],
  required: GroupMeansRequired,
  options: GroupMeansChartOptions = {},
): GroupMeanBar[] {
  const { decimalMark } = figureDefaults(options);
  const perspectives = checkPerspectives(required.perspectives);
  const palette = options.palette ?? DEFAULT_PALETTE;
  let next = 0;
  const colors = rows.map((row) =>
    row.group === "all" ? ALL_COLOR : palette[next++ % palette.length]
  );
  return perspectives.flatMap((p) =>
    rows.map((row, i) => ({
      group: row.group,
      groupLabel: groupHeader(row, options.groupLabels),
      perspective: p.code,
      perspectiveLabel: perspectiveLabel(p),
      mean: row[p.code],
      text: formatNumber(row[p.code], 1, decimalMark),
      fill: rows.length === 1 ? greyHex(p.grey) : colors[i],
    }))
  );
}

/** Figures 6.1-6.3 as grouped horizontal bars (see the module doc for the design). */
export function groupMeansChartSpec(
  rows: readonly GroupMeansRow[],
  required: GroupMeansRequired,
  options: GroupMeansChartOptions = {},
): TopLevelSpec {
  const { decimalMark } = figureDefaults(options);
  const bars = groupMeanBars(rows, required, options);
  const width = options.width ?? 380;
  const barSize = options.barSize ?? 14;
  const single = rows.length === 1;
  const band = rows.length * barSize;
  const paddingInner = single ? 0.35 : 0.3;
  const step = band / (1 - paddingInner);
  const perspectiveLabels = [...new Set(bars.map((b) => b.perspectiveLabel))];
  const groupLabels = [...new Set(bars.map((b) => b.groupLabel))];
  const domain = fitDomain(
    bars.map((b) => ({ value: b.mean, labelWidth: measureText(b.text, TEXT.labelSize) })),
    width,
    LABEL_GAP,
    5,
  );
  const x = {
    field: "mean",
    type: "quantitative",
    scale: { domain, nice: false },
    axis: { title: "mean share of signal words (%)", values: axisTicks(domain, width), grid: true },
  };
  const y = {
    field: "perspectiveLabel",
    type: "nominal",
    sort: perspectiveLabels,
    scale: { paddingInner, paddingOuter: paddingInner / 2 },
    axis: { title: null, labelFontSize: TEXT.labelSize, ticks: false, labelPadding: 6 },
  };
  const yOffset = single
    ? undefined
    : { field: "groupLabel", type: "nominal", sort: groupLabels, scale: { paddingInner: 0.08 } };
  const color = single ? { field: "fill", type: "nominal", scale: null, legend: null } : {
    field: "groupLabel",
    type: "nominal",
    sort: groupLabels,
    scale: { domain: groupLabels, range: [...new Set(bars.map((b) => b.fill))] },
    legend: { title: null, orient: "right", symbolType: "square" },
  };
  // The figure's full width: y-axis labels, plot, and the legend when there is one.
  const axisWidth = Math.max(...perspectiveLabels.map((l) => measureText(l, TEXT.labelSize))) + 8;
  const legendWidth = single
    ? 0
    : 40 + Math.max(...groupLabels.map((l) => measureText(l, TEXT.labelSize)));
  return {
    title: titleBlock(required, axisWidth + width + legendWidth),
    width,
    height: Math.round(step * perspectiveLabels.length),
    data: { values: bars },
    encoding: { y, ...(yOffset ? { yOffset } : {}) },
    layer: [
      {
        mark: { type: "bar", stroke: "#000000", strokeWidth: single ? 0.6 : 0 },
        encoding: { x, color },
      },
      {
        mark: {
          type: "text",
          align: "left",
          baseline: "middle",
          dx: 4,
          fontSize: TEXT.labelSize,
          color: "#000000",
        },
        encoding: { x: { field: "mean", type: "quantitative" }, text: { field: "text" } },
      },
    ],
    config: { locale: numberLocale(decimalMark), axis: { domainColor: "#888888" } },
  } as TopLevelSpec;
}
