import assert from "node:assert/strict";
import { nominalAlpha } from "./krippendorff.ts";

Deno.test("nominalAlpha: Krippendorff (2011) example C, four observers with missing values: 0.743", () => {
  // Krippendorff K (2011), Computing Krippendorff's Alpha-Reliability, section C ("Nominal
  // data, any number of observers, missing data"); the same matrix is the example of the R
  // functions irr::kripp.alpha and DescTools::KrippAlpha. Rows: observers A-D; columns: units 1-12.
  const _ = null;
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];
  const units = observers[0].map((_, u) =>
    observers.map((row) => row[u] === null ? null : String(row[u]))
  );
  const result = nominalAlpha(units);
  assert.equal(result.alpha!.toFixed(3), "0.743");
  // Unit 12 has one value and cannot be paired: 11 units, 40 pairable values (n = 40 in the paper).
  assert.deepEqual([result.units, result.values], [11, 40]);
});

Deno.test("nominalAlpha: perfect agreement is 1; no variation or nothing pairable is undefined", () => {
  assert.equal(nominalAlpha([["1", "1"], ["0", "0"], ["1", "1", null]]).alpha, 1);
  // Every value the same: expected disagreement 0, alpha undefined (Krippendorff 2011).
  assert.deepEqual(nominalAlpha([["1", "1"], ["1", "1"]]), { alpha: null, units: 2, values: 4 });
  assert.deepEqual(nominalAlpha([["1", null], [null, "0"]]), { alpha: null, units: 0, values: 0 });
  // Two coders who always disagree on two values: by hand, o_01 = o_10 = 2, n_0 = n_1 = 2,
  // alpha = 1 - 3 * 4 / (2 * 2 * 2) = -0.5.
  assert.equal(nominalAlpha([["0", "1"], ["1", "0"]]).alpha, -0.5);
});
