/**
 * The signal words that move the shares most: one bar per entry (the `top` with the
 * largest influence), the bar's length the largest change of any document's share when
 * the entry is left out (percentage points), coloured by perspective in the study's
 * greys, with a marker for entries whose removal changes the case selection over the
 * documents.
 *
 * @module
 */
import { type FigureText, PERSPECTIVE_GREYS, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { measureText } from "../text_metrics.ts";
import { labelWidth, niceMax } from "./style.ts";

/** A row of `leaveOneEntryOut(...).entries`. */
export interface EntryInfluenceBar {
  category: string;
  entry: string;
  hits: number;
  max_change: number;
  selection_changes: readonly string[];
}

/** Options of {@linkcode lexiconInfluenceSpec}. */
export interface LexiconInfluenceOptions {
  /** Entries shown. Default: 15. */
  top?: number;
  /** Width of the plot. Default: 360. */
  width?: number;
  /** Height of one bar's row. Default: 16. */
  rowHeight?: number;
}

/**
 * The figure (see the module doc). Entries without influence are left out; ties are
 * broken by category, then entry.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = lexiconInfluenceSpec([
 *   { category: "SR", entry: "samen", hits: 4, max_change: 12, selection_changes: ["SR: A → B"] },
 *   { category: "PA", entry: "regels", hits: 1, max_change: 3, selection_changes: [] },
 *   { category: "PA", entry: "recht", hits: 0, max_change: 0, selection_changes: [] },
 * ], { title: "t" }) as unknown as { data: { values: { label: string }[] } };
 * assert.deepEqual(spec.data.values.map((v) => v.label), ["samen (SR) *", "regels (PA)"]);
 * ```
 */
export function lexiconInfluenceSpec(
  rows: readonly EntryInfluenceBar[],
  text: FigureText,
  options: LexiconInfluenceOptions = {},
): TopLevelSpec {
  const top = options.top ?? 15;
  const width = options.width ?? 360;
  const rowHeight = options.rowHeight ?? 16;
  const values = rows.filter((r) => r.max_change > 0)
    .sort((a, b) =>
      b.max_change - a.max_change ||
      (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) ||
      (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0)
    )
    .slice(0, top)
    .map((r) => ({
      label: `${r.entry} (${r.category})${r.selection_changes.length > 0 ? " *" : ""}`,
      category: r.category,
      change: r.max_change,
      text: `${r.max_change.toFixed(1)} pp`,
    }));
  const limit = labelWidth(values.map((v) => v.label));
  const max = niceMax(Math.max(1, ...values.map((v) => v.change)), 5);
  const known = Object.keys(PERSPECTIVE_GREYS);
  const categories = [...new Set(values.map((v) => v.category))].sort((a, b) =>
    (known.includes(a) ? known.indexOf(a) : known.length) -
      (known.includes(b) ? known.indexOf(b) : known.length) || (a < b ? -1 : a > b ? 1 : 0)
  );
  const y = {
    field: "label",
    type: "nominal",
    sort: values.map((v) => v.label),
    title: null,
    axis: { labelLimit: limit + 4, ticks: false, domain: false },
  };
  const x = {
    field: "change",
    type: "quantitative",
    scale: { domain: [0, max], nice: false },
    title: "largest change of a document's share (percentage points)",
    axis: { grid: true, gridColor: "#eeeeee" },
  };
  const textRoom = Math.ceil(measureText("00.0 pp", 10)) + 6;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleBlock(text, limit + width + textRoom),
    width,
    height: { step: rowHeight },
    data: { values },
    layer: [
      {
        mark: { type: "bar", height: rowHeight - 4, stroke: "#333333", strokeWidth: 0.5 },
        encoding: {
          y,
          x,
          color: {
            field: "category",
            type: "nominal",
            scale: {
              domain: categories,
              range: categories.map((c) =>
                (PERSPECTIVE_GREYS as Record<string, string>)[c] ?? "#7a7a7a"
              ),
            },
            legend: { title: "perspective", orient: "bottom", direction: "horizontal" },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 3, fontSize: 10, color: "#222222" },
        encoding: { y, x, text: { field: "text" } },
      },
    ],
    config: { view: { stroke: null }, axis: { labelFontSize: 10, titleFontSize: 11 } },
  } as unknown as TopLevelSpec;
}
