import assert from "node:assert/strict";
import { decimalsOf, formatFixed, halfUnit, roundHalfAway } from "./rounding.ts";

Deno.test("roundHalfAway rounds halves away from zero, after removing float noise", () => {
  assert.equal(roundHalfAway(0.05, 1), 0.1);
  assert.equal(roundHalfAway(18.525, 2), 18.53);
  assert.equal(roundHalfAway(1.005, 2), 1.01); // 1.00499999999999989… as a double
  assert.equal(roundHalfAway(-0.05, 1), -0.1);
  assert.equal(roundHalfAway(20.70204081632653, 1), 20.7);
  assert.equal(roundHalfAway(1e-9, 1), 0);
});

Deno.test("formatFixed writes exactly the asked decimals", () => {
  assert.equal(formatFixed(27, 1), "27.0");
  assert.equal(formatFixed(18.525, 1), "18.5");
  assert.equal(formatFixed(18.575, 1), "18.6");
  assert.equal(formatFixed(2 / 3, 3), "0.667");
});

Deno.test("decimalsOf and halfUnit", () => {
  assert.equal(decimalsOf("4.40"), 2);
  assert.equal(halfUnit(2), 0.005);
});
