/**
 * CSV written by hand, RFC 4180 style, every text cell spreadsheet-safe; read by
 * lib/io/csv.ts (which exports these too).
 *
 * @module
 */
import { formatFixed } from "./round.ts";
import { spreadsheetSafe } from "./spreadsheet_safe.ts";

/** A value as it may go into a CSV cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** Options of {@linkcode formatCsv}. */
export interface FormatCsvOptions {
  /** Digits after the decimal point for non-integer numbers, rounded as {@linkcode formatFixed}. Default: as `String(n)`. */
  decimals?: number;
}

/**
 * Write rows as CSV with `\n` line ends and a final newline. Numbers are written with
 * `String()` (or fixed decimals), `null`/`undefined` as an empty cell; fields holding a
 * comma, quote or newline are quoted.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(formatCsv(["a", "b"], [{ a: "x,y", b: 1.5 }]), 'a,b\n"x,y",1.5\n');
 * ```
 */
export function formatCsv(
  columns: readonly string[],
  rows: readonly Record<string, CsvValue>[],
  options: FormatCsvOptions = {},
): string {
  const lines = [formatCsvRow(columns, options)];
  for (const row of rows) lines.push(formatCsvRow(columns.map((c) => row[c]), options));
  return lines.join("\n") + "\n";
}

/** A cell that must be quoted: it holds a quote, a comma or a line end. */
const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One row of {@linkcode formatCsv}, without its line end: the cells quoted and made
 * spreadsheet-safe the same way.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatCsvRow(["a", 3, "x,y", "=1+1"]), 'a,3,"x,y",\'=1+1');
 * ```
 */
export function formatCsvRow(values: readonly CsvValue[], options: FormatCsvOptions = {}): string {
  let line = "";
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    let text: string;
    if (value === null || value === undefined) text = "";
    else if (typeof value === "number") {
      if (!Number.isFinite(value)) text = "";
      else if (options.decimals !== undefined && !Number.isInteger(value)) {
        text = formatFixed(value, options.decimals);
      } else text = String(value);
    } else text = typeof value === "string" ? spreadsheetSafe(value) : String(value);
    if (NEEDS_QUOTES.test(text)) text = `"${text.replaceAll('"', '""')}"`;
    line += k === 0 ? text : "," + text;
  }
  return line;
}
