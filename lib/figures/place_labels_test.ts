import assert from "node:assert/strict";
import { type PlacedLabel, placeLabels } from "./place_labels.ts";

// Whether two boxes share any area (worked here, apart from the module).
function overlaps(a: PlacedLabel, b: { left: number; top: number; right: number; bottom: number }) {
  const top = a.middle - a.height / 2;
  return a.left < b.right && b.left < a.left + a.width && top < b.bottom && b.top < top + a.height;
}
const box = (l: PlacedLabel) => ({
  left: l.left,
  top: l.middle - l.height / 2,
  right: l.left + l.width,
  bottom: l.middle + l.height / 2,
});

Deno.test("placeLabels: in a cluster of points no name covers another name or a named point, and all stay inside", () => {
  // Nine points within 16 px of each other, in the middle of a 150 px plot (as the picks of
  // a strategy that reaches for the centre).
  const points = Array.from({ length: 9 }, (_, i) => ({
    x: 70 + (i % 3) * 8,
    y: 70 + Math.floor(i / 3) * 8,
    text: [
      "Emmen",
      "Hengelo (O.)",
      "Enschede",
      "Heerlen",
      "Den Haag",
      "Zoetermeer",
      "Amstelveen",
      "Maastricht",
      "Doetinchem",
    ][i],
  }));
  const labels = placeLabels(points, { width: 150, height: 150, pointRadius: 3 });
  assert.equal(labels.length, 9);
  labels.forEach((label, i) => {
    assert.equal(label.text, points[i].text);
    assert.ok(label.left >= 0 && label.left + label.width <= 150, label.text);
    assert.ok(
      label.middle - label.height / 2 >= 0 && label.middle + label.height / 2 <= 150,
      label.text,
    );
    for (const other of labels) {
      if (other !== label) assert.ok(!overlaps(label, box(other)), `${label.text} / ${other.text}`);
    }
    for (const p of points) {
      const dot = { left: p.x - 3, top: p.y - 3, right: p.x + 3, bottom: p.y + 3 };
      assert.ok(!overlaps(label, dot), `${label.text} covers the point of ${p.text}`);
    }
  });
  // Nine names cannot all sit next to points 8 px apart: some are farther out, with a
  // leader line that ends on the name's box.
  const led = labels.filter((l) => l.leader);
  assert.ok(led.length > 0);
  for (const l of led) {
    const b = box(l);
    const onEdge = [b.left, b.right].some((x) => Math.abs(l.end.x - x) < 1e-9) ||
      [b.top, b.bottom].some((y) => Math.abs(l.end.y - y) < 1e-9);
    assert.ok(onEdge, l.text);
  }
});

Deno.test("placeLabels: the same points give the same places, whatever their order", () => {
  const points = [
    { x: 20, y: 20, text: "Zwolle" },
    { x: 24, y: 22, text: "Arnhem" },
    { x: 140, y: 140, text: "Deventer" },
  ];
  const one = placeLabels(points, { width: 150, height: 150 });
  const other = placeLabels([...points].reverse(), { width: 150, height: 150 }).reverse();
  assert.deepEqual(one, other);
  // Deventer, in the bottom right corner, is named to its left, on its line (3 px radius,
  // 3 px gap: the name ends 6 px left of the point).
  assert.equal(one[2].left + one[2].width, 134);
  assert.equal(one[2].middle, 140);
});
