/**
 * `data/cases/municipalities.csv`: the five case municipalities, the chapter on each and
 * the role each was selected for (high on one perspective, or average).
 *
 * @module
 */
import { z } from "zod";
import { type Located, parseTable, readTextFile } from "../io/mod.ts";
import { boundedInteger, inputFile, type LoadOptions, nameString } from "../data/mod.ts";
import { CASE_ROLES } from "./coding_terms.ts";
import { CASE_FILES } from "./paths.ts";

/** One row of `data/cases/municipalities.csv`. */
export const caseMunicipalitySchema = z.object({
  municipality: nameString,
  chapter: boundedInteger(7, 11),
  role: z.enum(CASE_ROLES),
  /** Line of the chapter heading in the seed text. */
  source_line: boundedInteger(1, 20000),
});

/** A validated case municipality. */
export type CaseMunicipality = Located<z.output<typeof caseMunicipalitySchema>>;

/**
 * Validate the text of a case-municipalities file: unique names and chapters.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "municipality,chapter,role,source_line\nOss,9,NPG,6220\n";
 * assert.equal(parseCaseMunicipalities(text)[0].chapter, 9);
 * assert.throws(() => parseCaseMunicipalities(text.replace("NPG", "XX"), "m.csv"), {
 *   message: 'm.csv line 2, column role: "XX" is not one of PA, NPM, NPG, SR, average',
 * });
 * ```
 */
export function parseCaseMunicipalities(
  text: string,
  file = `data/${CASE_FILES.municipalities}`,
): CaseMunicipality[] {
  const rows = parseTable(text, caseMunicipalitySchema, { file, uniqueBy: "municipality" });
  parseTable(text, caseMunicipalitySchema, { file, uniqueBy: "chapter" });
  return rows;
}

/** Load `data/cases/municipalities.csv` (or `options.path`). */
export async function loadCaseMunicipalities(
  options: LoadOptions = {},
): Promise<CaseMunicipality[]> {
  const { path, display } = inputFile(CASE_FILES.municipalities, options);
  return parseCaseMunicipalities(await readTextFile(path, { displayName: display }), display);
}
