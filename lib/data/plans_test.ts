import assert from "node:assert/strict";
import { loadPlans, parsePlans } from "./plans.ts";

const HEADER = "number,municipality,title,month,year,scope\n";
const FILE = "data/plans.csv";

Deno.test("the 49 plans of Bijlage B", async () => {
  const plans = await loadPlans();
  assert.equal(plans.length, 49);
  const count = (scope: string) => plans.filter((p) => p.scope === scope).length;
  assert.deepEqual([count("wmo"), count("wmo_jeugd"), count("integraal")], [34, 6, 9]);
  const byName = new Map(plans.map((p) => [p.municipality, p]));
  const { line: _, ...rotterdam } = byName.get("Rotterdam")!;
  assert.deepEqual(rotterdam, {
    number: 38,
    municipality: "Rotterdam",
    title: "Rotterdammers voor elkaar Van verzorgingsstaat naar verzorgingsstraat. " +
      "Wmo-kader Rotterdam 2015",
    month: 10,
    year: 2014,
    scope: "wmo",
  });
  assert.equal(byName.get("Almere")?.title, "Beleidsplan sociaal domein 2015, Almere aan zet!");
  assert.equal(byName.get("Hilversum")?.title, "Aanvullende Wmo nota “Hilversum voor iedereen”");
  assert.equal(byName.get("Alkmaar")?.year, 2015);
  assert.equal(byName.get("Almelo"), undefined);
  const years = plans.map((p) => p.year);
  assert.deepEqual([Math.min(...years), Math.max(...years)], [2013, 2015]);
});

Deno.test("bad months, years and scopes are reported", () => {
  assert.throws(() => parsePlans(HEADER + "1,Oss,Plan,13,2013,wmo\n"), {
    message: `${FILE} line 2, column month: "13": Too big: expected number to be <=12`,
  });
  assert.throws(() => parsePlans(HEADER + "1,Oss,Plan,9,13,wmo\n"), {
    message: `${FILE} line 2, column year: "13": not a 4-digit year`,
  });
  assert.throws(() => parsePlans(HEADER + "1,Oss,Plan,9,2013,jeugd\n"), {
    message: `${FILE} line 2, column scope: "jeugd" is not one of wmo, wmo_jeugd, integraal`,
  });
  assert.throws(() => parsePlans(HEADER + "1,Oss,,9,2013,wmo\n"), {
    message: `${FILE} line 2, column title: is empty; ` +
      "must not be empty or start or end with a space",
  });
});

Deno.test("a duplicate municipality", () => {
  assert.throws(() => parsePlans(HEADER + "1,Oss,A,9,2013,wmo\n2,Oss,B,9,2013,wmo\n"), {
    message: `${FILE} line 3, column municipality: "Oss" appears twice (first on line 2)`,
  });
});
