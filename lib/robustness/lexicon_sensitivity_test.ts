import assert from "node:assert/strict";
import type { Corpus } from "../corpus/mod.ts";
import { parseLexicon } from "../lexicon/mod.ts";
import {
  compareMatchModes,
  entryConcentration,
  entryConcentrationTableRows,
  entryInfluenceTableRows,
  leaveOneEntryOut,
  scaledListLength,
} from "./lexicon_sensitivity.ts";

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

const doc = (id: string, municipality: string, text: string) => ({
  id,
  file: `${id}.txt`,
  path: "",
  displayPath: "",
  metadata: { municipality },
  text,
  report: { pages: 1, characters: text.length, tokens: 0, cleaning: {} as never },
});
const corpus = (...documents: ReturnType<typeof doc>[]): Corpus => ({
  dir: "mem",
  manifest: true,
  documents,
});
const lexicon = parseLexicon(
  "category,entry\nPA,regels\nNPM,resultaat\nNPM,meten\nNPG,netwerk\nSR,samen\nSR,meedoen\nSR,burgerkracht\n",
  "csv",
  { file: "mini.csv" },
);
// x: PA 1, SR 2 (of 3): 33.3 / 0 / 0 / 66.7; y: PA 1, NPM 1, SR 3 (of 5): 20 / 20 / 0 / 60
const two = corpus(
  doc("x", "X", "regels samen samen"),
  doc("y", "Y", "regels resultaat meedoen meedoen meedoen"),
);

Deno.test("leaveOneEntryOut: changes and selection worked out by hand", async () => {
  const result = await leaveOneEntryOut(two, lexicon);
  assert.equal(result.listLength, 1);
  // pure rule on the full lexicon: PA X (33.3 against 20), NPM Y (20 against 0); a
  // municipality takes one role only, so NPG and SR are left without a case, and both
  // are in some list, so there is no average case either
  assert.deepEqual([...result.selection], [["PA", "X"], ["NPM", "Y"]]);
  const by = (entry: string) => result.entries.find((e) => e.entry === entry)!;
  // without "meedoen": y becomes 1/1/0/0 of 2, SR 60 → 0; PA now 50 against 33.3, so Y
  // takes PA and X (NPM 0) is the only one left for NPM
  assert.equal(by("meedoen").max_change, 60);
  assert.equal(by("meedoen").where, "y SR");
  assert.deepEqual(by("meedoen").selection_changes, ["PA: X → Y", "NPM: Y → X"]);
  // without "resultaat": y becomes 1/0/0/3 of 4: PA 20 → 25, NPM 20 → 0, SR 60 → 75
  assert.equal(by("resultaat").max_change, 20);
  assert.equal(by("resultaat").where, "y NPM");
  assert.deepEqual(by("resultaat").selection_changes, []);
  // without "samen": x becomes 1/0/0/0 of 1
  close(by("samen").max_change, 200 / 3);
  // entries without hits are not scored again and have no influence
  assert.deepEqual(by("burgerkracht"), {
    category: "SR",
    entry: "burgerkracht",
    hits: 0,
    max_change: 0,
    where: "",
    emptied: [],
    selection_changes: [],
  });
  assert.deepEqual(entryInfluenceTableRows([by("meedoen")])[0], {
    category: "SR",
    entry: "meedoen",
    hits: 3,
    max_change_pp: "60.0",
    where: "y SR",
    emptied: "",
    selection_changes: "PA: X → Y; NPM: Y → X",
  });
});

Deno.test("leaveOneEntryOut: a document left without hits is reported", async () => {
  const result = await leaveOneEntryOut(corpus(doc("z", "Z", "meten en verder niets")), lexicon);
  const meten = result.entries.find((e) => e.entry === "meten")!;
  assert.deepEqual(meten.emptied, ["z"]);
  assert.deepEqual(meten.selection_changes, ["PA: Z → —"]);
});

Deno.test("compareMatchModes: stem adds the singular, glob without wildcards is exact", async () => {
  const mini = parseLexicon(
    "category,entry\nPA,regels\nNPM,resultaat\nNPG,netwerk\nSR,samen\n",
    "csv",
  );
  const result = await compareMatchModes(corpus(doc("a", "A", "regel regels resultaat")), mini);
  const pa = result.rows.find((r) => r.perspective === "PA")!;
  assert.deepEqual(
    [pa.hits_exact, pa.share_exact, pa.hits_stem, pa.hits_glob, pa.share_glob],
    [1, 50, 2, 1, 50],
  );
  close(pa.share_stem as number, 200 / 3);
  close(result.max_difference, 200 / 3 - 50);
  assert.deepEqual(result.columns, [
    "document",
    "perspective",
    "hits_exact",
    "share_exact",
    "hits_stem",
    "share_stem",
    "hits_glob",
    "share_glob",
  ]);
  assert.equal(result.selections[0].selection, "PA: A, NPM: —, NPG: —, SR: —, average: —");
});

Deno.test("entryConcentration: hits per entry over the corpus, by hand", async () => {
  const { baseline } = await leaveOneEntryOut(two, lexicon);
  const rows = entryConcentration(baseline);
  // SR: samen 2, meedoen 3, burgerkracht 0
  assert.deepEqual(rows.find((r) => r.category === "SR"), {
    category: "SR",
    entries: 3,
    entries_with_hits: 2,
    hits: 5,
    top_entry: "meedoen",
    top1_pct: 60,
    top3_pct: 100,
    entries_for_half: 1,
  });
  // NPM: resultaat 1, meten 0
  assert.equal(rows.find((r) => r.category === "NPM")?.top_entry, "resultaat");
  // a tie goes to the entry that comes first in the lexicon
  const tied = entryConcentration({
    categories: ["SR"],
    entries: [{ category: "SR", entry: "b" }, { category: "SR", entry: "a" }],
    documents: [{ entryHits: [2, 2] }],
  });
  assert.deepEqual([tied[0].top_entry, tied[0].entries_for_half], ["b", 1]);
  assert.equal(entryConcentrationTableRows(rows)[0].top1_pct, "100.0");
});

Deno.test("scaledListLength: the study's 5 of 49", () => {
  assert.deepEqual([1, 5, 10, 49, 100].map(scaledListLength), [1, 1, 1, 5, 10]);
});
