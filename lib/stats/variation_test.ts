import assert from "node:assert/strict";
import { loadPublishedExtremes } from "../data/mod.ts";
import { loadScoreTable } from "./load_score_table.ts";
import { scoreTableFromRows } from "./score_table.ts";
import {
  extremeListMembership,
  placeOf,
  printedPlaces,
  rankExtremes,
  variationFigure,
} from "./variation.ts";

const table = (values: number[]) =>
  scoreTableFromRows(values.map((SR, i) => ({
    municipality: `m${i + 1}`,
    size_class: "G4",
    region: "west",
    PA: 0,
    NPM: 0,
    NPG: 100 - SR,
    SR,
  })));

Deno.test("two tied at places 3 and 4 share the rank 3/4; the next place is 5", () => {
  const entries = rankExtremes(table([50, 40, 30, 30, 20, 10]), "SR")
    .filter((e) => e.list === "top");
  assert.deepEqual(entries.map((e) => [e.rank, e.municipality, e.position]), [
    ["1", "m1", 1],
    ["2", "m2", 2],
    ["3/4", "m3", 3],
    ["3/4", "m4", 3],
    ["5", "m5", 5],
  ]);
});

Deno.test("a tie across the last place is listed whole under that place", () => {
  const entries = rankExtremes(table([60, 50, 40, 30, 20, 20, 10]), "SR")
    .filter((e) => e.list === "top");
  assert.deepEqual(printedPlaces(entries).map((p) => `${p.rank} ${p.municipalities}`), [
    "1 m1",
    "2 m2",
    "3 m3",
    "4 m4",
    "5 m5 / m6",
  ]);
});

Deno.test("three tied are written 1/2/3; tieDecimals makes near-equal shares tie", () => {
  const entries = rankExtremes(table([10.04, 9.96, 10, 5]), "SR", { listLength: 3 })
    .filter((e) => e.list === "top");
  assert.deepEqual(entries.map((e) => e.rank), ["1", "2", "3"]);
  const rounded = rankExtremes(table([10.04, 9.96, 10, 5]), "SR", {
    listLength: 3,
    tieDecimals: 1,
  }).filter((e) => e.list === "top");
  assert.deepEqual(rounded.map((e) => e.rank), ["1/2/3", "1/2/3", "1/2/3"]);
});

Deno.test("placeOf counts strictly better shares", () => {
  const t = table([50, 40, 40, 10]);
  assert.equal(placeOf(t, "m3", "SR", "top"), 2);
  assert.equal(placeOf(t, "m3", "SR", "bottom"), 2);
  assert.equal(placeOf(t, "nobody", "SR", "top"), undefined);
});

Deno.test("Bijlage G reproduces the lists of Figures 6.5-6.7, ties included", async () => {
  const scores = await loadScoreTable({ source: "published" });
  const key = (e: { list: string; rank: string; municipality: string }) =>
    `${e.list} ${e.rank} ${e.municipality}`;
  for (const figure of [5, 6, 7] as const) {
    const printed = await loadPublishedExtremes(figure);
    assert.deepEqual(
      variationFigure(scores, figure).map(key).sort(),
      printed.map(key).sort(),
      `Figure 6.${figure}`,
    );
  }
  // Figure 6.4 leaves out Haarlem, whose PA share in Bijlage G (10.9) is the 4th lowest.
  const pa = variationFigure(scores, 4).filter((e) => e.list === "bottom").map(key);
  assert.deepEqual(pa, [
    "bottom 1 Helmond",
    "bottom 2 Deventer",
    "bottom 3 Utrecht",
    "bottom 4 Haarlem",
    "bottom 5 Velsen",
  ]);
  const npg = printedPlaces(variationFigure(scores, 6));
  assert.deepEqual(
    npg.find((p) => p.list === "top" && p.rank === "5")?.municipalities,
    "Amersfoort / Vlaardingen",
  );
  assert.deepEqual(
    npg.find((p) => p.list === "bottom" && p.rank === "3/4")?.municipalities,
    "Eindhoven / Tilburg",
  );
  const lists = extremeListMembership(scores);
  assert.equal(lists.has("Den Haag"), false);
  assert.deepEqual(lists.get("Helmond"), ["PA bottom", "NPM bottom", "NPG top"]);
});
