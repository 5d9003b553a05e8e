import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { formatCsv } from "../io/mod.ts";
import { columnType, csvParquetBytes } from "./table_parquet.ts";

// Expected types and values written by hand from the rules of the module doc.
Deno.test("csvParquetBytes: a table read back with its types and the CSV's values", () => {
  const rows = [
    { group: "G4", n: 4, mean: "20.7", sd: "", code: "0363", kept: true, share: 1 / 3 },
    { group: "=noord", n: 3, mean: "-1.0", sd: "2.50", code: "1", kept: false, share: 2 },
  ];
  const columns = ["group", "n", "mean", "sd", "code", "kept", "share"];
  const csv = formatCsv(columns, rows, { decimals: 2 });
  const frame = pl.readParquet(Buffer.from(csvParquetBytes(csv)));
  assert.deepEqual(frame.columns, columns);
  assert.deepEqual(
    frame.dtypes.map(String),
    ["String", "Int64", "Float64", "Float64", "String", "Bool", "Float64"]
      .map((t) => `DataType(${t})`),
  );
  assert.deepEqual(frame.toRecords(), [
    { group: "G4", n: 4, mean: 20.7, sd: null, code: "0363", kept: true, share: 0.33 },
    // The CSV has '=noord (spreadsheet-safe); the Parquet file has the text as it was.
    { group: "=noord", n: 3, mean: -1, sd: 2.5, code: "1", kept: false, share: 2 },
  ]);
});

Deno.test("csvParquetBytes: the same bytes in every run, no version or time inside", () => {
  const first = csvParquetBytes("a,b\nx,1.5\ny,\n");
  assert.deepEqual(csvParquetBytes("a,b\nx,1.5\ny,\n"), first);
  const text = new TextDecoder("latin1").decode(first);
  assert.ok(text.includes("Polars") && !/\d+\.\d+\.\d+/.test(text));
});

Deno.test("columnType: text with a number in it, leading zeros and empty columns stay text", () => {
  assert.equal(columnType(["1.5", "n/a"]), "Text");
  assert.equal(columnType(["1e5"]), "Text");
  assert.equal(columnType(["007"]), "Text");
  assert.equal(columnType(["", ""]), "Text");
  assert.equal(columnType(["1", "2.5"]), "Float64");
  assert.equal(columnType(["9007199254740993"]), "Float64"); // beyond 2^53: not safely whole
});
