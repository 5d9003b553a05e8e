/**
 * What the chapter 6 figures share beyond the one figure style (lib/figures/style.ts):
 * the input types (plain rows, so that any producer of means, rankings or profiles can
 * feed them), the perspective styles as data, and number formatting with the decimal mark
 * of the printed figures.
 *
 * @module
 */
import { greyHex, type Perspective, PERSPECTIVES } from "../style.ts";
import { z } from "zod";

/** A place in the four-quadrant model of chapter 3. */
export type Quadrant = "top-left" | "top-right" | "bottom-left" | "bottom-right";

/**
 * How a perspective is drawn: a row of `data/perspectives.csv` (extra fields are ignored).
 * `grey` is one of the names in {@linkcode GREY_TONES} or a `#rrggbb` colour.
 */
export interface PerspectiveStyle {
  code: Perspective;
  name_en: string;
  label_nl: string;
  quadrant: Quadrant;
  grey: string;
}

/** Shares (%) of the four perspectives, e.g. a municipality's row of Bijlage G. */
export type PerspectiveScores = Record<Perspective, number>;

/** One municipality's profile: its share (%) of each perspective. */
export interface Profile extends PerspectiveScores {
  municipality: string;
}

/** The mean profile (e.g. of all 49 municipalities); `label` names it in figures. */
export interface MeanProfile extends PerspectiveScores {
  /** How the figure names the mean. Default: `"gemiddeld"`. */
  label?: string;
}

/** The decimal mark of numbers in figures: `","` as printed in the dissertation, or `"."`. */
export const decimalMarkSchema = z.enum([",", "."]);
/** See {@linkcode decimalMarkSchema}. */
export type DecimalMark = z.output<typeof decimalMarkSchema>;

/** Options every chapter 6 figure accepts. */
export interface FigureOptions {
  /** Decimal mark of all numbers in the figure, axes included. Default: `","`. */
  decimalMark?: DecimalMark;
}

/** Options with defaults applied and modes checked. */
export function figureDefaults(options: FigureOptions): { decimalMark: DecimalMark } {
  return { decimalMark: decimalMarkSchema.parse(options.decimalMark ?? ",") };
}

/**
 * Format a number with fixed decimals and the given decimal mark; with `signed`, positive
 * numbers get a `+` and negative ones a true minus sign (U+2212). Zero never gets a sign.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatNumber(20.702, 1, ","), "20,7");
 * assert.equal(formatNumber(58, 1, "."), "58.0");
 * assert.equal(formatNumber(-3.25, 1, ",", { signed: true }), "\u22123,3");
 * assert.equal(formatNumber(-0.01, 1, ",", { signed: true }), "0,0");
 * assert.equal(formatNumber(4, 1, ",", { signed: true }), "+4,0");
 * ```
 */
export function formatNumber(
  value: number,
  decimals: number,
  mark: DecimalMark,
  options: { signed?: boolean } = {},
): string {
  // Round half away from zero on the decimal text, not on binary fractions.
  const rounded = Math.round(Math.abs(value) * 10 ** decimals + 1e-9) / 10 ** decimals;
  const digits = rounded.toFixed(decimals).replace(".", mark);
  if (rounded === 0) return digits;
  if (value < 0) return (options.signed ? "\u2212" : "-") + digits;
  return options.signed ? `+${digits}` : digits;
}

/** Vega's number locale for a decimal mark (so axis labels agree with the text marks). */
export function numberLocale(mark: DecimalMark): {
  number: { decimal: string; thousands: string; grouping: number[]; currency: [string, string] };
} {
  return {
    number: {
      decimal: mark,
      thousands: mark === "," ? "." : ",",
      grouping: [3],
      currency: ["\u20ac\u00a0", ""],
    },
  };
}

/**
 * The perspectives in the order given, checked: every code appears once and has a valid
 * grey and quadrant. Throws an `Error` that names the problem.
 */
export function checkPerspectives(
  perspectives: readonly PerspectiveStyle[],
): readonly PerspectiveStyle[] {
  const seen = new Set<string>();
  for (const p of perspectives) {
    if (!(PERSPECTIVES as readonly string[]).includes(p.code)) {
      throw new Error(`perspective "${p.code}" is not one of ${PERSPECTIVES.join(", ")}`);
    }
    if (seen.has(p.code)) throw new Error(`perspective "${p.code}" is given twice`);
    seen.add(p.code);
    greyHex(p.grey);
    if (!QUADRANTS_CLOCKWISE.includes(p.quadrant)) {
      throw new Error(
        `perspective ${p.code}: quadrant "${p.quadrant}" is not one of ${
          QUADRANTS_CLOCKWISE.join(", ")
        }`,
      );
    }
  }
  if (seen.size !== PERSPECTIVES.length) {
    const missing = PERSPECTIVES.filter((c) => !seen.has(c));
    throw new Error(`perspectives missing: ${missing.join(", ")}`);
  }
  return perspectives;
}

/** The quadrants in clockwise order starting at twelve o'clock. */
export const QUADRANTS_CLOCKWISE: readonly Quadrant[] = [
  "top-right",
  "bottom-right",
  "bottom-left",
  "top-left",
];

/** Shorthand: a perspective's label on axes, e.g. `"PA · rechtmatige overheid"`. */
export function perspectiveLabel(p: PerspectiveStyle): string {
  return `${p.code} \u00b7 ${p.label_nl}`;
}

/** Pixels kept free past a bar's end for its label: 4 of offset (`dx`) and 6 of air. */
export const LABEL_GAP = 10;

/** A bar's end and the measured width of the label drawn beyond it. */
export interface LabelledBar {
  /** Where the bar ends (it starts at 0). */
  value: number;
  /** Width in pixels of its label, drawn past the bar's end (right of positive bars). */
  labelWidth: number;
}

/**
 * The domain `[lo, hi]` of a linear scale onto `width` pixels such that every bar (from
 * 0 to its value) and its label, `gap` pixels past its end, fits: labels of positive bars
 * to the right, of negative bars to the left. Ends are rounded outwards to `step` and
 * include 0. Sizing the domain from measured labels replaces guessed padding.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // A 50-unit bar with a 40px label on a 200px axis needs 50 * 200 / (200 - 44) = 64.1.
 * assert.deepEqual(fitDomain([{ value: 50, labelWidth: 40 }], 200, 4, 5), [0, 65]);
 * ```
 */
export function fitDomain(
  bars: readonly LabelledBar[],
  width: number,
  gap: number,
  step: number,
): [number, number] {
  let lo = Math.min(0, ...bars.map((b) => b.value));
  let hi = Math.max(0, ...bars.map((b) => b.value));
  const roundOut = () => {
    lo = Math.floor(lo / step + 1e-9) * step;
    hi = Math.ceil(hi / step - 1e-9) * step;
  };
  roundOut();
  for (let round = 0; round < 50; round++) {
    let changed = false;
    for (const bar of bars) {
      const room = width - bar.labelWidth - gap;
      if (room <= 0) throw new Error(`a ${bar.labelWidth}px label does not fit in ${width}px`);
      if (bar.value >= 0) {
        const need = lo + ((bar.value - lo) * width) / room;
        if (need > hi + 1e-9) [hi, changed] = [need, true];
      } else {
        const need = hi - ((hi - bar.value) * width) / room;
        if (need < lo - 1e-9) [lo, changed] = [need, true];
      }
    }
    roundOut();
    if (!changed) break;
  }
  return [lo === 0 ? 0 : lo, hi];
}

/**
 * Tick values for a percentage axis over `domain` drawn `width` pixels wide: multiples of
 * the smallest step of 5, 10, 20, 25 or 50 that leaves at least 36 pixels between ticks
 * (room for a label such as "−30"), so that Vega never has to drop labels. Includes 0
 * whenever the domain does.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(axisTicks([0, 20], 400), [0, 5, 10, 15, 20]);
 * assert.deepEqual(axisTicks([-35, 60], 250), [-20, 0, 20, 40, 60]);
 * ```
 */
export function axisTicks(domain: readonly [number, number], width: number): number[] {
  const span = domain[1] - domain[0];
  const step = [5, 10, 20, 25, 50].find((s) => (s * width) / span >= 36) ?? 100;
  const out: number[] = [];
  for (let v = Math.ceil(domain[0] / step - 1e-9) * step; v <= domain[1] + 1e-9; v += step) {
    out.push(v === 0 ? 0 : v);
  }
  return out;
}

/**
 * Where the label of a bar ending at `end` starts, in data units: 4 px past the bar's end,
 * unless the label (`labelWidth` px) would then cross the vertical reference line at
 * `avoid`; then it starts 4 px right of that line instead, so line and text never touch.
 * `domain` and `width` describe the x scale. Draw the label with `align: "left"` and no
 * `dx`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Scale 0-100 on 100 px: a bar ending at 10 with a 20 px label.
 * assert.equal(labelStart(10, 20, 50, [0, 100], 100), 14);
 * assert.equal(labelStart(10, 20, 20, [0, 100], 100), 24);
 * ```
 */
export function labelStart(
  end: number,
  labelWidth: number,
  avoid: number | undefined,
  domain: readonly [number, number],
  width: number,
): number {
  const k = width / (domain[1] - domain[0]);
  const px = (v: number) => (v - domain[0]) * k;
  let start = px(end) + 4;
  if (avoid !== undefined) {
    const line = px(avoid);
    if (start < line + 4 && start + labelWidth > line - 4) start = line + 4;
  }
  return domain[0] + start / k;
}

/**
 * Two Vega-Lite rule layers that draw a dashed reference line visible on any fill: a white
 * halo 3 px wide under a black dashed line 1 px wide (on a black bar the halo shows, on a
 * light one the dashes). `encoding` positions the rule (e.g. `{ x: { datum: 20.7 } }`);
 * `data` overrides the layer's data when given.
 */
export function dashedRuleLayers(encoding: object, data?: object): object[] {
  const own = data === undefined ? {} : { data };
  return [
    { ...own, mark: { type: "rule", color: "#ffffff", strokeWidth: 3 }, encoding },
    {
      ...own,
      mark: { type: "rule", color: "#000000", strokeWidth: 1, strokeDash: [4, 3] },
      encoding,
    },
  ];
}
