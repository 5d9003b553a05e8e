/**
 * CSV as RFC 4180 describes it, read with `csv-parse` and written by hand, keeping line
 * numbers so that every error about a row can name the line it came from.
 *
 * @module
 */
// Writing is a module of its own, so that a scoring thread, which only writes rows of
// kwic.csv, does not load csv-parse.
export * from "./csv_format.ts";
import { parse } from "csv-parse/sync";
import { InputError, sortProblems, throwProblems } from "./input_error.ts";

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

/** The longest field {@linkcode parseCsv} accepts, in characters. */
export const MAX_CSV_FIELD_LENGTH = 100_000;

/**
 * Parse CSV text with a header row. Quoted fields may hold commas, quotes (`""`) and
 * newlines; lines end in LF or CRLF. A UTF-8 byte order mark is dropped; blank lines are
 * skipped; header names are trimmed.
 *
 * Refused, each with its line and column (name, or number in the header): a quote inside
 * an unquoted field, text after a closing quote, a quoted field that is never closed, a
 * carriage return without a line feed outside quotes (old Mac line ends), a row with the
 * wrong number of fields, an empty or repeated column name, a missing required column,
 * and a field longer than {@linkcode MAX_CSV_FIELD_LENGTH} characters. Problems of the
 * header and rows are reported all at once (an {@linkcode InputErrors} when there are
 * several); a quoting error stops the reading where it is found.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const table = parseCsv('id,name\n1,"Bergen op Zoom"\n\n2,"a ""b"""\n', { file: "x.csv" });
 * assert.deepEqual(table.records.map((r) => [r.line, r.values.name]), [[2, "Bergen op Zoom"], [4, 'a "b"']]);
 * assert.throws(() => parseCsv('id,name\n3,a "b"\n', { file: "x.csv" }), {
 *   message: 'x.csv line 2, column name: a quote inside an unquoted field, after "a "; ' +
 *     'put the whole field in quotes and double each quote inside it (write a "b" as "a ""b""")',
 * });
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvTable {
  const { table, problems } = checkCsv(text, options);
  throwProblems(problems, { file: table.file });
  return table;
}

/** What {@linkcode checkCsv} found: the rows it could read, and every problem. */
export interface CsvCheck {
  /** The header and the rows that have the right number of fields. */
  table: CsvTable;
  /** The problems, in file order; empty when the CSV is fine. */
  problems: InputError[];
}

/**
 * {@linkcode parseCsv} without throwing: the rows that could be read and every problem,
 * so that a reader can report them together with its own checks of the rows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const { table, problems } = checkCsv("a,b\n1,2\n3\n4,5,6\n", { file: "t.csv" });
 * assert.deepEqual(table.records.map((r) => r.line), [2]);
 * assert.deepEqual(problems.map((p) => p.message), [
 *   "t.csv line 3: expected 2 fields (a,b), found 1",
 *   "t.csv line 4: expected 2 fields (a,b), found 3",
 * ]);
 * ```
 */
export function checkCsv(text: string, options: ParseCsvOptions = {}): CsvCheck {
  const file = options.file ?? "<csv>";
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const problems: InputError[] = [];
  const empty = (): CsvCheck => ({ table: { file, header: [], records: [] }, problems });
  if (/\r(?!\n)/.test(body) && !body.includes("\n")) {
    problems.push(new InputError(CR_ONLY, { file, line: 1 }));
    return empty();
  }
  const rows = splitRows(body, file, problems);
  if (rows.length === 0 && problems.length > 0) return empty();
  if (rows.length === 0) {
    problems.push(new InputError("the file is empty; expected a header row", { file }));
    return empty();
  }
  const headerRow = rows[0];
  const header = headerRow.fields.map((name) => name.trim());
  const at = (row: RawRow, index: number) => ({
    file,
    line: row.line,
    field: row === headerRow ? String(index + 1) : header[index] ?? String(index + 1),
  });
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === "") problems.push(new InputError("the column name is empty", at(headerRow, i)));
    else if (seen.has(name)) {
      problems.push(new InputError(`the column name "${name}" is used twice`, at(headerRow, i)));
    }
    seen.add(name);
  });
  for (const column of options.requiredColumns ?? []) {
    if (!seen.has(column)) {
      problems.push(
        new InputError(`missing column "${column}"; the header has ${header.join(", ")}`, {
          file,
          line: headerRow.line,
        }),
      );
    }
  }
  const records: CsvRecord[] = [];
  for (const row of rows) {
    row.bareCr.forEach((i) => problems.push(new InputError(CR_INSIDE, at(row, i))));
    row.fields.forEach((field, i) => {
      if (field.length > MAX_CSV_FIELD_LENGTH) {
        problems.push(
          new InputError(
            `the field holds ${field.length} characters; at most ${MAX_CSV_FIELD_LENGTH} are accepted`,
            at(row, i),
          ),
        );
      }
    });
    if (row === headerRow || row.bareCr.length > 0) continue;
    if (row.fields.length !== header.length) {
      problems.push(
        new InputError(
          `expected ${header.length} fields (${header.join(",")}), found ${row.fields.length}`,
          { file, line: row.line },
        ),
      );
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => values[name] = row.fields[i]);
    records.push({ line: row.line, values });
  }
  return { table: { file, header, records }, problems: sortProblems(problems) };
}

const CR_ONLY = "the lines end in a carriage return only (CR, old Mac line ends); " +
  "re-save the file with LF or CRLF line ends (e.g. tr '\\r' '\\n' < old.csv > new.csv)";
const CR_INSIDE = "a carriage return (CR) without a line feed outside quotes; " +
  "end lines with LF or CRLF, or quote the field if the CR belongs in it";

interface RawRow {
  line: number;
  fields: string[];
  /** Indexes of unquoted fields holding a carriage return. */
  bareCr: number[];
}

/** The rows of CSV text with the line each starts on; `undefined` after a quoting error. */
function splitRows(text: string, file: string, problems: InputError[]): RawRow[] {
  // csv-parse counts a CR inside a quoted field as a line and reports UTF-8 byte offsets,
  // so lines are counted here: the LFs before the end of the previous record, plus the
  // blank lines skipped since.
  const bytes = new TextEncoder().encode(text);
  let counted = 0;
  let newlines = 0;
  const linesBefore = (offset: number) => {
    for (; counted < offset; counted++) if (bytes[counted] === 0x0a) newlines++;
    return newlines;
  };
  const rows: RawRow[] = [];
  let previous = { bytes: 0, lines: 0, empty: 0 };
  let bareCr: number[] = [];
  const startLine = (emptyLines: number) =>
    1 + linesBefore(previous.bytes) + emptyLines - previous.empty;
  try {
    parse(text, {
      record_delimiter: ["\r\n", "\n"],
      skip_empty_lines: true,
      relax_column_count: true,
      cast: (value: string, context: { quoting: boolean; index: number }) => {
        if (!context.quoting && value.includes("\r")) bareCr.push(context.index);
        return value;
      },
      on_record: (fields: string[], context) => {
        rows.push({ line: startLine(context.empty_lines), fields, bareCr });
        previous = { bytes: context.bytes, lines: context.lines, empty: context.empty_lines };
        bareCr = [];
        return null;
      },
    });
  } catch (error) {
    const e = error as CsvParseError;
    const startsOn = startLine(e.empty_lines ?? previous.empty);
    // csv-parse's own count from the previous record on, where it is right.
    const line = linesBefore(previous.bytes) + (e.lines ?? 1) - previous.lines;
    const field = String((e.column ?? 0) + 1);
    const header = rows[0]?.fields.map((name) => name.trim());
    const column = rows.length === 0 ? field : header?.[e.column ?? -1] ?? field;
    const problem = describeCsvError(e);
    const at = e.code === "CSV_QUOTE_NOT_CLOSED"
      ? { file, line: startsOn, field: column }
      : { file, line, field: column };
    problems.push(new InputError(problem, at));
    // The records before the broken one are still checked (and reported) by the callers;
    // nothing after it can be read reliably.
    return rows;
  }
  return rows;
}

interface CsvParseError {
  code?: string;
  message: string;
  lines?: number;
  column?: number;
  empty_lines?: number;
  field?: string;
}

function describeCsvError(error: CsvParseError): string {
  switch (error.code) {
    case "INVALID_OPENING_QUOTE":
      return `a quote inside an unquoted field, after "${error.field ?? ""}"; put the whole ` +
        'field in quotes and double each quote inside it (write a "b" as "a ""b""")';
    case "CSV_INVALID_CLOSING_QUOTE":
      return "text after the closing quote of a quoted field; double a quote that belongs " +
        'inside the field ("") and put nothing between the closing quote and the next comma';
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is not closed (its closing quote is missing)";
    default:
      return `cannot be read as CSV: ${error.message}`;
  }
}
