/**
 * `data/case-selection/studied-cases.csv`: the five municipalities the dissertation
 * actually studied in chapters 7-11, with the role each was selected for. A published
 * selection computed by `selectCases` must equal this list.
 *
 * @module
 */
import { z } from "zod";
import { type Located, parseTable, readTextFile } from "../io/mod.ts";
import { boundedInteger, inputFile, type LoadOptions, nameString } from "../data/mod.ts";
import { ROLES } from "./select_cases.ts";

/** Default file, relative to `data/`. */
export const STUDIED_CASES_FILE = "case-selection/studied-cases.csv";

/** One row of the studied-cases file. */
export const studiedCaseSchema = z.object({
  chapter: boundedInteger(7, 11),
  municipality: nameString,
  role: z.enum(ROLES),
  /** Line of the chapter heading in the seed text. */
  source_line: boundedInteger(1, 20000),
});

/** A validated studied case. */
export type StudiedCase = Located<z.output<typeof studiedCaseSchema>>;

/**
 * Validate the text of a studied-cases file (unique municipalities).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "chapter,municipality,role,source_line\n9,Oss,NPG,6220\n";
 * assert.equal(parseStudiedCases(text)[0].role, "NPG");
 * ```
 */
export function parseStudiedCases(
  text: string,
  file = `data/${STUDIED_CASES_FILE}`,
): StudiedCase[] {
  return parseTable(text, studiedCaseSchema, { file, uniqueBy: "municipality" });
}

/** Load `data/case-selection/studied-cases.csv` (or `options.path`). */
export async function loadStudiedCases(options: LoadOptions = {}): Promise<StudiedCase[]> {
  const { path, display } = inputFile(STUDIED_CASES_FILE, options);
  return parseStudiedCases(await readTextFile(path, { displayName: display }), display);
}
