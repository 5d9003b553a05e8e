/**
 * Rounding as the study prints numbers: to a fixed number of decimals, halves away from
 * zero (the convention of spreadsheet and statistics packages: 18.25 → 18.3), after
 * removing binary floating-point noise (a mean of 27.05 computed as 27.049999999999997
 * is treated as 27.05).
 *
 * @module
 */

// Rounding itself lives in lib/io (CSV writing and displays use it too).
import { formatFixed, roundHalfAway } from "../io/round.ts";
export { formatFixed, roundHalfAway };

/**
 * Digits after the decimal point of a number as written (`"20.7"` → 1, `"27"` → 0).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(decimalsOf("20.7"), 1);
 * assert.equal(decimalsOf("58"), 0);
 * ```
 */
export function decimalsOf(printed: string): number {
  const point = printed.indexOf(".");
  return point < 0 ? 0 : printed.length - point - 1;
}

/**
 * Half a unit of the last printed digit: the most a printed value can differ from the
 * value it was rounded from (`1` decimal → 0.05).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(halfUnit(1), 0.05);
 * assert.equal(halfUnit(0), 0.5);
 * ```
 */
export function halfUnit(decimals: number): number {
  return 0.5 / 10 ** decimals;
}

/**
 * Rows with the named numeric columns written as fixed-decimal text (for display, so that
 * 6.0 does not show as 6). Other columns are copied unchanged.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(withFixedDecimals([{ name: "Helmond", score: 6 }], ["score"]), [
 *   { name: "Helmond", score: "6.0" },
 * ]);
 * ```
 */
export function withFixedDecimals<T extends object>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
  decimals = 1,
): Record<string, string | number | boolean | null | undefined>[] {
  return rows.map((row) => {
    const out = { ...row } as Record<string, string | number | boolean | null | undefined>;
    for (const column of columns) {
      const value = out[column];
      if (typeof value === "number") out[column] = formatFixed(value, decimals);
    }
    return out;
  });
}
