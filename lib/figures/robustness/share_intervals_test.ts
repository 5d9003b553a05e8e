import assert from "node:assert/strict";
import { renderStrict } from "../testing.ts";
import { shareIntervalsSpec } from "./share_intervals.ts";

type Panel = {
  title: { text: string };
  data: { values: { municipality: string; refitted: boolean }[] };
  layer: {
    data?: { values: { mean: number }[] };
    encoding: Record<string, { sort?: string[]; scale?: { domain: number[] } }>;
  }[];
};

const points = ["PA", "NPM", "NPG", "SR"].flatMap((perspective, i) => [
  { municipality: "Oss", perspective, share: 10 + i, lower: 5, upper: 20 + i },
  { municipality: "Leidschendam-Voorburg", perspective, share: 30 - i, lower: 20, upper: 44 },
  {
    municipality: "Hoorn",
    perspective,
    share: 20,
    lower: 12,
    upper: 31,
    basis: "minimal, one share refitted",
  },
]);

Deno.test("shareIntervalsSpec: one panel per perspective, sorted by share, shared axis", () => {
  const spec = shareIntervalsSpec(points, { title: "t", subtitle: "s" }) as unknown as {
    concat: Panel[];
    columns: number;
  };
  assert.equal(spec.columns, 2);
  assert.deepEqual(spec.concat.map((p) => p.title.text), [
    "PA · Public Administration",
    "NPM · New Public Management",
    "NPG · New Public Governance",
    "SR · Societal Resilience",
  ]);
  const pa = spec.concat[0];
  assert.deepEqual(pa.layer[0].encoding.y.sort, ["Leidschendam-Voorburg", "Hoorn", "Oss"]);
  // mean of the panel's shares: (10 + 30 + 20) / 3
  assert.equal(pa.layer[1].data?.values[0].mean, 20);
  // every panel runs from 0 to the highest upper bound, rounded up to a multiple of 10
  for (const panel of spec.concat) {
    assert.deepEqual(panel.layer[2].encoding.x.scale?.domain, [0, 50]);
  }
  assert.deepEqual(pa.data.values.map((v) => v.refitted), [false, false, true]);
});

Deno.test("shareIntervalsSpec: renders without warnings", async () => {
  const svg = await renderStrict(shareIntervalsSpec(points, { title: "t" }));
  assert.match(svg, /Leidschendam-Voorburg/);
});
