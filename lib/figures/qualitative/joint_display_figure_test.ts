import assert from "node:assert/strict";
import { jointDisplay, loadCaseStudy, presenceSynthesis } from "../../cases/mod.ts";
import { loadPublishedScores } from "../../data/mod.ts";
import { greyRamp, jointDisplaySpec } from "./joint_display_figure.ts";
import { specValues } from "./test_helpers.ts";

const study = await loadCaseStudy();
const rows = jointDisplay(
  await loadPublishedScores(),
  presenceSynthesis(study.municipalities, study.matrices, study.verdicts),
);

Deno.test("joint display: shares, counts, frames and verdicts", () => {
  const values = specValues(jointDisplaySpec(rows));
  const texts = values.map((v) => v.text);
  for (const share of ["34.4", "46.3", "47.9", "67.8", "33.7"]) assert.ok(texts.includes(share));
  assert.equal(texts.filter((t) => t === "differ").length, 2);
  assert.equal(texts.filter((t) => t === "in part").length, 3);
  assert.equal(texts.filter((t) => t === "agree").length, 5);
  // Frames: one per municipality on the plan side, one per dominant perspective per case.
  const frames = values.filter((v) => v.fill === "transparent");
  assert.equal(frames.length, 5 + 18);
  // The darkest share cell is Utrecht's SR (67.8%, above the 60% cap).
  assert.ok(values.some((v) => v.fill === greyRamp(1)));
});
