import assert from "node:assert/strict";
import { lexiconInfluenceSpec } from "./lexicon_influence.ts";
import { renderStrict } from "../testing.ts";

const rows = [
  { category: "SR", entry: "samen", hits: 3, max_change: 12, selection_changes: [] },
  { category: "PA", entry: "regels", hits: 2, max_change: 12, selection_changes: ["PA: A → B"] },
  { category: "NPM", entry: "meten", hits: 1, max_change: 4.25, selection_changes: [] },
  { category: "NPG", entry: "netwerk", hits: 0, max_change: 0, selection_changes: [] },
];

Deno.test("lexiconInfluenceSpec: largest first, ties by category, marked selection changes", () => {
  const spec = lexiconInfluenceSpec(rows, { title: "t" }, { top: 2 }) as unknown as {
    data: { values: { label: string; text: string }[] };
    layer: { encoding: { color?: { scale: { domain: string[]; range: string[] } } } }[];
  };
  assert.deepEqual(spec.data.values.map((v) => [v.label, v.text]), [
    ["regels (PA) *", "12.0 pp"],
    ["samen (SR)", "12.0 pp"],
  ]);
  // legend in the study's order of the perspectives, each in its grey
  assert.deepEqual(spec.layer[0].encoding.color?.scale, {
    domain: ["PA", "SR"],
    range: ["#000000", "#d9d9d9"],
  });
});

Deno.test("lexiconInfluenceSpec: renders without warnings", async () => {
  assert.match(await renderStrict(lexiconInfluenceSpec(rows, { title: "t" })), /meten \(NPM\)/);
});
