import assert from "node:assert/strict";
import { measureText } from "../text_metrics.ts";
import {
  type TableCellMark,
  type TableData,
  tableFigureSpec,
  tableLayout,
} from "./table_figure.ts";
import { dataValues } from "./test_fixtures.ts";
import { renderStrict } from "../testing.ts";

const TABLE: TableData = {
  columns: [
    { key: "label", header: "" },
    { key: "code", header: "code" },
    { key: "all", header: "alle gemeenten (49)" },
    { key: "west", header: "West (24)", decimals: 2 },
  ],
  rows: [
    { label: "rechtmatige overheid", code: "PA", all: 20.7, west: 20.94 },
    { label: "participerende overheid", code: "SR", all: 31.1, west: null },
  ],
};

function extent(cell: TableCellMark, fontSize: number): [number, number] {
  const width = measureText(cell.text, fontSize, cell.part === "header" ? "bold" : undefined);
  return cell.align === "left" ? [cell.x, cell.x + width] : [cell.x - width, cell.x];
}

Deno.test("table figure: each column is as wide as its longest measured text", () => {
  const layout = tableLayout(TABLE);
  const widths = Object.fromEntries(layout.columns.map((c) => [c.key, c.width]));
  assert.equal(widths.label, Math.ceil(measureText("participerende overheid", 12)));
  assert.equal(widths.code, Math.ceil(measureText("code", 12, "bold")));
  assert.equal(widths.all, Math.ceil(measureText("alle gemeenten (49)", 12, "bold")));
  for (const cell of layout.cells) {
    const column = layout.columns.find((c) => c.key === cell.column)!;
    const [left, right] = extent(cell, layout.fontSize);
    assert.ok(left >= column.x - 1e-9 && right <= column.x + column.width + 1e-9, cell.text);
  }
});

Deno.test("table figure: no two texts of a row overlap, numbers are right-aligned", () => {
  const layout = tableLayout(TABLE, { columnGap: 6 });
  for (const row of [-1, 0, 1]) {
    const spans = layout.cells.filter((c) => c.row === row).map((c) => extent(c, 12))
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1] + 6 - 1e-9);
  }
  const aligns = Object.fromEntries(layout.columns.map((c) => [c.key, c.align]));
  assert.deepEqual(aligns, { label: "left", code: "left", all: "right", west: "right" });
});

Deno.test("table figure: the data values are the input, formatted with the printed decimals", () => {
  const spec = tableFigureSpec(TABLE, { title: "Figuur X: test" });
  const texts = dataValues<TableCellMark>(spec).map((c) => [c.row, c.column, c.text]);
  assert.deepEqual(texts, [
    [-1, "code", "code"],
    [-1, "all", "alle gemeenten (49)"],
    [-1, "west", "West (24)"],
    [0, "label", "rechtmatige overheid"],
    [0, "code", "PA"],
    [0, "all", "20,7"],
    [0, "west", "20,94"],
    [1, "label", "participerende overheid"],
    [1, "code", "SR"],
    [1, "all", "31,1"],
  ]);
  const dotted = tableFigureSpec(TABLE, { title: "t" }, { decimalMark: "." });
  assert.equal(
    dataValues<TableCellMark>(dotted).find((c) => c.column === "all" && c.row === 0)!.text,
    "20.7",
  );
});

Deno.test("table figure: an unknown alignment or decimal mark is refused", () => {
  const bad = { ...TABLE, columns: [{ key: "a", header: "a", align: "middle" as "left" }] };
  assert.throws(() => tableLayout(bad), /Invalid option/);
  assert.throws(
    () => tableLayout(TABLE, { decimalMark: ";" as "," }),
    /Invalid option/,
  );
});

Deno.test("table figure: same input, byte-identical SVG, without warnings", async () => {
  const first = await renderStrict(tableFigureSpec(TABLE, { title: "Figuur X", subtitle: "s" }));
  const second = await renderStrict(tableFigureSpec(TABLE, { title: "Figuur X", subtitle: "s" }));
  assert.equal(first, second);
  assert.match(first, /alle gemeenten \(49\)/);
});
