/**
 * Read a CSV file into typed rows, validating every row with a zod schema at the
 * boundary. An invalid row is an {@linkcode InputError} naming file, line and column; all
 * problems of a file are reported at once.
 *
 * @module
 */
import { z } from "zod";
import { checkCsv, type CsvRecord } from "./csv.ts";
import { InputError, sortProblems, throwProblems } from "./input_error.ts";
import { readTextFile } from "./read_text.ts";
import { fromSpreadsheetSafeTable } from "./spreadsheet_safe.ts";

/** A validated row with the line it came from. */
export type Located<T> = T & { readonly line: number };

/** Options of {@linkcode parseTable}. */
export interface ParseTableOptions {
  /** Name of the file, used in error messages. Default: `"<csv>"`. */
  file?: string;
  /** A column whose values must be unique (e.g. `"municipality"`). Default: none. */
  uniqueBy?: string;
  /**
   * The file is one this project wrote, its text cells made spreadsheet-safe: read them
   * back as they were (`fromSpreadsheetSafe`) before validating. Default: `false`.
   */
  ownOutput?: boolean;
}

/**
 * Parse CSV text and validate each row with `schema` (an object schema over the columns,
 * whose fields receive the raw strings). Columns named in the schema must be in the header.
 * Every problem of every row is reported at once (an {@linkcode InputErrors} when there
 * are several; see {@linkcode checkTable}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { z } from "zod";
 * const schema = z.object({ name: z.string(), n: z.string().transform(Number) });
 * assert.deepEqual(parseTable("name,n\na,1\n", schema), [{ name: "a", n: 1, line: 2 }]);
 * assert.throws(() => parseTable("name\na\n", schema, { file: "t.csv" }), {
 *   message: 't.csv line 1: missing column "n"; the header has name',
 * });
 * ```
 */
export function parseTable<S extends z.ZodObject>(
  text: string,
  schema: S,
  options: ParseTableOptions = {},
): Located<z.output<S>>[] {
  const { rows, problems } = checkTable(text, schema, options);
  throwProblems(problems, { file: options.file ?? "<csv>" });
  return rows;
}

/** What {@linkcode checkTable} found: the valid rows, and every problem. */
export interface TableCheck<T> {
  /** The rows that passed the schema (a row with any problem is left out). */
  rows: Located<T>[];
  /** The problems of the CSV and of every row, in file order. */
  problems: InputError[];
}

/**
 * {@linkcode parseTable} without throwing: the valid rows and every problem (of the CSV
 * itself, of each field of each row, and repeated values of `uniqueBy`), so that a reader
 * can add its own checks and report everything together.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { z } from "zod";
 * const schema = z.object({ name: z.string().min(1, "the name is empty"), n: integerString });
 * const { rows, problems } = checkTable("name,n\na,1\n,x\nb,2\n", schema, { file: "t.csv" });
 * assert.deepEqual(rows.map((r) => r.name), ["a", "b"]);
 * assert.deepEqual(problems.map((p) => p.message), [
 *   "t.csv line 3, column name: is empty; the name is empty",
 *   't.csv line 3, column n: "x": not a whole number',
 * ]);
 * ```
 */
export function checkTable<S extends z.ZodObject>(
  text: string,
  schema: S,
  options: ParseTableOptions = {},
): TableCheck<z.output<S>> {
  const file = options.file ?? "<csv>";
  const columns = Object.keys(schema.shape);
  const checked = checkCsv(text, { file, requiredColumns: columns });
  const problems = checked.problems;
  const table = options.ownOutput ? fromSpreadsheetSafeTable(checked.table) : checked.table;
  if (columns.some((c) => !table.header.includes(c))) return { rows: [], problems };
  const rows: Located<z.output<S>>[] = [];
  for (const record of table.records) {
    const result = schema.safeParse(record.values);
    if (result.success) rows.push({ ...result.data, line: record.line } as Located<z.output<S>>);
    else problems.push(...describeRecord(record, result.error.issues, file));
  }
  if (options.uniqueBy !== undefined) {
    const key = options.uniqueBy;
    // Over every record, also those with problems in other fields, so all are reported.
    const firstLine = new Map<string, number>();
    for (const record of table.records) {
      const value = record.values[key];
      const earlier = firstLine.get(value);
      if (earlier !== undefined) {
        problems.push(
          new InputError(`"${value}" appears twice (first on line ${earlier})`, {
            file,
            line: record.line,
            field: key,
          }),
        );
      } else firstLine.set(value, record.line);
    }
  }
  return { rows, problems: sortProblems(problems) };
}

/** Read a UTF-8 CSV file and validate it; see {@linkcode parseTable}. */
export async function loadTable<S extends z.ZodObject>(
  path: string | URL,
  schema: S,
  options: Omit<ParseTableOptions, "file"> & { displayName?: string } = {},
): Promise<Located<z.output<S>>[]> {
  const file = options.displayName ?? String(path);
  const text = await readTextFile(path, { displayName: file });
  return parseTable(text, schema, { ...options, file });
}

/** One problem per field of a record that failed its schema (the first issue of each field). */
function describeRecord(
  record: CsvRecord,
  issues: readonly z.core.$ZodIssue[],
  file: string,
): InputError[] {
  const seen = new Set<string | undefined>();
  const problems: InputError[] = [];
  for (const issue of issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    if (seen.has(field)) continue;
    seen.add(field);
    const raw = field !== undefined ? record.values[field] : undefined;
    problems.push(new InputError(describeIssue(issue, raw), { file, line: record.line, field }));
  }
  return problems;
}

/** Say what is wrong with a value in words a user can act on. */
export function describeIssue(issue: z.core.$ZodIssue, raw: string | undefined): string {
  const shown = raw === undefined ? "" : `"${raw}"`;
  if (issue.code === "invalid_value") {
    const allowed = issue.values.map((v) => String(v)).join(", ");
    return `${shown} is not one of ${allowed}`;
  }
  if (raw === "" && issue.code !== "custom") return `is empty; ${issue.message}`;
  return shown ? `${shown}: ${issue.message}` : issue.message;
}

/**
 * A zod schema for a decimal number written with a decimal point, as in our data files.
 * Rejects empty cells and anything `Number()` would silently accept (`"0x1"`, `" "`).
 */
export const decimalString = z.string().regex(
  /^-?\d+(\.\d+)?$/,
  "not a number (write digits with a decimal point, e.g. 12.5)",
).transform(Number);

/** A zod schema for a whole number such as `49`. */
export const integerString = z.string().regex(/^-?\d+$/, "not a whole number").transform(Number);
