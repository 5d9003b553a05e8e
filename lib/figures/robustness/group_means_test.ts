import assert from "node:assert/strict";
import { groupMeansSpec } from "./group_means.ts";
import { renderStrict } from "../testing.ts";

type Cell = {
  title: { text: string };
  data: { values: { label: string }[] };
  layer: {
    data?: { values: { overall: number }[] };
    encoding: Record<string, { axis?: { labels?: boolean } }>;
  }[];
};

const means = ["PA", "NPM"].flatMap((perspective) => [
  {
    grouping: "region",
    group: "noord",
    perspective,
    n: 3,
    mean: 22,
    lower: 15,
    upper: 31,
    overall: 21,
  },
  {
    grouping: "region",
    group: "west",
    perspective,
    n: 24,
    mean: 20,
    lower: 18,
    upper: 23,
    overall: 21,
  },
  {
    grouping: "size_class",
    group: "G4",
    perspective,
    n: 4,
    mean: 18,
    lower: 11,
    upper: 28,
    overall: 21,
  },
]);

Deno.test("groupMeansSpec: a row per grouping, a column per perspective, labels with n", () => {
  const spec = groupMeansSpec(means, { title: "t" }, {
    perspectives: ["PA", "NPM"],
  }) as unknown as {
    concat: Cell[];
    columns: number;
  };
  assert.equal(spec.columns, 2);
  assert.deepEqual(spec.concat.map((c) => c.title.text), [
    "size class: PA",
    "NPM",
    "region: PA",
    "NPM",
  ]);
  assert.deepEqual(spec.concat[2].data.values.map((v) => v.label), [
    "noord (n = 3)",
    "west (n = 24)",
  ]);
  assert.equal(spec.concat[0].layer[1].data?.values[0].overall, 21);
  // only the first column carries the group labels
  assert.equal(spec.concat[1].layer[0].encoding.y.axis?.labels, false);
});

Deno.test("groupMeansSpec: renders without warnings", async () => {
  assert.match(
    await renderStrict(groupMeansSpec(means, { title: "t" }, { perspectives: ["PA", "NPM"] })),
    /noord/,
  );
});
