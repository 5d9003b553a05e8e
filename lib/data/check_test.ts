import assert from "node:assert/strict";
import { checkPublishedData, crossCheck } from "./check.ts";

Deno.test("all data files load and agree with each other", async () => {
  const data = await checkPublishedData();
  assert.equal(data.municipalities.length, 50);
  assert.equal(data.plans.length, 49);
  assert.equal(data.scores.length, 49);
  assert.deepEqual(
    data.plans.map((p) => p.municipality),
    data.scores.map((s) => s.municipality),
  );
});

Deno.test("cross-file errors name the file, line and column", async () => {
  const data = await checkPublishedData();
  const plans = data.plans.map((p) => p.municipality === "Oss" ? { ...p, municipality: "Os" } : p);
  assert.throws(() => crossCheck({ ...data, plans }), {
    message: 'data/plans.csv line 36, column municipality: "Os" is not in data/municipalities.csv',
  });
  const scores = data.scores.map((s) =>
    s.municipality === "Oss" ? { ...s, region: "oost" as const } : s
  );
  assert.throws(() => crossCheck({ ...data, scores }), {
    message: 'data/published/bijlage-g.csv line 36, column region: "oost" differs from ' +
      'data/municipalities.csv line 37 ("zuid")',
  });
  const municipalities = data.municipalities.map((m) =>
    m.municipality === "Almelo" ? { ...m, plan_analysed: true } : m
  );
  assert.throws(() => crossCheck({ ...data, municipalities }), {
    message: "data/plans.csv: no row for Almelo (plan_analysed is true)",
  });
});
