/**
 * The case-selection strategies on one map: a small panel per strategy, each showing every
 * document on the two axes of the quadrant model (government ↔ society, preconditions ↔
 * results; `quadrantPositions` of lib/select) in grey, and the strategy's picks in the
 * accent colour with their names. The same axes in every panel, so a reader sees at a
 * glance which corner of the map each strategy reaches for.
 *
 * @module
 */
import { placeLabels } from "../place_labels.ts";
import { type FigureText, TEXT, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";

/** Accent colour of a picked document. */
const PICKED = "#1f4e79";
/** Colour of the other documents. */
const OTHER = "#c8cfd6";
/** Area of a document's dot, in square pixels. */
const DOT = 28;
/** Font size of the names. */
const LABEL_SIZE = 9;

/** Options of {@linkcode strategyMapSpec}. */
export interface StrategyMapOptions {
  /** Panels per row. Default: 4. */
  columns?: number;
  /** Width and height of one panel. Default: 150. */
  size?: number;
  /** Axis titles. Default: `government ← → society`, `preconditions ← → results`. */
  axisTitles?: { x: string; y: string };
}

/**
 * A panel per strategy (in the order of `strategies`) of `positions`, with the documents
 * in `picks` of that strategy highlighted and named.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = strategyMapSpec(
 *   [{ document: "A", x: 1, y: 2 }, { document: "B", x: -1, y: 0 }],
 *   [{ strategy: "extreme", document: "B" }],
 *   ["extreme"],
 *   { title: "t" },
 * ) as unknown as { concat: { data: { values: { document: string; picked: boolean }[] } }[] };
 * assert.deepEqual(spec.concat[0].data.values.map((v) => [v.document, v.picked]), [["A", false], ["B", true]]);
 * ```
 */
export function strategyMapSpec(
  positions: readonly { document: string; x: number; y: number }[],
  picks: readonly { strategy: string; document: string }[],
  strategies: readonly string[],
  text: FigureText,
  options: StrategyMapOptions = {},
): TopLevelSpec {
  const columns = options.columns ?? 4;
  const size = options.size ?? 150;
  const titles = options.axisTitles ??
    { x: "government ← → society", y: "preconditions ← → results" };
  const extent = Math.max(1, ...positions.flatMap((p) => [Math.abs(p.x), Math.abs(p.y)]));
  const domain = [-Math.ceil(extent / 10) * 10, Math.ceil(extent / 10) * 10];
  // The domain as it is given (not widened to round numbers), so that the names placed in
  // pixels below land where they were placed.
  const scale = { domain, nice: false };
  const x = { field: "x", type: "quantitative", scale, title: titles.x };
  const y = { field: "y", type: "quantitative", scale, title: titles.y };
  const span = domain[1] - domain[0];
  const pixel = (p: { x: number; y: number }) => ({
    x: ((p.x - domain[0]) / span) * size,
    y: size - ((p.y - domain[0]) / span) * size,
  });
  const data = (p: { x: number; y: number }) => ({
    x: domain[0] + (p.x / size) * span,
    y: domain[0] + ((size - p.y) / size) * span,
  });
  const panels = strategies.map((strategy) => {
    const chosen = new Set(picks.filter((p) => p.strategy === strategy).map((p) => p.document));
    const values = positions.map((p) => ({ ...p, picked: chosen.has(p.document) }))
      // Picked ones last, so that they are drawn on top (a stable sort keeps the table order).
      .sort((a, b) => Number(a.picked) - Number(b.picked));
    const named = values.filter((v) => v.picked);
    const labels = placeLabels(
      named.map((v) => ({ ...pixel(v), text: v.document })),
      { width: size, height: size, fontSize: LABEL_SIZE, pointRadius: Math.sqrt(DOT / Math.PI) },
    ).map((label, i) => {
      // The name at its place, and its leader line from the point to the name.
      const at = data({ x: label.left, y: label.middle });
      const end = data(label.end);
      return { ...named[i], lx: at.x, ly: at.y, leader: label.leader, x2: end.x, y2: end.y };
    });
    return {
      title: { text: strategy, fontSize: TEXT.headerSize, anchor: "start" },
      width: size,
      height: size,
      data: { values },
      layer: [
        {
          mark: { type: "rule", color: "#888888", strokeWidth: 0.5 },
          encoding: { x: { datum: 0 } },
        },
        {
          mark: { type: "rule", color: "#888888", strokeWidth: 0.5 },
          encoding: { y: { datum: 0 } },
        },
        {
          data: { values: labels },
          transform: [{ filter: "datum.leader" }],
          mark: { type: "rule", color: "#888888", strokeWidth: 0.5 },
          encoding: { x, y, x2: { field: "x2" }, y2: { field: "y2" } },
        },
        {
          mark: { type: "circle", size: DOT, opacity: 1 },
          encoding: {
            x,
            y,
            color: {
              field: "picked",
              type: "nominal",
              scale: { domain: [true, false], range: [PICKED, OTHER] },
              legend: null,
            },
          },
        },
        {
          data: { values: labels },
          mark: {
            type: "text",
            align: "left",
            baseline: "middle",
            fontSize: LABEL_SIZE,
            color: "#222222",
          },
          encoding: {
            x: { ...x, field: "lx" },
            y: { ...y, field: "ly" },
            text: { field: "document" },
          },
        },
      ],
    };
  });
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleBlock(text, columns * (size + 60)),
    concat: panels,
    columns,
    spacing: { row: 20, column: 20 },
    config: {
      view: { stroke: "#dddddd" },
      axis: { labelFontSize: 9, titleFontSize: 10, grid: false },
    },
  } as unknown as TopLevelSpec;
}
