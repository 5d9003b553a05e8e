/**
 * The shares of a scored corpus as a figure: one horizontal bar per document, split
 * into the share of each category (perspective) among the document's signal-word hits,
 * so every bar runs from 0 to 100 %. Perspectives keep the study's order and grey tones
 * (`data/perspectives.csv`); a category of another lexicon gets a grey of its own after
 * them, and a lexicon without any of them the ordered palette of `categoryColors`. A share is printed inside its segment only where the measured text fits.
 *
 * @module
 */
import { greyHex, textColorOn, titleBlock } from "../style.ts";
import { categoryColors } from "../design/design_figures.ts";
import type { TopLevelSpec } from "vega-lite";
import { formatFixed } from "../../io/mod.ts";
import { measureText } from "../text_metrics.ts";

/** What the figure needs of a row of `documents.csv` (lib/score `documentRows`). */
export interface ShareRow {
  document: string;
  category: string;
  hits: number;
  /** Share in % of the document's hits; `null` when the document has no hits. */
  share_pct: number | null;
}

/** How a category is drawn: a row of `data/perspectives.csv` will do. */
export interface CategoryStyle {
  code: string;
  /** A grey tone name (`black`, `dark grey`, `grey`, `light grey`) or `#rrggbb`. */
  grey: string;
  /** Dutch label, shown after the code in the legend. Default: none. */
  label_nl?: string;
}

/** Options of {@linkcode sharesSpec}. */
export interface SharesSpecOptions {
  /** Styles of known categories, in the order to draw them. Default: none (all get fallback greys). */
  styles?: readonly CategoryStyle[];
  /** Title. Default: `"Share of each perspective among the signal words, per document"`. */
  title?: string;
  /** Subtitle, wrapped to the figure's width. Default: none. */
  subtitle?: string;
  /** Width of the bars in pixels. Default: `440`. */
  width?: number;
}

/** Greys for categories without a style, in order of first appearance. */
export const FALLBACK_GREYS = ["#2b2b2b", "#7a7a7a", "#bdbdbd", "#f0f0f0"] as const;

/** One drawn segment (exported for tests). */
export interface ShareSegment {
  document: string;
  category: string;
  legend: string;
  share: number;
  start: number;
  end: number;
  hits: number;
  /** The share as printed in the segment, or `""` when it does not fit. */
  text: string;
  textColor: string;
}

/** The category order and colours {@linkcode sharesSpec} uses. */
export interface ShareLegend {
  categories: string[];
  legends: string[];
  colors: string[];
}

/**
 * Categories in drawing order (styled ones in the styles' order, then the others in
 * order of first appearance) with their legend texts and colours.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = [{ document: "a", category: "X", hits: 1, share_pct: 50 }, { document: "a", category: "PA", hits: 1, share_pct: 50 }];
 * assert.deepEqual(shareLegend(rows, [{ code: "NPM", grey: "grey" }, { code: "PA", grey: "black", label_nl: "rechtmatige overheid" }]), {
 *   categories: ["PA", "X"], legends: ["PA · rechtmatige overheid", "X"], colors: ["#000000", "#2b2b2b"],
 * });
 * ```
 */
export function shareLegend(
  rows: readonly ShareRow[],
  styles: readonly CategoryStyle[] = [],
): ShareLegend {
  const present = [...new Set(rows.map((r) => r.category))];
  const styled = styles.filter((s) => present.includes(s.code));
  const others = present.filter((c) => !styles.some((s) => s.code === c));
  return {
    categories: [...styled.map((s) => s.code), ...others],
    legends: [
      ...styled.map((s) => s.label_nl ? `${s.code} \u00b7 ${s.label_nl}` : s.code),
      ...others,
    ],
    // A lexicon of its own (no category styled) gets the ordered palette of the design
    // figures, so a category has the same colour in every figure of a run.
    colors: styled.length === 0 ? categoryColors(others) : [
      ...styled.map((s) => greyHex(s.grey)),
      ...others.map((_, i) => FALLBACK_GREYS[i % FALLBACK_GREYS.length]),
    ],
  };
}

/**
 * The segments of every bar: documents in the order of the rows, categories in legend
 * order, zero shares left out. A share is printed rounded to a whole percent (halves away
 * from zero, lib/io/round.ts), inside the
 * segment, when its text plus 3 px on each side fits in the segment's `width`-based size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = [
 *   { document: "a", category: "PA", hits: 3, share_pct: 75 },
 *   { document: "a", category: "SR", hits: 1, share_pct: 25 },
 *   { document: "b", category: "PA", hits: 0, share_pct: null },
 *   { document: "b", category: "SR", hits: 0, share_pct: null },
 * ];
 * const legend = shareLegend(rows, [{ code: "PA", grey: "black" }, { code: "SR", grey: "light grey" }]);
 * const segments = shareSegments(rows, legend, 40);
 * assert.deepEqual(segments.map((s) => [s.category, s.start, s.end, s.text, s.textColor]), [
 *   ["PA", 0, 75, "75", "#ffffff"],
 *   ["SR", 75, 100, "", "#000000"],
 * ]);
 * ```
 */
export function shareSegments(
  rows: readonly ShareRow[],
  legend: ShareLegend,
  width: number,
): ShareSegment[] {
  const documents = [...new Set(rows.map((r) => r.document))];
  const segments: ShareSegment[] = [];
  for (const document of documents) {
    let start = 0;
    legend.categories.forEach((category, c) => {
      const row = rows.find((r) => r.document === document && r.category === category);
      if (row === undefined || row.share_pct === null || row.share_pct <= 0) return;
      const end = start + row.share_pct;
      const text = formatFixed(row.share_pct, 0);
      const fits = measureText(text, SEGMENT_LABEL_SIZE) + 6 <= (row.share_pct / 100) * width;
      segments.push({
        document,
        category,
        legend: legend.legends[c],
        share: row.share_pct,
        start,
        end,
        hits: row.hits,
        text: fits ? text : "",
        textColor: textColorOn(legend.colors[c]),
      });
      start = end;
    });
  }
  return segments;
}

/** Font size of the share labels inside the bars (smaller than axis labels). */
const SEGMENT_LABEL_SIZE = 10;
const BAR_STEP = 24;

/**
 * A stacked bar chart of the shares per document (see the module doc). Documents are
 * drawn top to bottom in the order of the rows; a document without hits gets the note
 * "no signal words found" instead of a bar.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = [
 *   { document: "a", category: "PA", hits: 1, share_pct: 100 },
 *   { document: "b", category: "PA", hits: 0, share_pct: null },
 * ];
 * const spec = sharesSpec(rows, { styles: [{ code: "PA", grey: "black" }] }) as unknown as {
 *   height: number; layer: { data: { values: unknown[] } }[];
 * };
 * assert.equal(spec.height, 48);
 * assert.deepEqual(spec.layer[2].data.values, [{ document: "b", note: "no signal words found" }]);
 * ```
 */
export function sharesSpec(
  rows: readonly ShareRow[],
  options: SharesSpecOptions = {},
): TopLevelSpec {
  const width = options.width ?? 440;
  const legend = shareLegend(rows, options.styles);
  const segments = shareSegments(rows, legend, width);
  const documents = [...new Set(rows.map((r) => r.document))];
  const empty = documents.filter((d) => !segments.some((s) => s.document === d));
  const title = options.title ?? "Share of each perspective among the signal words, per document";

  const y = {
    field: "document",
    type: "nominal",
    sort: documents,
    scale: { domain: documents },
    title: null,
    axis: { labelFontSize: 11, ticks: false, domain: false, labelPadding: 6 },
  } as const;
  return {
    title: titleBlock({ title, subtitle: options.subtitle }, width, { minWidth: 0 }),
    width,
    height: documents.length * BAR_STEP,
    encoding: { y },
    layer: [
      {
        data: { values: segments },
        mark: { type: "bar", stroke: "#000000", strokeWidth: 0.5, height: BAR_STEP - 8 },
        encoding: {
          x: {
            field: "start",
            type: "quantitative",
            scale: { domain: [0, 100], nice: false },
            axis: {
              values: [0, 20, 40, 60, 80, 100],
              title: "share of the document's signal-word hits (%)",
              grid: true,
              gridColor: "#e6e6e6",
            },
          },
          x2: { field: "end" },
          color: {
            field: "legend",
            type: "nominal",
            scale: { domain: legend.legends, range: legend.colors },
            legend: {
              title: null,
              orient: "bottom",
              direction: "horizontal",
              columns: 2,
              columnPadding: 16,
              symbolType: "square",
              symbolStrokeColor: "#000000",
              symbolStrokeWidth: 0.5,
              labelFontSize: 11,
            },
          },
        },
      },
      {
        data: { values: segments.filter((s) => s.text !== "") },
        mark: { type: "text", fontSize: SEGMENT_LABEL_SIZE, align: "center", baseline: "middle" },
        encoding: {
          x: { field: "mid", type: "quantitative" },
          text: { field: "text" },
          fill: { field: "textColor", type: "nominal", scale: null, legend: null },
        },
        transform: [{ calculate: "(datum.start + datum.end) / 2", as: "mid" }],
      },
      {
        data: { values: empty.map((document) => ({ document, note: "no signal words found" })) },
        mark: {
          type: "text",
          fontSize: SEGMENT_LABEL_SIZE,
          align: "left",
          baseline: "middle",
          dx: 4,
        },
        encoding: { x: { datum: 0, type: "quantitative" }, text: { field: "note" } },
      },
    ],
  } as unknown as TopLevelSpec;
}
