/**
 * Figures 6.4-6.7: for one perspective, the five municipalities with the highest and the
 * five with the lowest presence (ties share a rank, so a list can hold six names). Two
 * figures each:
 *
 * - {@linkcode extremesTableSpec}: the printed table again: the top five and the bottom
 *   five side by side, rank, municipality and score.
 * - {@linkcode extremesChartSpec}: **horizontal bars in two stacked panels** (highest five
 *   above, lowest five below) on one shared scale, filled with the perspective's grey
 *   tone, each labelled with its score, and a dashed line at the mean of all
 *   municipalities (a label that would cross it moves just right of it). The text around these figures reports the range of each perspective
 *   (from the highest to the lowest score) against its mean; one shared scale with the
 *   mean marked shows both the spread and how far each extreme lies from the mean.
 *
 * @module
 */
import { type FigureText, greyHex, TEXT, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { z } from "zod";
import { measureText } from "../text_metrics.ts";
import {
  axisTicks as ticks,
  dashedRuleLayers,
  figureDefaults,
  type FigureOptions,
  fitDomain,
  formatNumber,
  LABEL_GAP,
  labelStart,
  numberLocale,
  type PerspectiveStyle,
} from "./style.ts";
import { type TableFigureOptions, tableFigureSpec } from "./table_figure.ts";

/** Which list a place belongs to. */
export const listSchema = z.enum(["top", "bottom"]);

/** One place of a top-5 or bottom-5 list, e.g. a row of `fig-6.4.csv`. */
export interface ExtremeRow {
  perspective: string;
  list: z.output<typeof listSchema>;
  /** As printed: `1`, or `"3/4"` for a shared place. */
  rank: number | string;
  municipality: string;
  /** Presence of the perspective (%). */
  score: number;
}

function splitLists(rows: readonly ExtremeRow[]): Record<"top" | "bottom", ExtremeRow[]> {
  const lists = { top: [] as ExtremeRow[], bottom: [] as ExtremeRow[] };
  for (const row of rows) lists[listSchema.parse(row.list)].push(row);
  return lists;
}

/** Options of {@linkcode extremesTableSpec}. */
export interface ExtremesTableOptions extends TableFigureOptions {
  /** Headers of the two name columns. Default: `["hoogste", "laagste"]`. */
  listHeaders?: readonly [string, string];
  /**
   * Whether a row is marked with `*` after the name (it does not reproduce; say so in the
   * subtitle). Default: none is.
   */
  marked?: (row: ExtremeRow) => boolean;
}

/**
 * Figures 6.4-6.7 as table figures: rank, municipality and score of the top list, then
 * of the bottom list, side by side, in the order of `rows` within each list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = extremesTableSpec([
 *   { perspective: "PA", list: "top", rank: 1, municipality: "A", score: 34.4 },
 *   { perspective: "PA", list: "bottom", rank: 1, municipality: "B", score: 6 },
 * ], { title: "t" }) as { data: { values: { text: string }[] } };
 * assert.deepEqual(
 *   spec.data.values.map((c) => c.text),
 *   ["nr.", "hoogste", "%", "nr.", "laagste", "%", "1", "A", "34,4", "1", "B", "6,0"],
 * );
 * ```
 */
export function extremesTableSpec(
  rows: readonly ExtremeRow[],
  text: FigureText,
  options: ExtremesTableOptions = {},
): TopLevelSpec {
  const lists = splitLists(rows);
  const [topHeader, bottomHeader] = options.listHeaders ?? ["hoogste", "laagste"];
  const length = Math.max(lists.top.length, lists.bottom.length);
  const tableRows = Array.from({ length }, (_, i) => {
    const top = lists.top[i];
    const bottom = lists.bottom[i];
    return {
      topRank: top ? String(top.rank) : null,
      topName: top === undefined ? null : `${top.municipality}${options.marked?.(top) ? " *" : ""}`,
      topScore: top?.score ?? null,
      bottomRank: bottom ? String(bottom.rank) : null,
      bottomName: bottom === undefined
        ? null
        : `${bottom.municipality}${options.marked?.(bottom) ? " *" : ""}`,
      bottomScore: bottom?.score ?? null,
    };
  });
  return tableFigureSpec(
    {
      columns: [
        { key: "topRank", header: "nr.", align: "right" },
        { key: "topName", header: topHeader },
        { key: "topScore", header: "%", align: "right" },
        { key: "bottomRank", header: "nr.", align: "right", gapBefore: 22 },
        { key: "bottomName", header: bottomHeader },
        { key: "bottomScore", header: "%", align: "right" },
      ],
      rows: tableRows,
    },
    text,
    options,
  );
}

/** What {@linkcode extremesChartSpec} needs besides its rows. */
export interface ExtremesChartRequired extends FigureText {
  /** The perspective ranked (its grey fills the bars). */
  perspective: PerspectiveStyle;
}

/** Options of {@linkcode extremesChartSpec}. */
export interface ExtremesChartOptions extends FigureOptions {
  /** Mean of all municipalities on this perspective, drawn as a dashed line. Default: none. */
  mean?: number;
  /** How the mean line is labelled (followed by the value). Default: `"gemiddeld"`. */
  meanLabel?: string;
  /** Titles of the two panels. Default: `["hoogste vijf", "laagste vijf"]`. */
  panelTitles?: readonly [string, string];
  /** Width of the plot in pixels. Default: `360`. */
  width?: number;
  /** Height of one bar's row in pixels. Default: `20`. */
  rowHeight?: number;
}

/** One bar of {@linkcode extremesChartSpec} (a row of the spec's data). */
export interface ExtremeBar extends ExtremeRow {
  /** Axis label: rank and name, e.g. `"1  Haarlemmermeer"`. */
  label: string;
  /** The score as printed in the figure, e.g. `"34,4"`. */
  text: string;
  /** Measured width of `text` in pixels. */
  textWidth: number;
}

/** The bars of {@linkcode extremesChartSpec}, top list first, each list in input order. */
export function extremeBars(
  rows: readonly ExtremeRow[],
  options: FigureOptions = {},
): ExtremeBar[] {
  const { decimalMark } = figureDefaults(options);
  const lists = splitLists(rows);
  return [...lists.top, ...lists.bottom].map((row) => ({
    ...row,
    label: `${row.rank}\u2002${row.municipality}`,
    text: formatNumber(row.score, 1, decimalMark),
    textWidth: measureText(formatNumber(row.score, 1, decimalMark), TEXT.labelSize),
  }));
}

/** Figures 6.4-6.7 as two panels of bars (see the module doc for the design). */
export function extremesChartSpec(
  rows: readonly ExtremeRow[],
  required: ExtremesChartRequired,
  options: ExtremesChartOptions = {},
): TopLevelSpec {
  const { decimalMark } = figureDefaults(options);
  const bars = extremeBars(rows, options);
  const width = options.width ?? 360;
  const rowHeight = options.rowHeight ?? 20;
  const fill = greyHex(required.perspective.grey);
  const [topTitle, bottomTitle] = options.panelTitles ?? ["hoogste vijf", "laagste vijf"];
  const meanText = options.mean === undefined
    ? undefined
    : `${options.meanLabel ?? "gemiddeld"} ${formatNumber(options.mean, 1, decimalMark)}`;
  const domain = fitDomain(
    [
      ...bars.map((b) => ({ value: b.score, labelWidth: measureText(b.text, TEXT.labelSize) })),
      ...(options.mean === undefined || meanText === undefined ? [] : [
        { value: options.mean, labelWidth: measureText(meanText, TEXT.labelSize) / 2 },
        // A label may move right of the mean line (see labelStart): leave room for that.
        ...bars.map((b) => ({ value: Math.max(b.score, options.mean!), labelWidth: b.textWidth })),
      ]),
    ],
    width,
    LABEL_GAP,
    5,
  );
  const axisLabelWidth = Math.max(...bars.map((b) => measureText(b.label, TEXT.labelSize)));
  const panel = (list: "top" | "bottom", title: string, last: boolean) => {
    const mine = bars.filter((b) => b.list === list).map((b) => ({
      ...b,
      labelAt: labelStart(b.score, b.textWidth, options.mean, domain, width),
    }));
    const x = {
      field: "score",
      type: "quantitative",
      scale: { domain, nice: false },
      axis: {
        title: last ? `share of ${required.perspective.code} signal words (%)` : null,
        values: ticks(domain, width),
        labels: last,
        ticks: last,
        domain: last,
        grid: true,
      },
    };
    const bar = {
      mark: { type: "bar", fill, stroke: "#000000", strokeWidth: 0.6, height: rowHeight - 6 },
      encoding: { x },
    };
    const label = {
      mark: {
        type: "text",
        align: "left",
        baseline: "middle",
        fontSize: TEXT.labelSize,
        color: "#000000",
      },
      encoding: { x: { field: "labelAt", type: "quantitative" }, text: { field: "text" } },
    };
    if (options.mean === undefined) return { ...frame(title, mine), layer: [bar, label] };
    const meanLine = dashedRuleLayers(
      { x: { datum: options.mean, type: "quantitative" }, y: null },
      { values: [{}] },
    );
    const meanLabel = {
      data: { values: [{}] },
      mark: {
        type: "text",
        align: "center",
        baseline: "bottom",
        dy: -3,
        fontSize: TEXT.labelSize,
        color: "#000000",
      },
      encoding: {
        x: { datum: options.mean, type: "quantitative" },
        y: { value: 0 },
        text: { value: meanText },
      },
    };
    return {
      ...frame(title, mine),
      layer: [bar, ...meanLine, label, ...(list === "top" ? [meanLabel] : [])],
    };
  };
  const frame = (title: string, mine: ExtremeBar[]) => ({
    title: { text: title, fontSize: TEXT.headerSize, offset: 6, frame: "group" },
    width,
    height: rowHeight * mine.length,
    data: { values: mine },
    encoding: {
      y: {
        field: "label",
        type: "nominal",
        sort: null,
        axis: { title: null, ticks: false, labelPadding: 6, labelLimit: 0 },
        scale: { paddingInner: 0, paddingOuter: 0 },
      },
    },
  });
  return {
    title: titleBlock(required, axisLabelWidth + width + 40),
    vconcat: [panel("top", topTitle, false), panel("bottom", bottomTitle, true)],
    spacing: 14,
    config: { locale: numberLocale(decimalMark), axis: { domainColor: "#888888" } },
  } as TopLevelSpec;
}
