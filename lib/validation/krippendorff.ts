/**
 * Krippendorff's alpha for nominal data: how far coders agree beyond what chance would
 * give, for any number of coders, with missing values (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"; Hayes & Krippendorff 2007).
 *
 * Computed from the coincidence matrix: every unit coded by `m ≥ 2` coders adds each
 * ordered pair of its values (from different coders) with weight `1/(m − 1)`; units
 * coded once cannot be paired and are left out. With `o` the coincidences, `n_c` the
 * marginal of value `c` and `n` their sum:
 * `alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k`.
 *
 * @module
 */

/** What {@linkcode nominalAlpha} found. */
export interface AlphaResult {
  /**
   * Krippendorff's alpha; `null` when it is not defined: fewer than two pairable values,
   * or every pairable value the same (no variation, so no expected disagreement).
   */
  alpha: number | null;
  /** Units coded by at least two coders (the units alpha rests on). */
  units: number;
  /** Pairable values: the values of those units (`n` of the formula). */
  values: number;
}

/**
 * Krippendorff's alpha for nominal data. `units` holds, per unit, the value each coder
 * gave (`null` or `undefined` for a coder who did not code it); values are compared as
 * they are.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Krippendorff (2011), example A: binary data, two observers, ten units; alpha = 0.095.
 * const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
 * const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
 * const result = nominalAlpha(a.map((v, i) => [String(v), String(b[i])]));
 * assert.equal(result.alpha!.toFixed(3), "0.095");
 * assert.deepEqual([result.units, result.values], [10, 20]);
 * ```
 */
export function nominalAlpha(
  units: readonly (readonly (string | null | undefined)[])[],
): AlphaResult {
  const coincidences = new Map<string, number>(); // disagreeing ordered pairs only
  const marginals = new Map<string, number>();
  let disagreement = 0;
  let pairableUnits = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null && v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    pairableUnits++;
    for (const value of values) marginals.set(value, (marginals.get(value) ?? 0) + 1);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j || values[i] === values[j]) continue;
        const key = `${values[i]}\u0000${values[j]}`;
        coincidences.set(key, (coincidences.get(key) ?? 0) + 1 / (m - 1));
        disagreement += 1 / (m - 1);
      }
    }
  }
  const counts = [...marginals.values()];
  const n = counts.reduce((a, b) => a + b, 0);
  const squares = counts.reduce((a, b) => a + b * b, 0);
  const expected = n * n - squares; // Σ_{c≠k} n_c · n_k
  const alpha = n < 2 || expected === 0 ? null : 1 - ((n - 1) * disagreement) / expected;
  return { alpha, units: pairableUnits, values: n };
}
