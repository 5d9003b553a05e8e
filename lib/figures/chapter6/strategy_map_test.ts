import assert from "node:assert/strict";
import { renderStrict } from "../testing.ts";
import { strategyMapSpec } from "./strategy_map.ts";

Deno.test("strategyMapSpec: a panel per strategy, its picks named, on one symmetric scale", async () => {
  const spec = strategyMapSpec(
    [{ document: "A", x: 12, y: -3 }, { document: "B", x: -1, y: 25 }, {
      document: "C",
      x: 0,
      y: 0,
    }],
    [{ strategy: "extreme", document: "A" }, { strategy: "typical", document: "C" }],
    ["extreme", "typical"],
    { title: "Strategies", subtitle: "Each strategy's picks." },
  );
  const svg = await renderStrict(spec);
  // Each panel's title and the picked names are drawn; B is picked by no strategy.
  for (const label of ["extreme", "typical", ">A<", ">C<"]) assert.ok(svg.includes(label), label);
  assert.ok(!svg.includes(">B<"));
  const panels = (spec as unknown as {
    concat: { layer: { encoding: { x?: { scale?: { domain: number[] } } } }[] }[];
  }).concat;
  // Largest |coordinate| is 25, so both axes run from −30 to 30.
  assert.deepEqual(panels[0].layer[2].encoding.x!.scale!.domain, [-30, 30]);
});
