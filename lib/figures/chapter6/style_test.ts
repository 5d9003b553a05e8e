import assert from "node:assert/strict";
import { axisTicks, checkPerspectives, fitDomain, formatNumber, numberLocale } from "./style.ts";
import { PERSPECTIVE_STYLES } from "./test_fixtures.ts";

Deno.test("fitDomain: every bar's label fits inside the plot, on both sides of zero", () => {
  const bars = [
    { value: 48.3, labelWidth: 30 },
    { value: -19.2, labelWidth: 32 },
    { value: 2.9, labelWidth: 24 },
  ];
  const width = 250;
  const gap = 10;
  const [lo, hi] = fitDomain(bars, width, gap, 5);
  assert.equal(Math.abs(lo % 5), 0);
  assert.equal(hi % 5, 0);
  const px = (v: number) => ((v - lo) * width) / (hi - lo);
  for (const bar of bars) {
    if (bar.value >= 0) assert.ok(px(bar.value) + gap + bar.labelWidth <= width);
    else assert.ok(px(bar.value) - gap - bar.labelWidth >= 0);
  }
  assert.throws(() => fitDomain([{ value: 1, labelWidth: 300 }], 250, 10, 5), {
    message: "a 300px label does not fit in 250px",
  });
});

Deno.test("formatNumber: fixed decimals, half away from zero, either decimal mark", () => {
  assert.equal(formatNumber(0.05, 1, ","), "0,1");
  assert.equal(formatNumber(-0.05, 1, ","), "-0,1");
  assert.equal(formatNumber(31.076, 1, ","), "31,1");
  assert.equal(formatNumber(1234.5, 1, "."), "1234.5");
  assert.equal(formatNumber(0, 1, ",", { signed: true }), "0,0");
});

Deno.test("numberLocale: Vega formats axes with the same decimal mark", () => {
  assert.equal(numberLocale(",").number.decimal, ",");
  assert.equal(numberLocale(".").number.thousands, ",");
});

Deno.test("axisTicks: labels at least 36 px apart, 0 included", () => {
  const ticks = axisTicks([-35, 60], 250);
  assert.ok(ticks.includes(0));
  assert.ok(((ticks[1] - ticks[0]) * 250) / 95 >= 36);
});

Deno.test("checkPerspectives: names what is wrong", () => {
  assert.throws(() => checkPerspectives([...PERSPECTIVE_STYLES, PERSPECTIVE_STYLES[0]]), {
    message: 'perspective "PA" is given twice',
  });
  assert.throws(() => checkPerspectives([{ ...PERSPECTIVE_STYLES[0], grey: "pink" }]), {
    message:
      'grey tone "pink" is not one of black, dark grey, grey, light grey or a #rrggbb colour',
  });
});
