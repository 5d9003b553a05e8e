import assert from "node:assert/strict";
import { classifyClaim, classifyNumber } from "./status.ts";

Deno.test("match: equal at the printed precision, halves away from zero", () => {
  assert.equal(classifyNumber(27.0, 1, 27.04), "match");
  assert.equal(classifyNumber(27, 0, 27.04), "match");
  assert.equal(classifyNumber(27.1, 1, 27.05), "match");
  assert.equal(classifyNumber(6, 0, 6.0), "match");
});

Deno.test("rounding: within the inputs' uncertainty plus half a printed unit", () => {
  // mean of printed one-decimal shares: ±0.05; printed one decimal: ±0.05; bound 0.1
  assert.equal(classifyNumber(27.0, 1, 27.05, { inputUncertainty: 0.05 }), "rounding");
  assert.equal(classifyNumber(31.5, 1, 31.6, { inputUncertainty: 0.05 }), "rounding");
  assert.equal(classifyNumber(31.6, 1, 31.716, { inputUncertainty: 0.05 }), "mismatch");
  // without input uncertainty only the printed half unit is allowed
  assert.equal(classifyNumber(18.6, 1, 18.525), "mismatch");
});

Deno.test("mismatch: larger gaps, and a missing recomputation", () => {
  assert.equal(classifyNumber(7.4, 1, 4.4, { inputUncertainty: 0.05 }), "mismatch");
  assert.equal(classifyNumber(7.4, 1, NaN), "mismatch");
});

Deno.test("verbal claims", () => {
  assert.equal(classifyClaim("about", 1.5, 1.662), "match"); // within 15 %
  assert.equal(classifyClaim("about", 1.5, 1.8), "mismatch");
  assert.equal(classifyClaim("almost", 0.5, 0.49), "match");
  assert.equal(classifyClaim("almost", 0.5, 0.5), "mismatch"); // not below
  assert.equal(classifyClaim("more_than", 0.75, 0.794), "match");
  assert.equal(classifyClaim("less_than", 100000, 100000), "mismatch");
  assert.equal(classifyClaim("at_most", 5, 5), "match");
});
