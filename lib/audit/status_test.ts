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

Deno.test("verbal claims: on the stated side, and nearer to the claim than to any other round value", () => {
  // Worked by hand against the round values: fractions 0, 1/5, 1/3, 1/2, 3/4, 1; ratios in halves.
  assert.equal(classifyClaim("about", 1.5, 1.662, "ratio"), "match"); // 1.662 is nearer 1.5 than 2
  assert.equal(classifyClaim("about", 1.5, 1.8, "ratio"), "mismatch"); // nearer 2
  assert.equal(classifyClaim("almost", 0.5, 0.49, "fraction"), "match");
  assert.equal(classifyClaim("almost", 0.5, 0.5, "fraction"), "mismatch"); // not below
  assert.equal(classifyClaim("almost", 0.5, 0.4, "fraction"), "mismatch"); // nearer 1/3
  assert.equal(classifyClaim("more_than", 0.75, 0.794, "fraction"), "match"); // 3/4 nearer than 1
  assert.equal(classifyClaim("more_than", 0.5, 0.58, "fraction"), "match"); // 1/2 nearer than 3/4
  assert.equal(classifyClaim("more_than", 0.5, 0.7, "fraction"), "mismatch"); // nearer 3/4
  assert.equal(classifyClaim("about", 10, 10.2, "percent"), "match");
  assert.equal(classifyClaim("less_than", 100000, 100000, "inhabitants"), "mismatch");
  assert.equal(classifyClaim("at_most", 5, 5, "rank"), "match");
});
