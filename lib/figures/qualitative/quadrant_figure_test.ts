import assert from "node:assert/strict";
import {
  axisEnds,
  frameLabel,
  loadQuadrantAxes,
  loadQuadrantVariants,
  quadrantLabels,
} from "../../cases/mod.ts";
import { loadPerspectives } from "../../data/mod.ts";
import { quadrantCells, quadrantModelSpec } from "./quadrant_figure.ts";
import { specValues } from "./test_helpers.ts";

const perspectives = await loadPerspectives();
const axes = axisEnds(await loadQuadrantAxes());
const variants = await loadQuadrantVariants();

Deno.test("Figure 3.1: quadrants in the perspectives' greys, labels from the data", () => {
  const values = specValues(
    quadrantModelSpec(quadrantCells(perspectives), axes, { title: "Figuur 3.1" }),
  );
  const fills = values.filter((v) => v.strokeWidth === 0).map((v) => v.fill);
  assert.deepEqual([...fills].sort(), ["#000000", "#595959", "#a6a6a6", "#d9d9d9"]);
  const texts = values.map((v) => v.text);
  for (const t of ["rechtmatige overheid", "participerende overheid", "overheid", "resultaten"]) {
    assert.ok(texts.includes(t), t);
  }
  // White text on the black PA quadrant.
  assert.equal(values.find((v) => v.text === "rechtmatige overheid")?.color, "#ffffff");
  // Four axis arrows, each with a head.
  assert.equal(values.filter((v) => typeof v.angle === "number").length, 4);
});

Deno.test("Figures 13.2 and 13.3: relabelled quadrants and the frame", () => {
  const v132 = specValues(quadrantModelSpec(
    quadrantCells(perspectives, quadrantLabels(variants, "13.2")),
    axes,
    { title: "Figuur 13.2" },
  )).map((v) => v.text);
  assert.ok(v132.includes("terugtrekkende overheid"));
  assert.ok(!v132.includes("participerende overheid"));
  const v133 = specValues(quadrantModelSpec(
    quadrantCells(perspectives, quadrantLabels(variants, "13.3")),
    axes,
    { title: "Figuur 13.3" },
    { frame: frameLabel(variants, "13.3") },
  ));
  assert.ok(v133.some((v) => v.text === "filosofische benadering"));
  assert.ok(v133.some((v) => v.text === "juridische benadering"));
});

Deno.test("quadrantModelSpec: an unknown grey tone", () => {
  const cells = quadrantCells(perspectives).map((c) => ({ ...c, grey: "blue" }));
  assert.throws(() => quadrantModelSpec(cells, axes, { title: "x" }), {
    message:
      'grey tone "blue" is not one of black, dark grey, grey, light grey or a #rrggbb colour',
  });
});
