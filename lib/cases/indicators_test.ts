import assert from "node:assert/strict";
import {
  contextIndicatorTable,
  indicatorTable,
  loadContextIndicators,
  loadPerspectiveIndicators,
  parseContextIndicators,
  parsePerspectiveIndicators,
} from "./indicators.ts";

Deno.test("Bijlage E and F load with the expected shape", async () => {
  const e = await loadPerspectiveIndicators();
  assert.equal(e.length, 48);
  const table = indicatorTable(e);
  assert.equal(table.length, 16);
  assert.deepEqual(table.map((r) => `${r.component}/${r.perspective}`).slice(0, 5), [
    "Beleid/PA",
    "Beleid/NPM",
    "Beleid/NPG",
    "Beleid/SR",
    "Organisatie/PA",
  ]);
  const f = await loadContextIndicators();
  const count = (option: string, kind: string) =>
    f.filter((r) => r.option === option && r.kind === kind).length;
  assert.deepEqual(
    [
      count("with", "indicator"),
      count("against", "indicator"),
      count("goal-directed", "indicator"),
      count("goal-seeking", "indicator"),
    ],
    [9, 7, 7, 7],
  );
  assert.deepEqual(
    f.filter((r) => r.variant !== null).map((r) => r.variant).filter((v, i, a) =>
      a.indexOf(v) === i
    ),
    ["coercive", "mimetic", "normative", "layering", "conversion"],
  );
  assert.equal(contextIndicatorTable(f)[0].variant, "coercive");
});

Deno.test("Bijlage E: a cell without its approach", () => {
  assert.throws(
    () =>
      parsePerspectiveIndicators(
        "component,perspective,kind,label\nBeleid,PA,indicator,a\n",
        "e.csv",
      ),
    { message: "e.csv: Beleid / PA needs one approach and at least one indicator (found 0 and 1)" },
  );
});

Deno.test("Bijlage F: a variant under the wrong option", () => {
  assert.throws(
    () =>
      parseContextIndicators(
        "dimension,option,kind,variant,label\ninstitutional,against,indicator,mimetic,copy\n",
        "f.csv",
      ),
    { message: 'f.csv line 2, column variant: "mimetic" does not belong to option against' },
  );
});
