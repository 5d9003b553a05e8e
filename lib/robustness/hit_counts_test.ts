import assert from "node:assert/strict";
import { join } from "node:path";
import { parsePublishedScores } from "../data/mod.ts";
import { scoreTableFromPublished, scoreTableFromRows } from "../stats/mod.ts";
import {
  countsFromCorpusScore,
  hitCountsFor,
  hitCountTableRows,
  hitSummary,
  loadHitCounts,
  scaleHits,
} from "./hit_counts.ts";

const published = (rows: string) =>
  scoreTableFromPublished(
    parsePublishedScores(`municipality,size_class,region,PA,NPM,NPG,SR\n${rows}`),
  );

Deno.test("hitCountsFor: smallest counts, checked by hand", () => {
  // Helmond 6.0 / 2.0 / 58.0 / 34.0: 3, 1, 29, 17 of 50 give exactly these shares. A share
  // of 2.0 % needs at least one hit with 1.95 ≤ 100/N < 2.05, so N ≥ 49; with N = 49 no
  // whole PA count gives 6.0 % (2.92 ≤ k < 2.96), so 50 is the smallest total.
  const [helmond] = hitCountsFor(published("Helmond,100.000-,zuid,6.0,2.0,58.0,34.0\n"));
  assert.deepEqual(helmond, {
    municipality: "Helmond",
    counts: { PA: 3, NPM: 1, NPG: 29, SR: 17 },
    N: 50,
    basis: "minimal",
    note: "",
  });
});

Deno.test("hitCountsFor: a row that sums to 101.3 is refitted with one share free", () => {
  const [hoorn] = hitCountsFor(published("Hoorn,100.000-,west,24.2,17.6,13.2,46.3\n"));
  // 22/91 = 24.18, 16/91 = 17.58, 12/91 = 13.19 round as printed; SR takes the other 41 (45.05)
  assert.deepEqual(hoorn.counts, { PA: 22, NPM: 16, NPG: 12, SR: 41 });
  assert.equal(hoorn.N, 91);
  assert.equal(hoorn.basis, "minimal, one share refitted");
  assert.equal(hoorn.note, "printed shares sum to 101.3; SR refitted to 45.1 (printed 46.3)");
});

Deno.test("hitCountsFor: real counts win, and are checked", () => {
  const scores = scoreTableFromRows([
    { municipality: "A", size_class: "G4", region: "west", PA: 10, NPM: 20, NPG: 30, SR: 40 },
  ]);
  const [a] = hitCountsFor(scores, { counts: new Map([["A", [1, 2, 3, 4]]]) });
  assert.deepEqual([a.N, a.basis], [10, "corpus"]);
  assert.throws(() => hitCountsFor(scores, { counts: new Map([["A", [1, 2, 3]]]) }), {
    message: "counts for A must be 4 whole numbers ≥ 0, got 1, 2, 3",
  });
  // without real counts the one-decimal shares are used: 10/20/30/40 → 1, 2, 3, 4 of 10
  assert.deepEqual(hitCountsFor(scores)[0].counts, { PA: 1, NPM: 2, NPG: 3, SR: 4 });
});

Deno.test("countsFromCorpusScore: summed per municipality, by category name", () => {
  const result = {
    categories: ["SR", "PA", "NPM", "NPG", "X"],
    documents: [
      { id: "a", metadata: { municipality: "M" }, categoryHits: [1, 2, 3, 4, 9] },
      { id: "b", metadata: { municipality: "M" }, categoryHits: [1, 1, 1, 1, 9] },
      { id: "c", metadata: {}, categoryHits: [0, 0, 0, 5, 0] },
    ],
  };
  assert.deepEqual([...countsFromCorpusScore(result)], [["M", [3, 4, 5, 2]], ["c", [0, 0, 5, 0]]]);
  assert.throws(
    () =>
      countsFromCorpusScore({
        categories: ["PA", "SR"],
        documents: [],
      }),
    { message: "the lexicon has no category NPM, NPG" },
  );
});

Deno.test("loadHitCounts: reads the hits column of a scorer's documents.csv", async () => {
  const dir = await Deno.makeTempDir();
  const documents = join(dir, "documents.csv");
  const corpus = join(dir, "corpus.csv");
  await Deno.writeTextFile(
    documents,
    "document,category,hits,share_pct\n" +
      "d1,PA,2,20\nd1,NPM,3,30\nd1,NPG,1,10\nd1,SR,4,40\nd2,PA,1,50\nd2,SR,1,50\n",
  );
  await Deno.writeTextFile(corpus, "document,municipality\nd1,Oss\nd2,Ede\n");
  const scores = {
    ...scoreTableFromRows([
      {
        municipality: "Ede",
        size_class: "100.000-",
        region: "oost",
        PA: 50,
        NPM: 0,
        NPG: 0,
        SR: 50,
      },
      {
        municipality: "Oss",
        size_class: "100.000-",
        region: "zuid",
        PA: 20,
        NPM: 30,
        NPG: 10,
        SR: 40,
      },
    ]),
  };
  scores.meta = { ...scores.meta, source: "corpus", files: [documents, corpus] };
  const rows = await loadHitCounts(scores);
  assert.deepEqual(rows.map((r) => [r.municipality, r.N, r.counts.NPM, r.basis]), [
    ["Ede", 2, 0, "corpus"],
    ["Oss", 10, 3, "corpus"],
  ]);
  await Deno.writeTextFile(documents, "document,category,hits,share_pct\nd1,PA,x,20\n");
  await assert.rejects(() => loadHitCounts(scores), {
    message: `${documents} line 2, column hits: "x" is not a whole number of hits`,
  });
});

Deno.test("scaleHits, hitSummary and hitCountTableRows", () => {
  const hits = hitCountsFor(
    published("A,G4,west,25.0,25.0,25.0,25.0\nB,G4,west,6.0,2.0,58.0,34.0\n"),
  );
  assert.deepEqual(scaleHits(hits, 3)[1].counts, { PA: 9, NPM: 3, NPG: 87, SR: 51 });
  assert.throws(() => scaleHits(hits, 1.5), RangeError);
  assert.deepEqual(hitSummary(hits), {
    plans: 2,
    min_N: 4,
    median_N: 27,
    max_N: 50,
    below_5: 2,
    basis: "minimal 2",
  });
  assert.deepEqual(hitCountTableRows(hits)[0], {
    municipality: "A",
    N: 4,
    PA: 1,
    NPM: 1,
    NPG: 1,
    SR: 1,
    basis: "minimal",
    note: "",
  });
});
