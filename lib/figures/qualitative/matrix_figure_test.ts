import assert from "node:assert/strict";
import { loadCaseStudy, matrixFigureData } from "../../cases/mod.ts";
import { caseMatrixSpec, matrixCaption, matrixNotes, matrixRows } from "./matrix_figure.ts";
import { gridDrawing } from "./grid.ts";
import { PRESENT_FILL } from "./style.ts";
import { specValues, textsOutsideCells } from "./test_helpers.ts";
import { renderSvg } from "../render.ts";

const study = await loadCaseStudy();

Deno.test("Figure 7.1: caption, shading of present cells, frames of dominant columns", () => {
  const { matrix, dominant } = matrixFigureData(study, "7.1");
  assert.equal(
    matrixCaption(matrix),
    "Figuur 7.1: Aanwezigheid sturingsperspectieven casus tegenprestatie",
  );
  const spec = caseMatrixSpec(matrix, dominant) as unknown as {
    title: { text: string; subtitle: string[] };
    width: number;
  };
  assert.equal(spec.title.text, matrixCaption(matrix));
  assert.match(spec.title.subtitle.join(" "), /Haarlemmermeer \(chapter 7\)/);
  const values = specValues(spec);
  // 13 of 16 cells are present in Figure 7.1 (PA 4, NPM 3, NPG 2, SR 4).
  assert.equal(values.filter((v) => v.fill === PRESENT_FILL).length, 13);
  // Two framed columns (PA, SR), four lines each.
  assert.equal(values.filter((v) => v.width === 2.5).length, 8);
  const texts = values.map((v) => v.text);
  // Codes are wrapped: compare the text of the figure as one string.
  assert.match(texts.join(" "), /works with AM Match to coach jobseekers with a disability/);
  assert.equal(texts.filter((t) => t === "dominant in this case").length, 2);
  assert.ok(texts.includes("section 7.2.3"));
  assert.equal(spec.width, 904);
});

Deno.test("Figure 11.1 numbers its note and prints it under the matrix", () => {
  const { matrix, dominant } = matrixFigureData(study, "11.1");
  assert.equal(matrixNotes(matrix).length, 1);
  const texts = specValues(caseMatrixSpec(matrix, dominant)).map((v) => v.text);
  assert.match(texts.join(" "), /support for those who do not yet have paid work \(note 1\)/);
  assert.ok(texts.some((t) => typeof t === "string" && t.startsWith("Note 1: Figure 11.1")));
});

Deno.test("every matrix figure keeps every text inside its cell", () => {
  for (const m of study.matrices) {
    const drawing = gridDrawing(
      ["PA", "NPM", "NPG", "SR"].map((key) => ({
        key,
        width: 200,
        header: [{ kind: "text", text: key }],
      })),
      matrixRows(m),
      { headerWidth: 104 },
    );
    const cells = drawing.rects.filter((r) => r.strokeWidth === 0.6);
    assert.deepEqual(textsOutsideCells(drawing, cells), [], `Figure ${m.figure}`);
  }
});

Deno.test("a matrix renders to SVG with its codes", async () => {
  const { matrix, dominant } = matrixFigureData(study, "9.2");
  const svg = await renderSvg(caseMatrixSpec(matrix, dominant));
  assert.match(svg, /^<svg/);
  assert.match(svg, /right to challenge/);
});
