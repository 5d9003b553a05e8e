import assert from "node:assert/strict";
import {
  chiSquareCdf,
  chiSquareQuantile,
  chiSquareSf,
  normalCdf,
  normalQuantile,
  regularizedGammaP,
  regularizedGammaQ,
} from "./distributions.ts";

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );

Deno.test("regularized gamma: closed forms for a = 1 and a = 1/2, both branches", () => {
  for (const x of [0.1, 0.9, 1.9, 2.5, 10, 40]) {
    close(regularizedGammaP(1, x), 1 - Math.exp(-x), 1e-14);
    close(regularizedGammaQ(1, x), Math.exp(-x), 1e-14 * Math.max(1, Math.exp(-x)));
  }
  // a = 3: Q(3, x) = e^(−x) (1 + x + x²/2)
  for (const x of [0.5, 3, 4.5, 20]) {
    const q = Math.exp(-x) * (1 + x + (x * x) / 2);
    close(regularizedGammaQ(3, x), q, 1e-14);
    close(regularizedGammaP(3, x) + regularizedGammaQ(3, x), 1, 1e-14);
  }
  assert.equal(regularizedGammaP(2, 0), 0);
  assert.equal(regularizedGammaQ(2, -1), 1);
});

Deno.test("chiSquareQuantile: printed table values (3 decimals)", () => {
  const table: [number, number, string][] = [
    [0.95, 1, "3.841"],
    [0.9875, 1, "6.239"], // 1 − 0.05/4: Goodman's constant for four cells
    [0.95, 2, "5.991"],
    [0.95, 3, "7.815"], // Quesenberry-Hurst's constant for four cells
    [0.99, 3, "11.345"],
    [0.99, 10, "23.209"],
    [0.05, 10, "3.940"],
    [0.5, 1, "0.455"],
  ];
  for (const [p, df, printed] of table) {
    assert.equal(chiSquareQuantile(p, df).toFixed(3), printed, `chi2(${p}, ${df})`);
  }
});

Deno.test("chiSquareQuantile: to 9 digits, and the closed form for 2 df", () => {
  close(chiSquareQuantile(0.95, 1), 3.841458820694124, 1e-9);
  close(chiSquareQuantile(0.9875, 1), 6.238532636909544, 1e-9);
  close(chiSquareQuantile(0.95, 3), 7.814727903251179, 1e-9);
  // 2 df: quantile = −2 ln(1 − p)
  for (const p of [0.1, 0.5, 0.95, 0.999]) {
    close(chiSquareQuantile(p, 2), -2 * Math.log(1 - p), 1e-9);
  }
  assert.throws(() => chiSquareQuantile(1, 3), RangeError);
  assert.throws(() => chiSquareQuantile(0.5, 0), RangeError);
});

Deno.test("chiSquareSf and chiSquareCdf: tail values", () => {
  close(chiSquareSf(3.841458820694124, 1), 0.05, 1e-12);
  close(chiSquareSf(3.857142857142857, 1), 0.04953461343562649, 1e-12);
  close(chiSquareSf(0.7714285714285714, 2), 0.6799647735788938, 1e-12);
  close(chiSquareCdf(1, 5), 0.03743422675270361, 1e-12);
  close(chiSquareSf(30, 4), 4.894437128029217e-6, 1e-15);
  // deep tail keeps its relative precision
  close(chiSquareSf(100, 3) / 1.5541594313896026e-21, 1, 1e-9);
});

Deno.test("normal distribution: table values", () => {
  close(normalCdf(1), 0.8413447460685429, 1e-13);
  close(normalCdf(-2.5), 0.006209665325776132, 1e-13);
  close(normalQuantile(0.975), 1.959963984540054, 1e-9);
  close(normalQuantile(0.8), 0.8416212335729143, 1e-9);
  close(normalQuantile(0.2), -0.8416212335729143, 1e-9);
});
