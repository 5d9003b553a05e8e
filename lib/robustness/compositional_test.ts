import assert from "node:assert/strict";
import { scoreTableFromRows } from "../stats/mod.ts";
import {
  clr,
  clrTable,
  compareCompositional,
  compositionalCentre,
  compositionalOverallRows,
  countZeros,
  directionTableRows,
  multiplicativeReplacement,
  testAgreementTableRows,
} from "./compositional.ts";
import type { GroupTestRow } from "./group_differences.ts";

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

// Reference values from numpy (log, mean, exp written out independently).
Deno.test("clr: against numpy", () => {
  const expected = [
    -0.7945134575869863,
    -0.10136627702704137,
    0.30409883108112323,
    0.591780903532904,
  ];
  clr([10, 20, 30, 40]).forEach((c, i) => close(c, expected[i], 1e-12));
  close(clr([10, 20, 30, 40]).reduce((a, b) => a + b), 0, 1e-12);
  assert.throws(() => clr([0, 1]), RangeError);
});

Deno.test("multiplicativeReplacement: zeros to δ, the rest scaled, then clr", () => {
  const replaced = multiplicativeReplacement([0, 20, 30, 50]);
  [0.5, 19.9, 29.85, 49.75].forEach((x, i) => close(replaced[i], x, 1e-12));
  const expected = [-3.093339144213374, 0.5905277680770182, 0.9959928761851824, 1.5068184999511733];
  clr(replaced).forEach((c, i) => close(c, expected[i], 1e-12));
  // ratios between the non-zero shares are kept
  close(replaced[3] / replaced[1], 50 / 20, 1e-12);
  assert.throws(() => multiplicativeReplacement([0, 100], 0), RangeError);
  // shares that do not sum to 100 are closed first
  assert.deepEqual(multiplicativeReplacement([1, 3]), [25, 75]);
});

const row = (municipality: string, region: "oost" | "west", shares: number[]) =>
  ({
    municipality,
    size_class: "G4",
    region,
    PA: shares[0],
    NPM: shares[1],
    NPG: shares[2],
    SR: shares[3],
  }) as const;
const scores = scoreTableFromRows([
  row("a", "oost", [10, 20, 30, 40]),
  row("b", "oost", [40, 30, 20, 10]),
  row("c", "west", [2, 48, 25, 25]),
  row("d", "west", [60, 10, 20, 10]),
]);

Deno.test("compositionalCentre: against numpy", () => {
  const expected = [18.6998757408021, 29.26688717121591, 29.56709965153155, 22.46613743645044];
  compositionalCentre(scores.rows).forEach((c, i) => close(c, expected[i], 1e-9));
});

Deno.test("clrTable: every row in clr coordinates, sums 0", () => {
  const table = clrTable(scores);
  close(table.rows[0].PA, -0.7945134575869863, 1e-12);
  for (const r of table.rows) close(r.PA + r.NPM + r.NPG + r.SR, 0, 1e-12);
  assert.equal(countZeros(scores), 0);
});

Deno.test("compareCompositional: order, reversed and shifted deviations (numpy values)", () => {
  const test = (perspective: "PA" | "NPM" | "NPG" | "SR", p: number): GroupTestRow => ({
    grouping: "region",
    perspective,
    k: 2,
    N: 4,
    H: 0,
    df: 1,
    p_kw: p,
    p_kw_holm: p,
    epsilon2: 0,
    eta2: 0,
    F: 0,
    p_perm: p,
    p_perm_holm: p,
    perm_kind: "exact",
  });
  const c = compareCompositional(
    scores,
    [test("PA", 0.01), test("NPM", 0.5)],
    [test("PA", 0.2), test("NPM", 0.5)],
  );
  assert.deepEqual(c.order_arithmetic, ["PA", "NPM", "NPG", "SR"]);
  assert.deepEqual(c.order_compositional, ["NPG", "NPM", "SR", "PA"]);
  const oost = c.directions.filter((d) => d.group === "oost");
  // arithmetic: −3.0, −2.0, +1.25, +3.75; centre: +3.7746, −1.7414, −2.0416, +0.0083
  close(oost[0].arithmetic, -3);
  close(oost[0].compositional, 3.7746113983568037, 1e-9);
  close(oost[3].compositional, 0.00834970270846469, 1e-9);
  assert.deepEqual(oost.map((d) => d.change), ["reversed", "none", "reversed", "shifted"]);
  assert.deepEqual(c.tests.map((t) => t.agree), [false, true]);
  assert.deepEqual(directionTableRows(oost)[0], {
    grouping: "region",
    group: "oost",
    perspective: "PA",
    arithmetic: "-3.0",
    compositional: "3.8",
    arithmetic_direction: "lower",
    compositional_direction: "higher",
    change: "reversed",
  });
  assert.deepEqual(compositionalOverallRows(c)[0], {
    view: "arithmetic means",
    order: "PA > NPM > NPG > SR",
    PA: 28,
    NPM: 27,
    NPG: 23.75,
    SR: 21.25,
  });
  assert.equal(testAgreementTableRows(c.tests)[0].same_outcome, "no");
});
