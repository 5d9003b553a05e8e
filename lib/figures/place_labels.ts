/**
 * Names beside the points of a scatter plot, placed so that no name covers another or a
 * named point: each name tries eight places around its point (right first, then left, the
 * four corners, above, below), then the same places farther out, joined to its point by a
 * leader line, and takes the first place that is free and inside the plot. A name with no
 * free place takes the place that overlaps least. Everything is in pixels, with the text
 * measured in the shipped font, so the placement is the same on every machine.
 *
 * @module
 */
import { measureText } from "./text_metrics.ts";

/** A point to name, in pixels from the plot's top left corner. */
export interface LabelPoint {
  x: number;
  y: number;
  text: string;
}

/** Where a name goes: its box, and whether a leader line joins it to its point. */
export interface PlacedLabel extends LabelPoint {
  /** Left edge of the name (draw it with `align: "left"`). */
  left: number;
  /** Vertical middle of the name (draw it with `baseline: "middle"`). */
  middle: number;
  width: number;
  height: number;
  /** Placed away from its point: draw a line from the point to {@linkcode PlacedLabel.end}. */
  leader: boolean;
  /** The point of the name's box nearest to its point. */
  end: { x: number; y: number };
}

/** Options of {@linkcode placeLabels}. */
export interface PlaceLabelsOptions {
  /** Size of the plot: names stay inside it. */
  width: number;
  height: number;
  /** Font size of the names. Default: 9. */
  fontSize?: number;
  /** Radius of a point, kept clear of names. Default: 3. */
  pointRadius?: number;
  /** Space between a point and its name. Default: 3. */
  gap?: number;
  /** How many times farther out to try (a line of text farther each time), after the first ring. Default: 5. */
  rings?: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Place a name beside each point; the result is in the order of `points`. Names are
 * placed from the top of the plot down (left to right on a line), each avoiding those
 * placed before it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // A lone point in the middle: its name starts 3 px right of the point's edge.
 * const [alone] = placeLabels([{ x: 50, y: 50, text: "Ede" }], { width: 200, height: 100 });
 * assert.deepEqual([alone.left, alone.middle, alone.leader], [56, 50, false]);
 * // At the right edge there is no room on the right: the name goes to the left.
 * const [edge] = placeLabels([{ x: 195, y: 50, text: "Ede" }], { width: 200, height: 100 });
 * assert.equal(edge.left + edge.width, 189);
 * ```
 */
export function placeLabels(
  points: readonly LabelPoint[],
  options: PlaceLabelsOptions,
): PlacedLabel[] {
  const fontSize = options.fontSize ?? 9;
  const radius = options.pointRadius ?? 3;
  const gap = options.gap ?? 3;
  const rings = options.rings ?? 5;
  const height = fontSize + 2;
  // Every named point is kept clear of every name, its own included.
  const dots: Box[] = points.map((p) => ({
    left: p.x - radius,
    top: p.y - radius,
    right: p.x + radius,
    bottom: p.y + radius,
  }));
  const placed: Box[] = [];
  const result: PlacedLabel[] = new Array(points.length);
  const order = points.map((_, i) => i).sort((a, b) =>
    points[a].y - points[b].y || points[a].x - points[b].x || a - b
  );
  for (const i of order) {
    const point = points[i];
    const width = measureText(point.text, fontSize);
    let best: { box: Box; ring: number; overlap: number } | undefined;
    for (let ring = 0; ring <= rings && best?.overlap !== 0; ring++) {
      for (const box of candidates(point, width, height, radius, gap + ring * height)) {
        const inside = box.left >= 0 && box.top >= 0 && box.right <= options.width &&
          box.bottom <= options.height;
        if (!inside) continue;
        const overlap = [...placed, ...dots].reduce((sum, other) => sum + area(box, other), 0);
        if (best === undefined || overlap < best.overlap) best = { box, ring, overlap };
        if (overlap === 0) break;
      }
    }
    // No place inside the plot at all (a name wider than the plot): right of the point.
    best ??= { box: candidates(point, width, height, radius, gap)[0], ring: 0, overlap: 0 };
    placed.push(best.box);
    const { box } = best;
    result[i] = {
      ...point,
      left: box.left,
      middle: (box.top + box.bottom) / 2,
      width,
      height,
      leader: best.ring > 0,
      end: {
        x: Math.min(Math.max(point.x, box.left), box.right),
        y: Math.min(Math.max(point.y, box.top), box.bottom),
      },
    };
  }
  return result;
}

/** The eight boxes around a point at `distance` from its edge, in the order they are tried. */
function candidates(
  point: LabelPoint,
  width: number,
  height: number,
  radius: number,
  distance: number,
): Box[] {
  const near = radius + distance;
  // Corners: the box's corner on the diagonal, as far from the point as the sides are.
  const corner = near * Math.SQRT1_2;
  const at = (left: number, top: number): Box => ({
    left,
    top,
    right: left + width,
    bottom: top + height,
  });
  const { x, y } = point;
  return [
    at(x + near, y - height / 2), // right
    at(x - near - width, y - height / 2), // left
    at(x + corner, y - corner - height), // above right
    at(x + corner, y + corner), // below right
    at(x - corner - width, y - corner - height), // above left
    at(x - corner - width, y + corner), // below left
    at(x - width / 2, y - near - height), // above
    at(x - width / 2, y + near), // below
  ];
}

/** Area shared by two boxes, each taken half a pixel larger all round (so that names do not touch). */
function area(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left) + 1;
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) + 1;
  return w > 0 && h > 0 ? w * h : 0;
}
