/**
 * Text cells that a spreadsheet will not run as a formula (CSV or formula injection,
 * OWASP "CSV Injection"; CWE-1236). Every CSV the project writes passes its text cells
 * through {@linkcode spreadsheetSafe}, because ids, titles, file names and KWIC contexts
 * come from the user's corpus and a cell such as `=HYPERLINK("http://x","y")` would
 * otherwise become a live link (or worse) when the file is opened in Excel, LibreOffice
 * Calc or Google Sheets.
 *
 * The rule. A text cell is prefixed with one single quote `'` when, after any leading
 * whitespace and quote characters (`'`, `"`), it starts with
 *
 * - one of OWASP's formula characters `=` `+` `-` `@`, tab (U+0009) or carriage return
 *   (U+000D), or NUL (U+0000, from OWASP ASVS 1.2.10);
 * - one of their full-width forms `＝` `＋` `－` `＠` (U+FF1D, U+FF0B, U+FF0D, U+FF20),
 *   which some spreadsheets read as the ASCII ones;
 *
 * and is not a plain number (`-1.5`, `+3`, `-.5`, `-2e-3`: an optional sign, ASCII
 * digits with an optional decimal point, an optional exponent, nothing else; spreadsheets
 * read those as numbers, never as formulas). Leading whitespace and quotes are looked through
 * because some importers trim spaces or strip quotes, which would bring the formula
 * character to the front. Nothing else changes, so outputs stay byte-stable, and number
 * values (as opposed to text) are never passed through this at all.
 *
 * The prefix can be taken off again with {@linkcode fromSpreadsheetSafe}: a cell that
 * already starts with `'` before a formula character gets a second one, so the two
 * functions are exact inverses.
 *
 * A limit: the guard is for the file read as comma-separated, as written. A spreadsheet
 * that splits lines at `;` instead (Excel with Dutch regional settings, on a double
 * click) cuts cells in other places, and a `;` inside a text followed by `=` can then
 * start a cell; import the file as comma-separated (Data > From Text/CSV) instead.
 *
 * @module
 */
import type { CsvTable } from "./csv.ts";

/** Formula characters: OWASP's list, NUL (ASVS) and the full-width forms. */
const FORMULA_START = /^[\s'"]*[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain number as a spreadsheet reads it: sign, digits, decimal point, exponent. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Would a spreadsheet read this text as a formula? (What is looked through: see the module doc.) */
function startsFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * The text of a cell as it may safely be opened in a spreadsheet: prefixed with `'`
 * when it would start a formula, unchanged otherwise (see the module doc for the rule).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Expectations worked by hand from the rule in the module doc.
 * assert.equal(spreadsheetSafe("=SUM(A1)"), "'=SUM(A1)");
 * assert.equal(spreadsheetSafe("- zorg"), "'- zorg");
 * assert.equal(spreadsheetSafe("-1.5"), "-1.5");
 * assert.equal(spreadsheetSafe("zorg - welzijn"), "zorg - welzijn");
 * ```
 */
export function spreadsheetSafe(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

/**
 * Undo {@linkcode spreadsheetSafe}: for reading back a CSV file the project wrote. Only a
 * `'` that {@linkcode spreadsheetSafe} would have added is taken off.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(fromSpreadsheetSafe("'=SUM(A1)"), "=SUM(A1)");
 * assert.equal(fromSpreadsheetSafe("'s-Hertogenbosch"), "'s-Hertogenbosch");
 * ```
 */
export function fromSpreadsheetSafe(text: string): string {
  return text.startsWith("'") && startsFormula(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A CSV table this project wrote, with every cell as it was before
 * {@linkcode spreadsheetSafe}: how the project reads its own tables back.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCsv } from "./csv.ts";
 * const table = fromSpreadsheetSafeTable(parseCsv("id,title\na,'=1+1\n"));
 * assert.equal(table.records[0].values.title, "=1+1");
 * ```
 */
export function fromSpreadsheetSafeTable(table: CsvTable): CsvTable {
  return {
    ...table,
    records: table.records.map((record) => ({
      line: record.line,
      values: Object.fromEntries(
        Object.entries(record.values).map(([key, value]) => [key, fromSpreadsheetSafe(value)]),
      ),
    })),
  };
}
