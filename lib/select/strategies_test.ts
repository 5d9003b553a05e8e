import assert from "node:assert/strict";
import { linearRegression } from "simple-statistics";
import { scoreTableFromRows } from "../stats/mod.ts";
import {
  caseStrategies,
  extremeCases,
  modelCases,
  pairCases,
  regressionDiagnostics,
  typicalCases,
} from "./strategies.ts";

type Region = "west" | "oost";
const row = (municipality: string, region: Region, PA: number) => ({
  municipality,
  size_class: "G4" as const,
  region,
  PA,
  NPM: 100 - PA,
  NPG: 0,
  SR: 0,
});
// Two regions, PA 10 and 30 in west, 50 three times in oost.
const five = scoreTableFromRows([
  row("A", "west", 10),
  row("B", "west", 30),
  row("C", "oost", 50),
  row("D", "oost", 50),
  row("E", "oost", 50),
]);

Deno.test("regressionDiagnostics: residuals, leverage, Cook's distance and interval by hand", () => {
  const fit = regressionDiagnostics(five, "PA")!;
  // Worked by hand: fitted = region means (west 20, oost 50); rank 2, df 3;
  // SSE = 100 + 100 = 200, s² = 200 / 3; leverage 1/2 (west), 1/3 (oost).
  assert.equal(fit.rank, 2);
  assert.equal(fit.df, 3);
  assert.equal(fit.sigma.toFixed(6), Math.sqrt(200 / 3).toFixed(6));
  const a = fit.cases[0];
  assert.deepEqual(
    [a.fitted, a.residual, a.leverage].map((x) => x.toFixed(6)),
    ["20.000000", "-10.000000", "0.500000"],
  );
  // r = −10 / (√(200/3)·√(1/2)) = −√3; D = r²·h / (p·(1 − h)) = 3·0.5 / (2·0.5) = 1.5.
  assert.equal(a.studentized.toFixed(6), (-Math.sqrt(3)).toFixed(6));
  assert.equal(a.cooks.toFixed(6), "1.500000");
  // Prediction interval for C: 50 ± t(3, 0.975)·s·√(1 + 1/3); t(3, 0.975) = 3.182446 (t tables).
  const c = fit.cases[2];
  const half = 3.182446 * Math.sqrt(200 / 3) * Math.sqrt(4 / 3);
  assert.equal(c.lower.toFixed(3), (50 - half).toFixed(3));
  assert.equal(c.upper.toFixed(3), (50 + half).toFixed(3));
});

Deno.test("regressionDiagnostics: one dummy agrees with simple-statistics' linear regression", () => {
  const fit = regressionDiagnostics(five, "PA")!;
  // Another implementation: regress PA on the 0/1 west dummy with simple-statistics.
  const { m, b } = linearRegression(five.rows.map((r) => [r.region === "west" ? 1 : 0, r.PA]));
  for (const [i, r] of five.rows.entries()) {
    const expected = b + m * (r.region === "west" ? 1 : 0);
    assert.equal(fit.cases[i].fitted.toFixed(9), expected.toFixed(9));
  }
});

Deno.test("regressionDiagnostics: collinear groupings and no residual degrees of freedom", () => {
  // Size class and region say the same thing (G4 = west, 100.000+ = oost): rank 2, not 3.
  const collinear = scoreTableFromRows([
    { ...row("A", "west", 10) },
    { ...row("B", "west", 30) },
    { ...row("C", "oost", 50), size_class: "100.000+" },
    { ...row("D", "oost", 70), size_class: "100.000+" },
  ]);
  assert.equal(regressionDiagnostics(collinear, "PA")!.rank, 2);
  // Two documents in two regions: the model fits exactly, nothing to call deviant.
  const two = scoreTableFromRows([row("A", "west", 10), row("B", "oost", 30)]);
  assert.equal(regressionDiagnostics(two, "PA"), null);
  assert.deepEqual(modelCases(two), []);
  // No documents at all (a lexicon variant can leave every document without hits).
  assert.deepEqual(caseStrategies(scoreTableFromRows([]), [], []), []);
});

Deno.test("fewer documents than roles: one document fills every role it can", () => {
  const one = scoreTableFromRows([row("A", "west", 10)]);
  const picks = caseStrategies(one, [], []);
  assert.deepEqual(new Set(picks.map((p) => p.document)), new Set(["A"]));
  // Extreme: 4 × (highest, lowest); typical; diverse 4 × 3; diverse by group: 1; no model, no pairs.
  assert.equal(picks.length, 8 + 1 + 12 + 1);
  assert.deepEqual(pairCases(one), []);
});

Deno.test("ties are broken by name", () => {
  const tied = scoreTableFromRows([row("B", "west", 50), row("A", "west", 50)]);
  // Both PA 50: highest and lowest are A (first by name).
  assert.deepEqual(extremeCases(tied).slice(0, 2).map((p) => p.document), ["A", "A"]);
  assert.equal(typicalCases(tied)[0].document, "A");
});
