import assert from "node:assert/strict";
import {
  type GroupMeanBar,
  groupMeanBars,
  groupMeansChartSpec,
  type GroupMeansRow,
  groupMeansTableSpec,
} from "./group_means.ts";
import type { TableCellMark } from "./table_figure.ts";
import { dataValues, PERSPECTIVE_STYLES } from "./test_fixtures.ts";
import { renderStrict } from "../testing.ts";

const ROWS: GroupMeansRow[] = [
  { group: "noord", n: 3, PA: 20.7, NPM: 22.0, NPG: 34.6, SR: 22.7 },
  { group: "all", n: 49, PA: 20.7, NPM: 21.2, NPG: 27.0, SR: 31.1 },
];
const REQUIRED = {
  title: "Figuur 6.3: test",
  subtitle: "Means.",
  perspectives: PERSPECTIVE_STYLES,
};

Deno.test("group means table: a row per perspective, a column per group with its size", () => {
  const cells = dataValues<TableCellMark>(groupMeansTableSpec(ROWS, REQUIRED));
  assert.deepEqual(cells.filter((c) => c.part === "header").map((c) => c.text), [
    "Noord (3)",
    "alle gemeenten (49)",
  ]);
  const row = (i: number) => cells.filter((c) => c.row === i).map((c) => c.text);
  assert.deepEqual(row(0), ["rechtmatige overheid", "PA", "20,7", "20,7"]);
  assert.deepEqual(row(2), ["netwerkende overheid", "NPG", "34,6", "27,0"]);
  const relabelled = groupMeansTableSpec(ROWS, REQUIRED, { groupLabels: { noord: "N" } });
  assert.equal(dataValues<TableCellMark>(relabelled)[0].text, "N (3)");
});

Deno.test("group means chart: one bar per perspective and group, values as input", () => {
  const spec = groupMeansChartSpec(ROWS, REQUIRED);
  const bars = dataValues<GroupMeanBar>(spec);
  assert.equal(bars.length, 8);
  for (const bar of bars) {
    const row = ROWS.find((r) => r.group === bar.group)!;
    assert.equal(bar.mean, row[bar.perspective as "PA"]);
  }
  assert.deepEqual(bars.slice(0, 2).map((b) => [b.perspectiveLabel, b.groupLabel, b.text]), [
    ["PA \u00b7 rechtmatige overheid", "Noord (3)", "20,7"],
    ["PA \u00b7 rechtmatige overheid", "alle gemeenten (49)", "20,7"],
  ]);
  // Groups take colours; the overall mean is dark grey.
  assert.equal(bars[1].fill, "#404040");
});

Deno.test("group means chart: a single group takes the perspectives' grey tones", () => {
  const bars = groupMeanBars([ROWS[1]], REQUIRED);
  assert.deepEqual(bars.map((b) => b.fill), ["#000000", "#595959", "#a6a6a6", "#d9d9d9"]);
});

Deno.test("group means: same input, byte-identical SVG, without warnings", async () => {
  for (const build of [groupMeansChartSpec, groupMeansTableSpec]) {
    for (const rows of [ROWS, [ROWS[1]]]) {
      const first = await renderStrict(build(rows, REQUIRED));
      assert.equal(first, await renderStrict(build(rows, REQUIRED)));
    }
  }
});
