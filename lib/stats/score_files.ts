/**
 * The contract between the scorer's files and the statistics, as zod schemas declared
 * once: what `loadScoreTable` accepts as a result (`documents.csv` in one of three forms)
 * and as placements of documents (the scorer's `corpus.csv`, or a corpus manifest). The
 * scorer writes these files (lib/score/tables.ts); this module is where their columns are
 * named for the reader.
 *
 * @module
 */
import { z } from "zod";
import { PERSPECTIVES } from "../data/mod.ts";

/** A share in %, or empty for a document without any hit (`null`). */
const shareCell = z.string().regex(
  /^(?:-?\d+(?:\.\d+)?)?$/,
  "not a number (write digits with a decimal point, e.g. 12.5)",
).transform((text) => text === "" ? null : Number(text));

/** Text that may be left empty (`undefined`). */
const optionalText = z.string().transform((text) => text === "" ? undefined : text);

/** Every column a scorer result may have; each form below is a selection of them. */
const documentRowSchema = z.object({
  document: z.string().min(1, "the document id is empty"),
  municipality: optionalText,
  category: z.string(),
  hits: z.string().regex(/^\d+$/, "not a whole number of hits").transform(Number),
  share_pct: shareCell,
  PA: shareCell,
  NPM: shareCell,
  NPG: shareCell,
  SR: shareCell,
});

/** One row of a result, every column it may have (each form has some of them). */
export type ResultRow = z.output<typeof documentRowSchema>;

/**
 * The forms of a result, in the order they are recognised: long with hits (as the scorer
 * writes it: shares are recomputed exactly from the hits, since `share_pct` is written
 * rounded), long (`document,category,share_pct`), wide (`document,PA,NPM,NPG,SR`).
 */
export const RESULT_FORMS = {
  long_hits: ["document", "category", "hits", "share_pct"],
  long: ["document", "category", "share_pct"],
  wide: ["document", ...PERSPECTIVES],
} as const;
/** `long_hits`, `long` or `wide`. */
export type ResultForm = keyof typeof RESULT_FORMS;

/**
 * The form of a result with this header, or `undefined` when it has none of them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(resultForm(["document", "category", "hits", "share_pct", "tokens"]), "long_hits");
 * assert.equal(resultForm(["document", "PA", "NPM", "NPG", "SR"]), "wide");
 * assert.equal(resultForm(["document", "PA"]), undefined);
 * ```
 */
export function resultForm(header: readonly string[]): ResultForm | undefined {
  return (Object.keys(RESULT_FORMS) as ResultForm[]).find((form) =>
    RESULT_FORMS[form].every((column) => header.includes(column))
  );
}

/**
 * The row schema of a result of `form` (with `municipality` when the header has it).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = resultRowSchema("long_hits", false).parse({
 *   document: "a", category: "PA", hits: "3", share_pct: "", tokens: "9",
 * });
 * assert.deepEqual(row, { document: "a", category: "PA", hits: 3, share_pct: null });
 * ```
 */
export function resultRowSchema(form: ResultForm, withMunicipality: boolean) {
  const columns = Object.fromEntries(RESULT_FORMS[form].map((column) => [column, true]));
  return documentRowSchema.pick({ ...columns, ...(withMunicipality && { municipality: true }) });
}

/** The columns a placement file may give (each may be left out or empty). */
export const PLACEMENT_COLUMNS = ["municipality", "size_class", "region"] as const;

/**
 * The row schema of a placement file keyed by `key` (`id` in a manifest, `document` in the
 * scorer's `corpus.csv`), over the placement columns its header has. Size class and region
 * are checked where the score table is built (lib/stats/score_table.ts).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const schema = placementRowSchema("id", ["id", "file", "region"]);
 * assert.deepEqual(schema.parse({ id: "p1", file: "p1.txt", region: "" }), { id: "p1", region: undefined });
 * ```
 */
export function placementRowSchema(key: "id" | "document", header: readonly string[]) {
  return z.object({
    [key]: z.string().min(1, `the ${key} is empty`),
    ...Object.fromEntries(
      PLACEMENT_COLUMNS.filter((column) => header.includes(column)).map((column) => [
        column,
        optionalText,
      ]),
    ),
  }) as z.ZodObject<Record<string, z.ZodType<string | undefined>>>;
}
