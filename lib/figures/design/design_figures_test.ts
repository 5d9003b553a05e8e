import assert from "node:assert/strict";
import { renderStrict } from "../testing.ts";
import { categoryColors, groupMeansSpec, overTimeSpec, profileSpec } from "./design_figures.ts";

// Relative luminance of an sRGB colour (WCAG 2.x formula), computed here independently.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

Deno.test("categoryColors: other lexicons get distinct colours that grow lighter in order, so they print as ordered greys", () => {
  for (const n of [2, 3, 5, 8, 12]) {
    const colors = categoryColors(Array.from({ length: n }, (_, i) => `c${i}`));
    assert.equal(new Set(colors).size, n);
    for (let i = 1; i < n; i++) {
      assert.ok(luminance(colors[i]) > luminance(colors[i - 1]), `${n}: ${i}`);
    }
    // The lightest stays visible on white: contrast ratio at least 1.4 (WCAG formula).
    assert.ok(1.05 / (luminance(colors[n - 1]) + 0.05) >= 1.4, colors[n - 1]);
  }
  // The study's four keep the greys of data/perspectives.csv (black, dark grey, grey, light grey).
  assert.deepEqual(categoryColors(["PA", "NPM", "NPG", "SR"]), [
    "#000000",
    "#595959",
    "#a6a6a6",
    "#d9d9d9",
  ]);
  // The same names in another order are another lexicon.
  assert.notDeepEqual(categoryColors(["SR", "NPG", "NPM", "PA"])[0], "#d9d9d9");
});

Deno.test("the design figures render without a warning, with the numbers they were given", async () => {
  const categories = ["energy", "nature", "community", "x", "y"];
  const row = (grouping: string, group: string, category: string, mean_share: number) => ({
    grouping,
    group,
    category,
    documents: 2,
    mean_share,
    median_share: 0,
    sd_share: null,
    mean_per_1000: 0,
  });
  const means = categories.flatMap((
    c,
    i,
  ) => [
    row("all", "all", c, 20),
    row("sector", "a", c, 10 * i),
    row("sector", "b", c, 40 - 10 * i),
  ]);
  const svg = await renderStrict(groupMeansSpec(means, { categories, title: "T" }));
  // Every mean is printed beside its bar with one decimal (worked by hand: 0, 10, ... 40).
  for (const label of ["20.0", "0.0", "10.0", "30.0", "40.0"]) {
    assert.ok(svg.includes(`>${label}<`), label);
  }
  assert.ok(svg.includes("a (n = 2)") && svg.includes("by sector"));

  const time = categories.flatMap((c) =>
    [2019, 2023].map((year) => ({
      grouping: "sector",
      group: "a",
      year,
      category: c,
      documents: 1,
      mean_share: 20,
    }))
  );
  const timeSvg = await renderStrict(overTimeSpec(time, ["sector"], { categories, title: "T" }));
  assert.ok(timeSvg.includes(">2019<") && timeSvg.includes(">2023<"));
  // Two groupings: a row of panels for each, headed by the grouping, a panel per group.
  const twoGroupings = [
    ...time,
    ...time.map((r) => ({ ...r, grouping: "region", group: "north" })),
    ...time.map((r) => ({ ...r, grouping: "region", group: "south" })),
  ];
  const rowsSvg = await renderStrict(
    overTimeSpec(twoGroupings, ["sector", "region"], { categories, title: "T" }),
  );
  for (const header of [">sector<", ">region<", ">a<", ">north<", ">south<"]) {
    assert.ok(rowsSvg.includes(header), header);
  }
  // Three panels in all (one group of sector, two of region): three year axes.
  assert.equal(rowsSvg.split(">2019<").length - 1, 3);

  const profile = await renderStrict(
    profileSpec({
      categories,
      document: "doc",
      shares: [50, 20, 10, 10, 10],
      means: [20, 20, 20, 20, 20],
      title: "T",
    }),
  );
  assert.ok(profile.includes("50.0 (mean 20.0)"));
});
