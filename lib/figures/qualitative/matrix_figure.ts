/**
 * The coding matrices of chapters 7-11 (Figures 7.1-11.2) as figures: components down,
 * perspectives across, the paraphrased codes in the cells. A cell is shaded where the
 * perspective is present (one light shade, so black text stays readable; the perspective
 * is named by its column), and the column of each dominant perspective is framed.
 *
 * @module
 */
import { type Perspective, PERSPECTIVE_NAMES, PERSPECTIVES } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import type { CaseMatrix } from "../../cases/matrix.ts";
import { COMPONENT_GLOSSES, COMPONENTS } from "../../cases/coding_terms.ts";
import { appendNotes, drawingSpec } from "./drawing.ts";
import { type Block, gridDrawing, type GridRow } from "./grid.ts";
import { MUTED, PRESENT_FILL } from "./style.ts";

/** Options of {@linkcode caseMatrixSpec}. */
export interface CaseMatrixOptions {
  /** Width of each perspective column in pixels. Default `200`. */
  columnWidth?: number;
  /** Font size of the codes. Default `10`. */
  fontSize?: number;
}

/** The dissertation's caption of a matrix figure, e.g. `Figuur 7.1: Aanwezigheid …`. */
export function matrixCaption(matrix: Pick<CaseMatrix, "figure" | "case">): string {
  return `Figuur ${matrix.figure}: Aanwezigheid sturingsperspectieven casus ${matrix.case}`;
}

/**
 * The grid rows of a matrix: one per component, its header naming the component, its
 * English gloss and the section read; each cell bulleted codes on the shade, or a dash.
 */
export function matrixRows(matrix: CaseMatrix): GridRow[] {
  const noted = matrixNotes(matrix);
  return COMPONENTS.map((component) => {
    const cells = matrix.cells.filter((c) => c.component === component);
    const header: Block[] = [
      { kind: "text", text: component, weight: "bold" },
      {
        kind: "text",
        text: `(${COMPONENT_GLOSSES[component]})`,
        weight: "normal",
        color: MUTED,
        size: 10,
      },
      {
        kind: "text",
        text: `section ${cells[0].section}`,
        weight: "normal",
        color: MUTED,
        size: 10,
      },
    ];
    return {
      header,
      cells: Object.fromEntries(cells.map((cell) => [
        cell.perspective,
        cell.present
          ? {
            blocks: [{
              kind: "bullets",
              items: cell.codes.map((c, i) =>
                i === cell.codes.length - 1 && cell.note !== ""
                  ? `${c.code} (note ${noted.indexOf(cell.note) + 1})`
                  : c.code
              ),
            }],
            fill: PRESENT_FILL,
          }
          : { blocks: [{ kind: "text", text: "\u2013", color: MUTED, align: "center" }] },
      ])),
    };
  });
}

/** The distinct notes of a matrix's cells, in cell order (numbered from 1 in the figure). */
export function matrixNotes(matrix: CaseMatrix): string[] {
  return [...new Set(matrix.cells.map((c) => c.note).filter((n) => n !== ""))];
}

/**
 * A Vega-Lite spec drawing a coding matrix; `dominant` are the perspectives the chapter
 * finds dominant (their columns get a frame and a "dominant" line in the header).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { COMPONENTS } from "../../cases/coding_terms.ts";
 * const cells = COMPONENTS.flatMap((component, k) =>
 *   (["PA", "NPM", "NPG", "SR"] as const).map((perspective) => ({
 *     component, perspective, present: perspective === "SR",
 *     codes: perspective === "SR" ? [{ code: `own strength ${k}`, section: `9.3.${k + 1}` }] : [],
 *     section: `9.3.${k + 1}`, note: "",
 *   }))
 * );
 * const matrix = { municipality: "Oss", case: "thuiszorg" as const, chapter: 9, figure: "9.2", cells };
 * const spec = caseMatrixSpec(matrix, ["SR"]) as unknown as {
 *   title: { text: string }; layer: { data: { values: { text?: string; fill?: string }[] } }[];
 * };
 * assert.equal(spec.title.text, "Figuur 9.2: Aanwezigheid sturingsperspectieven casus thuiszorg");
 * const values = spec.layer.flatMap((l) => l.data.values);
 * assert.equal(values.filter((v) => v.fill === "#d9d9d9").length, 4);
 * assert.ok(values.some((v) => v.text === "own strength 3"));
 * ```
 */
export function caseMatrixSpec(
  matrix: CaseMatrix,
  dominant: readonly Perspective[],
  options: CaseMatrixOptions = {},
): TopLevelSpec {
  const columnWidth = options.columnWidth ?? 200;
  const columns = PERSPECTIVES.map((code) => ({
    key: code,
    width: columnWidth,
    header: [
      { kind: "text", text: `${PERSPECTIVE_NAMES[code]} (${code})`, weight: "bold" },
      ...(dominant.includes(code)
        ? [{ kind: "text", text: "dominant in this case", weight: "normal", size: 10 } as Block]
        : []),
    ] as Block[],
    frame: dominant.includes(code) ? { color: "#000000", width: 2.5 } : undefined,
  }));
  const drawing = gridDrawing(columns, matrixRows(matrix), {
    headerWidth: 104,
    fontSize: options.fontSize ?? 10,
  });
  const notes = matrixNotes(matrix).map((n, i) => `Note ${i + 1}: ${n}.`);
  const lead = dominant.length === 1 ? dominant[0] : dominant.join(" and ");
  return drawingSpec(appendNotes(drawing, notes), {
    title: matrixCaption(matrix),
    subtitle: `${matrix.municipality} (chapter ${matrix.chapter}). A shaded cell means the ` +
      `perspective is present in that component; the framed column${
        dominant.length > 1 ? "s are" : " is"
      } what section ${matrix.chapter}.4 finds dominant (${lead}). Codes are short ` +
      `paraphrases of the printed figure, not quotations.`,
  });
}
