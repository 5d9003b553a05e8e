/**
 * `data/cases/text-presence.csv`: which components the running text of each section x.4
 * names for each perspective, next to the matrix figure. Kept so that the figure and the
 * text can be compared (they disagree once, in Figure 11.1).
 *
 * @module
 */
import { z } from "zod";
import { InputError, type Located, parseTable, readTextFile } from "../io/mod.ts";
import { boundedInteger, inputFile, type LoadOptions, nameString } from "../data/mod.ts";
import { PERSPECTIVES } from "../data/categories.ts";
import { CASES, COMPONENTS } from "./coding_terms.ts";
import { sectionString } from "./schema.ts";
import { CASE_FILES } from "./paths.ts";

/** One row of `data/cases/text-presence.csv`. */
export const textPresenceSchema = z.object({
  municipality: nameString,
  case: z.enum(CASES),
  perspective: z.enum(PERSPECTIVES),
  /** Components named, `;`-separated, or `unstated` when the text names none. */
  components: z.string()
    .transform((v) => (v === "unstated" ? null : v.split(";")))
    .pipe(z.array(z.enum(COMPONENTS)).min(1).nullable()),
  section: sectionString,
  source_line: boundedInteger(1, 20000),
});

/** A validated text-presence row. */
export type TextPresence = Located<z.output<typeof textPresenceSchema>>;

/**
 * Validate the text of a text-presence file: known municipalities, each municipality,
 * case and perspective once (and, with `complete`, all four perspectives of every case).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "municipality,case,perspective,components,section,source_line\n" +
 *   "Oss,thuiszorg,PA,Beleid;Bekostiging,9.4,7138\nOss,thuiszorg,SR,unstated,9.4,7143\n";
 * const rows = parseTextPresence(text, ["Oss"]);
 * assert.deepEqual(rows.map((r) => r.components), [["Beleid", "Bekostiging"], null]);
 * ```
 */
export function parseTextPresence(
  text: string,
  municipalities: readonly string[],
  file = `data/${CASE_FILES.textPresence}`,
  options: { complete?: boolean } = {},
): TextPresence[] {
  const rows = parseTable(text, textPresenceSchema, { file });
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!municipalities.includes(row.municipality)) {
      throw new InputError(
        `"${row.municipality}" is not one of ${municipalities.join(", ")}`,
        { file, line: row.line, field: "municipality" },
      );
    }
    const key = `${row.municipality} / ${row.case} / ${row.perspective}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(`${key} appears twice (first on line ${first})`, {
        file,
        line: row.line,
        field: "perspective",
      });
    }
    seen.set(key, row.line);
  }
  if (options.complete) {
    for (const municipality of municipalities) {
      for (const caseId of CASES) {
        for (const perspective of PERSPECTIVES) {
          if (!seen.has(`${municipality} / ${caseId} / ${perspective}`)) {
            throw new InputError(`no row for ${municipality} / ${caseId} / ${perspective}`, {
              file,
            });
          }
        }
      }
    }
  }
  return rows;
}

/** Load `data/cases/text-presence.csv` (or `options.path`): every case covered. */
export async function loadTextPresence(
  municipalities: readonly string[],
  options: LoadOptions = {},
): Promise<TextPresence[]> {
  const { path, display } = inputFile(CASE_FILES.textPresence, options);
  const text = await readTextFile(path, { displayName: display });
  return parseTextPresence(text, municipalities, display, { complete: true });
}
