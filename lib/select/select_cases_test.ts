import assert from "node:assert/strict";
import { loadMunicipalities } from "../data/mod.ts";
import { loadScoreTable, scoreTableFromRows } from "../stats/mod.ts";
import { type Constraint, loadConstraints } from "./constraints.ts";
import { caseSelectionRows, compareSelections, ordinalPlace, selectCases } from "./select_cases.ts";
import { loadStudiedCases } from "./studied_cases.ts";

// Eight municipalities. With lists of length 1, P1-P4, Q2 and S2 are each in some top or
// bottom list, so only Avg and Near can be the average case.
// Means (sums / 8): PA 202/8 = 25.25, NPM 21.5, NPG 23.625, SR 29.625.
// Distance to the mean: Avg √4.34375 = 2.08, Near √16.59375 = 4.07.
const row = (municipality: string, PA: number, NPM: number, NPG: number, SR: number) =>
  ({ municipality, size_class: "100.000+", region: "oost", PA, NPM, NPG, SR }) as const;
const scores = scoreTableFromRows([
  row("P1", 60, 10, 10, 20),
  row("P2", 10, 60, 20, 10),
  row("P3", 10, 10, 70, 10),
  row("P4", 10, 10, 10, 70),
  row("Q2", 55, 30, 10, 5),
  row("S2", 10, 10, 20, 60),
  row("Avg", 25, 20, 25, 30),
  row("Near", 22, 22, 24, 32),
]);
const provinces = [
  ["P1", "Gelderland"],
  ["P2", "Overijssel"],
  ["P3", "Gelderland"],
  ["P4", "Overijssel"],
  ["Q2", "Utrecht"],
  ["S2", "Zeeland"],
  ["Avg", "Drenthe"],
  ["Near", "Limburg"],
].map(([municipality, province]) => ({ municipality, province }));
const constraint = (
  municipality: string,
  kind: Constraint["constraint"],
  footnote: number,
): Constraint => ({ municipality, constraint: kind, reason: `${municipality} note`, footnote });

Deno.test("the pure rule: top scorer per perspective, closest eligible average", () => {
  const rule = selectCases(scores, provinces, { listLength: 1 });
  assert.deepEqual(rule.map((c) => [c.role, c.municipality]), [
    ["PA", "P1"],
    ["NPM", "P2"],
    ["NPG", "P3"],
    ["SR", "P4"],
    ["average", "Avg"],
  ]);
  assert.ok(Math.abs(rule[4].value - Math.sqrt(4.34375)) < 1e-9);
  assert.equal(rule[4].eligible, 2);
  assert.equal(rule[0].reason, "highest PA (60.0)");
});

Deno.test("constraints and one case per province: walk down until a candidate passes", () => {
  const published = selectCases(scores, provinces, {
    listLength: 1,
    maxPerProvince: 1,
    constraints: [constraint("P1", "declined", 62), constraint("Avg", "no_response", 63)],
  });
  assert.deepEqual(published.map((c) => [c.role, c.municipality, c.place]), [
    ["PA", "Q2", 2],
    ["NPM", "P2", 1],
    ["NPG", "P3", 1],
    ["SR", "S2", 2],
    ["average", "Near", 2],
  ]);
  assert.equal(
    published[0].reason,
    "2nd highest PA (55.0); passed over: P1 60.0 (declined, footnote 62)",
  );
  assert.equal(
    published[3].reason,
    "2nd highest SR (60.0); passed over: P4 70.0 (Overijssel already has P2)",
  );
  assert.equal(
    published[4].reason,
    "2nd closest to the mean profile (euclidean distance 4.1 pp) of the 2 municipalities " +
      "in no top-1 or bottom-1 list; passed over: Avg 2.1 (no response, footnote 63)",
  );
});

Deno.test("preferred access puts an eligible average candidate first, unless it is blocked", () => {
  const preferred = selectCases(scores, provinces, {
    listLength: 1,
    constraints: [constraint("Near", "preferred_access", 64)],
  });
  assert.equal(preferred[4].municipality, "Near");
  assert.equal(
    preferred[4].reason,
    "2nd closest to the mean profile (euclidean distance 4.1 pp) of the 2 municipalities " +
      "in no top-1 or bottom-1 list; taken ahead of 1 closer one (Avg) because Near note " +
      "(footnote 64)",
  );
  const blocked = selectCases(scores, provinces, {
    listLength: 1,
    constraints: [constraint("Near", "preferred_access", 64), constraint("Near", "declined", 1)],
  });
  assert.equal(blocked[4].municipality, "Avg");
  assert.equal(blocked[4].preferred, undefined);
  // preferred access does nothing for a perspective role
  const ignored = selectCases(scores, provinces, {
    listLength: 1,
    constraints: [constraint("Q2", "preferred_access", 64)],
  });
  assert.equal(ignored[0].municipality, "P1");
});

Deno.test("a distance option changes only the average role", () => {
  const chebyshev = selectCases(scores, provinces, { listLength: 1, distance: "chebyshev" });
  // Chebyshev: Avg max gap 1.5, Near 3.25
  assert.equal(chebyshev[4].municipality, "Avg");
  assert.equal(chebyshev[4].value, 1.5);
  assert.throws(() => selectCases(scores, provinces, { distance: "cosine" as never }));
});

Deno.test("a municipality without a known province is exempt from the province limit", () => {
  const cases = selectCases(scores, provinces.filter((p) => p.municipality !== "P4"), {
    listLength: 1,
    maxPerProvince: 1,
  });
  assert.equal(cases[3].municipality, "P4");
  assert.equal(cases[3].province, "unknown");
});

Deno.test("ordinals", () => {
  assert.equal(ordinalPlace(2, "highest"), "2nd highest");
  assert.equal(ordinalPlace(12, "closest"), "12th closest");
  assert.equal(ordinalPlace(21, "closest"), "21st closest");
});

Deno.test("the published selection follows from rule + constraints and matches chapters 7-11", async () => {
  const scores = await loadScoreTable({ source: "published" });
  const municipalities = await loadMunicipalities();
  const rule = selectCases(scores, municipalities);
  const published = selectCases(scores, municipalities, {
    constraints: await loadConstraints(),
    maxPerProvince: 1,
  });
  assert.deepEqual(rule.map((c) => c.municipality), [
    "Haarlemmermeer",
    "Zwolle",
    "Helmond",
    "Deventer",
    "Zoetermeer",
  ]);
  const studied = await loadStudiedCases();
  assert.deepEqual(
    published.map((c) => [c.role, c.municipality]),
    studied.map((s) => [s.role, s.municipality]),
  );
  assert.equal(
    published[2].reason,
    "3rd highest NPG (47.9); passed over: Helmond 58.0 (declined, footnote 62), " +
      "Arnhem 54.3 (no response, footnote 62)",
  );
  assert.equal(
    published[3].reason,
    "2nd highest SR (67.8); passed over: Deventer 79.4 (no response, footnote 63; " +
      "Overijssel already has Zwolle)",
  );
  assert.equal(published[4].place, 11);
  assert.deepEqual(compareSelections(rule, published).map((c) => c.changed), [
    false,
    false,
    true,
    true,
    true,
  ]);
  const rows = caseSelectionRows(rule, published);
  assert.equal(rows.length, 10);
  assert.deepEqual(rows[9], {
    ...rows[9],
    selection: "published",
    municipality: "Den Haag",
    score: "9.2",
  });
  // five cases in five provinces (section 6.5)
  assert.equal(new Set(published.map((c) => c.province)).size, 5);
});
