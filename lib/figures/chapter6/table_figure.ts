/**
 * A table drawn as a figure: text marks on a grid, a bold header row, numbers
 * right-aligned with fixed decimals, and thin rules above and below the header and at the
 * bottom (book style). Every column is exactly as wide as its widest text measured in the
 * shipped DejaVu Sans, plus a fixed gap, so no two cells can collide.
 *
 * Generic: Figures 6.1-6.7 build their tables with it, and any other table can too.
 *
 * @module
 */
import { type FigureText, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { z } from "zod";
import { measureText } from "../text_metrics.ts";
import {
  type DecimalMark,
  figureDefaults,
  type FigureOptions,
  formatNumber,
  numberLocale,
} from "./style.ts";

/** A cell: text as is, a number (formatted with the column's decimals), or empty. */
export type TableCell = string | number | null;

/** How cells are aligned in a column: `"auto"` right-aligns numbers, left-aligns text. */
export const alignSchema = z.enum(["left", "right", "auto"]);

/** One column of a table figure. */
export interface TableColumn {
  /** Field of the row that holds the cell. */
  key: string;
  /** Header text (bold). `""` for none. */
  header: string;
  /** Alignment. Default: `"auto"` (right if the column holds a number, else left). */
  align?: z.output<typeof alignSchema>;
  /** Decimals of numbers in this column. Default: `1`. */
  decimals?: number;
  /** Extra space in pixels before this column, to separate blocks. Default: `0`. */
  gapBefore?: number;
}

/** A table: its columns and its rows (objects keyed by `TableColumn.key`). */
export interface TableData {
  columns: readonly TableColumn[];
  rows: readonly Readonly<Record<string, TableCell>>[];
}

/** Options of {@linkcode tableFigureSpec} and {@linkcode tableLayout}. */
export interface TableFigureOptions extends FigureOptions {
  /** Font size of every cell, header included. Default: `12`. */
  fontSize?: number;
  /** Space between two columns, in pixels. Default: `18`. */
  columnGap?: number;
  /** Height of one row, in pixels. Default: `round(1.75 * fontSize)`. */
  rowHeight?: number;
  /** Body rows (0-based) after which a thin rule is drawn. Default: none. */
  rulesAfter?: readonly number[];
}

/** One positioned text of the table (a row of the figure's data). */
export interface TableCellMark {
  /** `-1` for the header, else the 0-based body row. */
  row: number;
  column: string;
  text: string;
  x: number;
  y: number;
  align: "left" | "right";
  part: "header" | "body";
}

/** A horizontal rule of the table, in pixels. */
export interface TableRule {
  x: number;
  x2: number;
  y: number;
  weight: number;
}

/** Where everything goes: measured column widths, positioned cells and rules. */
export interface TableLayout {
  columns: { key: string; x: number; width: number; align: "left" | "right" }[];
  cells: TableCellMark[];
  rules: TableRule[];
  width: number;
  height: number;
  fontSize: number;
}

function cellText(cell: TableCell | undefined, decimals: number, mark: DecimalMark): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? formatNumber(cell, decimals, mark) : cell;
}

/**
 * Lay out a table: measure every text in DejaVu Sans (header bold), make each column as
 * wide as its widest text, and place cells on a grid with baselines in the row middles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { measureText } from "../text_metrics.ts";
 * const layout = tableLayout({
 *   columns: [{ key: "name", header: "name" }, { key: "n", header: "n" }],
 *   rows: [{ name: "Haarlemmermeer", n: 34.4 }],
 * });
 * assert.equal(layout.columns[0].width, Math.ceil(measureText("Haarlemmermeer", 12)));
 * assert.deepEqual(layout.cells.map((c) => c.text), ["name", "n", "Haarlemmermeer", "34,4"]);
 * assert.equal(layout.columns[1].align, "right");
 * ```
 */
export function tableLayout(table: TableData, options: TableFigureOptions = {}): TableLayout {
  const { decimalMark } = figureDefaults(options);
  const fontSize = options.fontSize ?? 12;
  const gap = options.columnGap ?? 18;
  const rowHeight = options.rowHeight ?? Math.round(1.75 * fontSize);
  const columns: TableLayout["columns"] = [];
  const cells: TableCellMark[] = [];
  let x = 0;
  table.columns.forEach((column, i) => {
    const decimals = column.decimals ?? 1;
    const mode = alignSchema.parse(column.align ?? "auto");
    const align = mode !== "auto"
      ? mode
      : table.rows.some((r) => typeof r[column.key] === "number")
      ? "right"
      : "left";
    const texts = table.rows.map((r) => cellText(r[column.key], decimals, decimalMark));
    const width = Math.ceil(
      Math.max(
        measureText(column.header, fontSize, "bold"),
        ...texts.map((t) => measureText(t, fontSize)),
      ),
    );
    if (i > 0) x += gap + (column.gapBefore ?? 0);
    const anchor = align === "left" ? x : x + width;
    columns.push({ key: column.key, x, width, align });
    if (column.header !== "") {
      cells.push({
        row: -1,
        column: column.key,
        text: column.header,
        x: anchor,
        y: rowHeight / 2,
        align,
        part: "header",
      });
    }
    texts.forEach((text, row) => {
      if (text === "") return;
      cells.push({
        row,
        column: column.key,
        text,
        x: anchor,
        y: rowHeight * (row + 1.5),
        align,
        part: "body",
      });
    });
    x += width;
  });
  // Cells in reading order: header first, then row by row, left to right.
  const order = new Map(table.columns.map((c, i) => [c.key, i]));
  cells.sort((a, b) => a.row - b.row || order.get(a.column)! - order.get(b.column)!);
  const width = x;
  const height = rowHeight * (table.rows.length + 1);
  const rules: TableRule[] = [
    { x: 0, x2: width, y: 0, weight: 1.2 },
    { x: 0, x2: width, y: rowHeight, weight: 0.8 },
    ...(options.rulesAfter ?? []).map((row) => ({
      x: 0,
      x2: width,
      y: rowHeight * (row + 2),
      weight: 0.5,
    })),
    { x: 0, x2: width, y: height, weight: 1.2 },
  ];
  return { columns, cells, rules, width, height, fontSize };
}

/**
 * A Vega-Lite spec that draws `table` as a figure (see the module doc). The data values
 * are the positioned cells of {@linkcode tableLayout}; the spec has a fixed pixel size and
 * no axes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = tableFigureSpec(
 *   { columns: [{ key: "a", header: "A" }], rows: [{ a: 1.25 }] },
 *   { title: "Figuur X: demo" },
 * ) as { data: { values: { text: string }[] } };
 * assert.deepEqual(spec.data.values.map((c) => c.text), ["A", "1,3"]);
 * ```
 */
export function tableFigureSpec(
  table: TableData,
  text: FigureText,
  options: TableFigureOptions = {},
): TopLevelSpec {
  const { decimalMark } = figureDefaults(options);
  const layout = tableLayout(table, options);
  const position = {
    x: { field: "x", type: "quantitative", scale: null, axis: null },
    y: { field: "y", type: "quantitative", scale: null, axis: null },
  };
  const textLayer = (part: "header" | "body", align: "left" | "right") => ({
    transform: [{ filter: `datum.part === '${part}' && datum.align === '${align}'` }],
    mark: {
      type: "text",
      align,
      baseline: "middle",
      fontSize: layout.fontSize,
      fontWeight: part === "header" ? "bold" : "normal",
      color: "#000000",
    },
    encoding: { ...position, text: { field: "text", type: "nominal" } },
  });
  const parts = ["header", "body"] as const;
  const aligns = ["left", "right"] as const;
  const textLayers = parts.flatMap((part) =>
    aligns
      .filter((align) => layout.cells.some((c) => c.part === part && c.align === align))
      .map((align) => textLayer(part, align))
  );
  return {
    title: titleBlock(text, layout.width),
    width: layout.width,
    height: layout.height,
    padding: { left: 10, right: 10, top: 10, bottom: 10 },
    data: { values: layout.cells },
    layer: [
      {
        data: { values: layout.rules },
        mark: { type: "rule", color: "#000000" },
        encoding: {
          x: position.x,
          x2: { field: "x2" },
          y: position.y,
          strokeWidth: { field: "weight", type: "quantitative", scale: null },
        },
      },
      ...textLayers,
    ],
    config: { locale: numberLocale(decimalMark) },
  } as TopLevelSpec;
}
