/**
 * A small RFC 4180 CSV reader and writer that keeps line numbers, so that every error
 * about a row can name the line it came from.
 *
 * @module
 */
import { InputError } from "./input_error.ts";
import { formatFixed } from "./round.ts";

/** One data row of a CSV file, keyed by header, with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** A parsed CSV file: its header and its rows. */
export interface CsvTable {
  file: string;
  header: string[];
  records: CsvRecord[];
}

/** Options of {@linkcode parseCsv}. */
export interface ParseCsvOptions {
  /** Name of the file, used in error messages. Default: `"<csv>"`. */
  file?: string;
  /** Columns that must be in the header. Default: none. */
  requiredColumns?: readonly string[];
}

/**
 * Parse CSV text with a header row. Quoted fields may hold commas, quotes (`""`) and
 * newlines. A UTF-8 byte order mark is dropped; blank lines are skipped.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const table = parseCsv('id,name\n1,"Bergen op Zoom"\n\n2,"a ""b"""\n', { file: "x.csv" });
 * assert.deepEqual(table.records.map((r) => [r.line, r.values.name]), [[2, "Bergen op Zoom"], [4, 'a "b"']]);
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  const file = options.file ?? "<csv>";
  const rows = splitRows(text.startsWith("\uFEFF") ? text.slice(1) : text, file);
  if (rows.length === 0) throw new InputError("the file is empty; expected a header row", { file });
  const [headerRow, ...dataRows] = rows;
  const header = headerRow.fields.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") throw new InputError("the header has an empty column name", { file, line: 1 });
    if (seen.has(name)) {
      throw new InputError(`the header names column "${name}" twice`, { file, line: 1 });
    }
    seen.add(name);
  }
  for (const column of options.requiredColumns ?? []) {
    if (!seen.has(column)) {
      throw new InputError(
        `missing column "${column}"; the header has ${header.join(", ")}`,
        { file, line: headerRow.line },
      );
    }
  }
  const records = dataRows.map((row) => {
    if (row.fields.length !== header.length) {
      throw new InputError(
        `expected ${header.length} fields (${header.join(",")}), found ${row.fields.length}`,
        { file, line: row.line },
      );
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => values[name] = row.fields[i]);
    return { line: row.line, values };
  });
  return { file, header, records };
}

interface RawRow {
  line: number;
  fields: string[];
}

function splitRows(text: string, file: string): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let fieldStarted = false;
  const endRow = () => {
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === "" && !fieldStarted;
    if (!blank) rows.push({ line: rowLine, fields });
    fields = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== "") {
        throw new InputError(`a quote inside an unquoted field ("${field}")`, { file, line });
      }
      quoted = true;
      fieldStarted = true;
    } else if (c === ",") {
      fields.push(field);
      field = "";
      fieldStarted = true;
    } else if (c === "\r" && text[i + 1] === "\n") {
      continue;
    } else if (c === "\n") {
      endRow();
      line++;
      rowLine = line;
    } else {
      field += c;
    }
  }
  if (quoted) throw new InputError("a quoted field is not closed", { file, line: rowLine });
  if (field !== "" || fields.length > 0 || fieldStarted) endRow();
  return rows;
}

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
  const cell = (value: CsvValue): string => {
    if (value === null || value === undefined) return "";
    let text: string;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) text = "";
      else if (options.decimals !== undefined && !Number.isInteger(value)) {
        text = formatFixed(value, options.decimals);
      } else text = String(value);
    } else text = String(value);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [columns.map(cell).join(",")];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(","));
  return lines.join("\n") + "\n";
}
