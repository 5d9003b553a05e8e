/**
 * What the qualitative figures add to the one figure style (lib/figures/style.ts): the
 * shades used for presence and dominance, and the chips that show a perspective's state
 * in a case.
 *
 * @module
 */
import type { Chip } from "./grid.ts";

/**
 * The one shade of a cell where a perspective is present: the "light grey" of the
 * chapter 6 donut charts (`data/perspectives.csv`), light enough for black text.
 */
export const PRESENT_FILL = "#d9d9d9";
/** Fill of a dominant perspective's chip: the "dark grey" of the donut charts. */
export const DOMINANT_FILL = "#595959";
/** Colour of secondary text (section numbers, glosses, dashes). */
export const MUTED = "#666666";
/** Border of absent chips and frames of minor boxes. */
export const LINE_GREY = "#a6a6a6";

/** How a perspective stands in a case. */
export type ChipState = "dominant" | "present" | "absent";

/**
 * A chip for a perspective in a given state: dark with white bold text when dominant,
 * light grey when present, white with a grey border and grey text when absent.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(stateChip("SR", "dominant").fill, "#595959");
 * assert.equal(stateChip("PA", "absent").color, "#666666");
 * ```
 */
export function stateChip(label: string, state: ChipState): Chip {
  if (state === "dominant") {
    return { label, fill: DOMINANT_FILL, stroke: DOMINANT_FILL, color: "#ffffff", weight: "bold" };
  }
  if (state === "present") {
    return { label, fill: PRESENT_FILL, stroke: LINE_GREY, color: "#000000" };
  }
  return { label, fill: "#ffffff", stroke: LINE_GREY, color: MUTED };
}
