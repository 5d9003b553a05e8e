/**
 * Figures 6.8-6.11: one municipality's profile against the mean, as a **double-ring
 * donut**, drawn as the note under Figure 6.8 describes: the municipality in the outer
 * ring, the mean of all municipalities in the inner ring, and each perspective in the
 * place and grey tone of its quadrant in the four-quadrant model of chapter 3.
 *
 * The slices run clockwise from twelve o'clock in quadrant order (top-right,
 * bottom-right, bottom-left, top-left), so with `data/perspectives.csv` NPG starts at
 * the top on the right, SR follows on the lower right, PA on the lower left and NPM ends
 * at the top on the left. The order is read from each perspective's `quadrant`, never
 * assumed. Each ring is normalised to a full circle (published shares sum to about 100).
 *
 * Labels (code and percentage) sit inside their slice, white on the dark greys and black
 * on the light ones, when the measured label fits inside the slice; a label that does not
 * fit goes outside the outer ring, beside it, with a leader line, and labels outside are
 * spaced so that none overlaps another.
 *
 * Angles and label positions are computed here (Vega-Lite draws arcs with `theta` and
 * `theta2` in radians and texts at pixel positions), so the figure is the same on every
 * machine and a test can check every slice.
 *
 * @module
 */
import {
  type FigureText,
  greyHex,
  type Perspective,
  TEXT,
  textColorOn,
  titleBlock,
} from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { measureText } from "../text_metrics.ts";
import {
  checkPerspectives,
  figureDefaults,
  type FigureOptions,
  formatNumber,
  type MeanProfile,
  numberLocale,
  type PerspectiveStyle,
  type Profile,
  type Quadrant,
  QUADRANTS_CLOCKWISE,
} from "./style.ts";

/** A ring: `"outer"` is the municipality, `"inner"` the mean. */
export type Ring = "outer" | "inner";

/** The profiles one donut compares. */
export interface DonutInput {
  /** The municipality (outer ring). */
  profile: Profile;
  /** The mean of all municipalities (inner ring). */
  mean: MeanProfile;
}

/** What {@linkcode donutSpec} needs besides its input. */
export interface DonutRequired extends FigureText {
  /** The perspectives with their quadrant and grey (e.g. `data/perspectives.csv`). */
  perspectives: readonly PerspectiveStyle[];
}

/** Options of {@linkcode donutSpec} and {@linkcode donutLayout}. */
export interface DonutOptions extends FigureOptions {
  /** Outer radius of the outer ring, in pixels. Default: `150`. */
  outerRadius?: number;
  /** Thickness of the outer ring. Default: `50`. */
  outerWidth?: number;
  /** Thickness of the inner ring. Default: `50`. */
  innerWidth?: number;
  /** White space between the rings. Default: `4`. */
  ringGap?: number;
  /** Where the first slice starts, in degrees clockwise from twelve o'clock. Default: `0`. */
  startAngle?: number;
  /**
   * Least width of the canvas; the rings stay centred. Default in {@linkcode donutLayout}:
   * `0`; in {@linkcode donutSpec}: the width of the title or the legend, if wider.
   */
  minWidth?: number;
}

/** One slice (a row of the figure's data and of `outputs/tables/fig-6.N.csv`). */
export interface DonutSlice {
  ring: Ring;
  /** Whose share: the municipality's name, or the mean's label. */
  source: string;
  perspective: Perspective;
  quadrant: Quadrant;
  /** Position clockwise from the start, 0-3. */
  order: number;
  /** The input percentage. */
  percent: number;
  /** Start and end angle in radians, clockwise from twelve o'clock. */
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  fill: string;
  /** Text of the legend entry this slice belongs to. */
  legend: string;
}

/** One line of text (slice labels have two lines inside, one outside). */
export interface DonutLabel {
  ring: Ring;
  perspective: Perspective;
  text: string;
  x: number;
  y: number;
  align: "left" | "center" | "right";
  /** The code line of a two-line label is bold. */
  weight: "bold" | "normal";
  color: string;
  placement: "inside" | "outside";
}

/** A leader line from a slice to its outside label. */
export interface DonutLeader {
  x: number;
  y: number;
  x2: number;
  y2: number;
}

/** Everything positioned: slices, labels, leaders and the canvas. */
export interface DonutLayout {
  slices: DonutSlice[];
  labels: DonutLabel[];
  leaders: DonutLeader[];
  width: number;
  height: number;
  /** Centre of the rings in pixels. */
  cx: number;
  cy: number;
}

const LINE = 13;
const LEGEND_COLUMN_GAP = 24;
const TAU = 2 * Math.PI;

/**
 * The perspectives in clockwise order from twelve o'clock, by their quadrant.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const order = clockwiseOrder([
 *   { code: "PA", name_en: "", label_nl: "", quadrant: "bottom-left", grey: "black" },
 *   { code: "NPM", name_en: "", label_nl: "", quadrant: "top-left", grey: "dark grey" },
 *   { code: "NPG", name_en: "", label_nl: "", quadrant: "top-right", grey: "grey" },
 *   { code: "SR", name_en: "", label_nl: "", quadrant: "bottom-right", grey: "light grey" },
 * ]).map((p) => p.code);
 * assert.deepEqual(order, ["NPG", "SR", "PA", "NPM"]);
 * ```
 */
export function clockwiseOrder(
  perspectives: readonly PerspectiveStyle[],
): PerspectiveStyle[] {
  checkPerspectives(perspectives);
  const quadrants = new Set(perspectives.map((p) => p.quadrant));
  if (quadrants.size !== perspectives.length) {
    throw new Error("two perspectives share a quadrant");
  }
  return [...perspectives].sort((a, b) =>
    QUADRANTS_CLOCKWISE.indexOf(a.quadrant) - QUADRANTS_CLOCKWISE.indexOf(b.quadrant)
  );
}

/** Legend text of a perspective. */
function legendText(p: PerspectiveStyle): string {
  return `${p.code} \u00b7 ${p.label_nl}`;
}

/** Is the point (px, py), relative to the centre, inside the ring sector? */
function inSector(
  px: number,
  py: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
  margin: number,
): boolean {
  const r = Math.hypot(px, py);
  if (r < r0 + margin || r > r1 - margin) return false;
  // Angle clockwise from twelve o'clock (y grows downwards on screen).
  const angle = ((Math.atan2(px, -py) - a0) % TAU + TAU) % TAU;
  const pad = margin / r;
  return angle >= pad && angle <= a1 - a0 - pad;
}

/**
 * Where a slice's label fits inside the slice, if anywhere: first as two lines (code
 * above percentage), then as one line, trying radii outwards from the ring's middle and
 * angles outwards from the slice's middle; every corner and edge midpoint of the
 * measured text block must lie inside the slice with 2 px to spare.
 */
function insideSpot(
  slice: DonutSlice,
  value: string,
): { x: number; y: number; stacked: boolean } | undefined {
  const code = measureText(slice.perspective, TEXT.labelSize, "bold");
  const blocks = [
    { stacked: true, w: Math.max(code, measureText(value, TEXT.labelSize)), h: 2 * LINE },
    {
      stacked: false,
      w: measureText(`${slice.perspective} ${value}`, TEXT.labelSize),
      h: LINE,
    },
  ];
  const rMid = (slice.innerRadius + slice.outerRadius) / 2;
  const halfThickness = (slice.outerRadius - slice.innerRadius) / 2;
  const span = slice.endAngle - slice.startAngle;
  const radialSteps = [0, ...Array.from({ length: Math.floor(halfThickness) }, (_, i) => i + 1)]
    .flatMap((d) => (d === 0 ? [0] : [d, -d]));
  const angularSteps = [0, 0.05, -0.05, 0.1, -0.1, 0.15, -0.15, 0.2, -0.2, 0.25, -0.25];
  const probes = [-0.5, 0, 0.5].flatMap((fx) => [-0.5, 0, 0.5].map((fy) => [fx, fy]));
  for (const block of blocks) {
    for (const da of angularSteps) {
      const angle = slice.startAngle + span * (0.5 + da);
      for (const dr of radialSteps) {
        const r = rMid + dr;
        const x = r * Math.sin(angle);
        const y = -r * Math.cos(angle);
        const fits = probes.every(([fx, fy]) =>
          inSector(
            x + fx * block.w,
            y + fy * block.h,
            slice.innerRadius,
            slice.outerRadius,
            slice.startAngle,
            slice.endAngle,
            2,
          )
        );
        if (fits) return { x, y, stacked: block.stacked };
      }
    }
  }
  return undefined;
}

/**
 * Compute the donut: slice angles in quadrant order, label texts and positions (inside
 * when the measured label fits the slice, else outside with a leader), and the canvas.
 */
export function donutLayout(
  input: DonutInput,
  perspectives: readonly PerspectiveStyle[],
  options: DonutOptions = {},
): DonutLayout {
  const { decimalMark } = figureDefaults(options);
  const order = clockwiseOrder(perspectives);
  const R = options.outerRadius ?? 150;
  const outerWidth = options.outerWidth ?? 50;
  const innerWidth = options.innerWidth ?? 50;
  const gap = options.ringGap ?? 4;
  const start = ((options.startAngle ?? 0) * Math.PI) / 180;
  const radii: Record<Ring, [number, number]> = {
    outer: [R - outerWidth, R],
    inner: [R - outerWidth - gap - innerWidth, R - outerWidth - gap],
  };
  if (radii.inner[0] <= 0) throw new Error("the rings do not fit inside outerRadius");
  const rings: { ring: Ring; source: string; scores: Record<Perspective, number> }[] = [
    { ring: "outer", source: input.profile.municipality, scores: input.profile },
    { ring: "inner", source: input.mean.label ?? "gemiddeld", scores: input.mean },
  ];
  const slices: DonutSlice[] = [];
  for (const { ring, source, scores } of rings) {
    const total = order.reduce((sum, p) => sum + scores[p.code], 0);
    if (!(total > 0)) throw new Error(`the ${ring} ring's percentages sum to ${total}`);
    let angle = start;
    order.forEach((p, i) => {
      const percent = scores[p.code];
      if (!(percent >= 0)) throw new Error(`${source}: ${p.code} is ${percent}, not a share`);
      const end = i === order.length - 1 ? start + TAU : angle + (TAU * percent) / total;
      slices.push({
        ring,
        source,
        perspective: p.code,
        quadrant: p.quadrant,
        order: i,
        percent,
        startAngle: angle,
        endAngle: end,
        innerRadius: radii[ring][0],
        outerRadius: radii[ring][1],
        fill: greyHex(p.grey),
        legend: legendText(p),
      });
      angle = end;
    });
  }

  // Labels: inside where the measured label fits the slice, otherwise outside.
  const inside: DonutLabel[] = [];
  const outside: { slice: DonutSlice; text: string; width: number; mid: number }[] = [];
  for (const slice of slices) {
    const value = `${formatNumber(slice.percent, 1, decimalMark)}%`;
    const spot = insideSpot(slice, value);
    if (spot !== undefined) {
      const color = textColorOn(slice.fill);
      const line = (text: string, x: number, y: number, bold = false): DonutLabel => ({
        ring: slice.ring,
        perspective: slice.perspective,
        text,
        x,
        y,
        align: "center",
        weight: bold ? "bold" : "normal",
        color,
        placement: "inside",
      });
      if (spot.stacked) {
        inside.push(
          line(slice.perspective, spot.x, spot.y - LINE / 2, true),
          line(value, spot.x, spot.y + LINE / 2),
        );
      } else {
        inside.push(line(`${slice.perspective} ${value}`, spot.x, spot.y));
      }
    } else {
      const text = slice.ring === "outer"
        ? `${slice.perspective} ${value}`
        : `${slice.perspective} ${value} (${slice.source})`;
      const mid = (slice.startAngle + slice.endAngle) / 2;
      outside.push({ slice, text, width: measureText(text, TEXT.labelSize), mid });
    }
  }

  // Outside labels: a column on each side of the rings, spaced apart vertically.
  const column = R + 22;
  const sideRoom = outside.length === 0
    ? 8
    : 22 + Math.ceil(Math.max(...outside.map((o) => o.width))) + 6;
  const half = R + 10;
  const placed: { label: DonutLabel; anchor: [number, number] }[] = [];
  for (const side of ["left", "right"] as const) {
    const mine = outside
      .filter((o) => (Math.sin(o.mid) >= 0 ? "right" : "left") === side)
      .map((o) => ({ ...o, y: -(R + 8) * Math.cos(o.mid) }))
      .sort((a, b) => a.y - b.y);
    for (let i = 1; i < mine.length; i++) {
      mine[i].y = Math.max(mine[i].y, mine[i - 1].y + LINE + 2);
    }
    const overflow = (mine.at(-1)?.y ?? 0) - (half - LINE / 2);
    if (overflow > 0) { for (const m of mine) m.y -= overflow; }
    for (const m of mine) {
      const r = m.slice.outerRadius + 2;
      placed.push({
        label: {
          ring: m.slice.ring,
          perspective: m.slice.perspective,
          text: m.text,
          x: side === "right" ? column : -column,
          y: m.y,
          // Text runs away from the rings: left-aligned on the right, right-aligned on the left.
          align: side === "right" ? "left" : "right",
          weight: "normal",
          color: "#000000",
          placement: "outside",
        },
        anchor: [r * Math.sin(m.mid), -r * Math.cos(m.mid)],
      });
    }
  }
  // A canvas symmetric around the centre (Vega-Lite centres arcs in the view).
  const reach = Math.max(half, ...placed.map((p) => Math.abs(p.label.y) + LINE / 2 + 2));
  const width = Math.max(2 * (R + sideRoom), Math.ceil(options.minWidth ?? 0));
  const height = Math.ceil(2 * reach);
  const cx = width / 2;
  const cy = height / 2;
  const shift = (l: DonutLabel): DonutLabel => ({ ...l, x: l.x + cx, y: l.y + cy });
  const labels = [...inside.map(shift), ...placed.map((p) => shift(p.label))];
  const leaders = placed.map(({ label, anchor }) => ({
    x: anchor[0] + cx,
    y: anchor[1] + cy,
    x2: label.x + cx + (label.align === "left" ? -3 : 3),
    y2: label.y + cy,
  }));
  return { slices, labels, leaders, width, height, cx, cy };
}

/**
 * What the slices of a donut keep of the quadrant model, as a sentence for the subtitle:
 * their place (when every slice lies within its own quadrant's quarter of the circle), or
 * only their grey and clockwise order, naming the slices that run out of their quadrant.
 * Computed from the layout, so the words are true of the figure they are on.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const ps = [
 *   { code: "PA", name_en: "", label_nl: "", quadrant: "bottom-left", grey: "black" },
 *   { code: "NPM", name_en: "", label_nl: "", quadrant: "top-left", grey: "dark grey" },
 *   { code: "NPG", name_en: "", label_nl: "", quadrant: "top-right", grey: "grey" },
 *   { code: "SR", name_en: "", label_nl: "", quadrant: "bottom-right", grey: "light grey" },
 * ] as const;
 * const even = { PA: 25, NPM: 25, NPG: 25, SR: 25 };
 * assert.equal(
 *   quadrantSentence(donutLayout({ profile: { municipality: "A", ...even }, mean: even }, ps)),
 *   "Slices keep the place and grey of their quadrant.",
 * );
 * // By hand: NPG 0-208.8°, SR to 331.2°, PA to 352.8°, NPM to 360°: only NPM (270-360°) stays.
 * const helmond = { municipality: "Helmond", PA: 6, NPM: 2, NPG: 58, SR: 34 };
 * assert.equal(
 *   quadrantSentence(donutLayout({ profile: helmond, mean: even }, ps)),
 *   "Slices keep the grey and the clockwise order of their quadrants (from twelve o'clock: " +
 *     "NPG, SR, PA, NPM), not their place: in the outer ring NPG, SR and PA run out of theirs.",
 * );
 * ```
 */
export function quadrantSentence(layout: Pick<DonutLayout, "slices">): string {
  const quarter = TAU / 4;
  const outside = (ring: Ring) =>
    layout.slices.filter((s) => s.ring === ring).filter((s) => {
      const index = QUADRANTS_CLOCKWISE.indexOf(s.quadrant);
      const start = s.startAngle - (layout.slices.find((t) => t.ring === ring && t.order === 0)!
        .startAngle);
      const end = start + (s.endAngle - s.startAngle);
      return start < index * quarter - 1e-9 || end > (index + 1) * quarter + 1e-9;
    }).map((s) => s.perspective);
  const rings = (["outer", "inner"] as const).map((ring) => [ring, outside(ring)] as const)
    .filter(([, list]) => list.length > 0);
  if (rings.length === 0) return "Slices keep the place and grey of their quadrant.";
  const order = [...layout.slices].filter((s) => s.ring === "outer")
    .sort((a, b) => a.order - b.order).map((s) => s.perspective);
  const list = (items: readonly string[]) =>
    items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  return "Slices keep the grey and the clockwise order of their quadrants (from twelve " +
    `o'clock: ${order.join(", ")}), not their place: ${
      rings.map(([ring, items]) =>
        `in the ${ring} ring ${list(items)} run${items.length === 1 ? "s" : ""} out of ${
          items.length === 1 ? "its quadrant" : "theirs"
        }`
      )
        .join("; ")
    }.`;
}

/**
 * Figures 6.8-6.11: the double-ring donut of `input.profile` against `input.mean` (see
 * the module doc). Without a subtitle, one is written that says which ring is which.
 */
export function donutSpec(
  input: DonutInput,
  required: DonutRequired,
  options: DonutOptions = {},
): TopLevelSpec {
  const { decimalMark } = figureDefaults(options);
  // Legend in a 2 x 2 grid that mirrors the quadrants: top-left, top-right, then bottom.
  const legendOrder = ["top-left", "top-right", "bottom-left", "bottom-right"]
    .map((q) => required.perspectives.find((p) => p.quadrant === q)!)
    .filter((p) => p !== undefined);
  const subtitle = required.subtitle ??
    `Outer ring: ${input.profile.municipality}; inner ring: ${
      input.mean.label ?? "the mean of all municipalities"
    }. ${quadrantSentence(donutLayout(input, required.perspectives, options))}`;
  const legendColumn = Math.ceil(
    Math.max(...legendOrder.map((p) => measureText(legendText(p), TEXT.labelSize))) + 21,
  );
  const legendWidth = 2 * legendColumn + LEGEND_COLUMN_GAP;
  const layout = donutLayout(input, required.perspectives, {
    ...options,
    minWidth: options.minWidth ??
      Math.max(measureText(required.title, TEXT.titleSize, "bold"), legendWidth),
  });
  const px = (field: string) => ({ field, type: "quantitative", scale: null, axis: null });
  // One text layer per alignment, weight and colour in use (Vega-Lite sets these per mark).
  const styles = [...new Set(layout.labels.map((l) => `${l.align}|${l.weight}|${l.color}`))]
    .sort();
  const textLayers = styles.map((style) => {
    const [align, weight, color] = style.split("|");
    return {
      data: {
        values: layout.labels.filter((l) => `${l.align}|${l.weight}|${l.color}` === style),
      },
      mark: {
        type: "text",
        align,
        baseline: "middle",
        fontSize: TEXT.labelSize,
        fontWeight: weight,
        color,
      },
      encoding: { x: px("x"), y: px("y"), text: { field: "text", type: "nominal" } },
    };
  });
  return {
    title: titleBlock({ ...required, subtitle }, Math.max(layout.width, legendWidth)),
    width: layout.width,
    height: layout.height,
    layer: [
      {
        data: { values: layout.slices },
        mark: { type: "arc", stroke: "#ffffff", strokeWidth: 1.5 },
        encoding: {
          theta: { field: "startAngle", type: "quantitative", scale: null },
          theta2: { field: "endAngle" },
          radius: { field: "outerRadius", type: "quantitative", scale: null },
          radius2: { field: "innerRadius" },
          color: {
            field: "legend",
            type: "nominal",
            scale: {
              domain: legendOrder.map(legendText),
              range: legendOrder.map((p) => greyHex(p.grey)),
            },
            legend: {
              title: null,
              orient: "none",
              legendX: Math.round(layout.cx - legendWidth / 2),
              legendY: layout.height + 12,
              direction: "horizontal",
              columns: 2,
              columnPadding: LEGEND_COLUMN_GAP,
              symbolType: "square",
              symbolStrokeColor: "#000000",
              symbolStrokeWidth: 0.6,
              labelFontSize: TEXT.labelSize,
            },
          },
          order: { field: "order", type: "quantitative" },
        },
      },
      ...(layout.leaders.length === 0 ? [] : [{
        data: { values: layout.leaders },
        mark: { type: "rule", color: "#000000", strokeWidth: 0.8 },
        encoding: { x: px("x"), y: px("y"), x2: { field: "x2" }, y2: { field: "y2" } },
      }]),
      ...textLayers,
    ],
    config: { locale: numberLocale(decimalMark) },
  } as TopLevelSpec;
}

/** Columns of `tables/fig-6.8.csv` … `fig-6.11.csv`: the slices of a donut. */
export const DONUT_SLICE_COLUMNS = [
  "ring",
  "source",
  "order",
  "perspective",
  "quadrant",
  "percent",
  "start_deg",
  "end_deg",
  "fill",
] as const;

/**
 * The slices of a donut as table rows, angles in degrees clockwise from twelve o'clock.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [row] = donutSliceRows([{
 *   ring: "outer", source: "Zwolle", perspective: "NPM", quadrant: "top-left", order: 3,
 *   percent: 25, startAngle: Math.PI * 1.5, endAngle: Math.PI * 2, innerRadius: 0,
 *   outerRadius: 1, fill: "#555555", legend: "NPM",
 * }]);
 * assert.deepEqual([row.start_deg, row.end_deg], [270, 360]);
 * ```
 */
export function donutSliceRows(
  slices: readonly DonutSlice[],
): (DonutSlice & { start_deg: number; end_deg: number })[] {
  return slices.map((s) => ({
    ...s,
    start_deg: (s.startAngle * 180) / Math.PI,
    end_deg: (s.endAngle * 180) / Math.PI,
  }));
}
