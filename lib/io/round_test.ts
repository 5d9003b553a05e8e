import assert from "node:assert/strict";
import { formatFixed, roundHalfAway } from "./round.ts";

// Expected values worked by hand: the decimal number as written, its half rounded away from
// zero (the convention the study's tables follow).
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

Deno.test("roundHalfAway: very small and very large numbers, and what is not finite", () => {
  // 1.5e-7 is written with an exponent by String(), the branch that multiplies instead.
  assert.equal(roundHalfAway(1.5e-7, 7), 2e-7);
  assert.equal(roundHalfAway(2.5e21, 0), 2.5e21);
  assert.equal(roundHalfAway(-1e-9, 1), 0); // no negative zero
  assert.ok(Object.is(roundHalfAway(-1e-9, 1), 0));
  assert.equal(roundHalfAway(Infinity, 1), Infinity);
  assert.ok(Number.isNaN(roundHalfAway(NaN, 1)));
});
