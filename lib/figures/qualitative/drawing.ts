/**
 * A small drawing model for figures that are diagrams or text tables rather than
 * charts: rectangles, lines, arrowheads and text placed in pixels, turned into one
 * Vega-Lite spec (`scale: null` on every position, so a datum's `x` is its pixel).
 * Text is wrapped by measuring it in the shipped DejaVu Sans, so no label can overflow
 * the box it was wrapped for.
 *
 * @module
 */
import { type FigureText, titleBlock, wrapText } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";

/** A text placed at a point (its anchor depends on `align` and `baseline`). */
export interface TextMark {
  x: number;
  y: number;
  text: string;
  size: number;
  weight: "normal" | "bold";
  color: string;
  align: "left" | "center" | "right";
  /** Default `"middle"`. */
  baseline?: "middle" | "top" | "bottom";
  /** Italic text (used for notes). Default `false`. */
  italic?: boolean;
  /** Rotation in degrees, clockwise. Default `0`. */
  angle?: number;
}

/** A rectangle from (`x`, `y`) to (`x2`, `y2`). */
export interface RectMark {
  x: number;
  y: number;
  x2: number;
  y2: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** A straight line. */
export interface LineMark {
  x: number;
  y: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  /** Dashed line. Default `false`. */
  dashed?: boolean;
}

/** A filled triangle pointing in the direction `angle` (degrees, 0 = up, clockwise). */
export interface HeadMark {
  x: number;
  y: number;
  angle: number;
  /** Area in square pixels (Vega's point size). */
  size: number;
  color: string;
}

/** Everything a figure draws, in pixels; `width` and `height` bound it. */
export interface Drawing {
  width: number;
  height: number;
  rects: RectMark[];
  lines: LineMark[];
  heads: HeadMark[];
  texts: TextMark[];
}

/** An empty drawing of the given size. */
export function emptyDrawing(width: number, height: number): Drawing {
  return { width, height, rects: [], lines: [], heads: [], texts: [] };
}

const position = {
  x: { field: "x", type: "quantitative", scale: null, axis: null },
  y: { field: "y", type: "quantitative", scale: null, axis: null },
} as const;

/**
 * The Vega-Lite spec that draws `drawing` under `title`: one layer per kind of mark
 * (texts grouped by alignment, weight and style, because those are mark properties).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const d = emptyDrawing(100, 40);
 * d.texts.push({ x: 5, y: 20, text: "PA", size: 11, weight: "bold", color: "#000000", align: "left" });
 * d.rects.push({ x: 0, y: 0, x2: 100, y2: 40, fill: "#d9d9d9", stroke: "#808080", strokeWidth: 1 });
 * const spec = drawingSpec(d, { title: "Figuur X" }) as unknown as {
 *   width: number; layer: { data: { values: unknown[] } }[];
 * };
 * assert.equal(spec.width, 100);
 * assert.deepEqual(spec.layer.map((l) => l.data.values.length), [1, 1]);
 * ```
 */
export function drawingSpec(drawing: Drawing, title: FigureText): TopLevelSpec {
  const layers: object[] = [];
  if (drawing.rects.length > 0) {
    layers.push({
      data: { values: drawing.rects },
      mark: { type: "rect" },
      encoding: {
        ...position,
        x2: { field: "x2" },
        y2: { field: "y2" },
        color: { field: "fill", type: "nominal", scale: null },
        stroke: { field: "stroke", type: "nominal", scale: null },
        strokeWidth: { field: "strokeWidth", type: "quantitative", scale: null },
      },
    });
  }
  for (const dashed of [false, true]) {
    const lines = drawing.lines.filter((l) => (l.dashed ?? false) === dashed);
    if (lines.length === 0) continue;
    layers.push({
      data: { values: lines },
      mark: { type: "rule", ...(dashed ? { strokeDash: [5, 4] } : {}) },
      encoding: {
        ...position,
        x2: { field: "x2" },
        y2: { field: "y2" },
        color: { field: "color", type: "nominal", scale: null },
        strokeWidth: { field: "width", type: "quantitative", scale: null },
      },
    });
  }
  if (drawing.heads.length > 0) {
    layers.push({
      data: { values: drawing.heads },
      mark: { type: "point", shape: "triangle", filled: true, opacity: 1 },
      encoding: {
        ...position,
        angle: { field: "angle", type: "quantitative", scale: null },
        size: { field: "size", type: "quantitative", scale: null },
        color: { field: "color", type: "nominal", scale: null },
      },
    });
  }
  const groups = new Map<string, TextMark[]>();
  for (const t of drawing.texts) {
    const key = [
      t.align,
      t.weight,
      t.baseline ?? "middle",
      t.italic ? "italic" : "normal",
      t.angle ?? 0,
    ].join("|");
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const [key, texts] of groups) {
    const [align, weight, baseline, style, angle] = key.split("|");
    layers.push({
      data: { values: texts },
      mark: {
        type: "text",
        align,
        baseline,
        fontWeight: weight,
        fontStyle: style,
        angle: Number(angle),
      },
      encoding: {
        ...position,
        text: { field: "text", type: "nominal" },
        size: { field: "size", type: "quantitative", scale: null },
        color: { field: "color", type: "nominal", scale: null },
      },
    });
  }
  return {
    title: { ...titleBlock(title, drawing.width, { minWidth: 360 }), anchor: "start" },
    width: drawing.width,
    height: drawing.height,
    padding: { left: 12, right: 12, top: 10, bottom: 12 },
    layer: layers,
  } as unknown as TopLevelSpec;
}

/**
 * Add an arrow from (`x1`, `y1`) to (`x2`, `y2`) to `drawing`: a line that stops short of
 * the tip and a triangular head at the tip.
 */
export function addArrow(
  drawing: Drawing,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  options: { color?: string; width?: number; dashed?: boolean; head?: number } = {},
): void {
  const color = options.color ?? "#000000";
  const head = options.head ?? 9;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  drawing.lines.push({
    x: x1,
    y: y1,
    x2: x2 - ux * head,
    y2: y2 - uy * head,
    color,
    width: options.width ?? 1.5,
    dashed: options.dashed,
  });
  // Vega's triangle points up (0 degrees); angle turns it clockwise.
  const angle = Math.round((Math.atan2(ux, -uy) * 180) / Math.PI * 100) / 100;
  drawing.heads.push({
    x: round(x2 - ux * head * 0.55),
    y: round(y2 - uy * head * 0.55),
    angle,
    size: Math.round(head * head * 1.6),
    color,
  });
}

/** Round to two decimals (keeps spec files short and byte-stable). */
export function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * Put `below` under `above` (shifted down by `above`'s height plus `gap`), into one
 * drawing as wide as the wider of the two.
 */
export function stackDrawings(above: Drawing, below: Drawing, gap: number): Drawing {
  const dy = above.height + gap;
  return {
    width: Math.max(above.width, below.width),
    height: dy + below.height,
    rects: [...above.rects, ...below.rects.map((r) => ({ ...r, y: r.y + dy, y2: r.y2 + dy }))],
    lines: [...above.lines, ...below.lines.map((l) => ({ ...l, y: l.y + dy, y2: l.y2 + dy }))],
    heads: [...above.heads, ...below.heads.map((h) => ({ ...h, y: h.y + dy }))],
    texts: [...above.texts, ...below.texts.map((t) => ({ ...t, y: round(t.y + dy) }))],
  };
}

/**
 * Notes under a drawing: each wrapped to the drawing's width in `size`-point italic,
 * starting `gap` pixels below it.
 */
export function appendNotes(
  drawing: Drawing,
  notes: readonly string[],
  options: { size?: number; gap?: number; color?: string } = {},
): Drawing {
  if (notes.length === 0) return drawing;
  const size = options.size ?? 10;
  const lh = Math.round(size * 1.3);
  let y = drawing.height + (options.gap ?? 8);
  const texts: TextMark[] = [];
  for (const note of notes) {
    for (const line of wrapText(note, drawing.width, size)) {
      texts.push({
        x: 0,
        y: round(y + lh / 2),
        text: line,
        size,
        weight: "normal",
        color: options.color ?? "#333333",
        align: "left",
        italic: true,
      });
      y += lh;
    }
  }
  return { ...drawing, height: Math.ceil(y), texts: [...drawing.texts, ...texts] };
}
