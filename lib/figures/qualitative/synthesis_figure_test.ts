import assert from "node:assert/strict";
import { interpretationSynthesis, loadCaseStudy, presenceSynthesis } from "../../cases/mod.ts";
import {
  interpretationSynthesisSpec,
  movementFill,
  presenceSynthesisSpec,
  readingLines,
} from "./synthesis_figure.ts";
import { DOMINANT_FILL, PRESENT_FILL } from "./style.ts";
import { specValues } from "./test_helpers.ts";

const study = await loadCaseStudy();
const presence = presenceSynthesis(study.municipalities, study.matrices, study.verdicts);
const readings = interpretationSynthesis(study.municipalities, study.interpretations);

Deno.test("Figure 12.1: a chip per perspective and case, dark for the dominant ones", () => {
  const values = specValues(presenceSynthesisSpec(presence));
  const chips = values.filter((v) => v.strokeWidth === 0.8);
  assert.equal(chips.length, 40);
  // 18 dominant perspectives over the ten cases: eight pairs and two single ones.
  const dominantCount = presence.reduce((n, r) => n + r.dominant.length, 0);
  assert.equal(chips.filter((c) => c.fill === DOMINANT_FILL).length, dominantCount);
  assert.equal(dominantCount, 18);
  const texts = values.map((v) => v.text);
  assert.ok(texts.includes("dominant: PA"));
  assert.ok(texts.includes("PA 4/4"));
  assert.ok(texts.includes("Casus Participatiewet"));
});

Deno.test("Figure 12.2: movement chips shaded by direction", () => {
  assert.equal(movementFill("with"), PRESENT_FILL);
  assert.equal(movementFill("partly_with"), "#a6a6a6");
  assert.equal(movementFill("against"), DOMINANT_FILL);
  const values = specValues(interpretationSynthesisSpec(readings));
  const dark = values.filter((v) => v.fill === DOMINANT_FILL).length;
  assert.equal(dark, 4, "four cases move against in their approach");
  assert.deepEqual(readingLines(readings[9]), [
    "path dependence: layering",
    "strategy: goal-directed + goal-seeking",
  ]);
  assert.ok(values.some((v) => v.text === "explains PA (section 11.5)"));
});
