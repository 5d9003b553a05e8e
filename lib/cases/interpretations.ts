/**
 * `data/cases/interpretations.csv`: how each chapter (section x.5) and Figure 12.2 read
 * the choices of each case: moving with or against the national government in applying
 * the law and in the local approach, the form of isomorphism or path dependence where the
 * text names one, the strategy (goal-directed, goal-seeking or both), and which
 * perspectives this makes understandable.
 *
 * @module
 */
import { z } from "zod";
import { type Located, parseTable, readTextFile } from "../io/mod.ts";
import { inputFile, type LoadOptions, nameString } from "../data/mod.ts";
import {
  CASES,
  ISOMORPHISM_FORMS,
  MOVEMENTS,
  PATH_DEPENDENCE_FORMS,
  STRATEGIES,
} from "./coding_terms.ts";
import {
  freeText,
  listOf,
  optionalEnum,
  perspectiveCombination,
  sectionString,
  yesNo,
} from "./schema.ts";
import { checkCasePairs } from "./pairs.ts";
import { CASE_FILES } from "./paths.ts";

/** One row of `data/cases/interpretations.csv`. */
export const interpretationSchema = z.object({
  municipality: nameString,
  case: z.enum(CASES),
  /** Movement in applying the law (Figure 12.2, "op toepassing wet"). */
  law: z.enum(MOVEMENTS),
  /** Movement in the local approach to the tegenprestatie or home care. */
  approach: z.enum(MOVEMENTS),
  /** Forms of isomorphism the text names, `;`-separated; empty if none. */
  isomorphism: listOf(ISOMORPHISM_FORMS),
  /** Path dependence the text names; empty if none. */
  path_dependence: optionalEnum(PATH_DEPENDENCE_FORMS),
  /** `goal-directed`, `goal-seeking`, or both (`;`-separated). */
  strategy: listOf(STRATEGIES, { nonEmpty: true }),
  /** The perspectives Figure 12.2 says the reading makes understandable. */
  explains: perspectiveCombination,
  /** Figure 12.2 says "duidelijke aanwezigheid" (clear presence). */
  clear: yesNo,
  /** Section of the chapter that gives the reading (x.5). */
  section: sectionString,
  strategy_note: freeText,
  note: freeText,
});

/** A validated interpretation. */
export type Interpretation = Located<z.output<typeof interpretationSchema>>;

/**
 * Validate the text of an interpretations file: known municipalities, each case once.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const head = "municipality,case,law,approach,isomorphism,path_dependence,strategy," +
 *   "explains,clear,section,strategy_note,note\n";
 * const [row] = parseInterpretations(
 *   head + "Oss,thuiszorg,mostly_with,with,coercive,,goal-directed,NPG+SR,yes,9.5,,\n",
 *   ["Oss"],
 * );
 * assert.deepEqual([row.isomorphism, row.path_dependence, row.explains], [
 *   ["coercive"], null, ["NPG", "SR"],
 * ]);
 * ```
 */
export function parseInterpretations(
  text: string,
  municipalities: readonly string[],
  file = `data/${CASE_FILES.interpretations}`,
  options: { complete?: boolean } = {},
): Interpretation[] {
  const rows = parseTable(text, interpretationSchema, { file });
  checkCasePairs(rows, municipalities, file, options);
  return rows;
}

/** Load `data/cases/interpretations.csv` (or `options.path`): every case covered. */
export async function loadInterpretations(
  municipalities: readonly string[],
  options: LoadOptions = {},
): Promise<Interpretation[]> {
  const { path, display } = inputFile(CASE_FILES.interpretations, options);
  const text = await readTextFile(path, { displayName: display });
  return parseInterpretations(text, municipalities, display, { complete: true });
}
