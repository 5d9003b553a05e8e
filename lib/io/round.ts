/**
 * Rounding as the study prints numbers: to a fixed number of decimals, halves away from
 * zero (the convention of spreadsheet and statistics packages: 18.25 → 18.3), after
 * removing binary floating-point noise (a mean of 27.05 computed as 27.049999999999997
 * is treated as 27.05). Used for every number written to a table or shown in a notebook.
 *
 * @module
 */

/**
 * Round `x` to `decimals` digits after the point, halves away from zero. `x` is first
 * cleaned to 12 significant digits, so float noise never decides a half.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(roundHalfAway(18.525, 1), 18.5);
 * assert.equal(roundHalfAway(108.2 / 4, 1), 27.1); // 27.05, stored as 27.049999…
 * assert.equal(roundHalfAway(-2.5, 0), -3);
 * ```
 */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const clean = Number(x.toPrecision(12));
  const sign = clean < 0 ? -1 : 1;
  const magnitude = Math.abs(clean);
  const text = String(magnitude);
  const rounded = text.includes("e")
    ? Math.round(magnitude * 10 ** decimals) / 10 ** decimals
    : Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
  return rounded === 0 ? 0 : sign * rounded;
}

/**
 * `x` rounded with {@linkcode roundHalfAway} and written with exactly `decimals` digits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatFixed(27.05, 1), "27.1");
 * assert.equal(formatFixed(58, 1), "58.0");
 * assert.equal(formatFixed(-0.04, 1), "0.0");
 * ```
 */
export function formatFixed(x: number, decimals: number): string {
  return roundHalfAway(x, decimals).toFixed(decimals);
}
