import assert from "node:assert/strict";
import { renderStrict } from "../testing.ts";
import { listMembershipSpec, selectionFrequencySpec } from "./stability.ts";

type Panel = {
  title: { text: string };
  data: { values: { label: string; highlighted: boolean; text: string }[] };
};

const membership = [
  {
    perspective: "PA",
    list: "top" as const,
    rank: "1",
    municipality: "A",
    in_reference: true,
    frequency: 0.9,
  },
  {
    perspective: "PA",
    list: "top" as const,
    rank: "",
    municipality: "B",
    in_reference: false,
    frequency: 0.25,
  },
  {
    perspective: "PA",
    list: "top" as const,
    rank: "",
    municipality: "C",
    in_reference: false,
    frequency: 0.1,
  },
  {
    perspective: "PA",
    list: "bottom" as const,
    rank: "3/4",
    municipality: "D",
    in_reference: true,
    frequency: 0.05,
  },
];

Deno.test("listMembershipSpec: listed places always, others above the threshold", () => {
  const spec = listMembershipSpec(membership, { title: "t" }, { rows: ["PA"] }) as unknown as {
    concat: Panel[];
    columns: number;
  };
  assert.equal(spec.columns, 2);
  assert.deepEqual(spec.concat.map((p) => p.title.text), ["PA · top five", "PA · bottom five"]);
  assert.deepEqual(spec.concat[0].data.values.map((v) => [v.label, v.highlighted, v.text]), [
    ["1 A", true, "90 %"],
    ["– B", false, "25 %"],
  ]);
  assert.deepEqual(spec.concat[1].data.values.map((v) => v.label), ["3/4 D"]);
});

Deno.test("selectionFrequencySpec: candidates by frequency, the observed pick highlighted", () => {
  const rows = [
    { selection: "rule", role: "SR", municipality: "X", observed: false, frequency: 0.6 },
    { selection: "rule", role: "SR", municipality: "Y", observed: true, frequency: 0.38 },
    { selection: "rule", role: "SR", municipality: "Z", observed: false, frequency: 0.02 },
    { selection: "constrained", role: "SR", municipality: "Y", observed: true, frequency: 1 },
  ];
  const spec = selectionFrequencySpec(rows, { title: "t" }, { rows: ["SR"] }) as unknown as {
    concat: Panel[];
  };
  assert.deepEqual(spec.concat.map((p) => p.title.text), [
    "SR · pure rule",
    "SR · rule with constraints",
  ]);
  assert.deepEqual(spec.concat[0].data.values.map((v) => [v.label, v.highlighted]), [["X", false], [
    "Y",
    true,
  ]]);
});

Deno.test("both figures render without warnings", async () => {
  assert.match(
    await renderStrict(listMembershipSpec(membership, { title: "t" }, { rows: ["PA"] })),
    /^<svg/,
  );
  assert.match(
    await renderStrict(selectionFrequencySpec(
      [
        { selection: "rule", role: "PA", municipality: "A", observed: true, frequency: 1 },
      ],
      { title: "t" },
      { rows: ["PA"] },
    )),
    /^<svg/,
  );
});
