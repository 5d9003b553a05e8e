import assert from "node:assert/strict";
import { scoreTableFromRows } from "../stats/mod.ts";
import { hitCountsFor } from "./hit_counts.ts";
import { orderPairTableRows, orderSummaryRow, perspectiveOrder } from "./perspective_order.ts";

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

const row = (municipality: string, PA: number, NPM: number, NPG: number, SR: number) =>
  ({ municipality, size_class: "G4", region: "west", PA, NPM, NPG, SR }) as const;
// Means: PA 15, NPM 17.5, NPG 27.5, SR 40. Per municipality NPM − PA is +10 and −5, so a
// resample of two has mean difference +10 (1/4), +2.5 (1/2) or −5 (1/4): NPM > PA in 3/4
// of the resamples. NPG − NPM (+10, +10) and SR − NPG (+10, +15) never change sign.
const scores = scoreTableFromRows([row("a", 10, 20, 30, 40), row("b", 20, 15, 25, 40)]);

Deno.test("perspectiveOrder: resampling two municipalities, worked out by hand", () => {
  const result = perspectiveOrder(scores, { replicates: 4000, seed: 3 });
  assert.deepEqual(result.order, ["SR", "NPG", "NPM", "PA"]);
  assert.deepEqual(result.means, { PA: 15, NPM: 17.5, NPG: 27.5, SR: 40 });
  close(result.same_order, 0.75, 0.03);
  close(result.same_last, 0.75, 0.03);
  assert.equal(result.same_first, 1);
  const [srNpg, npgNpm, npmPa] = result.pairs;
  assert.deepEqual([srNpg.higher, srNpg.lower, srNpg.difference, srNpg.frequency], [
    "SR",
    "NPG",
    12.5,
    1,
  ]);
  assert.deepEqual([npgNpm.interval_lower, npgNpm.interval_upper], [10, 10]);
  assert.equal(npmPa.difference, 2.5);
  // the 2.5 % and 97.5 % points fall inside the blocks at −5 and +10
  assert.deepEqual([npmPa.interval_lower, npmPa.interval_upper], [-5, 10]);
  close(npmPa.frequency, 0.75, 0.03);
  assert.equal(result.stages, 1);
  assert.deepEqual(result, perspectiveOrder(scores, { replicates: 4000, seed: 3 }));
});

Deno.test("perspectiveOrder: two stages with very many hits behave like one", () => {
  const hits = hitCountsFor(scores, {
    counts: new Map([["a", [10000, 20000, 30000, 40000]], ["b", [20000, 15000, 25000, 40000]]]),
  });
  const result = perspectiveOrder(scores, { replicates: 300, seed: 3, hits });
  assert.equal(result.stages, 2);
  assert.equal(result.same_first, 1);
  close(result.pairs[2].frequency, 0.75, 0.1);
  assert.throws(() => perspectiveOrder(scores, { hits: hits.slice(1) }), {
    message: "no hit counts for a",
  });
});

Deno.test("order table rows", () => {
  const result = perspectiveOrder(scores, { replicates: 100, seed: 3 });
  assert.deepEqual(orderPairTableRows(result.pairs)[0], {
    higher: "SR",
    lower: "NPG",
    difference: "12.50",
    interval_lower: "10.00",
    interval_upper: "15.00",
    frequency_pct: "100.0",
  });
  assert.equal(orderSummaryRow(result).order, "SR > NPG > NPM > PA");
});
