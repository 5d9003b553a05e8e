import assert from "node:assert/strict";
import { GREY_TONES } from "../style.ts";
import { measureText } from "../text_metrics.ts";
import { clockwiseOrder, donutLayout, donutSpec } from "./donut.ts";
import { type PerspectiveStyle } from "./style.ts";
import { EVEN, LOPSIDED, MEAN, PERSPECTIVE_STYLES } from "./test_fixtures.ts";
import { renderStrict } from "../testing.ts";

const TAU = 2 * Math.PI;

Deno.test("donut: slices run clockwise in quadrant order, in both rings", () => {
  const layout = donutLayout({ profile: LOPSIDED, mean: MEAN }, PERSPECTIVE_STYLES);
  for (const ring of ["outer", "inner"] as const) {
    const slices = layout.slices.filter((s) => s.ring === ring);
    assert.deepEqual(slices.map((s) => s.perspective), ["NPG", "SR", "PA", "NPM"]);
    assert.deepEqual(slices.map((s) => s.quadrant), [
      "top-right",
      "bottom-right",
      "bottom-left",
      "top-left",
    ]);
    assert.equal(slices[0].startAngle, 0);
    for (let i = 1; i < slices.length; i++) {
      assert.equal(slices[i].startAngle, slices[i - 1].endAngle);
    }
    assert.equal(slices.at(-1)!.endAngle, TAU);
  }
});

Deno.test("donut: the order comes from the quadrants given, not from the input order", () => {
  const swapped: PerspectiveStyle[] = PERSPECTIVE_STYLES.map((p) =>
    p.code === "PA"
      ? { ...p, quadrant: "top-right" }
      : p.code === "NPG"
      ? { ...p, quadrant: "bottom-left" }
      : p
  );
  assert.deepEqual(clockwiseOrder([...swapped].reverse()).map((p) => p.code), [
    "PA",
    "SR",
    "NPG",
    "NPM",
  ]);
  assert.throws(
    () => clockwiseOrder(PERSPECTIVE_STYLES.map((p) => ({ ...p, quadrant: "top-left" }))),
    { message: "two perspectives share a quadrant" },
  );
});

Deno.test("donut: the data are the input; angles are proportional to the percentages", () => {
  const layout = donutLayout({ profile: LOPSIDED, mean: MEAN }, PERSPECTIVE_STYLES);
  const outer = layout.slices.filter((s) => s.ring === "outer");
  assert.deepEqual(
    Object.fromEntries(outer.map((s) => [s.perspective, s.percent])),
    { NPG: 58, SR: 34, PA: 6, NPM: 2 },
  );
  assert.ok(outer.every((s) => s.source === "Lopsided"));
  const npg = outer[0];
  assert.ok(Math.abs(npg.endAngle - npg.startAngle - 0.58 * TAU) < 1e-12);
  const inner = layout.slices.filter((s) => s.ring === "inner");
  assert.deepEqual(inner.map((s) => s.percent), [27.0, 31.1, 20.7, 21.2]);
  assert.ok(inner.every((s) => s.source === "gemiddeld"));
  // The inner ring (mean) lies inside the outer ring (municipality).
  assert.ok(inner[0].outerRadius < outer[0].innerRadius);
});

Deno.test("donut: slices and legend take the grey tones of their perspective", () => {
  const layout = donutLayout({ profile: EVEN, mean: MEAN }, PERSPECTIVE_STYLES);
  for (const slice of layout.slices) {
    const grey = PERSPECTIVE_STYLES.find((p) => p.code === slice.perspective)!.grey;
    assert.equal(slice.fill, GREY_TONES[grey]);
  }
  const spec = donutSpec({ profile: EVEN, mean: MEAN }, {
    title: "t",
    perspectives: PERSPECTIVE_STYLES,
  });
  const arcs = (spec as unknown as {
    layer: { mark: { type: string }; encoding: { color: { scale: Record<string, string[]> } } }[];
  }).layer[0];
  assert.equal(arcs.mark.type, "arc");
  const { domain, range } = arcs.encoding.color.scale;
  // Legend in a 2 x 2 grid laid out like the quadrants.
  assert.deepEqual(domain, [
    "NPM \u00b7 presterende overheid",
    "NPG \u00b7 netwerkende overheid",
    "PA \u00b7 rechtmatige overheid",
    "SR \u00b7 participerende overheid",
  ]);
  assert.deepEqual(range, ["#595959", "#a6a6a6", "#000000", "#d9d9d9"]);
});

Deno.test("donut: labels are white on the dark greys and black on the light ones", () => {
  const layout = donutLayout({ profile: EVEN, mean: MEAN }, PERSPECTIVE_STYLES);
  assert.ok(layout.labels.every((l) => l.placement === "inside"));
  const colors = new Map(layout.labels.map((l) => [l.perspective, l.color]));
  assert.deepEqual(Object.fromEntries(colors), {
    NPG: "#000000",
    SR: "#000000",
    PA: "#ffffff",
    NPM: "#ffffff",
  });
  assert.deepEqual(
    layout.labels.filter((l) => l.ring === "outer").map((l) => l.text),
    ["NPG", "25,0%", "SR", "25,0%", "PA", "25,0%", "NPM", "25,0%"],
  );
});

Deno.test("donut: a slice too thin for its label gets it outside, and none overlap", () => {
  const layout = donutLayout({ profile: LOPSIDED, mean: MEAN }, PERSPECTIVE_STYLES);
  const outside = layout.labels.filter((l) => l.placement === "outside");
  assert.deepEqual(outside.map((l) => l.text), ["NPM 2,0%"]);
  assert.equal(layout.leaders.length, 1);
  // The label sits beyond the outer ring, on the side of its slice (NPM: left).
  const label = outside[0];
  assert.equal(label.align, "right");
  assert.ok(label.x <= layout.cx - 150);
  // Every label box stays on the canvas and no two boxes overlap.
  const boxes = layout.labels.map((l) => {
    const w = measureText(l.text, 11, l.weight);
    const left = l.align === "left" ? l.x : l.align === "right" ? l.x - w : l.x - w / 2;
    return { left, right: left + w, top: l.y - 6.5, bottom: l.y + 6.5 };
  });
  for (const b of boxes) {
    assert.ok(b.left >= 0 && b.right <= layout.width && b.top >= 0 && b.bottom <= layout.height);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const e = 1e-6;
      const apart = a.right <= b.left + e || b.right <= a.left + e || a.bottom <= b.top + e ||
        b.bottom <= a.top + e;
      assert.ok(apart, `${layout.labels[i].text} overlaps ${layout.labels[j].text}`);
    }
  }
});

Deno.test("donut: bad input is refused with a message", () => {
  assert.throws(
    () =>
      donutLayout(
        { profile: { ...EVEN, PA: -1 }, mean: MEAN },
        PERSPECTIVE_STYLES,
      ),
    { message: "Even: PA is -1, not a share" },
  );
  assert.throws(
    () => donutLayout({ profile: EVEN, mean: MEAN }, PERSPECTIVE_STYLES.slice(1)),
    { message: "perspectives missing: PA" },
  );
});

Deno.test("donut: same input, byte-identical SVG, without warnings", async () => {
  const build = () =>
    donutSpec({ profile: LOPSIDED, mean: MEAN }, {
      title: "Figuur 6.10: test",
      perspectives: PERSPECTIVE_STYLES,
    });
  const first = await renderStrict(build());
  assert.equal(first, await renderStrict(build()));
  assert.match(first, /NPM 2,0%/);
});

Deno.test("donut: every inside label lies within its own slice", () => {
  for (const profile of [EVEN, LOPSIDED, { ...LOPSIDED, PA: 4.4, NPM: 7.4, NPG: 8.8, SR: 79.4 }]) {
    const layout = donutLayout({ profile, mean: MEAN }, PERSPECTIVE_STYLES);
    for (const label of layout.labels.filter((l) => l.placement === "inside")) {
      const slice = layout.slices.find((s) =>
        s.ring === label.ring && s.perspective === label.perspective
      )!;
      const w = measureText(label.text, 11, label.weight);
      for (const [dx, dy] of [[-w / 2, -6.5], [w / 2, -6.5], [-w / 2, 6.5], [w / 2, 6.5]]) {
        const x = label.x + dx - layout.cx;
        const y = label.y + dy - layout.cy;
        const r = Math.hypot(x, y);
        const angle = (Math.atan2(x, -y) + TAU) % TAU;
        assert.ok(r > slice.innerRadius && r < slice.outerRadius, `${label.text} radius ${r}`);
        assert.ok(angle > slice.startAngle && angle < slice.endAngle, `${label.text} angle`);
      }
    }
  }
});
