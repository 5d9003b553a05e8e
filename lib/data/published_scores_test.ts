import assert from "node:assert/strict";
import { loadPublishedScores, parsePublishedScores } from "./published_scores.ts";

const HEADER = "municipality,size_class,region,PA,NPM,NPG,SR\n";
const FILE = "data/published/bijlage-g.csv";

Deno.test("Bijlage G: Rotterdam's row and the printed order", async () => {
  const rows = await loadPublishedScores();
  assert.equal(rows.length, 49);
  assert.equal(rows[0].municipality, "Alkmaar");
  assert.equal(rows[48].municipality, "Zwolle");
  const { line: _, ...rotterdam } = rows.find((r) => r.municipality === "Rotterdam")!;
  assert.deepEqual(rotterdam, {
    municipality: "Rotterdam",
    size_class: "G4",
    region: "west",
    PA: 12.2,
    NPM: 14.6,
    NPG: 41.5,
    SR: 31.7,
    printed: { PA: "12.2", NPM: "14.6", NPG: "41.5", SR: "31.7" },
  });
});

Deno.test("Bijlage G keeps the printed precision", async () => {
  const rows = await loadPublishedScores();
  const hilversum = rows.find((r) => r.municipality === "Hilversum")!;
  assert.deepEqual([hilversum.SR, hilversum.printed.SR], [27, "27"]);
  const gouda = rows.find((r) => r.municipality === "Gouda")!;
  assert.deepEqual([gouda.PA, gouda.printed.PA], [20, "20.0"]);
});

Deno.test("size classes 4/26/19 and regions 3/10/12/24", async () => {
  const rows = await loadPublishedScores();
  const count = (key: "size_class" | "region", value: string) =>
    rows.filter((r) => r[key] === value).length;
  assert.deepEqual(["G4", "100.000+", "100.000-"].map((s) => count("size_class", s)), [4, 26, 19]);
  assert.deepEqual(["noord", "oost", "zuid", "west"].map((r) => count("region", r)), [
    3,
    10,
    12,
    24,
  ]);
});

Deno.test("every row sums to 100 ± 0.1, except Hoorn (101.3 as printed)", async () => {
  const off = (await loadPublishedScores())
    .map((r) => ({
      name: r.municipality,
      sum: Math.round((r.PA + r.NPM + r.NPG + r.SR) * 10) / 10,
    }))
    .filter((r) => Math.abs(r.sum - 100) > 0.15);
  assert.deepEqual(off, [{ name: "Hoorn", sum: 101.3 }]);
});

Deno.test("a number that will not parse (decimal comma)", () => {
  assert.throws(
    () => parsePublishedScores(HEADER + 'Alkmaar,100.000+,west,"19,0",28.6,19.8,32.5\n'),
    {
      message: `${FILE} line 2, column PA: "19,0": ` +
        "not a number (write digits with a decimal point, e.g. 12.5)",
    },
  );
  assert.throws(() => parsePublishedScores(HEADER + "Alkmaar,100.000+,west,19.0,,19.8,32.5\n"), {
    message: `${FILE} line 2, column NPM: is empty; ` +
      "not a number (write digits with a decimal point, e.g. 12.5)",
  });
});

Deno.test("an unknown region, an unknown size class", () => {
  assert.throws(
    () => parsePublishedScores(HEADER + "Alkmaar,100.000+,West,19.0,28.6,19.8,32.5\n"),
    {
      message: `${FILE} line 2, column region: "West" is not one of noord, oost, zuid, west`,
    },
  );
  assert.throws(() => parsePublishedScores(HEADER + "Alkmaar,100000+,west,19.0,28.6,19.8,32.5\n"), {
    message: `${FILE} line 2, column size_class: "100000+" is not one of G4, 100.000+, 100.000-`,
  });
});

Deno.test("a missing column, a duplicate municipality", () => {
  assert.throws(() => parsePublishedScores("municipality,size_class,region,PA,NPM,NPG\n"), {
    message: `${FILE} line 1: missing column "SR"; the header has ` +
      "municipality, size_class, region, PA, NPM, NPG",
  });
  const row = "Alkmaar,100.000+,west,19.0,28.6,19.8,32.5\n";
  assert.throws(() => parsePublishedScores(HEADER + row + row), {
    message: `${FILE} line 3, column municipality: "Alkmaar" appears twice (first on line 2)`,
  });
});

Deno.test("the loader wants 49 rows", async () => {
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  try {
    await Deno.writeTextFile(path, HEADER + "Alkmaar,100.000+,west,19.0,28.6,19.8,32.5\n");
    await assert.rejects(() => loadPublishedScores({ path }), {
      message: `${path}: expected 49 scored municipalities (Bijlage G), found 1`,
    });
  } finally {
    await Deno.remove(path);
  }
});
