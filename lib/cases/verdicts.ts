/**
 * `data/cases/verdicts.csv`: each chapter's verdict on the dominant perspective(s) of
 * each case (sections x.4 and x.6), with a paraphrase of the matching cell of Figure 12.1.
 *
 * @module
 */
import { z } from "zod";
import { InputError, type Located, parseTable, readTextFile } from "../io/mod.ts";
import { boundedInteger, inputFile, type LoadOptions, nameString } from "../data/mod.ts";
import { PERSPECTIVES } from "../data/categories.ts";
import { CASES } from "./coding_terms.ts";
import { freeText, optionalEnum, perspectiveCombination, sectionString } from "./schema.ts";
import { checkCasePairs } from "./pairs.ts";
import { CASE_FILES } from "./paths.ts";

/** One row of `data/cases/verdicts.csv`. */
export const verdictSchema = z.object({
  municipality: nameString,
  case: z.enum(CASES),
  /** The dominant perspective(s), in the order the chapter names them, e.g. `SR+NPM`. */
  dominant: perspectiveCombination,
  /** The one perspective the chapter puts first within the dominant ones, if it does. */
  emphasis: optionalEnum(PERSPECTIVES),
  /** Section that states the verdict (x.4). */
  section: sectionString,
  /** Line of the verdict sentence in the seed text. */
  source_line: boundedInteger(1, 20000),
  /** Paraphrase of the cell of Figure 12.1. */
  summary: nameString,
  note: freeText,
});

/** A validated verdict. */
export type Verdict = Located<z.output<typeof verdictSchema>>;

/**
 * Validate the text of a verdicts file: known municipalities, each case once, and an
 * emphasis that is one of the dominant perspectives.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "municipality,case,dominant,emphasis,section,source_line,summary,note\n" +
 *   "Oss,thuiszorg,NPG+SR,PA,9.4,7147,good service,\n";
 * assert.throws(() => parseVerdicts(text, ["Oss"], "v.csv"), {
 *   message: 'v.csv line 2, column emphasis: "PA" is not one of the dominant NPG, SR',
 * });
 * ```
 */
export function parseVerdicts(
  text: string,
  municipalities: readonly string[],
  file = `data/${CASE_FILES.verdicts}`,
  options: { complete?: boolean } = {},
): Verdict[] {
  const rows = parseTable(text, verdictSchema, { file });
  checkCasePairs(rows, municipalities, file, options);
  for (const row of rows) {
    if (row.emphasis !== null && !row.dominant.includes(row.emphasis)) {
      throw new InputError(
        `"${row.emphasis}" is not one of the dominant ${row.dominant.join(", ")}`,
        { file, line: row.line, field: "emphasis" },
      );
    }
  }
  return rows;
}

/** Load `data/cases/verdicts.csv` (or `options.path`): both cases of every municipality. */
export async function loadVerdicts(
  municipalities: readonly string[],
  options: LoadOptions = {},
): Promise<Verdict[]> {
  const { path, display } = inputFile(CASE_FILES.verdicts, options);
  const text = await readTextFile(path, { displayName: display });
  return parseVerdicts(text, municipalities, display, { complete: true });
}
