/**
 * What the robustness figures share: the title block (wrapped with the shipped font's
 * measurements), the perspective colours of the study (its four greys), the width of
 * the longest label, and a nice upper end for a percentage axis.
 *
 * @module
 */
import { measureText } from "../text_metrics.ts";
import { type FigureText, TEXT, titleBlock } from "../chapter6/style.ts";

export type { FigureText };

/** The study's grey tones per perspective (note under Figure 6.8). */
export const PERSPECTIVE_GREYS: Readonly<Record<string, string>> = {
  PA: "#000000",
  NPM: "#595959",
  NPG: "#a6a6a6",
  SR: "#d9d9d9",
};

/** Accent colour for "as published / observed" marks. */
export const ACCENT = "#1f4e79";
/** Colour of everything else in bars and intervals. */
export const MUTED = "#9aa7b4";

/** Font size of axis labels in these figures. */
export const LABEL_SIZE = TEXT.labelSize;

/**
 * The title block for a figure of total width `width`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(title({ title: "T" }, 400), { text: "T" });
 * ```
 */
export function title(text: FigureText, width: number): { text: string; subtitle?: string[] } {
  return titleBlock(text, width);
}

/**
 * The width in pixels of the widest of `labels` at the label size (at least 20).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(labelWidth(["Leidschendam-Voorburg", "Oss"]) > labelWidth(["Oss"]));
 * ```
 */
export function labelWidth(labels: readonly string[], size: number = LABEL_SIZE): number {
  return Math.max(20, ...labels.map((l) => Math.ceil(measureText(l, size))));
}

/**
 * The smallest multiple of `step` at or above `value` (for an axis end).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(niceMax(88.9, 10), 90);
 * assert.equal(niceMax(90, 10), 90);
 * ```
 */
export function niceMax(value: number, step: number): number {
  return Math.max(step, Math.ceil(value / step - 1e-9) * step);
}
