/**
 * What the robustness figures add to the one figure style (lib/figures/style.ts): the
 * accent and muted colours, the width of the longest label, and a nice upper end for a
 * percentage axis.
 *
 * @module
 */
import { TEXT } from "../style.ts";
import { measureText } from "../text_metrics.ts";

/** Accent colour for "as published / observed" marks. */
export const ACCENT = "#1f4e79";
/** Colour of everything else in bars and intervals. */
export const MUTED = "#9aa7b4";

/**
 * The width in pixels of the widest of `labels` at the label size (at least 20).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(labelWidth(["Leidschendam-Voorburg", "Oss"]) > labelWidth(["Oss"]));
 * ```
 */
export function labelWidth(labels: readonly string[], size: number = TEXT.labelSize): number {
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
