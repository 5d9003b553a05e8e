/**
 * Read a CSV file into typed rows, validating every row with a zod schema at the
 * boundary. An invalid row is an {@linkcode InputError} naming file, line and column.
 *
 * @module
 */
import { z } from "zod";
import { type CsvRecord, parseCsv } from "./csv.ts";
import { InputError } from "./input_error.ts";
import { readTextFile } from "./read_text.ts";

/** A validated row with the line it came from. */
export type Located<T> = T & { readonly line: number };

/** Options of {@linkcode parseTable}. */
export interface ParseTableOptions {
  /** Name of the file, used in error messages. Default: `"<csv>"`. */
  file?: string;
  /** A column whose values must be unique (e.g. `"municipality"`). Default: none. */
  uniqueBy?: string;
}

/**
 * Parse CSV text and validate each row with `schema` (an object schema over the columns,
 * whose fields receive the raw strings). Columns named in the schema must be in the header.
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
  const file = options.file ?? "<csv>";
  const columns = Object.keys(schema.shape);
  const table = parseCsv(text, { file, requiredColumns: columns });
  const rows = table.records.map((record) => validateRecord(record, schema, file));
  if (options.uniqueBy !== undefined) {
    const key = options.uniqueBy;
    const firstLine = new Map<unknown, number>();
    for (const row of rows) {
      const value = (row as Record<string, unknown>)[key];
      const earlier = firstLine.get(value);
      if (earlier !== undefined) {
        throw new InputError(`"${String(value)}" appears twice (first on line ${earlier})`, {
          file,
          line: row.line,
          field: key,
        });
      }
      firstLine.set(value, row.line);
    }
  }
  return rows;
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

function validateRecord<S extends z.ZodObject>(
  record: CsvRecord,
  schema: S,
  file: string,
): Located<z.output<S>> {
  const result = schema.safeParse(record.values);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    const raw = field !== undefined ? record.values[field] : undefined;
    throw new InputError(describeIssue(issue, raw), { file, line: record.line, field });
  }
  return { ...result.data, line: record.line } as Located<z.output<S>>;
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
