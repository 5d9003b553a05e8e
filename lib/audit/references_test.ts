import assert from "node:assert/strict";
import type { GroupMean, PublishedReference } from "../data/mod.ts";
import type { ScoreTable } from "../stats/mod.ts";
import { auditReferences, figureShows } from "./references.ts";

const scores: ScoreTable = {
  rows: [
    { municipality: "A", size_class: "G4", region: "west", PA: 40, NPM: 10, NPG: 20, SR: 30 },
    { municipality: "B", size_class: "G4", region: "oost", PA: 10, NPM: 50, NPG: 20, SR: 20 },
  ],
  meta: { source: "corpus", description: "", files: [], settings: {} },
};
const mean = (
  group_type: "all" | "size_class" | "region",
  group: string,
) => ({ group_type, group } as unknown as GroupMean);
const context = {
  scores,
  groupMeans: {
    1: [mean("all", "all")],
    2: [mean("size_class", "G4"), mean("all", "all")],
    3: [mean("region", "west"), mean("region", "oost")],
  },
};
let line = 1;
const ref = (
  kind: "reference" | "caption",
  printed: string,
  cites: string,
): PublishedReference => ({
  id: `x${line}`,
  section: "6.4",
  source_line: 3500 + line,
  kind,
  printed,
  cites,
  context: "",
  line: ++line,
});

Deno.test("figureShows: from the printed tables and the score table", () => {
  assert.deepEqual([...figureShows(1, context)].sort(), [
    "mean:NPG:all",
    "mean:NPM:all",
    "mean:PA:all",
    "mean:SR:all",
    "presence:all",
  ]);
  assert.ok(figureShows(2, context).has("groups:size_class"));
  assert.ok(!figureShows(3, context).has("mean:PA:all")); // no total row in this Figure 6.3
  assert.deepEqual([...figureShows(8, context)], ["score:A:PA"]); // A is highest on PA
  assert.deepEqual([...figureShows(9, context)], ["score:B:NPM"]);
});

Deno.test("auditReferences: wrong targets, wrong contents and captions out of order", () => {
  // The thirteen captions, the second numbered 6.3 where 6.2 is due; expected by hand.
  const captions = [
    ref("caption", "Figuur 6.1", "presence:all"),
    ref("caption", "Figuur 6.3", "groups:size_class"),
    ref("caption", "Figuur 6.3", "groups:region"),
    ref("caption", "Figuur 6.4", "range:PA"),
    ref("caption", "Figuur 6.5", "range:NPM"),
    ref("caption", "Figuur 6.6", "range:NPG"),
    ref("caption", "Figuur 6.7", "range:SR"),
    ref("caption", "Figuur 6.8", "score:A:PA"),
    ref("caption", "Figuur 6.9", "score:B:NPM"),
    ref("caption", "Figuur 6.10", "score:A:NPG"), // A and B tie on NPG: the first, A, is drawn
    ref("caption", "Figuur 6.11", "score:A:SR"),
    ref("caption", "Figuur 6.12", "top:all"),
    ref("caption", "Figuur 6.13", "selected"),
  ];
  const references = [
    ref("reference", "Figuur 6.8", "score:B:PA"), // B is not the highest on PA
    ref("reference", "Figuur 6.1", "mean:PA:all"),
    ref("reference", "paragraaf 6.3", "section:highest"), // 6.3 is about variation
    ref("reference", "Bijlage G", "appendix:scores"),
    ref("reference", "Figuur 5.13", "selected"),
  ];
  const rows = auditReferences([...captions, ...references], context);
  assert.deepEqual(rows.filter((r) => r.status !== "match").map((r) => r.note), [
    "groups:size_class: Figure 6.3 shows groups:region; the caption is number 6.2 in order",
    "score:B:PA: Figure 6.8 shows score:A:PA",
    "section:highest: paragraaf 6.3 is about variation",
    "selected: chapter 6 has no Figure 5.13; what it cites is in Figure 6.13",
  ]);
  assert.equal(rows.filter((r) => r.status === "match").length, 14);
});
