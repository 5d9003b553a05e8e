import assert from "node:assert/strict";
import { parsePublishedScores } from "../data/mod.ts";
import { loadScoreTable, scoreTableFromPublished } from "../stats/mod.ts";
import {
  explainNoFit,
  minimalHits,
  minimalHitsTable,
  minimalHitsWithFreeShare,
} from "./minimal_hits.ts";

Deno.test("hand examples", () => {
  assert.deepEqual(minimalHits(["50.0", "50.0"]), { total: 2, counts: [1, 1] });
  assert.deepEqual(minimalHits(["33.3", "33.3", "33.3"]), { total: 3, counts: [1, 1, 1] });
  // 66.7 + 33.3: 2 of 3 (66.67 → 66.7) and 1 of 3
  assert.deepEqual(minimalHits(["66.7", "33.3"]), { total: 3, counts: [2, 1] });
  // 100/7 = 14.29 → 14.3, 600/7 = 85.71 → 85.7
  assert.deepEqual(minimalHits(["14.3", "85.7"]), { total: 7, counts: [1, 6] });
  assert.deepEqual(minimalHits(["0.0", "100.0"]), { total: 1, counts: [0, 1] });
  // Deventer: 5, 3, 6, 54 of 68 (7.35 → 7.4, 4.41 → 4.4, 8.82 → 8.8, 79.41 → 79.4)
  assert.deepEqual(minimalHits(["7.4", "4.4", "8.8", "79.4"]), {
    total: 68,
    counts: [5, 3, 6, 54],
  });
});

Deno.test("a half is rounded up: 1 of 8 is 12.5, printed 12.5 with one decimal and 13 without", () => {
  assert.deepEqual(minimalHits(["12.5", "87.5"]), { total: 8, counts: [1, 7] });
  assert.deepEqual(minimalHits(["13", "88"])?.counts, [1, 7]); // 12.5 → 13, 87.5 → 88
});

Deno.test("impossible rows give null at once; a too-small maxTotal gives null", () => {
  assert.equal(minimalHits(["50.1", "50.1"]), null); // lower bounds sum to 100.1
  // 50.0 + 50.1 is possible, but only with many hits: 999 and 1001 of 2000
  assert.deepEqual(minimalHits(["50.0", "50.1"]), { total: 2000, counts: [999, 1001] });
  assert.equal(minimalHits(["49.9", "49.9"]), null); // upper bounds sum to 99.9
  assert.equal(minimalHits(["7.4", "4.4", "8.8", "79.4"], { maxTotal: 67 }), null);
  assert.throws(() => minimalHits(["7,4"]));
});

Deno.test("leaving one share free suggests the misprinted value", () => {
  assert.deepEqual(minimalHitsWithFreeShare(["50.0", "60.0"], 1), {
    total: 2,
    counts: [1, 1],
    free: 1,
    freeShare: "50.0",
  });
  assert.equal(
    explainNoFit(["24.2", "17.6", "13.2", "46.3"]),
    "no whole counts fit: the printed shares sum to 101.3; likely cause: one share misprinted. " +
      "Leaving SR free gives the smallest fit: 91 hits (22 PA, 16 NPM, 12 NPG), which would " +
      "make SR 45.1 instead of 46.3 (leaving another share free needs more hits: PA 136, " +
      "NPM 190, NPG 227)",
  );
});

Deno.test("minimalHitsTable uses the printed text, so a whole-number share keeps its precision", () => {
  const scores = scoreTableFromPublished(parsePublishedScores(
    "municipality,size_class,region,PA,NPM,NPG,SR\nHilversum,100.000-,west,29.7,13.5,29.7,27\n",
  ));
  // 11, 5, 11, 10 of 37: 29.73, 13.51, 29.73 and 27.03 (printed "27")
  assert.deepEqual(minimalHitsTable(scores), [{
    municipality: "Hilversum",
    N: 37,
    n_PA: 11,
    n_NPM: 5,
    n_NPG: 11,
    n_SR: 10,
    note: "",
  }]);
});

Deno.test("Bijlage G: every row but Hoorn's fits whole counts", async () => {
  const rows = minimalHitsTable(await loadScoreTable({ source: "published" }));
  assert.equal(rows.length, 49);
  assert.deepEqual(rows.filter((r) => r.N === null).map((r) => r.municipality), ["Hoorn"]);
  assert.deepEqual(rows.find((r) => r.municipality === "Helmond"), {
    municipality: "Helmond",
    N: 50,
    n_PA: 3,
    n_NPM: 1,
    n_NPG: 29,
    n_SR: 17,
    note: "",
  });
});
