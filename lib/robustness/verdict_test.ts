import assert from "node:assert/strict";
import type { CompositionalComparison } from "./compositional.ts";
import type { GroupTestRow, SmallGroupRow } from "./group_differences.ts";
import type { HitCounts } from "./hit_counts.ts";
import type { PerspectiveOrderResult } from "./perspective_order.ts";
import type { StabilityResult } from "./stability.ts";
import { lexiconVerdict, robustnessVerdict, verdictSummary } from "./verdict.ts";

const hits: HitCounts[] = [
  {
    municipality: "A",
    counts: { PA: 1, NPM: 5, NPG: 5, SR: 9 },
    N: 20,
    basis: "minimal",
    note: "",
  },
  {
    municipality: "B",
    counts: { PA: 4, NPM: 4, NPG: 6, SR: 6 },
    N: 20,
    basis: "minimal",
    note: "",
  },
];
const order: PerspectiveOrderResult = {
  order: ["SR", "NPG", "NPM", "PA"],
  means: { PA: 12.5, NPM: 22.5, NPG: 27.5, SR: 37.5 },
  same_order: 0.5,
  same_first: 0.97,
  same_last: 0.9,
  order_compositional: ["SR", "NPG", "NPM", "PA"],
  same_order_compositional: 0.5,
  pairs: [
    {
      higher: "SR",
      lower: "NPG",
      difference: 10,
      interval_lower: 2,
      interval_upper: 18,
      frequency: 0.97,
    },
    {
      higher: "NPG",
      lower: "NPM",
      difference: 5,
      interval_lower: -1,
      interval_upper: 11,
      frequency: 0.85,
    },
    {
      higher: "NPM",
      lower: "PA",
      difference: 10,
      interval_lower: 1,
      interval_upper: 19,
      frequency: 0.9,
    },
  ],
  replicates: 100,
  stages: 2,
};
const test = (grouping: "size_class" | "region", p: number): GroupTestRow => ({
  grouping,
  perspective: "PA",
  k: 3,
  N: 49,
  H: 1,
  df: 2,
  p_kw: p,
  p_kw_holm: Math.min(1, 8 * p),
  epsilon2: 0.02,
  eta2: 0,
  F: 1,
  p_perm: p,
  p_perm_holm: Math.min(1, 8 * p),
  perm_kind: "monte carlo",
});
const small: SmallGroupRow[] = [{
  grouping: "region",
  group: "noord",
  perspective: "PA",
  n: 3,
  rest: 46,
  difference: 2,
  detectable: 12,
  interval_width: 8,
}];
const stability: StabilityResult = {
  replicates: 100,
  seed: 1,
  scale: 1,
  membership: [
    {
      perspective: "PA",
      list: "top",
      rank: "1",
      municipality: "A",
      in_reference: true,
      frequency: 0.99,
    },
    {
      perspective: "PA",
      list: "top",
      rank: "2",
      municipality: "B",
      in_reference: true,
      frequency: 0.4,
    },
    {
      perspective: "PA",
      list: "top",
      rank: "",
      municipality: "C",
      in_reference: false,
      frequency: 0.35,
    },
  ],
  selection: [
    { selection: "rule", role: "PA", municipality: "A", observed: true, frequency: 0.83 },
    { selection: "rule", role: "PA", municipality: "B", observed: false, frequency: 0.17 },
    { selection: "constrained", role: "PA", municipality: "A", observed: true, frequency: 0.83 },
  ],
  sets: [
    { selection: "rule", observed: "A", same_in_every_role: 0.83, same_five: 0.83 },
    { selection: "constrained", observed: "A, B", same_in_every_role: 0.3, same_five: 0.31 },
  ],
  ranges: { widest: "SR", widest_frequency: 0.99, narrowest: "PA", narrowest_frequency: 0.96 },
};
const compositional: CompositionalComparison = {
  order_arithmetic: ["SR", "NPG", "NPM", "PA"],
  order_compositional: ["SR", "NPG", "NPM", "PA"],
  overall_arithmetic: [12.5, 22.5, 27.5, 37.5],
  overall_compositional: [12, 23, 27, 38],
  directions: [],
  tests: [],
  zeros: 0,
  delta: 0.5,
  tolerance: 0.5,
  alpha: 0.05,
};

Deno.test("robustnessVerdict: labels follow the thresholds", () => {
  const rows = robustnessVerdict({
    hits,
    intervals: [{ perspective: "PA", median_width: 20, min_width: 10, max_width: 30, widest: "A" }],
    order,
    groups: [test("size_class", 0.5), test("region", 0.001)],
    smallGroups: small,
    stability,
    compositional,
  });
  const label = (start: string) => rows.find((r) => r.finding.startsWith(start))?.verdict;
  assert.equal(label("All four perspectives"), "robust");
  assert.equal(label("A municipality's shares"), "not supported");
  assert.equal(label("SR is the most present"), "robust"); // 0.97
  assert.equal(label("PA is the least present"), "fairly robust"); // 0.90
  assert.equal(label("Each newer perspective"), "fragile"); // 0.50
  assert.equal(label("SR varies most"), "robust"); // min(0.99, 0.96)
  // Issue 17: nothing significant is inconclusive, whichever way the finding is worded.
  assert.equal(label("The size classes"), "inconclusive");
  assert.equal(label("The regions"), "fairly robust"); // Holm p = 0.008
  assert.equal(label("The top-five"), "fragile"); // median of 0.99 and 0.40
  assert.equal(label("A has the highest PA share"), "fairly robust"); // 0.83
  assert.equal(label("The rule with the practical constraints"), "fragile"); // 0.30
  assert.equal(label("The conclusions do not depend"), "robust");
  const first = rows[0];
  assert.equal(
    first.evidence,
    "Every plan has at least one hit on every perspective; the thinnest is A on PA with 1 hit " +
      "(counts: the smallest hit counts that reproduce the printed shares). Presence rests on " +
      "the lexicon: one hit is enough.",
  );
  const lists = rows.find((r) => r.finding.startsWith("The top-five"))!;
  assert.equal(
    lists.evidence,
    "Of 2 listed places, 1 holds in at least 95 % of the replicates (A PA top) and 1 in fewer " +
      "than half; the median place holds in 70 %. 1 unlisted municipality enters a list in at " +
      "least 30 % of the replicates (C PA top).",
  );
  assert.equal(
    rows.find((r) => r.finding === "A has the highest PA share.")?.evidence,
    "A is highest on PA in 83 % of the replicates; the likeliest others: B 17 %.",
  );
  const regions = rows.find((r) => r.finding.startsWith("The regions"))!;
  assert.match(
    regions.evidence,
    /For noord \(n = 3\) the data cannot tell: differences of about 12\.0 points/,
  );
});

Deno.test("robustnessVerdict: a plan without hits on a perspective; the compositional view differs", () => {
  const rows = robustnessVerdict({
    hits: [{ ...hits[0], counts: { PA: 0, NPM: 6, NPG: 5, SR: 9 } }],
    intervals: [{ perspective: "PA", median_width: 20, min_width: 10, max_width: 30, widest: "A" }],
    order: { ...order, order_compositional: ["SR", "NPG", "PA", "NPM"] },
    groups: [],
    smallGroups: [],
    stability,
    compositional: { ...compositional, order_compositional: ["SR", "NPG", "PA", "NPM"] },
  });
  assert.equal(rows[0].verdict, "not supported");
  assert.equal(rows[0].evidence, "A has no hit on at least one perspective.");
  const last = rows.find((r) => r.finding.startsWith("PA is the least present"))!;
  assert.equal(last.verdict, "fragile");
  assert.match(last.evidence, /In log-ratio terms \(compositional centre\) NPM is last, not PA\./);
  assert.equal(rows.find((r) => r.finding.startsWith("The conclusions"))?.verdict, "fragile");
});

Deno.test("robustnessVerdict: a share just under 1 never reads as 100 %", () => {
  const rows = robustnessVerdict({
    hits,
    intervals: [{ perspective: "PA", median_width: 20, min_width: 10, max_width: 30, widest: "A" }],
    order: { ...order, same_first: 0.998 },
    groups: [],
    smallGroups: [],
    stability,
    compositional,
  });
  assert.match(
    rows.find((r) => r.finding.startsWith("SR is the most"))!.evidence,
    /^SR stays first in over 99 % of 100 replicates/,
  );
});

Deno.test("robustnessVerdict: another order than the chapter's ladder is not supported", () => {
  const rows = robustnessVerdict({
    hits,
    intervals: [{ perspective: "PA", median_width: 20, min_width: 10, max_width: 30, widest: "A" }],
    order: { ...order, order: ["NPG", "SR", "NPM", "PA"] },
    groups: [test("region", 0.5)],
    smallGroups: [
      { ...small[0], group: "noord" },
      { ...small[0], group: "oost" },
      { ...small[0], group: "zuid" },
    ],
    stability,
    compositional,
  });
  const ladder = rows.find((r) => r.finding.startsWith("Each newer perspective"))!;
  assert.equal(
    ladder.finding,
    "Each newer perspective is a little more present than the older one (PA < NPM < NPG < SR).",
  );
  assert.equal(ladder.verdict, "not supported");
  assert.equal(
    ladder.evidence,
    "On these scores the means run PA < NPM < SR < NPG; that order comes out in 50 % of the replicates.",
  );
});

Deno.test("verdictSummary: every label, in order", () => {
  const summary = verdictSummary([
    { finding: "X.", verdict: "not supported", evidence: "" },
    { finding: "Y.", verdict: "robust", evidence: "" },
  ]);
  assert.equal(
    summary,
    "Robust (1): Y. Fairly robust (0): none. Fragile (0): none. Inconclusive (0): none. " +
      "Not supported (1): X.",
  );
});

Deno.test("lexiconVerdict: a corpus's own finding, apart from the study's (issue 17)", () => {
  const entry = (name: string, max_change: number, selection_changes: string[] = []) => ({
    category: "PA",
    entry: name,
    hits: 3,
    max_change,
    where: "doc1 PA",
    selection_changes,
  });
  const evidence = {
    corpus: "data/corpus/sample",
    documents: 5,
    mode: "exact",
    modes: { max_difference: 2.5 },
  };
  // By hand: no entry moves a share by 5 points or changes the selection: robust.
  const calm = lexiconVerdict({ ...evidence, entries: [entry("regels", 4.9)] } as never);
  assert.equal(calm.verdict, "robust");
  assert.equal(
    calm.finding,
    "The shares of the 5 documents in data/corpus/sample do not hinge on single signal words.",
  );
  const moved = lexiconVerdict(
    { ...evidence, entries: [entry("meten", 25), entry("regels", 1)] } as never,
  );
  assert.equal(moved.verdict, "fragile");
  assert.match(
    moved.evidence,
    /changes a document's share by up to 25\.0 points \(meten, doc1 PA\); 1 entries move/,
  );
});
