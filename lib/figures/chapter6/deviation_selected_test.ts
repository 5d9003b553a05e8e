import assert from "node:assert/strict";
import { type DeviationBar, deviationSpec } from "./deviation.ts";
import { type SelectedBar, selectedSpec } from "./selected.ts";
import { dataValues, EVEN, LOPSIDED, MEAN, PERSPECTIVE_STYLES } from "./test_fixtures.ts";
import { renderStrict } from "../testing.ts";

const INPUT = { profiles: [EVEN, LOPSIDED], mean: MEAN };
const REQUIRED = { title: "Figuur 6.1x: test", subtitle: "s", perspectives: PERSPECTIVE_STYLES };

Deno.test("deviation: one bar per municipality and perspective, score minus mean", () => {
  const bars = dataValues<DeviationBar>(deviationSpec(INPUT, REQUIRED));
  assert.deepEqual(
    bars.map((b) => [b.municipality, b.perspective, b.score, b.mean]),
    [EVEN, LOPSIDED].flatMap((p) =>
      PERSPECTIVE_STYLES.map((q) => [p.municipality, q.code, p[q.code], MEAN[q.code]])
    ),
  );
  for (const b of bars) assert.equal(b.deviation, b.score - b.mean);
  const lop = bars.filter((b) => b.municipality === "Lopsided").map((b) => b.text);
  assert.deepEqual(lop, ["\u221214,7", "\u221219,2", "+31,0", "+2,9"]);
  assert.deepEqual(bars.slice(0, 4).map((b) => b.fill), [
    "#000000",
    "#595959",
    "#a6a6a6",
    "#d9d9d9",
  ]);
});

Deno.test("deviation: panel headers can name why a municipality is shown", () => {
  const spec = deviationSpec(INPUT, REQUIRED, { headers: { Even: "Even (flat)" } });
  assert.equal(dataValues<DeviationBar>(spec)[0].header, "Even (flat)");
});

Deno.test("selected: per perspective the municipalities then the mean, values as input", () => {
  const bars = dataValues<SelectedBar>(
    selectedSpec({ ...INPUT, mean: { ...MEAN, label: "gemiddeld (49)" } }, REQUIRED),
  );
  assert.deepEqual(bars.slice(0, 3).map((b) => [b.perspective, b.name, b.kind, b.score]), [
    ["PA", "Even", "municipality", 25],
    ["PA", "Lopsided", "municipality", 6],
    ["PA", "gemiddeld (49)", "mean", 20.7],
  ]);
  assert.ok(bars.every((b) => b.mean === MEAN[b.perspective]));
  assert.deepEqual(bars.filter((b) => b.perspective === "SR").map((b) => b.fill), [
    "#d9d9d9",
    "#d9d9d9",
    "#ffffff",
  ]);
});

Deno.test("deviation and selected: same input, byte-identical SVG, without warnings", async () => {
  for (const build of [deviationSpec, selectedSpec]) {
    const first = await renderStrict(build(INPUT, REQUIRED));
    assert.equal(first, await renderStrict(build(INPUT, REQUIRED)));
  }
});

Deno.test("selected: no label crosses the dashed mean line", () => {
  const spec = selectedSpec(INPUT, REQUIRED) as unknown as {
    data: { values: (SelectedBar & { labelAt: number })[] };
    spec: { width: number; layer: { encoding: { x: { scale: { domain: [number, number] } } } }[] };
  };
  const [lo, hi] = spec.spec.layer[0].encoding.x.scale.domain;
  const px = (v: number) => ((v - lo) * spec.spec.width) / (hi - lo);
  for (const bar of spec.data.values) {
    const left = px(bar.labelAt);
    const right = left + bar.textWidth;
    const line = px(bar.mean);
    assert.ok(
      right <= line - 4 + 1e-9 || left >= line + 4 - 1e-9,
      `${bar.name} ${bar.perspective}`,
    );
    assert.ok(left >= px(bar.score) + 4 - 1e-9 && right <= spec.spec.width);
  }
});
