import assert from "node:assert/strict";
import { parseCsv } from "../io/mod.ts";
import { dataPath } from "../data/mod.ts";
import { checkAgainstMatrices, loadCaseStudy, matrixFigureData } from "./case_study.ts";
import { matrixCell, presenceBreadth, textDisagreements } from "./matrix.ts";

const study = await loadCaseStudy();

Deno.test("the published case data load and cross-check", () => {
  assert.equal(study.municipalities.length, 5);
  assert.deepEqual(study.matrices.map((m) => m.figure), [
    "7.1",
    "7.2",
    "8.1",
    "8.2",
    "9.1",
    "9.2",
    "10.1",
    "10.2",
    "11.1",
    "11.2",
  ]);
  assert.equal(study.verdicts.length, 10);
  assert.equal(study.interpretations.length, 10);
  assert.equal(study.textPresence.length, 40);
});

Deno.test("case municipalities agree with data/case-selection/studied-cases.csv", async () => {
  const studied = parseCsv(await Deno.readTextFile(dataPath("case-selection/studied-cases.csv")));
  assert.deepEqual(
    studied.records.map((r) => [Number(r.values.chapter), r.values.municipality, r.values.role]),
    study.municipalities.map((m) => [m.chapter, m.municipality, m.role]),
  );
});

Deno.test("matrices keep what the chapters state", () => {
  // Figure 7.1: NPM absent from Organisatie, NPG only in Beleid and Organisatie (7.4).
  const { matrix: m71 } = matrixFigureData(study, "7.1");
  assert.equal(matrixCell(m71, "Organisatie", "NPM").present, false);
  assert.deepEqual(presenceBreadth(m71), { PA: 4, NPM: 3, NPG: 2, SR: 4 });
  // Figure 10.1: PA only in Beleid, SR everywhere (10.4).
  assert.deepEqual(presenceBreadth(matrixFigureData(study, "10.1").matrix), {
    PA: 1,
    NPM: 2,
    NPG: 3,
    SR: 4,
  });
  // Every code cites a subsection of its own chapter's case sections.
  for (const m of study.matrices) {
    for (const cell of m.cells) {
      for (const c of cell.codes) assert.ok(c.section.startsWith(`${m.chapter}.`), c.section);
    }
  }
});

Deno.test("figure and text disagree in exactly one cell (Figure 11.1, PA, Bekostiging)", () => {
  const found = study.matrices.flatMap((m) => textDisagreements(m, study.textPresence));
  assert.deepEqual(found.map((d) => [d.figure, d.perspective, d.component, d.kind]), [
    ["11.1", "PA", "Bekostiging", "figure-only"],
  ]);
});

Deno.test("checkAgainstMatrices: an interpretation must explain the verdict's perspectives", () => {
  const reading = { ...study.interpretations[0], explains: ["PA" as const], line: 2 };
  assert.throws(
    () => checkAgainstMatrices(study.matrices, study.verdicts, [reading], "v.csv", "i.csv"),
    {
      message: 'i.csv line 2, column explains: "PA" differs from the dominant PA+SR of ' +
        "v.csv line 2",
    },
  );
});

Deno.test("matrixFigureData: unknown figure", () => {
  assert.throws(() => matrixFigureData(study, "6.1"), {
    message: "no coding matrix for Figure 6.1; there are 7.1, 7.2, 8.1, 8.2, 9.1, 9.2, 10.1, " +
      "10.2, 11.1, 11.2",
  });
});
