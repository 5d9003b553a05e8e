/**
 * Distances between two share profiles (in percentage points), used to find the
 * municipality closest to the mean profile.
 *
 * @module
 */
import { z } from "zod";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";

/** `euclidean` (root of summed squares), `manhattan` (summed absolute) or `chebyshev` (largest). */
export const DISTANCES = ["euclidean", "manhattan", "chebyshev"] as const;
/** A distance. */
export type Distance = typeof DISTANCES[number];
/** Zod schema of {@linkcode Distance}. */
export const distanceSchema = z.enum(DISTANCES);

/**
 * The distance between two profiles over the four perspectives, in percentage points.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const a = { PA: 20, NPM: 20, NPG: 30, SR: 30 };
 * const b = { PA: 23, NPM: 16, NPG: 30, SR: 31 };
 * assert.equal(profileDistance(a, b, "euclidean"), Math.sqrt(9 + 16 + 0 + 1));
 * assert.equal(profileDistance(a, b, "manhattan"), 8);
 * assert.equal(profileDistance(a, b, "chebyshev"), 4);
 * ```
 */
export function profileDistance(
  a: Readonly<Record<Perspective, number>>,
  b: Readonly<Record<Perspective, number>>,
  distance: Distance = "euclidean",
): number {
  const kind = distanceSchema.parse(distance);
  const gaps = PERSPECTIVES.map((p) => Math.abs(a[p] - b[p]));
  if (kind === "manhattan") return gaps.reduce((sum, gap) => sum + gap, 0);
  if (kind === "chebyshev") return Math.max(...gaps);
  return Math.sqrt(gaps.reduce((sum, gap) => sum + gap * gap, 0));
}
