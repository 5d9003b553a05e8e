import assert from "node:assert/strict";
import {
  type ExtremeBar,
  extremeBars,
  type ExtremeRow,
  extremesChartSpec,
  extremesTableSpec,
} from "./extremes.ts";
import type { TableCellMark } from "./table_figure.ts";
import { dataValues, PERSPECTIVE_STYLES } from "./test_fixtures.ts";
import { renderStrict } from "../testing.ts";

const ROWS: ExtremeRow[] = [
  { perspective: "NPG", list: "top", rank: 1, municipality: "A", score: 58 },
  { perspective: "NPG", list: "top", rank: 2, municipality: "B", score: 42.7 },
  { perspective: "NPG", list: "top", rank: 2, municipality: "C", score: 42.7 },
  { perspective: "NPG", list: "bottom", rank: 1, municipality: "D", score: 8.8 },
  { perspective: "NPG", list: "bottom", rank: "2/3", municipality: "E", score: 11.1 },
];
const NPG = PERSPECTIVE_STYLES.find((p) => p.code === "NPG")!;

Deno.test("extremes table: both lists side by side, ties on their own row", () => {
  const cells = dataValues<TableCellMark>(extremesTableSpec(ROWS, { title: "t" }));
  const row = (i: number) => cells.filter((c) => c.row === i).map((c) => c.text);
  assert.deepEqual(row(0), ["1", "A", "58,0", "1", "D", "8,8"]);
  assert.deepEqual(row(1), ["2", "B", "42,7", "2/3", "E", "11,1"]);
  assert.deepEqual(row(2), ["2", "C", "42,7"]);
});

Deno.test("extremes chart: the data are the input rows, top list first", () => {
  const spec = extremesChartSpec(ROWS, { title: "t", perspective: NPG }, { mean: 27 });
  const panels = (spec as unknown as { vconcat: { data: { values: ExtremeBar[] } }[] }).vconcat;
  const values = panels.flatMap((p) => p.data.values);
  assert.deepEqual(
    values.map(({ perspective, list, rank, municipality, score }) => ({
      perspective,
      list,
      rank,
      municipality,
      score,
    })),
    ROWS,
  );
  assert.deepEqual(values.map((b) => b.label), [
    "1\u2002A",
    "2\u2002B",
    "2\u2002C",
    "1\u2002D",
    "2/3\u2002E",
  ]);
  assert.match(JSON.stringify(spec), /"fill":"#a6a6a6"/);
});

Deno.test("extremes: a list other than top or bottom is refused", () => {
  const bad = [{ ...ROWS[0], list: "middle" as "top" }];
  assert.throws(() => extremeBars(bad), /Invalid option/);
});

Deno.test("extremes: same input, byte-identical SVG, without warnings", async () => {
  const chart = () => extremesChartSpec(ROWS, { title: "t", perspective: NPG }, { mean: 27 });
  const first = await renderStrict(chart());
  assert.equal(first, await renderStrict(chart()));
  assert.match(first, /gemiddeld 27,0/);
  const table = await renderStrict(extremesTableSpec(ROWS, { title: "t" }));
  assert.equal(table, await renderStrict(extremesTableSpec(ROWS, { title: "t" })));
});
