import assert from "node:assert/strict";
import { scoreTableFromRows } from "../stats/mod.ts";
import { pairCases, typicalCases } from "../select/mod.ts";
import { parseLexicon } from "../lexicon/mod.ts";
import {
  lexiconVariantTables,
  pickStability,
  pickStabilityTableRows,
} from "./strategy_stability.ts";

const row = (municipality: string, PA: number) => ({
  municipality,
  size_class: "G4" as const,
  region: "west" as const,
  PA,
  NPM: 100 - PA,
  NPG: 0,
  SR: 0,
});

Deno.test("pickStability: both documents of a pair are counted, each on its own", () => {
  const observed = scoreTableFromRows([row("A", 10), row("B", 90), row("C", 50)]);
  // Most similar pair (one cell): A-B, 80·√2 apart. Replicate 1 keeps it; in replicate 2
  // C moves to 95, so the farthest pair is A-C: A kept, B not.
  const replicates = [observed, scoreTableFromRows([row("A", 10), row("B", 90), row("C", 95)])];
  const rows = pickStability(pairCases(observed), replicates, pairCases);
  assert.deepEqual(rows.map((r) => [r.document, r.kept]), [["A", 2], ["B", 1]]);
  assert.deepEqual(pickStabilityTableRows(rows).map((r) => r.kept_pct), ["100.0", "50.0"]);
});

Deno.test("pickStability: no replicates give zero counts, not an error", () => {
  const observed = scoreTableFromRows([row("A", 10), row("B", 20)]);
  const rows = pickStability(typicalCases(observed), [], typicalCases);
  assert.deepEqual(rows.map((r) => [r.kept, r.replicates]), [[0, 0]]);
});

Deno.test("lexiconVariantTables: other modes and each entry with hits left out, by hand", async () => {
  const doc = (id: string, text: string) => ({
    id,
    file: `${id}.txt`,
    path: "",
    displayPath: "",
    metadata: { municipality: id.toUpperCase() },
    text,
    report: { pages: 1, characters: text.length, tokens: 0, cleaning: {} as never },
  });
  const corpus = {
    dir: "mem",
    manifest: true,
    documents: [doc("x", "regels samen"), doc("y", "samen")],
  };
  const lexicon = parseLexicon("category,entry\nPA,regels\nSR,samen\nNPG,netwerk\n", "csv", {
    file: "mini.csv",
  });
  const scores = scoreTableFromRows([
    { municipality: "X", size_class: "G4", region: "west", PA: 50, NPM: 0, NPG: 0, SR: 50 },
    { municipality: "Y", size_class: "100.000+", region: "oost", PA: 0, NPM: 0, NPG: 0, SR: 100 },
  ]);
  const variants = await lexiconVariantTables(corpus, lexicon, scores);
  // Modes other than exact: stem, glob; entries with hits: regels, samen (netwerk has none).
  assert.deepEqual(variants.map((v) => v.variant), [
    "mode stem",
    "mode glob",
    "without PA regels",
    "without SR samen",
  ]);
  // Without "samen": x keeps PA 100 %, y has no hits left and drops out; groups kept.
  const withoutSamen = variants[3].scores.rows;
  assert.deepEqual(withoutSamen.map((r) => [r.municipality, r.size_class, r.PA, r.SR]), [[
    "X",
    "G4",
    100,
    0,
  ]]);
});
