import assert from "node:assert/strict";
import { parsePublishedScores } from "../data/mod.ts";
import { loadScoreTable, scoreTableFromPublished, scoreTableFromRows } from "../stats/mod.ts";
import { auditRowSums } from "./bijlage_g.ts";

const header = "municipality,size_class,region,PA,NPM,NPG,SR\n";

Deno.test("tolerance is the sum of the half-units: ±0.2 for four one-decimal shares", () => {
  const scores = scoreTableFromPublished(parsePublishedScores(
    header +
      "A,G4,west,25.0,25.0,25.0,25.0\n" +
      "B,G4,west,25.1,25.1,25.0,25.0\n" + // 100.2: within
      "C,G4,west,25.1,25.1,25.1,25.0\n" + // 100.3: outside
      "D,G4,west,29.7,13.5,29.7,27\n", // 99.9, tolerance 0.65
  ));
  const rows = auditRowSums(scores);
  assert.deepEqual(rows.map((r) => [r.published, r.status]), [
    ["100.0", "match"],
    ["100.2", "rounding"],
    ["100.3", "mismatch"],
    ["99.9", "rounding"],
  ]);
  assert.equal(rows[1].note, "within ±0.20 (sum of the shares' rounding half-units)");
  assert.equal(rows[3].note, "within ±0.65 (sum of the shares' rounding half-units)");
  assert.equal(rows[2].item, "bijlage-g C PA+NPM+NPG+SR");
});

Deno.test("computed shares must sum to 100 up to float error", () => {
  const scores = scoreTableFromRows([
    {
      municipality: "X",
      size_class: "G4",
      region: "west",
      PA: 100 / 3,
      NPM: 100 / 3,
      NPG: 100 / 3,
      SR: 0,
    },
    { municipality: "Y", size_class: "G4", region: "west", PA: 25, NPM: 25, NPG: 25, SR: 25.1 },
  ]);
  assert.deepEqual(auditRowSums(scores).map((r) => r.status), ["match", "mismatch"]);
});

Deno.test("Bijlage G: only Hoorn is off, by 1.3", async () => {
  const rows = auditRowSums(await loadScoreTable({ source: "published" }));
  const off = rows.filter((r) => r.status === "mismatch");
  assert.deepEqual(off.map((r) => [r.item, r.published]), [[
    "bijlage-g Hoorn PA+NPM+NPG+SR",
    "101.3",
  ]]);
  assert.equal(rows.filter((r) => r.status === "rounding").length, 20);
});
