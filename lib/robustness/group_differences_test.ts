import assert from "node:assert/strict";
import { scoreTableFromRows } from "../stats/mod.ts";
import {
  groupDifferences,
  groupMeanTableRows,
  groupTestTableRows,
  smallGroups,
  smallGroupStatements,
} from "./group_differences.ts";

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

type Size = "G4" | "100.000+" | "100.000-";
const row = (municipality: string, size_class: Size, region: "oost" | "west", PA: number) =>
  ({ municipality, size_class, region, PA, NPM: 20, NPG: 20, SR: 60 - PA }) as const;
// PA by region: oost 10, 12, 14 | west 30, 32, 34; by size: G4 10, 12 | 100.000+ 14, 30 |
// 100.000- 32, 34.
const scores = scoreTableFromRows([
  row("a", "G4", "oost", 10),
  row("b", "G4", "oost", 12),
  row("c", "100.000+", "oost", 14),
  row("d", "100.000+", "west", 30),
  row("e", "100.000-", "west", 32),
  row("f", "100.000-", "west", 34),
]);

Deno.test("groupDifferences: tests against independently computed values", () => {
  const { tests } = groupDifferences(scores);
  const region = tests.find((t) => t.grouping === "region" && t.perspective === "PA")!;
  close(region.H, 27 / 7);
  close(region.p_kw, 0.04953461343562649);
  assert.deepEqual([region.perm_kind, region.p_perm], ["exact", 0.1]);
  const size = tests.find((t) => t.grouping === "size_class" && t.perspective === "PA")!;
  // scipy.stats.kruskal([10, 12], [14, 30], [32, 34]): H = 4.5714, p = 0.1017
  close(size.H, 4.571428571428571);
  close(size.p_kw, 0.10170139230422694);
  // F = 5.5; of the 90 ways to deal six values into three pairs, 6 reach it (enumerated)
  close(size.F, 5.5);
  close(size.p_perm, 6 / 90);
  // NPM is 20 everywhere: nothing to find
  const flat = tests.find((t) => t.grouping === "region" && t.perspective === "NPM")!;
  assert.deepEqual([flat.H, flat.p_kw, flat.p_perm], [0, 1, 1]);
  // Holm over the eight tests: the smallest raw p (0.0495 for region PA and SR) times 8
  close(region.p_kw_holm, Math.min(1, 8 * 0.04953461343562649));
});

Deno.test("groupDifferences: a group of three gets its range, not an interval (issue 17)", () => {
  const { means } = groupDifferences(scores, { bootstrap: 500 });
  const oost = means.find((m) =>
    m.grouping === "region" && m.group === "oost" && m.perspective === "PA"
  )!;
  // By hand: oost PA is 10, 12, 14: mean 12, range 10 to 14; all six: 22.
  assert.deepEqual(groupMeanTableRows([oost])[0], {
    grouping: "region",
    group: "oost",
    perspective: "PA",
    n: 3,
    mean: "12.0",
    lower: "10.0",
    upper: "14.0",
    bound: "range",
    overall: "22.0",
  });
  assert.equal(groupTestTableRows(groupDifferences(scores).tests)[0].H, "4.571");
});

Deno.test("smallGroups: difference from the others and the detectable difference, by hand", () => {
  const { means } = groupDifferences(scores, { bootstrap: 200 });
  const g4 = smallGroups(scores, means, { maxSize: 2 }).find((r) =>
    r.group === "G4" && r.perspective === "PA"
  )!;
  // G4 mean 11 against (14 + 30 + 32 + 34)/4 = 27.5; sd of all six PA values 11.0995…;
  // (1.959964 + 0.841621) · 11.0995 · √(1/2 + 1/4) = 26.93
  close(g4.difference, -16.5);
  close(g4.detectable, 26.930215139390473, 1e-6);
  assert.equal(g4.rest, 4);
  const statements = smallGroupStatements(smallGroups(scores, means, { maxSize: 2 }));
  assert.equal(statements.length, 3); // G4, 100.000+, 100.000-
  assert.match(
    statements[0],
    /^G4 \(n = 2\): its means differ from those of the other 4 municipalities by 0\.0 to 16\.5/,
  );
});

Deno.test("smallGroupStatements: names a difference that is large enough", () => {
  const statements = smallGroupStatements([
    {
      grouping: "region",
      group: "noord",
      perspective: "SR",
      n: 3,
      rest: 46,
      difference: -30,
      detectable: 20,
      interval_width: 10,
    },
  ]);
  assert.match(statements[0], /and only the difference on SR is that large\./);
});
