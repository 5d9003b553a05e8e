import assert from "node:assert/strict";
import { loadScoreTable, scoreTableFromRows } from "../stats/mod.ts";
import { hitCountsFor } from "./hit_counts.ts";
import {
  loadReferenceLists,
  membershipTableRows,
  resampleScoreTables,
  scaleComparison,
  selectionSetTableRows,
  selectionTableRows,
  stabilityAnalysis,
} from "./stability.ts";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

const row = (municipality: string, PA: number, NPM: number, NPG: number, SR: number) =>
  ({ municipality, size_class: "G4", region: "west", PA, NPM, NPG, SR }) as const;

Deno.test("resampleScoreTables: reproducible, shares of redrawn whole hits, centred on the observed", () => {
  const scores = scoreTableFromRows([row("A", 10, 20, 30, 40), row("B", 25, 25, 25, 25)]);
  const hits = hitCountsFor(scores, {
    counts: new Map([["A", [10, 20, 30, 40]], ["B", [1, 1, 1, 1]]]),
  });
  const a = [...resampleScoreTables(scores, hits, { replicates: 3000, seed: 4 })];
  const b = [...resampleScoreTables(scores, hits, { replicates: 3000, seed: 4 })];
  assert.deepEqual(a, b);
  let sumPA = 0;
  for (const table of a) {
    const [ra, rb] = table.rows;
    close(ra.PA + ra.NPM + ra.NPG + ra.SR, 100, 1e-9);
    assert.ok(Number.isInteger(ra.PA)); // k of 100 hits, in %
    assert.ok([0, 25, 50, 75, 100].includes(rb.SR)); // k of 4 hits
    sumPA += ra.PA;
  }
  // E[share] = 10 %; the mean of 3000 replicates has standard error 3/√3000 ≈ 0.055
  close(sumPA / a.length, 10, 0.25);
  // scale 3: N = 12 for B, so shares are multiples of 100/12
  const [scaled] = [...resampleScoreTables(scores, hits, { replicates: 1, seed: 4, scale: 3 })];
  assert.ok(Number.isInteger(Math.round((scaled.rows[1].PA * 12) / 100 * 1e9) / 1e9));
});

Deno.test("stabilityAnalysis: two plans of two hits, probabilities worked out by hand", () => {
  // A and B each have 1 PA and 1 SR hit. A redrawn PA share is 0, 50 or 100 % with
  // probabilities 1/4, 1/2, 1/4. A is the highest PA scorer of the rule when A > B
  // (5/16) or when they tie (6/16), since ties go to the first name: 11/16 = 0.6875.
  // With the list length 1, A is in the PA top list when A ≥ B: also 11/16.
  const scores = scoreTableFromRows([row("A", 50, 0, 0, 50), row("B", 50, 0, 0, 50)]);
  const hits = hitCountsFor(scores, {
    counts: new Map([["A", [1, 0, 0, 1]], ["B", [1, 0, 0, 1]]]),
  });
  const result = stabilityAnalysis(scores, hits, [], { replicates: 2000, seed: 11, listLength: 1 });
  const pick = result.selection.find((s) =>
    s.selection === "rule" && s.role === "PA" && s.municipality === "A"
  )!;
  close(pick.frequency, 11 / 16, 0.04); // 4 standard errors
  const top = result.membership.find((m) =>
    m.perspective === "PA" && m.list === "top" && m.municipality === "A"
  )!;
  close(top.frequency, 11 / 16, 0.04);
  // NPM never has a hit: both always tie at 0 and both are always listed
  const npm = result.membership.filter((m) => m.perspective === "NPM" && m.list === "top");
  assert.deepEqual(npm.map((m) => [m.municipality, m.frequency]), [["A", 1], ["B", 1]]);
});

Deno.test("stabilityAnalysis: certain plans give certain answers; constraints and sets", () => {
  // ranges: PA 65, NPM 55, NPG 40, SR 70; with 100,000 hits per plan nothing moves
  const scores = scoreTableFromRows([
    row("A", 70, 10, 10, 10),
    row("B", 10, 60, 10, 20),
    row("C", 10, 10, 50, 30),
    row("D", 5, 5, 10, 80),
    row("E", 25, 25, 25, 25),
    row("F", 60, 20, 10, 10),
  ]);
  const hits = hitCountsFor(scores, {
    counts: new Map(
      scores.rows.map((r) => [r.municipality, [r.PA, r.NPM, r.NPG, r.SR].map((x) => x * 1000)]),
    ),
  });
  const result = stabilityAnalysis(scores, hits, [], {
    replicates: 40,
    listLength: 1,
    constraints: [{ municipality: "A", constraint: "declined", reason: "no", footnote: 1 }],
  });
  const constrained = result.sets.find((s) => s.selection === "constrained")!;
  assert.equal(constrained.observed, "F, B, C, D, E");
  assert.equal(constrained.same_in_every_role, 1);
  assert.deepEqual(result.ranges, {
    widest: "SR",
    widest_frequency: 1,
    narrowest: "NPG",
    narrowest_frequency: 1,
  });
  assert.deepEqual(selectionSetTableRows(result)[1], {
    selection: "constrained",
    observed: "F, B, C, D, E",
    same_in_every_role_pct: "100.0",
    same_five_pct: "100.0",
  });
  assert.deepEqual(selectionTableRows(result.selection)[0], {
    selection: "rule",
    role: "PA",
    municipality: "A",
    observed: "yes",
    frequency_pct: "100.0",
  });
  assert.equal(membershipTableRows(result.membership)[0].in_reference, "yes");
});

Deno.test("loadReferenceLists: the printed Figures 6.4-6.7 for printed scores", async () => {
  const reference = await loadReferenceLists(await loadScoreTable({ source: "published" }));
  assert.equal(reference?.length, 41); // 40 places, and the shared fifth place of Figure 6.6
  assert.deepEqual(reference?.[0], {
    perspective: "PA",
    list: "top",
    rank: "1",
    municipality: "Haarlemmermeer",
  });
  const computed = scoreTableFromRows([row("A", 25, 25, 25, 25)]);
  assert.equal(await loadReferenceLists(computed), undefined);
});

Deno.test("scaleComparison: observed picks side by side", () => {
  const base = {
    replicates: 10,
    seed: 1,
    scale: 1,
    membership: [],
    selection: [{
      selection: "rule" as const,
      role: "PA" as const,
      municipality: "A",
      observed: true,
      frequency: 0.4,
    }],
    sets: [{ selection: "rule" as const, observed: "A", same_in_every_role: 0.1, same_five: 0.1 }],
    ranges: {
      widest: "SR" as const,
      widest_frequency: 0.9,
      narrowest: "PA" as const,
      narrowest_frequency: 0.8,
    },
  };
  const scaled = {
    ...base,
    scale: 4,
    selection: [{ ...base.selection[0], frequency: 0.7 }],
    sets: [{ ...base.sets[0], same_in_every_role: 0.3 }],
  };
  const rows = scaleComparison(base, scaled);
  assert.deepEqual(rows.slice(3), [
    { measure: "rule: PA A", at_N: 0.4, at_scaled_N: 0.7 },
    { measure: "rule: all five roles as observed", at_N: 0.1, at_scaled_N: 0.3 },
  ]);
});
