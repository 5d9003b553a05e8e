/**
 * Helpers for the figure tests: the data values of a drawing spec, and a check that every
 * text of a drawing lies inside the figure and, for grids, inside a cell.
 *
 * @module
 */
import { measureText } from "../text_metrics.ts";
import type { Drawing, RectMark, TextMark } from "./drawing.ts";

/** Every datum of every layer of a spec made by `drawingSpec`. */
export function specValues(spec: unknown): Record<string, unknown>[] {
  const layers = (spec as { layer: { data: { values: Record<string, unknown>[] } }[] }).layer;
  return layers.flatMap((l) => l.data.values);
}

/** The horizontal extent of a text mark, from its anchor and alignment. */
export function textBox(t: TextMark): { x1: number; x2: number; y1: number; y2: number } {
  const w = measureText(t.text, t.size, t.weight);
  const x1 = t.align === "left" ? t.x : t.align === "center" ? t.x - w / 2 : t.x - w;
  return { x1, x2: x1 + w, y1: t.y - t.size / 2, y2: t.y + t.size / 2 };
}

/** Texts of a drawing that stick out of the drawing. */
export function textsOutside(d: Drawing): TextMark[] {
  return d.texts.filter((t) => {
    const b = textBox(t);
    return b.x1 < -0.5 || b.x2 > d.width + 0.5 || b.y1 < -0.5 || b.y2 > d.height + 0.5;
  });
}

/** Texts of a drawing that lie in no rectangle of `cells` (the cells of a grid). */
export function textsOutsideCells(d: Drawing, cells: readonly RectMark[]): TextMark[] {
  return d.texts.filter((t) => {
    const b = textBox(t);
    return !cells.some((r) =>
      b.x1 >= r.x - 0.5 && b.x2 <= r.x2 + 0.5 && b.y1 >= r.y - 0.5 && b.y2 <= r.y2 + 0.5
    );
  });
}
