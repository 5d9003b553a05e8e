/**
 * A list of cleaning steps as a user names them (`--no-clean page-numbers,hyphens` on the
 * command line, `STURINGSTAAL_NO_CLEAN` for a notebook), checked against
 * lib/corpus/cleaning_steps.ts. Apart from that module, which the scoring workers load and
 * which imports nothing.
 *
 * @module
 */
import { z } from "zod";
import { InputError, type InputLocation } from "../io/input_error.ts";
import { CLEANING_STEPS, type CleaningStep } from "./cleaning_steps.ts";

/** The steps checked by zod. */
const CLEANING_STEP = z.enum(CLEANING_STEPS);

/**
 * The steps named in a comma-separated list, in the order they run; an unknown name is an
 * {@linkcode InputError} at `where` (default: the option `--no-clean`) that lists the
 * known ones.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseCleaningSteps("columns, headers-footers"), ["headers-footers", "columns"]);
 * assert.throws(() => parseCleaningSteps("kopteksten"), {
 *   message: 'option --no-clean: "kopteksten" is not a cleaning step; the steps are page-numbers, ' +
 *     "headers-footers, footnote-marks, contents, columns, ligatures, hyphens",
 * });
 * ```
 */
export function parseCleaningSteps(
  text: string,
  where: InputLocation = { field: "--no-clean" },
): CleaningStep[] {
  const names = text.split(",").map((name) => name.trim()).filter((name) => name !== "");
  for (const name of names) {
    if (!CLEANING_STEP.safeParse(name).success) {
      throw new InputError(
        `"${name}" is not a cleaning step; the steps are ${CLEANING_STEPS.join(", ")}`,
        where,
      );
    }
  }
  return CLEANING_STEPS.filter((step) => names.includes(step));
}
