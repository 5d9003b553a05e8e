import assert from "node:assert/strict";
import {
  analysisModelSchema,
  axisEnds,
  frameLabel,
  loadAnalysisModel,
  loadComparisonTable,
  loadPositions,
  loadQuadrantAxes,
  loadQuadrantVariants,
  loadSteeringLanguage,
  quadrantLabels,
} from "./conceptual.ts";
import { parseTable } from "../io/mod.ts";

Deno.test("conceptual data load", async () => {
  assert.deepEqual(axisEnds(await loadQuadrantAxes(), "en"), {
    left: "government",
    right: "society",
    bottom: "preconditions",
    top: "results",
  });
  const variants = await loadQuadrantVariants();
  assert.equal(
    quadrantLabels(variants, "13.2").find((v) => v.code === "SR")?.name,
    "Societal Responsibility (SR)",
  );
  assert.equal(frameLabel(variants, "13.3"), "filosofische benadering");
  assert.equal(frameLabel(variants, "13.2"), undefined);
  const table = await loadComparisonTable();
  assert.deepEqual(table.map((r) => r.theme_nl).slice(0, 3), [
    "De overheid…",
    "Benadering",
    "Sturing",
  ]);
  assert.equal(table.length, 9);
  const model = await loadAnalysisModel();
  assert.equal(model.filter((p) => p.part === "option").length, 4);
  const positions = await loadPositions();
  assert.equal(positions.filter((p) => p.kind === "force").length, 4);
  const cycle = await loadSteeringLanguage();
  assert.deepEqual(cycle.filter((p) => p.kind === "arrow").map((p) => `${p.from}>${p.to}`), [
    "top-left>top-right",
    "top-right>bottom-right",
    "bottom-right>bottom-left",
    "bottom-left>top-left",
  ]);
});

Deno.test("analysis model: unknown part", () => {
  assert.throws(
    () =>
      parseTable(
        "part,row,column,label_nl,label_en\nbox,,x,a,b\n",
        analysisModelSchema,
        { file: "m.csv" },
      ),
    {
      message:
        'm.csv line 2, column part: "box" is not one of column, column-note, input, cell, option',
    },
  );
});
