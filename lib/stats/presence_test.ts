import assert from "node:assert/strict";
import { loadScoreTable } from "./load_score_table.ts";
import {
  describeByGroup,
  groupStatsTableRows,
  meanProfile,
  presenceFigure,
  presenceTableRows,
} from "./presence.ts";
import { formatFixed } from "./rounding.ts";
import { scoreTableFromRows } from "./score_table.ts";

// Four municipalities; every expected value below is worked out by hand.
const tiny = scoreTableFromRows([
  { municipality: "A", size_class: "G4", region: "west", PA: 10, NPM: 20, NPG: 30, SR: 40 },
  { municipality: "B", size_class: "G4", region: "oost", PA: 20, NPM: 20, NPG: 20, SR: 40 },
  { municipality: "C", size_class: "100.000+", region: "west", PA: 30, NPM: 10, NPG: 30, SR: 30 },
  { municipality: "D", size_class: "100.000+", region: "west", PA: 40, NPM: 30, NPG: 10, SR: 20 },
]);

const close = (actual: number | null, expected: number) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

Deno.test("overall statistics: mean, median, sample sd (n − 1), min, max", () => {
  const pa = describeByGroup(tiny, "all").find((s) => s.perspective === "PA")!;
  assert.equal(pa.n, 4);
  assert.equal(pa.mean, 25);
  assert.equal(pa.median, 25);
  // deviations −15, −5, 5, 15: (225 + 25 + 25 + 225) / 3
  close(pa.sd, Math.sqrt(500 / 3));
  assert.equal(pa.min, 10);
  assert.equal(pa.max, 40);
});

Deno.test("by region: odd-sized median, and no sd for a group of one", () => {
  const stats = describeByGroup(tiny, "region");
  assert.deepEqual(stats.map((s) => `${s.group} ${s.perspective}`).slice(0, 5), [
    "oost PA",
    "oost NPM",
    "oost NPG",
    "oost SR",
    "west PA",
  ]);
  const west = stats.find((s) => s.group === "west" && s.perspective === "PA")!;
  close(west.mean, 80 / 3);
  assert.equal(west.median, 30);
  // deviations −50/3, 10/3, 40/3: (2500 + 100 + 1600) / 9 / 2
  close(west.sd, Math.sqrt(4200 / 18));
  const oost = stats.find((s) => s.group === "oost" && s.perspective === "PA")!;
  assert.equal(oost.n, 1);
  assert.equal(oost.sd, null);
});

Deno.test("presenceFigure keeps the printed layout: groups in printed order, all last", () => {
  const rows = presenceFigure(tiny, 2);
  assert.deepEqual(rows.map((r) => [r.group, r.n, r.PA, r.NPM]), [
    ["G4", 2, 15, 20],
    ["100.000+", 2, 35, 20],
    ["all", 4, 25, 20],
  ]);
  assert.deepEqual(presenceTableRows(rows)[0], {
    group_type: "size_class",
    group: "G4",
    n: 2,
    PA: "15.0",
    NPM: "20.0",
    NPG: "25.0",
    SR: "40.0",
  });
  assert.equal(groupStatsTableRows(describeByGroup(tiny, "region"))[0].sd, "");
  assert.deepEqual(meanProfile(tiny), { PA: 25, NPM: 20, NPG: 22.5, SR: 32.5 });
});

Deno.test("Bijlage G: means checked by hand", async () => {
  const scores = await loadScoreTable({ source: "published" });
  const all = describeByGroup(scores, "all");
  // PA column of Bijlage G sums to 1014.4; 1014.4 / 49 = 20.702…
  close(all.find((s) => s.perspective === "PA")!.mean, 1014.4 / 49);
  // G4 PA: (33.6 + 17.9 + 12.2 + 10.4) / 4 = 18.525, printed as 18.6 in Figure 6.2
  const g4 = describeByGroup(scores, "size_class").find((s) =>
    s.group === "G4" && s.perspective === "PA"
  )!;
  close(g4.mean, 18.525);
  assert.equal(formatFixed(g4.mean, 1), "18.5");
  // Helmond has the lowest PA (6.0), Haarlemmermeer the highest (34.4)
  assert.equal(all.find((s) => s.perspective === "PA")!.min, 6);
  assert.equal(all.find((s) => s.perspective === "PA")!.max, 34.4);
  const regions = presenceFigure(scores, 3);
  assert.deepEqual(regions.map((r) => [r.group, r.n]), [
    ["noord", 3],
    ["oost", 10],
    ["zuid", 12],
    ["west", 24],
    ["all", 49],
  ]);
});
