import assert from "node:assert/strict";
import { parseLexicon } from "../lexicon/mod.ts";
import { mulberry32 } from "../io/seeded_random.ts";
import { scoreCorpus } from "../score/mod.ts";
import { betaDraw, entryPrecisions, thresholdEffect } from "./corrected.ts";
import type { PrecisionRow } from "./precision.ts";

Deno.test("betaDraw: mean and variance of Beta(2.5, 1.5) as the formulas give", () => {
  // Beta(a, b): mean a / (a + b) = 0.625; variance ab / ((a + b)^2 (a + b + 1)) = 3.75 / 80.
  const random = mulberry32(42);
  const draws = Array.from({ length: 20000 }, () => betaDraw(2.5, 1.5, random));
  const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
  const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
  assert.ok(Math.abs(mean - 0.625) < 0.006, `mean ${mean}`); // 4 standard errors
  assert.ok(Math.abs(variance - 3.75 / 80) < 0.003, `variance ${variance}`);
  // Shape below 1 (Jeffreys prior of a word with no relevant hit): mean 0.5 / 2.5 = 0.2.
  const small = Array.from({ length: 20000 }, () => betaDraw(0.5, 2, random));
  assert.ok(Math.abs(small.reduce((a, b) => a + b, 0) / small.length - 0.2) < 0.01);
});

const doc = (id: string, text: string, metadata: Record<string, string>) => ({
  id,
  file: `${id}.txt`,
  path: "",
  displayPath: "",
  metadata,
  text,
  report: { pages: 1, characters: text.length, tokens: 0, cleaning: {} as never },
});

Deno.test("thresholdEffect: group means and selection with all, weighted and without weak entries", async () => {
  const lexicon = parseLexicon(
    "category,entry\nPA,regels\nPA,kaders\nNPM,resultaat\nNPG,netwerk\nSR,samen\n",
    "csv",
  );
  const corpus = {
    dir: "x",
    manifest: true,
    documents: [
      doc("a", "regels kaders samen", { size_class: "G4", region: "west" }),
      doc("b", "resultaat netwerk samen samen", { size_class: "G4", region: "oost" }),
    ],
  };
  const entry = (name: string, coded: number, relevant: number): PrecisionRow => ({
    level: "entry",
    name,
    category: name.split(":")[0],
    entry: name.split(":")[1],
    coded,
    relevant,
    precision: relevant / coded,
    low: 0,
    high: 1,
  });
  const precision = [entry("PA:regels", 2, 2), entry("PA:kaders", 2, 0)];
  const weights = entryPrecisions(await scoreCorpus(corpus, lexicon), precision);
  // Entries without coded hits and without a category row count fully (precision 1).
  assert.equal(weights.get("SR:samen")!.precision, 1);
  const effect = await thresholdEffect(corpus, lexicon, weights, 0.5);
  assert.deepEqual(effect.dropped, ["PA:kaders"]);
  // By hand, document a: PA 2 of 3 hits (66.7 %); weighted PA 1 × 1 + 1 × 0 = 1 of 2 (50 %);
  // kaders dropped: PA 1 of 2 (50 %). Document b has no PA. Size class G4 holds both: the
  // means are (66.7 + 0) / 2, (50 + 0) / 2, (50 + 0) / 2.
  const pa = effect.means.find((m) => m.grouping === "size_class" && m.perspective === "PA")!;
  assert.deepEqual(
    [pa.n, pa.all!.toFixed(2), pa.weighted!.toFixed(2), pa.dropped!.toFixed(2)],
    [2, "33.33", "25.00", "25.00"],
  );
  assert.deepEqual(effect.selection.find((s) => s.role === "PA"), {
    role: "PA",
    all: "a",
    weighted: "a",
    dropped: "a",
  });
});
