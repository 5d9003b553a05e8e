/**
 * `data/case-selection/constraints.csv`: the practical facts that made the published
 * case selection depart from the pure rule, as data (footnotes 62-64 of the dissertation).
 *
 * What each kind of constraint does in `selectCases`:
 *
 * - `declined`: the municipality said no; it is passed over for every role.
 * - `no_response`: it did not answer (in time); passed over for every role.
 * - `preferred_access`: the researcher had easy access. Only the `average` role uses it:
 *   that role asks for *a* fairly average municipality (any one in no top or bottom
 *   list), so an eligible municipality with easy access is taken ahead of ones closer to
 *   the mean profile.
 *
 * "At most one case per province" is not a row here but a parameter of the rule
 * (`maxPerProvince`), because it follows from the selection made so far.
 *
 * @module
 */
import { z } from "zod";
import { type Located, parseTable, readTextFile } from "../io/mod.ts";
import { boundedInteger, inputFile, type LoadOptions, nameString } from "../data/mod.ts";

/** Default file, relative to `data/`. */
export const CONSTRAINTS_FILE = "case-selection/constraints.csv";

/** The kinds of constraint; see the module doc for their effect. */
export const CONSTRAINT_KINDS = ["declined", "no_response", "preferred_access"] as const;
/** A kind of constraint. */
export type ConstraintKind = typeof CONSTRAINT_KINDS[number];

/** One row of the constraints file. */
export const constraintSchema = z.object({
  municipality: nameString,
  constraint: z.enum(CONSTRAINT_KINDS),
  /** A short paraphrase of the footnote (never a quotation). */
  reason: nameString,
  /** The dissertation's footnote number. */
  footnote: boundedInteger(1, 200),
});

/** A validated constraint. */
export type Constraint = Omit<Located<z.output<typeof constraintSchema>>, "line"> & {
  line?: number;
};

/**
 * Validate the text of a constraints file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "municipality,constraint,reason,footnote\nHelmond,refused,said no,62\n";
 * assert.throws(() => parseConstraints(text, "c.csv"), {
 *   message: 'c.csv line 2, column constraint: "refused" is not one of declined, no_response, preferred_access',
 * });
 * ```
 */
export function parseConstraints(text: string, file = `data/${CONSTRAINTS_FILE}`): Constraint[] {
  return parseTable(text, constraintSchema, { file });
}

/** Load `data/case-selection/constraints.csv` (or `options.path`). */
export async function loadConstraints(options: LoadOptions = {}): Promise<Constraint[]> {
  const { path, display } = inputFile(CONSTRAINTS_FILE, options);
  return parseConstraints(await readTextFile(path, { displayName: display }), display);
}

/** How a constraint kind reads in a reason, e.g. `no response`. */
export function describeKind(kind: ConstraintKind): string {
  return { declined: "declined", no_response: "no response", preferred_access: "easy access" }[
    kind
  ];
}
