/**
 * Coding matrices (Figures 7.1-11.2) built from code rows: components down, perspectives
 * across, each cell with its codes, their sections and whether the perspective is
 * present; plus the companion table, the breadth of each perspective (in how many
 * components it is present) and a comparison with the running text of section x.4.
 *
 * @module
 */
import { type Perspective, PERSPECTIVES } from "../data/categories.ts";
import { type CaseId, type Component, COMPONENTS, matrixFigure } from "./coding_terms.ts";
import type { CodeRow } from "./codes.ts";
import type { TextPresence } from "./text_presence.ts";

/** One code in a cell: the paraphrase and the section it comes from. */
export interface MatrixCode {
  code: string;
  section: string;
}

/** One cell of a coding matrix. */
export interface MatrixCell {
  component: Component;
  perspective: Perspective;
  present: boolean;
  codes: MatrixCode[];
  /** The section read for this cell (also when the perspective is absent). */
  section: string;
  /** Notes on the cell, `; `-joined; `""` for none. */
  note: string;
}

/** A coding matrix: one case of one municipality. */
export interface CaseMatrix {
  municipality: string;
  case: CaseId;
  chapter: number;
  /** The figure number, e.g. `"7.1"`. */
  figure: string;
  /** 16 cells, component by component (Beleid first), perspectives in PA, NPM, NPG, SR order. */
  cells: MatrixCell[];
}

/**
 * Build the matrix of one case from code rows (which must hold all 16 cells of it, as
 * `parseCodes` guarantees). Codes keep their file order; the chapter is read from the
 * section numbers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { COMPONENTS } from "./coding_terms.ts";
 * import { PERSPECTIVES } from "../data/categories.ts";
 * const rows = COMPONENTS.flatMap((component, k) =>
 *   PERSPECTIVES.map((perspective) => ({
 *     municipality: "Oss", case: "thuiszorg" as const, component, perspective,
 *     present: perspective === "SR", code: perspective === "SR" ? `c${k}` : "",
 *     section: `9.3.${k + 1}`, note: "", line: 2,
 *   }))
 * );
 * const matrix = buildMatrix(rows, "Oss", "thuiszorg");
 * assert.equal(matrix.figure, "9.2");
 * assert.deepEqual(matrix.cells[3], {
 *   component: "Beleid", perspective: "SR", present: true,
 *   codes: [{ code: "c0", section: "9.3.1" }], section: "9.3.1", note: "",
 * });
 * ```
 */
export function buildMatrix(
  rows: readonly CodeRow[],
  municipality: string,
  caseId: CaseId,
): CaseMatrix {
  const mine = rows.filter((r) => r.municipality === municipality && r.case === caseId);
  if (mine.length === 0) throw new Error(`no codes for ${municipality} / ${caseId}`);
  const chapter = Number(mine[0].section.split(".")[0]);
  const cells = COMPONENTS.flatMap((component) =>
    PERSPECTIVES.map((perspective): MatrixCell => {
      const cellRows = mine.filter((r) =>
        r.component === component && r.perspective === perspective
      );
      if (cellRows.length === 0) {
        throw new Error(`no row for ${municipality} / ${caseId} / ${component} / ${perspective}`);
      }
      const present = cellRows.some((r) => r.present);
      return {
        component,
        perspective,
        present,
        codes: cellRows.filter((r) => r.present).map((r) => ({
          code: r.code,
          section: r.section,
        })),
        section: cellRows[0].section,
        note: cellRows.map((r) => r.note).filter((n) => n !== "").join("; "),
      };
    })
  );
  return { municipality, case: caseId, chapter, figure: matrixFigure(chapter, caseId), cells };
}

/**
 * Every matrix in the code rows, in the order municipalities first appear, tegenprestatie
 * before home care.
 */
export function buildMatrices(rows: readonly CodeRow[]): CaseMatrix[] {
  const municipalities = [...new Set(rows.map((r) => r.municipality))];
  return municipalities.flatMap((m) =>
    (["tegenprestatie", "thuiszorg"] as const)
      .filter((c) => rows.some((r) => r.municipality === m && r.case === c))
      .map((c) => buildMatrix(rows, m, c))
  );
}

/** The cell of a matrix at a component and perspective. */
export function matrixCell(
  matrix: CaseMatrix,
  component: Component,
  perspective: Perspective,
): MatrixCell {
  return matrix.cells.find((c) => c.component === component && c.perspective === perspective)!;
}

/**
 * In how many of the four components each perspective is present (0-4).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const cell = (component: "Beleid" | "Organisatie", perspective: "PA" | "SR", present: boolean) =>
 *   ({ component, perspective, present, codes: [], section: "9.3.1", note: "" });
 * const matrix = {
 *   municipality: "Oss", case: "thuiszorg" as const, chapter: 9, figure: "9.2",
 *   cells: [cell("Beleid", "PA", true), cell("Organisatie", "PA", false), cell("Beleid", "SR", true)],
 * };
 * assert.deepEqual(presenceBreadth(matrix), { PA: 1, NPM: 0, NPG: 0, SR: 1 });
 * ```
 */
export function presenceBreadth(matrix: CaseMatrix): Record<Perspective, number> {
  const breadth = { PA: 0, NPM: 0, NPG: 0, SR: 0 };
  for (const cell of matrix.cells) if (cell.present) breadth[cell.perspective]++;
  return breadth;
}

/** Columns of the companion table of a matrix figure. */
export const MATRIX_TABLE_COLUMNS = [
  "figure",
  "municipality",
  "case",
  "component",
  "perspective",
  "present",
  "code",
  "section",
  "note",
] as const;

/** One row of the companion table: one code, or one absent cell. */
export type MatrixTableRow = Record<typeof MATRIX_TABLE_COLUMNS[number], string>;

/**
 * The companion table of a matrix figure (e.g. `outputs/tables/fig-7.1.csv`): one row
 * per code, and one row with `present` `no` per absent cell, in the figure's order.
 */
export function matrixTable(matrix: CaseMatrix): MatrixTableRow[] {
  return matrix.cells.flatMap((cell) => {
    const base = {
      figure: matrix.figure,
      municipality: matrix.municipality,
      case: matrix.case,
      component: cell.component,
      perspective: cell.perspective,
    };
    if (!cell.present) {
      return [{ ...base, present: "no", code: "", section: cell.section, note: cell.note }];
    }
    return cell.codes.map((c, i) => ({
      ...base,
      present: "yes",
      code: c.code,
      section: c.section,
      note: i === 0 ? cell.note : "",
    }));
  });
}

/** A cell where the matrix figure and the running text of section x.4 disagree. */
export interface TextDisagreement {
  figure: string;
  municipality: string;
  case: CaseId;
  perspective: Perspective;
  component: Component;
  /** `figure-only`: filled in the figure, not named in the text; `text-only`: the reverse. */
  kind: "figure-only" | "text-only";
  section: string;
  source_line: number;
}

/**
 * Compare a matrix with the components the text of section x.4 names per perspective.
 * Perspectives for which the text names no components (`unstated`) are skipped.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const cell = (component: "Beleid" | "Bekostiging", present: boolean) =>
 *   ({ component, perspective: "PA" as const, present, codes: [], section: "11.2.1", note: "" });
 * const matrix = {
 *   municipality: "Den Haag", case: "tegenprestatie" as const, chapter: 11, figure: "11.1",
 *   cells: [cell("Beleid", true), cell("Bekostiging", true)],
 * };
 * const text = [{
 *   municipality: "Den Haag", case: "tegenprestatie" as const, perspective: "PA" as const,
 *   components: ["Beleid" as const], section: "11.4", source_line: 9427, line: 2,
 * }];
 * assert.deepEqual(textDisagreements(matrix, text).map((d) => [d.component, d.kind]), [
 *   ["Bekostiging", "figure-only"],
 * ]);
 * ```
 */
export function textDisagreements(
  matrix: CaseMatrix,
  text: readonly TextPresence[],
): TextDisagreement[] {
  const out: TextDisagreement[] = [];
  for (const row of text) {
    if (row.municipality !== matrix.municipality || row.case !== matrix.case) continue;
    if (row.components === null) continue;
    for (const cell of matrix.cells.filter((c) => c.perspective === row.perspective)) {
      const named = row.components.includes(cell.component);
      if (named === cell.present) continue;
      out.push({
        figure: matrix.figure,
        municipality: matrix.municipality,
        case: matrix.case,
        perspective: row.perspective,
        component: cell.component,
        kind: cell.present ? "figure-only" : "text-only",
        section: row.section,
        source_line: row.source_line,
      });
    }
  }
  return out;
}
