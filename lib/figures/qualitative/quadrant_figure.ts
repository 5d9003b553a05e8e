/**
 * The four-quadrant model of chapter 3 (Figure 3.1) and its two variants of chapter 13
 * (Figure 13.2, the fourth perspective renamed; Figure 13.3, the quadrants as four
 * disciplinary approaches inside a fifth, philosophical one), drawn from data: each
 * perspective's quadrant and grey from `data/perspectives.csv`, the axis ends from
 * `data/cases/conceptual/quadrant-axes.csv`, the relabelled quadrants from
 * `data/cases/conceptual/quadrant-variants.csv`.
 *
 * @module
 */
import { textColorOn } from "../style.ts";
import { type FigureText, greyHex, type Perspective, wrapText } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { addArrow, type Drawing, drawingSpec, emptyDrawing, round } from "./drawing.ts";
import { measureText } from "../text_metrics.ts";

/** The quadrants of the model. */
export type Quadrant = "top-left" | "top-right" | "bottom-left" | "bottom-right";

/** One quadrant as drawn: where, what it says, and its fill. */
export interface QuadrantCell {
  code: Perspective;
  quadrant: Quadrant;
  /** Bold first line(s), e.g. `Public Administration (PA)`. */
  name: string;
  /** Second line(s), e.g. `rechtmatige overheid`. */
  label: string;
  /** A grey tone name of `data/perspectives.csv` or a `#rrggbb` colour. */
  grey: string;
}

/** The labels at the four ends of the two axes. */
export interface AxisEnds {
  left: string;
  right: string;
  bottom: string;
  top: string;
}

/** Options of {@linkcode quadrantModelSpec}. */
export interface QuadrantModelOptions {
  /** A frame around the model with this label (Figure 13.3). Default: none. */
  frame?: string;
  /** Width of one quadrant. Default `200`. */
  quadrantWidth?: number;
  /** Height of one quadrant. Default `120`. */
  quadrantHeight?: number;
}

/** What a quadrant row needs: a perspective row of `data/perspectives.csv`. */
export interface PerspectiveRow {
  code: Perspective;
  name_en: string;
  label_nl: string;
  quadrant: Quadrant;
  grey: string;
}

/**
 * The quadrants of a figure: positions and greys from the perspectives; names and labels
 * from `labels` (e.g. the rows of one figure of `quadrant-variants.csv`) where given,
 * else the perspective's English name with its code and its Dutch label.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const pa = { code: "PA" as const, name_en: "Public Administration", label_nl: "rechtmatige overheid",
 *   quadrant: "bottom-left" as const, grey: "black" };
 * assert.deepEqual(quadrantCells([pa])[0].name, "Public Administration (PA)");
 * assert.equal(quadrantCells([pa], [{ code: "PA", name: "PA", label: "juridische benadering" }])[0].label,
 *   "juridische benadering");
 * ```
 */
export function quadrantCells(
  perspectives: readonly PerspectiveRow[],
  labels: readonly { code: string; name: string; label: string }[] = [],
): QuadrantCell[] {
  return perspectives.map((p) => {
    const own = labels.find((l) => l.code === p.code);
    return {
      code: p.code,
      quadrant: p.quadrant,
      name: own?.name || `${p.name_en} (${p.code})`,
      label: own?.label ?? p.label_nl,
      grey: p.grey,
    };
  });
}

/**
 * Draw the quadrant model: four shaded quadrants, each with its name and label, two
 * double-headed axes through the middle, and the axis ends written outside.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const cells = (["PA", "NPM", "NPG", "SR"] as const).map((code, i) => ({
 *   code, name: code, label: `l${i}`, grey: "grey",
 *   quadrant: (["bottom-left", "top-left", "top-right", "bottom-right"] as const)[i],
 * }));
 * const spec = quadrantModelSpec(cells,
 *   { left: "overheid", right: "samenleving", bottom: "randvoorwaarden", top: "resultaten" },
 *   { title: "Figuur 3.1: Vier perspectieven op sturing" },
 * ) as unknown as { layer: { data: { values: { text?: string; fill?: string }[] } }[] };
 * const values = spec.layer.flatMap((l) => l.data.values);
 * assert.equal(values.filter((v) => v.fill === "#a6a6a6").length, 4);
 * assert.ok(values.some((v) => v.text === "samenleving"));
 * ```
 */
export function quadrantModelSpec(
  cells: readonly QuadrantCell[],
  axes: AxisEnds,
  title: FigureText,
  options: QuadrantModelOptions = {},
): TopLevelSpec {
  const qw = options.quadrantWidth ?? 200;
  const qh = options.quadrantHeight ?? 120;
  const overhang = 22;
  const side = Math.ceil(
    Math.max(measureText(axes.left, 12), measureText(axes.right, 12)) + overhang + 12,
  );
  const framed = options.frame !== undefined;
  const m = framed ? 14 : 0;
  const x0 = side + m;
  const y0 = 42 + m;
  const cx = x0 + qw;
  const cy = y0 + qh;
  const width = 2 * (side + m) + 2 * qw;
  const height = y0 + 2 * qh + overhang + 20 + m + (framed ? 22 : 0);
  const d: Drawing = emptyDrawing(width, height);
  if (framed) {
    d.rects.push({
      x: 0,
      y: 0,
      x2: width,
      y2: height,
      fill: "#ffffff",
      stroke: "#000000",
      strokeWidth: 1.2,
    });
    d.texts.push({
      x: 10,
      y: height - 16,
      text: options.frame!,
      size: 12,
      weight: "bold",
      color: "#000000",
      align: "left",
    });
  }
  const gap = 3;
  for (const cell of cells) {
    const left = cell.quadrant.endsWith("left");
    const upper = cell.quadrant.startsWith("top");
    const x = left ? x0 : cx + gap;
    const y = upper ? y0 : cy + gap;
    const w = qw - gap;
    const h = qh - gap;
    const fill = greyHex(cell.grey);
    const ink = textColorOn(fill);
    d.rects.push({ x, y, x2: x + w, y2: y + h, fill, stroke: fill, strokeWidth: 0 });
    const nameLines = wrapText(cell.name, w - 20, 12, "bold");
    const labelLines = wrapText(cell.label, w - 20, 11);
    const total = (nameLines.length + labelLines.length) * 16;
    let ty = y + h / 2 - total / 2 + 8;
    for (
      const [lines, weight, size] of [[nameLines, "bold", 12], [labelLines, "normal", 11]] as const
    ) {
      for (const line of lines) {
        d.texts.push({
          x: round(x + w / 2),
          y: round(ty),
          text: line,
          size,
          weight,
          color: ink,
          align: "center",
        });
        ty += 16;
      }
    }
  }
  // Axes through the middle, double-headed.
  const mx = cx + gap / 2;
  const my = cy + gap / 2;
  addArrow(d, mx, my, x0 - overhang, my, { width: 1.6 });
  addArrow(d, mx, my, cx + qw + overhang, my, { width: 1.6 });
  addArrow(d, mx, my, mx, y0 - overhang + 6, { width: 1.6 });
  addArrow(d, mx, my, mx, cy + qh + overhang - 2, { width: 1.6 });
  const label = (x: number, y: number, text: string, align: "left" | "right" | "center") =>
    d.texts.push({
      x: round(x),
      y: round(y),
      text,
      size: 12,
      weight: "normal",
      color: "#000000",
      align,
    });
  label(x0 - overhang - 6, my, axes.left, "right");
  label(cx + qw + overhang + 6, my, axes.right, "left");
  label(mx, y0 - overhang - 6, axes.top, "center");
  label(mx, cy + qh + overhang + 10, axes.bottom, "center");
  return drawingSpec(d, title);
}
