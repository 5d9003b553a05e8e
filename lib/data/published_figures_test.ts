import assert from "node:assert/strict";
import {
  loadPublishedExtremes,
  loadPublishedGroupMeans,
  parseExtremes,
  parseGroupMeans,
} from "./published_figures.ts";

Deno.test("Figures 6.1-6.3: printed means with n", async () => {
  const [all] = await loadPublishedGroupMeans(1);
  assert.deepEqual([all.group, all.n, all.PA, all.NPM, all.NPG, all.SR], [
    "all",
    49,
    20.7,
    21.2,
    27,
    31.1,
  ]);
  assert.equal(all.printed.NPG, "27.0");
  const bySize = await loadPublishedGroupMeans(2);
  assert.deepEqual(bySize.map((g) => [g.group, g.n]), [["G4", 4], ["100.000+", 26], [
    "100.000-",
    19,
  ], [
    "all",
    49,
  ]]);
  const byRegion = await loadPublishedGroupMeans(3);
  assert.deepEqual(byRegion.map((g) => [g.group, g.n, g.NPG]), [
    ["noord", 3, 34.6],
    ["oost", 10, 24.5],
    ["zuid", 12, 28.7],
    ["west", 24, 26.3],
    ["all", 49, 27],
  ]);
});

Deno.test("Figures 6.4-6.7: one perspective each, shared ranks as printed", async () => {
  const pa = await loadPublishedExtremes(4);
  assert.deepEqual(pa.filter((r) => r.list === "bottom").map((r) => r.municipality), [
    "Helmond",
    "Deventer",
    "Utrecht",
    "Velsen",
    "Almere",
  ]);
  const npg = await loadPublishedExtremes(6);
  assert.deepEqual(npg.filter((r) => r.rank === "3/4").map((r) => r.municipality), [
    "Tilburg",
    "Eindhoven",
  ]);
  assert.deepEqual(
    npg.filter((r) => r.list === "top" && r.rank === "5").map((r) => r.municipality),
    ["Amersfoort", "Vlaardingen"],
  );
  assert.deepEqual([npg[0].score, npg[0].scorePrinted], [58, "58"]);
  assert.equal((await loadPublishedExtremes(7))[0].municipality, "Deventer");
  assert.equal((await loadPublishedExtremes(5))[0].municipality, "Zwolle");
});

Deno.test("group means: unknown group, wrong group type, missing n allowed", () => {
  const header = "group_type,group,n,PA,NPM,NPG,SR\n";
  assert.throws(() => parseGroupMeans(header + "region,Noord,3,20.7,22.0,34.6,22.7\n", 3), {
    message: 'data/published/fig-6.3.csv line 2, column group: "Noord" is not one of ' +
      "noord, oost, zuid, west",
  });
  assert.throws(() => parseGroupMeans(header + "region,noord,3,20.7,22.0,34.6,22.7\n", 2), {
    message: 'data/published/fig-6.2.csv line 2, column group_type: "region" does not belong ' +
      "in Figure 6.2 (expected size_class or all)",
  });
  assert.equal(parseGroupMeans(header + "all,all,,20.7,21.2,27.0,31.1\n", 1)[0].n, null);
});

Deno.test("extremes: wrong perspective, bad rank, incomplete list", () => {
  const header = "perspective,list,rank,municipality,score\n";
  assert.throws(() => parseExtremes(header + "SR,top,1,Deventer,79.4\n", 4), {
    message: 'data/published/fig-6.4.csv line 2, column perspective: "SR": Figure 6.4 ranks PA',
  });
  assert.throws(() => parseExtremes(header + "PA,top,3-4,Tilburg,11.1\n", 4), {
    message: 'data/published/fig-6.4.csv line 2, column rank: "3-4": ' +
      'not a rank such as "3" or "3/4"',
  });
  assert.throws(() => parseExtremes(header + "PA,top,1,Haarlemmermeer,34.4\n", 4), {
    message: "data/published/fig-6.4.csv: the top list covers ranks 1, not 1 to 5",
  });
});
