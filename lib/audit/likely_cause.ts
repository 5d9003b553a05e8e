/**
 * Guessing why a printed number does not reproduce: it equals another number the reader
 * saw nearby (the text cites the wrong figure or repeats a value), two digits are
 * swapped, one digit is wrong (a typo), or the mean was taken over a different set of
 * municipalities. Each test is mechanical; the note says which one fired.
 *
 * @module
 */
import { formatFixed, roundHalfAway } from "../stats/mod.ts";

/** A number the misprint may have come from, with a label such as `the NPM mean`. */
export interface NamedValue {
  label: string;
  value: number;
}

/**
 * The likely cause of a mismatch, as a short note; `""` when no test fires.
 * `printed` is the published number as written with a decimal point (`"7.4"`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(
 *   likelyCause("7.4", 4.4, [{ label: "Deventer's PA share", value: 7.4 }]),
 *   "equals Deventer's PA share (7.4); probably that value repeated or the wrong one cited",
 * );
 * assert.equal(likelyCause("43.1", 34.1, []), "digits swapped (43.1 printed, 34.1 recomputed)");
 * assert.equal(likelyCause("12.5", 17.5, []), "one digit differs (12.5 printed, 17.5 recomputed): a typo?");
 * ```
 */
export function likelyCause(
  printed: string,
  reproduced: number,
  candidates: readonly NamedValue[],
): string {
  const decimals = printed.includes(".") ? printed.length - printed.indexOf(".") - 1 : 0;
  const value = Number(printed);
  const same = (x: number) => Math.abs(roundHalfAway(x, decimals) - value) < 1e-9;
  const hits = candidates.filter((c) => same(c.value) && !same(reproduced));
  if (hits.length > 0) {
    const labels = [...new Set(hits.map((h) => `${h.label} (${formatFixed(h.value, decimals)})`))];
    return `equals ${labels.join(" and ")}; probably that value repeated or the wrong one cited`;
  }
  const recomputed = formatFixed(reproduced, decimals);
  if (recomputed.length === printed.length && recomputed !== printed) {
    const digits = (s: string) => [...s].sort().join("");
    const differing = [...printed].filter((c, i) => c !== recomputed[i]).length;
    if (digits(recomputed) === digits(printed) && differing === 2) {
      return `digits swapped (${printed} printed, ${recomputed} recomputed)`;
    }
    if (differing === 1) {
      return `one digit differs (${printed} printed, ${recomputed} recomputed): a typo?`;
    }
  }
  return "";
}

/**
 * Which single municipalities, left out, make the mean round to the printed value: a
 * test for "the mean was computed on a different n".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const values = [{ municipality: "a", value: 10 }, { municipality: "b", value: 20 }, { municipality: "c", value: 60 }];
 * assert.deepEqual(leaveOneOutMatches(values, "15.0"), ["c"]);
 * ```
 */
export function leaveOneOutMatches(
  values: readonly { municipality: string; value: number }[],
  printed: string,
): string[] {
  if (values.length < 2) return [];
  const decimals = printed.includes(".") ? printed.length - printed.indexOf(".") - 1 : 0;
  const total = values.reduce((sum, v) => sum + v.value, 0);
  return values
    .filter((v) =>
      Math.abs(
        roundHalfAway((total - v.value) / (values.length - 1), decimals) - Number(printed),
      ) < 1e-9
    )
    .map((v) => v.municipality);
}
