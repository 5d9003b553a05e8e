/**
 * `data/municipalities.csv`: the 50 municipalities of Bijlage A, with province, the region
 * and size class of Bijlage G, and whether their plan was analysed (Almelo's was not).
 *
 * @module
 */
import { z } from "zod";
import { type Located, parseTable, readTextFile } from "../io/mod.ts";
import { PROVINCES, REGION_OF_PROVINCE, REGIONS, SIZE_CLASSES } from "./categories.ts";
import { inputFile, type LoadOptions } from "./paths.ts";
import {
  booleanString,
  boundedInteger,
  expectNumberedInOrder,
  expectRowCount,
  nameString,
} from "./schema.ts";

/** Default file, relative to `data/`. */
export const MUNICIPALITIES_FILE = "municipalities.csv";

/** One row of `data/municipalities.csv`. */
export const municipalitySchema = z.object({
  number: boundedInteger(1, 50),
  municipality: nameString,
  province: z.enum(PROVINCES),
  region: z.enum(REGIONS),
  size_class: z.enum(SIZE_CLASSES),
  plan_analysed: booleanString,
});

/** A validated municipality with the line it came from. */
export type Municipality = Located<z.output<typeof municipalitySchema>>;

/**
 * Validate the text of a municipalities file: every row, unique names, numbers in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "number,municipality,province,region,size_class,plan_analysed\n" +
 *   "1,Oss,Noord-Brabant,zuid,100.000-,true\n";
 * assert.equal(parseMunicipalities(text)[0].region, "zuid");
 * ```
 */
export function parseMunicipalities(
  text: string,
  file = `data/${MUNICIPALITIES_FILE}`,
): Municipality[] {
  const rows = parseTable(text, municipalitySchema, { file, uniqueBy: "municipality" });
  expectNumberedInOrder(rows, file);
  return rows;
}

/** Load `data/municipalities.csv` (or `options.path`); it must hold the 50 of Bijlage A. */
export async function loadMunicipalities(options: LoadOptions = {}): Promise<Municipality[]> {
  const { path, display } = inputFile(MUNICIPALITIES_FILE, options);
  const rows = parseMunicipalities(await readTextFile(path, { displayName: display }), display);
  expectRowCount(rows, 50, "municipalities (Bijlage A)", display);
  return rows;
}

/**
 * Rows whose region is not the region of their province. The region is Bijlage G's and
 * stays as printed; this only reports disagreements.
 */
export function provinceRegionMismatches(rows: readonly Municipality[]): Municipality[] {
  return rows.filter((row) => REGION_OF_PROVINCE[row.province] !== row.region);
}
