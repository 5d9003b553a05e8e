import assert from "node:assert/strict";
import { scoreTableFromRows } from "../stats/mod.ts";
import { pairCases, typicalCases } from "../select/mod.ts";
import { pickStability, pickStabilityTableRows } from "./strategy_stability.ts";

const row = (municipality: string, PA: number) => ({
  municipality,
  size_class: "G4" as const,
  region: "west" as const,
  PA,
  NPM: 100 - PA,
  NPG: 0,
  SR: 0,
});

Deno.test("pickStability: both documents of a pair are counted, each on its own", () => {
  const observed = scoreTableFromRows([row("A", 10), row("B", 90), row("C", 50)]);
  // Most similar pair (one cell): A-B, 80·√2 apart. Replicate 1 keeps it; in replicate 2
  // C moves to 95, so the farthest pair is A-C: A kept, B not.
  const replicates = [observed, scoreTableFromRows([row("A", 10), row("B", 90), row("C", 95)])];
  const rows = pickStability(pairCases(observed), replicates, pairCases);
  assert.deepEqual(rows.map((r) => [r.document, r.kept]), [["A", 2], ["B", 1]]);
  assert.deepEqual(pickStabilityTableRows(rows).map((r) => r.kept_pct), ["100.0", "50.0"]);
});

Deno.test("pickStability: no replicates give zero counts, not an error", () => {
  const observed = scoreTableFromRows([row("A", 10), row("B", 20)]);
  const rows = pickStability(typicalCases(observed), [], typicalCases);
  assert.deepEqual(rows.map((r) => [r.kept, r.replicates]), [[0, 0]]);
});
