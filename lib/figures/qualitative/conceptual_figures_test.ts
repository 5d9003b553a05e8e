import assert from "node:assert/strict";
import {
  loadAnalysisModel,
  loadComparisonTable,
  loadPositions,
  loadSteeringLanguage,
} from "../../cases/mod.ts";
import {
  analysisModelSpec,
  comparisonTableSpec,
  positionsSpec,
  steeringLanguageSpec,
} from "./conceptual_figures.ts";
import { specValues } from "./test_helpers.ts";

Deno.test("Figure 3.2: every theme and cell of the data", async () => {
  const rows = await loadComparisonTable();
  const texts = specValues(comparisonTableSpec(rows)).map((v) => v.text);
  const all = texts.join(" ");
  for (const r of rows) assert.ok(all.includes(r.theme_nl), r.theme_nl);
  assert.ok(texts.includes("legal") && texts.includes("sociological"));
});

Deno.test("Figure 4.1: both columns, their drivers and the four options", async () => {
  const texts = specValues(analysisModelSpec(await loadAnalysisModel())).map((v) => v.text);
  for (
    const t of [
      "Institutionele context",
      "Strategische keuze",
      "Institutionele druk vanuit rijksoverheid",
      "Eigen richting van gemeente",
      "1.1 Doelgericht meebewegen (expliciet)",
      "2.2 Doelzoekend tegenbewegen (impliciet)",
    ]
  ) assert.ok(texts.includes(t), t);
  assert.throws(() => analysisModelSpec([]), {
    message: 'Figure 4.1: no column for row "", column "institutional"',
  });
});

Deno.test("Figure 13.1: three actors, four arrows with their words", async () => {
  const values = specValues(positionsSpec(await loadPositions()));
  assert.equal(values.filter((v) => typeof v.angle === "number").length, 4);
  const texts = values.map((v) => v.text);
  assert.equal(texts.filter((t) => t === "duwt").length, 2);
  assert.equal(texts.filter((t) => t === "trekt").length, 2);
  assert.ok(texts.includes("Sturende gemeenten"));
});

Deno.test("Figure 13.4: four arrows, the open question dashed", async () => {
  const spec = steeringLanguageSpec(await loadSteeringLanguage()) as unknown as {
    layer: { mark: { strokeDash?: number[] }; data: { values: { text?: string }[] } }[];
  };
  const dashed = spec.layer.filter((l) => l.mark.strokeDash !== undefined);
  assert.equal(dashed.length, 1);
  assert.equal(dashed[0].data.values.length, 1);
  const texts = specValues(spec).map((v) => v.text);
  for (const t of ["Pijl 1", "Pijl 2", "Pijl 3", "Pijl 4", "natuurtoestand"]) {
    assert.ok(texts.includes(t), t);
  }
});
