/**
 * `data/perspectives.csv`: the four steering perspectives, their Dutch labels, their
 * place in the four-quadrant model (chapter 3) and their grey in the donut charts
 * (note under Figure 6.8).
 *
 * @module
 */
import { z } from "zod";
import { InputError, type Located, parseTable, readTextFile } from "../io/mod.ts";
import { PERSPECTIVES } from "./categories.ts";
import { inputFile, type LoadOptions } from "./paths.ts";
import { expectRowCount, nameString } from "./schema.ts";

/** Default file, relative to `data/`. */
export const PERSPECTIVES_FILE = "perspectives.csv";

/** One row of `data/perspectives.csv`. */
export const perspectiveSchema = z.object({
  code: z.enum(PERSPECTIVES),
  name_en: nameString,
  label_nl: nameString,
  quadrant: z.enum(["top-left", "top-right", "bottom-left", "bottom-right"]),
  /** Horizontal axis (actor): government on the left, society on the right. */
  x_axis: z.enum(["government", "society"]),
  /** Vertical axis (focus): preconditions at the bottom, results at the top. */
  y_axis: z.enum(["preconditions", "results"]),
  grey: z.enum(["black", "dark grey", "grey", "light grey"]),
});

/** A validated perspective with the line it came from. */
export type PerspectiveInfo = Located<z.output<typeof perspectiveSchema>>;

/**
 * Validate the text of a perspectives file: every row, unique codes, and each quadrant
 * matching its two axis poles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "code,name_en,label_nl,quadrant,x_axis,y_axis,grey\n" +
 *   "NPM,New Public Management,presterende overheid,top-right,government,results,dark grey\n";
 * assert.throws(() => parsePerspectives(text, "p.csv"), {
 *   message: 'p.csv line 2, column quadrant: "top-right" contradicts x_axis government ' +
 *     "and y_axis results (expected top-left)",
 * });
 * ```
 */
export function parsePerspectives(
  text: string,
  file = `data/${PERSPECTIVES_FILE}`,
): PerspectiveInfo[] {
  const rows = parseTable(text, perspectiveSchema, { file, uniqueBy: "code" });
  for (const row of rows) {
    const expected = `${row.y_axis === "results" ? "top" : "bottom"}-${
      row.x_axis === "government" ? "left" : "right"
    }`;
    if (row.quadrant !== expected) {
      throw new InputError(
        `"${row.quadrant}" contradicts x_axis ${row.x_axis} and y_axis ${row.y_axis} ` +
          `(expected ${expected})`,
        { file, line: row.line, field: "quadrant" },
      );
    }
  }
  return rows;
}

/** Load `data/perspectives.csv` (or `options.path`); it must hold all four perspectives. */
export async function loadPerspectives(options: LoadOptions = {}): Promise<PerspectiveInfo[]> {
  const { path, display } = inputFile(PERSPECTIVES_FILE, options);
  const rows = parsePerspectives(await readTextFile(path, { displayName: display }), display);
  expectRowCount(rows, PERSPECTIVES.length, "perspectives", display);
  return rows;
}
