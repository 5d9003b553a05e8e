import assert from "node:assert/strict";
import { wilsonInterval } from "./wilson.ts";

Deno.test("wilsonInterval: Newcombe (1998) Table I, method 3 (score interval, no continuity correction)", () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison
  // of seven methods. Statistics in Medicine 17, 857-872, Table I, 95% limits.
  const published: [number, number, string, string][] = [
    [81, 263, "0.2553", "0.3662"],
    [15, 148, "0.0624", "0.1605"],
    [0, 20, "0.0000", "0.1611"],
    [1, 29, "0.0061", "0.1718"],
  ];
  for (const [r, n, low, high] of published) {
    const interval = wilsonInterval(r, n);
    assert.deepEqual(
      [interval.low!.toFixed(4), interval.high!.toFixed(4)],
      [low, high],
      `${r}/${n}`,
    );
  }
});

Deno.test("wilsonInterval: all relevant keeps an interval below 1; nothing coded gives nulls", () => {
  // 10 of 10: by hand, z = 1.959964, lower = n / (n + z^2) = 10 / 13.8415 = 0.7225.
  const all = wilsonInterval(10, 10);
  assert.equal(all.estimate, 1);
  assert.equal(all.high, 1);
  assert.equal(all.low!.toFixed(4), "0.7225");
  assert.deepEqual(wilsonInterval(0, 0), { estimate: null, low: null, high: null });
});
