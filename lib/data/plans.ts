/**
 * `data/plans.csv`: the 49 policy plans of Bijlage B (title, month and year, scope).
 *
 * @module
 */
import { z } from "zod";
import { type Located, parseTable, readTextFile } from "../io/mod.ts";
import { SCOPES } from "./categories.ts";
import { inputFile, type LoadOptions } from "./paths.ts";
import { boundedInteger, expectNumberedInOrder, expectRowCount, nameString } from "./schema.ts";

/** Default file, relative to `data/`. */
export const PLANS_FILE = "plans.csv";

/** One row of `data/plans.csv`. */
export const planSchema = z.object({
  number: boundedInteger(1, 49),
  municipality: nameString,
  title: nameString,
  month: boundedInteger(1, 12),
  year: z.string().regex(/^\d{4}$/, "not a 4-digit year").transform(Number),
  scope: z.enum(SCOPES),
});

/** A validated plan with the line it came from. */
export type Plan = Located<z.output<typeof planSchema>>;

/**
 * Validate the text of a plans file: every row, one plan per municipality, numbers in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "number,municipality,title,month,year,scope\n1,Oss,Een plan,9,2013,wmo\n";
 * assert.deepEqual(parsePlans(text)[0].year, 2013);
 * ```
 */
export function parsePlans(text: string, file = `data/${PLANS_FILE}`): Plan[] {
  const rows = parseTable(text, planSchema, { file, uniqueBy: "municipality" });
  expectNumberedInOrder(rows, file);
  return rows;
}

/** Load `data/plans.csv` (or `options.path`); it must hold the 49 plans of Bijlage B. */
export async function loadPlans(options: LoadOptions = {}): Promise<Plan[]> {
  const { path, display } = inputFile(PLANS_FILE, options);
  const rows = parsePlans(await readTextFile(path, { displayName: display }), display);
  expectRowCount(rows, 49, "plans (Bijlage B)", display);
  return rows;
}
