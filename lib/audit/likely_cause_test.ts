import assert from "node:assert/strict";
import { leaveOneOutMatches, likelyCause } from "./likely_cause.ts";

Deno.test("a value equal to a neighbouring number is named", () => {
  assert.equal(
    likelyCause("21.2", 20.702, [
      { label: "the PA mean", value: 20.702 },
      { label: "the NPM mean", value: 21.192 },
    ]),
    "equals the NPM mean (21.2); probably that value repeated or the wrong one cited",
  );
});

Deno.test("digit tests: swapped digits, one wrong digit, nothing", () => {
  assert.equal(likelyCause("12.7", 21.7, []), "digits swapped (12.7 printed, 21.7 recomputed)");
  assert.equal(
    likelyCause("4.4", 7.4, []),
    "one digit differs (4.4 printed, 7.4 recomputed): a typo?",
  );
  assert.equal(likelyCause("50.0", 12.3, []), "");
});

Deno.test("leave-one-out: which municipality, left out, gives the printed mean", () => {
  const values = [10, 20, 30, 100].map((value, i) => ({ municipality: `m${i}`, value }));
  assert.deepEqual(leaveOneOutMatches(values, "20.0"), ["m3"]);
  assert.deepEqual(leaveOneOutMatches(values, "99.0"), []);
  assert.deepEqual(leaveOneOutMatches(values.slice(0, 1), "10.0"), []);
});
