import assert from "node:assert/strict";
import type { ScoreTable } from "../stats/mod.ts";
import { canPrintAs, infeasibleRows, meanRanges, shareRanges } from "./share_bounds.ts";

const row = (municipality: string, PA: number, NPM: number, NPG: number, SR: number) => ({
  municipality,
  size_class: "100.000-" as const,
  region: "west" as const,
  PA,
  NPM,
  NPG,
  SR,
});
const table = (rows: ReturnType<typeof row>[], printed: Record<string, string[]>): ScoreTable => ({
  rows,
  meta: {
    source: "published",
    description: "",
    files: [],
    settings: {},
    printed: Object.fromEntries(
      Object.entries(printed).map(([m, [PA, NPM, NPG, SR]]) => [m, { PA, NPM, NPG, SR }]),
    ),
  },
});

Deno.test("row sums pin a share printed with fewer decimals; an impossible row is named", () => {
  const scores = table([row("A", 29.7, 13.5, 29.7, 27), row("B", 40.0, 30.0, 20.0, 11.3)], {
    A: ["29.7", "13.5", "29.7", "27"],
    B: ["40.0", "30.0", "20.0", "11.3"], // sums to 101.3: no exact shares can sum to 100
  });
  const ranges = shareRanges(scores);
  // By hand: the row sum allows PA 100 - (13.5 + 29.7 + 27) ± (0.05 + 0.05 + 0.5), i.e.
  // 29.2-30.4, wider than its own 29.65-29.75: PA keeps its own range.
  assert.deepEqual(
    [ranges.get("A")!.PA.withRowSum.lo, ranges.get("A")!.PA.withRowSum.hi].map((x) => x.toFixed(2)),
    ["29.65", "29.75"],
  );
  assert.deepEqual(infeasibleRows(ranges), ["B"]);
  // The mean over both rows uses B's printed ranges, as its row sum cannot hold.
  const both = meanRanges(scores, ranges, scores.rows, "SR");
  // By hand: SR of A in 26.95-27.25, of B in 11.25-11.35; mean 19.10-19.30.
  assert.deepEqual([both.withRowSums.lo.toFixed(3), both.withRowSums.hi.toFixed(3)], [
    "19.100",
    "19.300",
  ]);
  assert.deepEqual([both.printed.lo.toFixed(3), both.printed.hi.toFixed(3)], ["18.875", "19.425"]);
});

Deno.test("the overall mean bounds a group's mean by the other groups' sum", () => {
  const scores = table([row("A", 10, 20, 30, 40), row("B", 20, 20, 30, 30)], {
    A: ["10.0", "20.0", "30.0", "40.0"],
    B: ["20.0", "20.0", "30.0", "30.0"],
  });
  const ranges = shareRanges(scores);
  const a = scores.rows.filter((r) => r.municipality === "A");
  // By hand: the overall PA mean prints as 15.1, so PA(A) + PA(B) lies in 30.1-30.3; with
  // PA(B) at most 20.05, PA(A) is at least 10.05, the top of its own range: pinned there.
  const pinned = meanRanges(scores, ranges, a, "PA", "15.1");
  assert.deepEqual(
    [pinned.withOverallMean.lo, pinned.withOverallMean.hi].map((x) => x.toFixed(3)),
    ["10.050", "10.050"],
  );
  // With a printed overall mean of 15.0 the sum is 29.9-30.1: no narrowing of 9.95-10.05.
  const free = meanRanges(scores, ranges, a, "PA", "15.0");
  assert.deepEqual(
    [free.withOverallMean.lo, free.withOverallMean.hi].map((x) => x.toFixed(3)),
    ["9.950", "10.050"],
  );
});

Deno.test("canPrintAs: rounding half away from zero, the upper end open", () => {
  assert.equal(canPrintAs({ lo: 31.55, hi: 31.658 }, "31.5"), false); // 31.55 prints as 31.6
  assert.equal(canPrintAs({ lo: 31.549, hi: 31.658 }, "31.5"), true);
  assert.equal(canPrintAs({ lo: 18.475, hi: 18.575 }, "18.6"), true);
  assert.equal(canPrintAs({ lo: 26.95, hi: 27.25 }, "27"), true);
});
