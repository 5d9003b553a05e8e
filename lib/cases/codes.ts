/**
 * `data/cases/codes.csv`: the coding matrices of Figures 7.1-11.2 as data. One row per
 * paraphrased code: municipality, case, component, perspective, `present` (`yes`), the
 * code, and the section that describes the evidence. A cell where the perspective is
 * absent has one row with `present` `no`, an empty code and the section that was read.
 *
 * @module
 */
import { z } from "zod";
import { InputError, type Located, parseTable, readTextFile } from "../io/mod.ts";
import { inputFile, type LoadOptions, nameString } from "../data/mod.ts";
import { PERSPECTIVES } from "../data/categories.ts";
import { CASES, COMPONENTS } from "./coding_terms.ts";
import { freeText, sectionString, yesNo } from "./schema.ts";
import { CASE_FILES } from "./paths.ts";

/** One row of `data/cases/codes.csv`. */
export const codeRowSchema = z.object({
  municipality: nameString,
  case: z.enum(CASES),
  component: z.enum(COMPONENTS),
  perspective: z.enum(PERSPECTIVES),
  present: yesNo,
  code: freeText,
  section: sectionString,
  note: freeText,
});

/** A validated code row with the line it came from. */
export type CodeRow = Located<z.output<typeof codeRowSchema>>;

/** What the code checks need to know of each municipality. */
export interface ChapterOf {
  municipality: string;
  chapter: number;
}

const cellKey = (r: Pick<CodeRow, "municipality" | "case" | "component" | "perspective">) =>
  `${r.municipality} / ${r.case} / ${r.component} / ${r.perspective}`;

/**
 * Validate the text of a codes file against the case municipalities:
 *
 * - every row matches {@linkcode codeRowSchema} (known case, component, perspective; a
 *   section number);
 * - a `yes` row has a code and a `no` row has none;
 * - the municipality is a case municipality and the section lies in its chapter;
 * - a cell marked absent has no other rows;
 * - every municipality and case in the file has all 16 cells (4 components x 4
 *   perspectives).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const head = "municipality,case,component,perspective,present,code,section,note\n";
 * const chapters = [{ municipality: "Oss", chapter: 9 }];
 * assert.throws(
 *   () => parseCodes(head + "Oss,thuiszorg,Beleid,NPX,yes,x,9.3.1,\n", chapters, "c.csv"),
 *   { message: 'c.csv line 2, column perspective: "NPX" is not one of PA, NPM, NPG, SR' },
 * );
 * ```
 */
export function parseCodes(
  text: string,
  chapters: readonly ChapterOf[],
  file = `data/${CASE_FILES.codes}`,
): CodeRow[] {
  const rows = parseTable(text, codeRowSchema, { file });
  const chapterOf = new Map(chapters.map((c) => [c.municipality, c.chapter]));
  const firstRow = new Map<string, { line: number; present: boolean }>();
  for (const row of rows) {
    const where = { file, line: row.line };
    const chapter = chapterOf.get(row.municipality);
    if (chapter === undefined) {
      throw new InputError(
        `"${row.municipality}" is not one of ${[...chapterOf.keys()].join(", ")}`,
        { ...where, field: "municipality" },
      );
    }
    if (row.present && row.code === "") {
      throw new InputError('is empty; a cell marked present "yes" needs a code', {
        ...where,
        field: "code",
      });
    }
    if (!row.present && row.code !== "") {
      throw new InputError(
        `"${row.code}": a cell marked present "no" has no code (write "yes" or drop the code)`,
        { ...where, field: "code" },
      );
    }
    if (Number(row.section.split(".")[0]) !== chapter) {
      throw new InputError(
        `"${row.section}" is not in chapter ${chapter} (${row.municipality})`,
        { ...where, field: "section" },
      );
    }
    const key = cellKey(row);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, { line: row.line, present: row.present });
    else if (!first.present || !row.present) {
      throw new InputError(
        `cell ${key} already has a row on line ${first.line}; ` +
          'a cell marked present "no" has exactly one row',
        { ...where, field: "present" },
      );
    }
  }
  const pairs = new Set(rows.map((r) => `${r.municipality}\u0000${r.case}`));
  for (const pair of [...pairs].sort()) {
    const [municipality, caseId] = pair.split("\u0000");
    for (const component of COMPONENTS) {
      for (const perspective of PERSPECTIVES) {
        const key = cellKey({
          municipality,
          case: caseId as CodeRow["case"],
          component,
          perspective,
        });
        if (!firstRow.has(key)) {
          throw new InputError(
            `no row for cell ${key} (write a row with present "no" for an empty cell)`,
            { file },
          );
        }
      }
    }
  }
  return rows;
}

/**
 * Load `data/cases/codes.csv` (or `options.path`), checked against the case
 * municipalities; the published file must hold both cases of every municipality.
 */
export async function loadCodes(
  chapters: readonly ChapterOf[],
  options: LoadOptions = {},
): Promise<CodeRow[]> {
  const { path, display } = inputFile(CASE_FILES.codes, options);
  const rows = parseCodes(await readTextFile(path, { displayName: display }), chapters, display);
  for (const { municipality } of chapters) {
    for (const caseId of CASES) {
      if (!rows.some((r) => r.municipality === municipality && r.case === caseId)) {
        throw new InputError(`no codes for ${municipality} / ${caseId}`, { file: display });
      }
    }
  }
  return rows;
}
