/**
 * Every result table is also written as Parquet (`data/NAME.parquet` beside
 * `tables/NAME.csv`), so that R (`arrow::read_parquet`) and Python (`polars.read_parquet`,
 * `pandas.read_parquet`) load it with its types instead of guessing them from text.
 *
 * The Parquet file is made from the CSV text itself, so it holds exactly the values of the
 * CSV (the same rounding), whoever wrote the CSV (`writeTable`, or the scorer's own files
 * copied by `writeOutput`). Cells made spreadsheet-safe are read back as they were
 * (lib/io/spreadsheet_safe.ts). Each column is typed: `true`/`false` only is Boolean;
 * decimal numbers only (`20.7`, `-3`; no leading zeros, so codes such as `0363` stay
 * text; no exponents) is Int64 when none has a decimal point and Float64 otherwise;
 * anything else is text. Empty cells are nulls.
 *
 * Written with nodejs-polars. The bytes are the same in every run: polars writes
 * `created_by: Polars` without a version or a time, and no compression by default
 * (checked in the tests and by `deno task test`, which compares every output byte for
 * byte).
 *
 * @module
 */
import pl from "nodejs-polars";
import { fromSpreadsheetSafeTable, parseCsv } from "../io/mod.ts";

/** The type a column gets in the Parquet file. */
export type ColumnType = "Boolean" | "Int64" | "Float64" | "Text";

const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * The Parquet type of a column from its CSV cells (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(columnType(["20.7", "3", ""]), "Float64");
 * assert.equal(columnType(["4", "26"]), "Int64");
 * assert.equal(columnType(["0363", "1"]), "Text");
 * assert.equal(columnType(["true", ""]), "Boolean");
 * ```
 */
export function columnType(cells: readonly string[]): ColumnType {
  const filled = cells.filter((cell) => cell !== "");
  if (filled.length === 0) return "Text";
  if (filled.every((cell) => cell === "true" || cell === "false")) return "Boolean";
  if (!filled.every((cell) => DECIMAL.test(cell))) return "Text";
  return filled.every((cell) => !cell.includes(".") && Number.isSafeInteger(Number(cell)))
    ? "Int64"
    : "Float64";
}

/**
 * A CSV table the project wrote, as a typed polars DataFrame (columns in file order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const frame = csvTableFrame("group,n,PA,title\nG4,4,20.7,'=x\n");
 * assert.deepEqual(frame.toRecords(), [{ group: "G4", n: 4, PA: 20.7, title: "=x" }]);
 * ```
 */
export function csvTableFrame(csv: string, file = "<csv>"): pl.DataFrame {
  const table = fromSpreadsheetSafeTable(parseCsv(csv, { file }));
  return pl.DataFrame(table.header.map((column) => {
    const cells = table.records.map((record) => record.values[column]);
    const type = columnType(cells);
    const value = (cell: string) =>
      cell === ""
        ? null
        : type === "Boolean"
        ? cell === "true"
        : type === "Text"
        ? cell
        : Number(cell);
    const dtype = { Boolean: pl.Bool, Int64: pl.Int64, Float64: pl.Float64, Text: pl.Utf8 }[type];
    return pl.Series(column, cells.map(value), dtype);
  }));
}

/**
 * The Parquet bytes of a CSV table the project wrote (see {@linkcode csvTableFrame}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const bytes = csvParquetBytes("a\n1\n");
 * assert.equal(new TextDecoder().decode(bytes.subarray(0, 4)), "PAR1");
 * ```
 */
export function csvParquetBytes(csv: string, file = "<csv>"): Uint8Array {
  return new Uint8Array(csvTableFrame(csv, file).writeParquet());
}
