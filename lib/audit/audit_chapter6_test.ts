import assert from "node:assert/strict";
import { checkPublishedData } from "../data/mod.ts";
import { loadScoreTable } from "../stats/mod.ts";
import { loadConstraints, selectCases } from "../select/mod.ts";
import { auditChapter6, countAudit } from "./audit_chapter6.ts";

Deno.test("the chapter 6 audit on the published data: the eight published items that do not reproduce", async () => {
  const data = await checkPublishedData();
  const scores = await loadScoreTable({ source: "published" });
  const selection = selectCases(scores, data.municipalities, {
    constraints: await loadConstraints(),
    maxPerProvince: 1,
  });
  const rows = auditChapter6(data, { scores, selection, provinces: data.municipalities });
  const items = new Set(rows.map((r) => r.item));
  assert.equal(items.size, rows.length, "item names are unique");
  const mismatches = rows.filter((r) => r.status === "mismatch");
  assert.deepEqual(mismatches.map((r) => [r.item, r.published, r.reproduced]), [
    ["bijlage-g Hoorn PA+NPM+NPG+SR", "101.3", "100"],
    ["fig-6.2 100.000- SR", "31.6", "31.716"],
    ["fig-6.3 west SR", "31.5", "31.600"],
    ["fig-6.4 PA bottom place 4", "Velsen", "Haarlem"],
    ["fig-6.4 PA bottom place 5", "Almere", "Velsen"],
    ["text s64-zwolle-meanPA (section 6.4, line 3563)", "21.2", "20.702"],
    ["text s64-deventer-NPM (section 6.4, line 3593)", "7.4", "4.4"],
    ["reference r65-fig613 (section 6.5, line 3685)", "Figuur 5.13", ""],
  ]);
  assert.match(mismatches[5].note, /equals the NPM mean \(21\.2\)/);
  assert.match(mismatches[6].note, /equals Deventer's PA share \(7\.4\)/);
  // Issue 17: once each municipality's shares must sum to 100, Hilversum's SR (printed 27)
  // is 100 - (29.7 + 13.5 + 29.7) ± 0.15, and these two means can no longer print as they
  // are printed. The ranges were computed independently with a linear program (scipy's
  // HiGHS, every Bijlage G row summing to 100 except Hoorn's, every share within its
  // printed rounding): 100.000- SR 31.666-31.776, west SR 31.550-31.658. Adding every other
  // printed mean of Figures 6.1-6.3 as a constraint changes neither range.
  assert.match(
    mismatches[1].note,
    /^rounding each share on its own would allow 31\.642-31\.789, which could print as 31\.6, but the row sums \(each municipality's four shares sum to 100\) of Hilversum \(27\) narrow it to 31\.666-31\.776, which cannot;/,
  );
  assert.match(
    mismatches[2].note,
    /narrow it to 31\.550-31\.658, which cannot \(its lowest end, 31\.550, itself rounds up to 31\.6\);/,
  );
  // Checked by hand: G4 PA = (33.6 + 17.9 + 12.2 + 10.4) / 4 = 18.525, printed 18.6.
  assert.deepEqual(rows.find((r) => r.item === "fig-6.2 G4 PA"), {
    item: "fig-6.2 G4 PA",
    published: "18.6",
    reproduced: "18.525",
    status: "rounding",
    note: "recomputed 18.5; with every printed constraint the exact mean lies in " +
      "18.475-18.575, which can print as 18.6",
  });
  const counts = countAudit(rows);
  assert.deepEqual(counts.map((c) => c.source), [
    "bijlage-g",
    "fig-6.1",
    "fig-6.2",
    "fig-6.3",
    "fig-6.4",
    "fig-6.5",
    "fig-6.6",
    "fig-6.7",
    "text",
    "reference",
    "caption",
  ]);
});
