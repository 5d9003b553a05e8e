/**
 * Zod pieces shared by the data loaders: names without stray spaces, `true`/`false`,
 * percentages that keep their printed text, and whole-table checks.
 *
 * @module
 */
import { z } from "zod";
import { decimalString, InputError, type Located } from "../io/mod.ts";
import { type Perspective, PERSPECTIVES } from "./categories.ts";

/** A name or title: not empty, no leading or trailing spaces. */
export const nameString = z.string().regex(
  /^\S(.*\S)?$/,
  "must not be empty or start or end with a space",
);

/** `true` or `false`, as written in our CSV files. */
export const booleanString = z.enum(["true", "false"]).transform((v) => v === "true");

/** A whole number within `[min, max]`. */
export function boundedInteger(min: number, max: number) {
  return z.string().regex(/^-?\d+$/, "not a whole number").transform(Number)
    .pipe(z.number().min(min).max(max));
}

/** A number together with the text it was printed as (e.g. `20.0` vs `20`). */
export interface PrintedNumber {
  value: number;
  printed: string;
}

/**
 * Like `decimalString` (same rule, same message), but keeps the printed text, because
 * an audit must know the printed precision.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(printedDecimal.parse("20.0"), { value: 20, printed: "20.0" });
 * ```
 */
export const printedDecimal = decimalString.in.transform((printed): PrintedNumber => ({
  value: Number(printed),
  printed,
}));

/** Throw unless the table has exactly `expected` rows. */
export function expectRowCount(
  rows: readonly unknown[],
  expected: number,
  what: string,
  file: string,
): void {
  if (rows.length !== expected) {
    throw new InputError(`expected ${expected} ${what}, found ${rows.length}`, { file });
  }
}

/** Throw unless column `number` runs 1, 2, 3, … in file order. */
export function expectNumberedInOrder(
  rows: readonly Located<{ number: number }>[],
  file: string,
): void {
  rows.forEach((row, i) => {
    if (row.number !== i + 1) {
      throw new InputError(
        `"${row.number}": expected ${i + 1} (rows are numbered 1, 2, 3, … in order)`,
        { file, line: row.line, field: "number" },
      );
    }
  });
}

/**
 * Split per-perspective printed numbers into plain numbers plus a `printed` record.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const n = (printed: string) => ({ value: Number(printed), printed });
 * assert.deepEqual(splitPrinted({ PA: n("6.0"), NPM: n("2.0"), NPG: n("58.0"), SR: n("34.0") }), {
 *   PA: 6, NPM: 2, NPG: 58, SR: 34,
 *   printed: { PA: "6.0", NPM: "2.0", NPG: "58.0", SR: "34.0" },
 * });
 * ```
 */
export function splitPrinted(
  cells: Record<Perspective, PrintedNumber>,
): Record<Perspective, number> & { printed: Record<Perspective, string> } {
  const pick = <T>(f: (c: PrintedNumber) => T) =>
    Object.fromEntries(PERSPECTIVES.map((p) => [p, f(cells[p])])) as Record<Perspective, T>;
  return { ...pick((c) => c.value), printed: pick((c) => c.printed) };
}
