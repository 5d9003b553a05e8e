import assert from "node:assert/strict";
import {
  loadMunicipalities,
  parseMunicipalities,
  provinceRegionMismatches,
} from "./municipalities.ts";

const HEADER = "number,municipality,province,region,size_class,plan_analysed\n";
const FILE = "data/municipalities.csv";

Deno.test("the 50 municipalities of Bijlage A", async () => {
  const rows = await loadMunicipalities();
  assert.equal(rows.length, 50);
  assert.deepEqual(rows.map((r) => r.number), Array.from({ length: 50 }, (_, i) => i + 1));
  const byName = new Map(rows.map((r) => [r.municipality, r]));
  const { line: _, ...almelo } = byName.get("Almelo")!;
  assert.deepEqual(almelo, {
    number: 2,
    municipality: "Almelo",
    province: "Overijssel",
    region: "oost",
    size_class: "100.000-",
    plan_analysed: false,
  });
  assert.deepEqual(rows.filter((r) => !r.plan_analysed).map((r) => r.municipality), ["Almelo"]);
  assert.equal(byName.get("Hengelo (O.)")?.province, "Overijssel");
  assert.equal(byName.get("'s-Hertogenbosch")?.number, 41);
  assert.equal(byName.get("Rotterdam")?.size_class, "G4");
});

Deno.test("every region agrees with its province", async () => {
  assert.deepEqual(provinceRegionMismatches(await loadMunicipalities()), []);
  const [row] = parseMunicipalities(HEADER + "1,Zwolle,Overijssel,noord,100.000+,true\n");
  assert.deepEqual(provinceRegionMismatches([row]), [row]);
});

Deno.test("a missing column is named", () => {
  assert.throws(
    () => parseMunicipalities("number,municipality,province,size_class,plan_analysed\n"),
    {
      message: `${FILE} line 1: missing column "region"; the header has ` +
        "number, municipality, province, size_class, plan_analysed",
    },
  );
});

Deno.test("a number that does not parse", () => {
  assert.throws(() => parseMunicipalities(HEADER + "one,Oss,Noord-Brabant,zuid,100.000-,true\n"), {
    message: `${FILE} line 2, column number: "one": not a whole number`,
  });
});

Deno.test("an unknown region", () => {
  assert.throws(
    () => parseMunicipalities(HEADER + "1,Oss,Noord-Brabant,Zuid,100.000-,true\n"),
    { message: `${FILE} line 2, column region: "Zuid" is not one of noord, oost, zuid, west` },
  );
});

Deno.test("an unknown size class", () => {
  assert.throws(
    () => parseMunicipalities(HEADER + "1,Oss,Noord-Brabant,zuid,<100.000,true\n"),
    {
      message: `${FILE} line 2, column size_class: "<100.000" is not one of G4, 100.000+, 100.000-`,
    },
  );
});

Deno.test("an unknown province, a bad boolean, a stray space", () => {
  assert.throws(() => parseMunicipalities(HEADER + "1,Oss,Brabant,zuid,100.000-,true\n"), {
    message: new RegExp(`^${FILE} line 2, column province: "Brabant" is not one of Groningen, `),
  });
  assert.throws(() => parseMunicipalities(HEADER + "1,Oss,Noord-Brabant,zuid,100.000-,yes\n"), {
    message: `${FILE} line 2, column plan_analysed: "yes" is not one of true, false`,
  });
  assert.throws(() => parseMunicipalities(HEADER + "1,Oss ,Noord-Brabant,zuid,100.000-,true\n"), {
    message: `${FILE} line 2, column municipality: "Oss ": ` +
      "must not be empty or start or end with a space",
  });
});

Deno.test("a duplicate municipality", () => {
  const text = HEADER + "1,Oss,Noord-Brabant,zuid,100.000-,true\n" +
    "2,Oss,Noord-Brabant,zuid,100.000-,true\n";
  assert.throws(() => parseMunicipalities(text), {
    message: `${FILE} line 3, column municipality: "Oss" appears twice (first on line 2)`,
  });
});

Deno.test("numbers must run 1, 2, 3 in order", () => {
  const text = HEADER + "1,Oss,Noord-Brabant,zuid,100.000-,true\n" +
    "3,Ede,Gelderland,oost,100.000+,true\n";
  assert.throws(() => parseMunicipalities(text), {
    message:
      `${FILE} line 3, column number: "3": expected 2 (rows are numbered 1, 2, 3, … in order)`,
  });
});

Deno.test("the loader reads another file and wants 50 rows", async () => {
  const path = await Deno.makeTempFile({ suffix: ".csv" });
  try {
    await Deno.writeTextFile(path, HEADER + "1,Oss,Noord-Brabant,zuid,100.000-,true\n");
    await assert.rejects(() => loadMunicipalities({ path }), {
      message: `${path}: expected 50 municipalities (Bijlage A), found 1`,
    });
    await Deno.writeTextFile(path, HEADER + "1,Oss,Noord-Brabant,Oost,100.000-,true\n");
    await assert.rejects(() => loadMunicipalities({ path }), {
      message: `${path} line 2, column region: "Oost" is not one of noord, oost, zuid, west`,
    });
  } finally {
    await Deno.remove(path);
  }
});
