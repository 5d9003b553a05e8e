import assert from "node:assert/strict";
import {
  bootstrapMeanInterval,
  detectableDifference,
  fStatistic,
  holmAdjust,
  kruskalWallis,
  midranks,
  multinomialCoefficient,
  permutationTest,
} from "./group_tests.ts";

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

Deno.test("kruskalWallis: Hollander & Wolfe's mucociliary example (no ties)", () => {
  const result = kruskalWallis([
    [2.9, 3.0, 2.5, 2.6, 3.2],
    [3.8, 2.7, 4.0, 2.4],
    [2.8, 3.4, 3.7, 2.2, 2.0],
  ]);
  close(result.H, 0.7714285714285714);
  assert.equal(result.df, 2);
  close(result.p, 0.6799647735788938);
  assert.equal(result.tie_correction, 1);
  close(result.epsilon2, 0.7714285714285714 / 13);
  // (H − k + 1) / (N − k) = (0.771 − 2) / 11 < 0: no variance explained, reported as 0.
  close(result.eta2, 0);
});

Deno.test("kruskalWallis: by hand, two separated groups", () => {
  // ranks 1, 2, 3 | 4, 5, 6: H = 12/(6·7) · (6²/3 + 15²/3) − 3·7 = 27/7
  const result = kruskalWallis([[1, 2, 3], [4, 5, 6]]);
  close(result.H, 27 / 7);
  close(result.p, 0.04953461343562649);
});

Deno.test("kruskalWallis: ties, against the correction worked out by hand", () => {
  // values 1 1 2 | 2 3 3 4: midranks 1.5 1.5 3.5 | 3.5 5.5 5.5 7
  // R₁ = 6.5, R₂ = 21.5; H₀ = 12/56 · (6.5²/3 + 21.5²/4) − 24 = 3.8839285714…
  // ties: three pairs, C = 1 − 3·(8 − 2)/(343 − 7) = 1 − 18/336
  const result = kruskalWallis([[1, 1, 2], [2, 3, 3, 4]]);
  const H0 = (12 / 56) * (6.5 ** 2 / 3 + 21.5 ** 2 / 4) - 24;
  close(result.H_uncorrected, H0);
  close(result.tie_correction, 1 - 18 / 336);
  close(result.H, 3.9952830188679247);
  close(result.p, 0.04562778898313967);
  assert.deepEqual(midranks([1, 1, 2, 2, 3, 3, 4]).ranks, [1.5, 1.5, 3.5, 3.5, 5.5, 5.5, 7]);
});

Deno.test("kruskalWallis: refuses one group; all values equal give H = 0; skips empty groups", () => {
  assert.throws(() => kruskalWallis([[1, 2], []]), RangeError);
  const flat = kruskalWallis([[1, 1], [1]]);
  assert.deepEqual([flat.H, flat.p], [0, 1]);
  close(kruskalWallis([[1, 2, 3], [], [4, 5, 6]]).H, 27 / 7);
});

Deno.test("fStatistic: one-way ANOVA by hand", () => {
  // groups {2, 4}, {6, 8, 10}: grand mean 6; between 2·(3 − 6)² + 3·(8 − 6)² = 30 on 1 df;
  // within 2 + 8 = 10 on 3 df; F = 30 / (10/3) = 9
  close(fStatistic([[2, 4], [6, 8, 10]]), 9);
  assert.equal(fStatistic([[1, 1], [2, 2]]), Infinity);
  assert.equal(fStatistic([[1, 1], [1, 1]]), 0);
});

Deno.test("permutationTest: exact distributions enumerated by hand", () => {
  // {1, 2, 3} vs {4, 5, 6}: 20 splits, only the observed one and its mirror reach its F.
  const a = permutationTest([[1, 2, 3], [4, 5, 6]]);
  assert.deepEqual([a.kind, a.count], ["exact", 20]);
  close(a.p, 2 / 20);
  // {1} {2} {3, 4}: 12 assignments. The total sum of squares is 5 whatever the split, so
  // F = ((5 − w)/2) / w with w the pair's own sum of squares. Observed: w = 0.5, F = 4.5.
  // Pairs {1, 2}, {2, 3} and {3, 4} all have w = 0.5, each in 2 assignments (the two
  // single values swapped): 6 of 12.
  const b = permutationTest([[1], [2], [3, 4]]);
  close(b.F, 4.5);
  assert.deepEqual([b.kind, b.count], ["exact", 12]);
  close(b.p, 6 / 12);
});

Deno.test("permutationTest: Monte Carlo agrees with the exact p, and is reproducible", () => {
  const mc = permutationTest([[1, 2, 3], [4, 5, 6]], { exactLimit: 0, permutations: 20000 });
  assert.equal(mc.kind, "monte carlo");
  close(mc.p, 0.1, 0.01);
  const again = permutationTest([[1, 2, 3], [4, 5, 6]], { exactLimit: 0, permutations: 20000 });
  assert.equal(mc.p, again.p);
});

Deno.test("multinomialCoefficient", () => {
  assert.equal(multinomialCoefficient([3, 3]), 20);
  assert.equal(multinomialCoefficient([2, 3, 4]), 1260); // 9!/(2!·3!·4!)
});

Deno.test("bootstrapMeanInterval: exact small cases", () => {
  // constant values: every resample has the same mean
  assert.deepEqual(bootstrapMeanInterval([3, 3, 3]), { n: 3, mean: 3, lower: 3, upper: 3 });
  // [0, 0, 1]: resample means 0 (8/27), 1/3 (12/27), 2/3 (6/27), 1 (1/27 = 3.7 %), so
  // the 2.5 % point is 0 and the 97.5 % point lies in the block of 1s.
  const r = bootstrapMeanInterval([0, 0, 1], { replicates: 20000 });
  assert.equal(r.lower, 0);
  assert.equal(r.upper, 1);
  close(r.mean, 1 / 3);
});

Deno.test("bootstrapMeanInterval: close to the normal interval for many values", () => {
  const values = Array.from({ length: 400 }, (_, i) => (i % 20) + 1); // mean 10.5, sd 5.77
  const r = bootstrapMeanInterval(values, { replicates: 4000 });
  const se = Math.sqrt((20 * 20 - 1) / 12) / Math.sqrt(400); // population sd of 1..20 over √n
  close(r.lower, 10.5 - 1.96 * se, 0.05);
  close(r.upper, 10.5 + 1.96 * se, 0.05);
});

Deno.test("holmAdjust: a textbook family and monotonicity", () => {
  const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
  [0.03, 0.06, 0.06, 0.02].forEach((p, i) => close(adjusted[i], p, 1e-12));
  assert.deepEqual(holmAdjust([0.5, 0.9]), [1, 1]);
});

Deno.test("detectableDifference: normal approximation by hand", () => {
  // (1.959964 + 0.841621) · 5 · √(1/3 + 1/46)
  close(
    detectableDifference(5, 3, 46),
    (1.959963984540054 + 0.8416212335729143) * 5 * Math.sqrt(1 / 3 + 1 / 46),
    1e-8,
  );
});
