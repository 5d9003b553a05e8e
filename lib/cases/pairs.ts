/**
 * Checks shared by the per-case files: each municipality and case once, every case
 * municipality covered, and only known municipalities.
 *
 * @module
 */
import { InputError, type Located } from "../io/mod.ts";
import { type CaseId, CASES } from "./coding_terms.ts";

/** A row about one case of one municipality. */
export type CaseKeyed = Located<{ municipality: string; case: CaseId }>;

/**
 * Throw unless every row names a known municipality and no municipality and case appear
 * twice; with `complete`, also unless every known municipality has both cases.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = [
 *   { municipality: "Oss", case: "thuiszorg" as const, line: 2 },
 *   { municipality: "Oss", case: "thuiszorg" as const, line: 3 },
 * ];
 * assert.throws(() => checkCasePairs(rows, ["Oss"], "v.csv"), {
 *   message: "v.csv line 3, column case: Oss / thuiszorg appears twice (first on line 2)",
 * });
 * ```
 */
export function checkCasePairs(
  rows: readonly CaseKeyed[],
  municipalities: readonly string[],
  file: string,
  options: { complete?: boolean } = {},
): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!municipalities.includes(row.municipality)) {
      throw new InputError(
        `"${row.municipality}" is not one of ${municipalities.join(", ")}`,
        { file, line: row.line, field: "municipality" },
      );
    }
    const key = `${row.municipality} / ${row.case}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(`${key} appears twice (first on line ${first})`, {
        file,
        line: row.line,
        field: "case",
      });
    }
    seen.set(key, row.line);
  }
  if (options.complete) {
    for (const municipality of municipalities) {
      for (const caseId of CASES) {
        if (!seen.has(`${municipality} / ${caseId}`)) {
          throw new InputError(`no row for ${municipality} / ${caseId}`, { file });
        }
      }
    }
  }
}
