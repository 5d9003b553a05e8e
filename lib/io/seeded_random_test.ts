import assert from "node:assert/strict";
import { deriveSeed, mulberry32 } from "./seeded_random.ts";

// Reference values from an independent implementation of mulberry32 (Python, unsigned
// 32-bit arithmetic written out with masks), not from this module.
Deno.test("mulberry32: the reference sequence for three seeds", () => {
  const first3 = (seed: number) => {
    const random = mulberry32(seed);
    return [random.next(), random.next(), random.next()];
  };
  assert.deepEqual(first3(1), [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  assert.deepEqual(first3(42), [0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  assert.deepEqual(first3(20240611), [
    0.8730510659515858,
    0.11392460810020566,
    0.04455557535402477,
  ]);
});

Deno.test("mulberry32: uniform enough for resampling (mean, and every tenth equally often)", () => {
  const random = mulberry32(99);
  const bins = new Array(10).fill(0);
  let sum = 0;
  const n = 100000;
  for (let i = 0; i < n; i++) {
    const u = random.next();
    assert.ok(u >= 0 && u < 1);
    sum += u;
    bins[Math.floor(u * 10)]++;
  }
  assert.ok(Math.abs(sum / n - 0.5) < 0.005);
  // chi-square over 10 bins, 9 df: the 0.999 quantile is 27.88
  const chi2 = bins.reduce((s, b) => s + (b - n / 10) ** 2 / (n / 10), 0);
  assert.ok(chi2 < 27.88, `chi-square ${chi2}`);
});

Deno.test("int: whole numbers in range", () => {
  const random = mulberry32(3);
  const seen = new Set<number>();
  for (let i = 0; i < 1000; i++) seen.add(random.int(6));
  assert.deepEqual([...seen].sort(), [0, 1, 2, 3, 4, 5]);
});

Deno.test("deriveSeed: distinct, stable streams", () => {
  const seeds = new Set([0, 1, 2, 3, 4, 5].map((i) => deriveSeed(2015, i)));
  assert.equal(seeds.size, 6);
  for (const s of seeds) assert.ok(Number.isInteger(s) && s >= 0 && s < 2 ** 32);
});

Deno.test("shuffle: Fisher-Yates by hand from the reference sequence, n − 1 draws", () => {
  // Seed 1 draws 0.627…, 0.00274…, 0.527… (above). i = 3: j = ⌊0.627·4⌋ = 2, swap c and d;
  // i = 2: j = ⌊0.0027·3⌋ = 0, swap a and d; i = 1: j = ⌊0.527·2⌋ = 1, no swap.
  const random = mulberry32(1);
  assert.deepEqual(random.shuffle(["a", "b", "c", "d"]), ["d", "b", "a", "c"]);
  const fresh = mulberry32(1);
  [1, 2, 3].forEach(() => fresh.next());
  assert.equal(random.next(), fresh.next(), "three draws for four items");
});

Deno.test("range, pick and chance: from the reference sequence", () => {
  // 0.627… → 1 + ⌊0.627·6⌋ = 4; 0.00274… → the first item; 0.527… < 0.6.
  const random = mulberry32(1);
  assert.equal(random.range(1, 6), 4);
  assert.equal(random.pick(["x", "y", "z"]), "x");
  assert.equal(random.chance(0.6), true);
});
