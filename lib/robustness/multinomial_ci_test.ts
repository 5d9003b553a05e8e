import assert from "node:assert/strict";
import { intervalConstant, multinomialIntervals } from "./multinomial_ci.ts";
import { drawMultinomial, simultaneousCoverage } from "./sampling.ts";
import { mulberry32 } from "../io/mod.ts";

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

/** The score-form interval written out once more, with the constant taken from a table. */
function byHand(n: number, total: number, c: number): [number, number] {
  const root = Math.sqrt(c * c + (4 * c * n * (total - n)) / total);
  return [(c + 2 * n - root) / (2 * (total + c)), (c + 2 * n + root) / (2 * (total + c))];
}

Deno.test("intervalConstant: Bonferroni chi-square (Goodman) and k − 1 df (Quesenberry-Hurst)", () => {
  close(intervalConstant(4, "goodman", 0.95), 6.238532636909544);
  close(intervalConstant(4, "quesenberry-hurst", 0.95), 7.814727903251179);
  // two cells: Goodman is the Wilson interval with z at 1 − α/4
  close(intervalConstant(2, "goodman", 0.95), 2.241402727604947 ** 2, 1e-8);
  assert.throws(() => intervalConstant(1, "goodman", 0.95), RangeError);
});

Deno.test("Goodman: Helmond's smallest counts, against the formula with the table constant", () => {
  const counts = [3, 1, 29, 17];
  const intervals = multinomialIntervals(counts);
  const lower = [
    0.015864121740376352,
    0.0024692375160710145,
    0.40650098035093873,
    0.19897951117571222,
  ];
  const upper = [0.2017541563879785, 0.14402342953304337, 0.735750241807542, 0.5165180445073259];
  intervals.forEach((interval, i) => {
    close(interval.lower, lower[i]);
    close(interval.upper, upper[i]);
    const [lo, hi] = byHand(counts[i], 50, 6.238532636909544);
    close(interval.lower, lo);
    close(interval.upper, hi);
    assert.equal(interval.estimate, counts[i] / 50);
    assert.equal(interval.count, counts[i]);
  });
});

Deno.test("Goodman: Haarlemmermeer's smallest counts (288 hits)", () => {
  const intervals = multinomialIntervals([99, 79, 41, 69]);
  const expected = [
    [0.2778247552652399, 0.41630096241885406],
    [0.2139488705348318, 0.34423272167552615],
    [0.09850283734443842, 0.20138491646582107],
    [0.1827093515182027, 0.3075001779552872],
  ];
  intervals.forEach((c, i) => {
    close(c.lower, expected[i][0]);
    close(c.upper, expected[i][1]);
  });
});

Deno.test("Quesenberry-Hurst: wider than Goodman for four cells", () => {
  const qh = multinomialIntervals([3, 1, 29, 17], { method: "quesenberry-hurst" });
  const lower = [
    0.01383003868078844,
    0.002062819764034505,
    0.38740652174123913,
    0.18612901044187366,
  ];
  const upper = [0.22511820866492488, 0.16769890461310732, 0.7509665241959039, 0.5371248976838403];
  const goodman = multinomialIntervals([3, 1, 29, 17]);
  qh.forEach((c, i) => {
    close(c.lower, lower[i]);
    close(c.upper, upper[i]);
    assert.ok(c.upper - c.lower > goodman[i].upper - goodman[i].lower);
  });
});

Deno.test("a cell without hits: lower 0 and upper c / (N + c)", () => {
  const [zero, five, , ten] = multinomialIntervals([0, 5, 5, 10]);
  assert.equal(zero.lower, 0);
  close(zero.upper, 6.238532636909544 / (20 + 6.238532636909544));
  close(zero.upper, 0.2377622530664633);
  close(five.lower, 0.09009243126769859);
  close(ten.upper, 0.7438043544865757);
  const [all] = multinomialIntervals([7, 0]);
  assert.equal(all.upper, 1);
});

Deno.test("a lower level gives narrower intervals (90 %)", () => {
  const [pa] = multinomialIntervals([3, 1, 29, 17], { level: 0.9 });
  close(pa.lower, 0.017933432856762764);
  close(pa.upper, 0.18241385177135055);
});

Deno.test("multinomialIntervals: bad counts are refused", () => {
  assert.throws(() => multinomialIntervals([0, 0]), {
    message: "counts sum to 0: no interval without hits",
  });
  assert.throws(() => multinomialIntervals([1.5, 2]), RangeError);
  assert.throws(() => multinomialIntervals([1, 2], { level: 1 }));
});

Deno.test("drawMultinomial: mean and variance of each cell match N·p and N·p·(1 − p)", () => {
  const p = [0.1, 0.2, 0.3, 0.4];
  const random = mulberry32(123);
  const replicates = 20000;
  const total = 50;
  const sums = [0, 0, 0, 0];
  const squares = [0, 0, 0, 0];
  for (let r = 0; r < replicates; r++) {
    const counts = drawMultinomial(p, total, random);
    assert.equal(counts.reduce((a, b) => a + b), total);
    counts.forEach((n, i) => {
      sums[i] += n;
      squares[i] += n * n;
    });
  }
  p.forEach((pi, i) => {
    const mean = sums[i] / replicates;
    const variance = squares[i] / replicates - mean * mean;
    // standard error of the mean is √(N p (1 − p) / R) ≤ 0.025 here; allow 4 of them
    close(mean, total * pi, 0.1);
    close(variance, total * pi * (1 - pi), 0.3);
  });
  assert.throws(() => drawMultinomial([0.5, 0.6], 3, random), RangeError);
});

Deno.test("simultaneousCoverage: near nominal for many hits, reproducible", () => {
  const p = [0.2, 0.2, 0.27, 0.33];
  const a = simultaneousCoverage(p, 300, { replicates: 2000, seed: 5 });
  assert.equal(a, simultaneousCoverage(p, 300, { replicates: 2000, seed: 5 }));
  assert.ok(a >= 0.94 && a <= 0.99, `coverage ${a}`);
});
