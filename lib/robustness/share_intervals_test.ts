import assert from "node:assert/strict";
import { scoreTableFromRows } from "../stats/mod.ts";
import { hitCountsFor } from "./hit_counts.ts";
import {
  coverageCheck,
  intervalWidths,
  intervalWidthTable,
  shareIntervals,
  shareIntervalTableRows,
} from "./share_intervals.ts";

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

const scores = scoreTableFromRows([
  {
    municipality: "Helmond",
    size_class: "100.000-",
    region: "zuid",
    PA: 6,
    NPM: 2,
    NPG: 58,
    SR: 34,
  },
  { municipality: "Even", size_class: "G4", region: "west", PA: 25, NPM: 25, NPG: 25, SR: 25 },
]);
const hits = hitCountsFor(scores, { counts: new Map([["Even", [10, 10, 10, 10]]]) });

Deno.test("shareIntervals: Goodman bounds in percentage points, against the formula", () => {
  const rows = shareIntervals(scores, hits);
  assert.equal(rows.length, 8);
  const npg = rows.find((r) => r.municipality === "Helmond" && r.perspective === "NPG")!;
  close(npg.lower, 40.650098035093873);
  close(npg.upper, 73.5750241807542);
  assert.deepEqual([npg.hits, npg.N, npg.estimate, npg.share, npg.basis], [
    29,
    50,
    58,
    58,
    "minimal",
  ]);
  // Even: 10 of 40 with c = 6.238532636909544, by hand
  const c = 6.238532636909544;
  const root = Math.sqrt(c * (c + (4 * 10 * 30) / 40));
  const even = rows.find((r) => r.municipality === "Even" && r.perspective === "SR")!;
  close(even.lower, (100 * (c + 20 - root)) / (2 * (40 + c)));
  close(even.upper, (100 * (c + 20 + root)) / (2 * (40 + c)));
  assert.equal(even.method, "goodman");
});

Deno.test("shareIntervals: a municipality without counts is an error", () => {
  assert.throws(() => shareIntervals(scores, hits.slice(0, 1)), {
    message: "no hit counts for Even",
  });
});

Deno.test("shareIntervalTableRows: perspective order, highest share first, one decimal", () => {
  const rows = shareIntervalTableRows(shareIntervals(scores, hits));
  assert.deepEqual(rows.slice(0, 2).map((r) => [r.perspective, r.municipality, r.share]), [
    ["PA", "Even", "25.0"],
    ["PA", "Helmond", "6.0"],
  ]);
  assert.equal(rows[1].lower, "1.6");
  assert.equal(rows[1].upper, "20.2");
  assert.equal(rows[1].width, "18.6");
});

Deno.test("intervalWidths: median of an even number of widths", () => {
  const rows = [
    { municipality: "A", perspective: "SR" as const, lower: 0, upper: 10 },
    { municipality: "B", perspective: "SR" as const, lower: 0, upper: 20 },
  ];
  assert.deepEqual(intervalWidths(rows), [
    { perspective: "SR", median_width: 15, min_width: 10, max_width: 20, widest: "B" },
  ]);
});

Deno.test("intervalWidthTable: both methods, then Goodman with scaled hits (narrower)", () => {
  const rows = intervalWidthTable(scores, hits, { scale: 4 });
  assert.deepEqual(rows.map((r) => `${r.method} ${r.hits}`).filter((_, i) => i % 4 === 0), [
    "goodman N",
    "quesenberry-hurst N",
    "goodman 4·N",
  ]);
  assert.ok((rows[8].max_width as number) < (rows[0].max_width as number) / 1.8);
});

Deno.test("coverageCheck: the thinnest and the largest plan, reproducible", () => {
  const rows = coverageCheck(hits, { replicates: 300, seed: 9 });
  assert.deepEqual(rows.map((r) => [r.municipality, r.N]), [
    ["Even", 40],
    ["Even", 40],
    ["Helmond", 50],
    ["Helmond", 50],
  ]);
  assert.deepEqual(rows, coverageCheck(hits, { replicates: 300, seed: 9 }));
  for (const r of rows) assert.ok(r.coverage > 0.85 && r.coverage <= 1);
});
