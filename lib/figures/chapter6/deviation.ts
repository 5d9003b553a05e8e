/**
 * Figure 6.12: how the four most outspoken municipalities (the highest on each
 * perspective) depart from the mean, as a **diverging bar chart in small multiples**: one
 * panel per municipality, one bar per perspective running left (below the mean) or right
 * (above it) from a zero line, in percentage points, filled with the perspective's grey,
 * and labelled with the signed difference.
 *
 * Why this design: the text around Figure 6.12 describes each of these municipalities
 * perspective by perspective as higher or lower than average, and then compares how
 * pronounced the profiles are (stronger towards SR and NPG than towards NPM and PA).
 * Differences from the mean on one shared, zero-centred scale answer both readings at
 * once: direction is the side of the zero line, strength is the bar's length, and panels
 * side by side compare the municipalities.
 *
 * @module
 */
import { type FigureText, greyHex, type Perspective, TEXT, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { measureText } from "../text_metrics.ts";
import {
  axisTicks,
  checkPerspectives,
  figureDefaults,
  type FigureOptions,
  fitDomain,
  formatNumber,
  LABEL_GAP,
  type MeanProfile,
  numberLocale,
  type PerspectiveStyle,
  type Profile,
} from "./style.ts";

/** The profiles compared: municipalities in panel order, and the mean. */
export interface DeviationInput {
  profiles: readonly Profile[];
  mean: MeanProfile;
}

/** What {@linkcode deviationSpec} needs besides its input. */
export interface DeviationRequired extends FigureText {
  /** The perspectives, in the order of the bars (e.g. `data/perspectives.csv`). */
  perspectives: readonly PerspectiveStyle[];
}

/** Options of {@linkcode deviationSpec}. */
export interface DeviationOptions extends FigureOptions {
  /** Width of one panel in pixels. Default: `250`. */
  panelWidth?: number;
  /** Panels per row. Default: `2`. */
  columns?: number;
  /**
   * Panel headers by municipality (e.g. `"Haarlemmermeer (hoogste PA)"`). Default: the
   * municipality's name.
   */
  headers?: Readonly<Record<string, string>>;
}

/** One bar (a row of the figure's data and of `outputs/tables/fig-6.12.csv`). */
export interface DeviationBar {
  municipality: string;
  header: string;
  perspective: Perspective;
  score: number;
  mean: number;
  /** `score - mean`, in percentage points. */
  deviation: number;
  /** The signed deviation as printed, e.g. `"+13,7"`. */
  text: string;
  fill: string;
}

/** The bars of {@linkcode deviationSpec}: municipality by municipality, perspective by perspective. */
export function deviationBars(
  input: DeviationInput,
  perspectives: readonly PerspectiveStyle[],
  options: DeviationOptions = {},
): DeviationBar[] {
  const { decimalMark } = figureDefaults(options);
  checkPerspectives(perspectives);
  return input.profiles.flatMap((profile) =>
    perspectives.map((p) => {
      const deviation = profile[p.code] - input.mean[p.code];
      return {
        municipality: profile.municipality,
        header: options.headers?.[profile.municipality] ?? profile.municipality,
        perspective: p.code,
        score: profile[p.code],
        mean: input.mean[p.code],
        deviation,
        text: formatNumber(deviation, 1, decimalMark, { signed: true }),
        fill: greyHex(p.grey),
      };
    })
  );
}

/** Figure 6.12 as diverging bars in small multiples (see the module doc for the design). */
export function deviationSpec(
  input: DeviationInput,
  required: DeviationRequired,
  options: DeviationOptions = {},
): TopLevelSpec {
  const { decimalMark } = figureDefaults(options);
  const bars = deviationBars(input, required.perspectives, options);
  const panelWidth = options.panelWidth ?? 250;
  const columns = options.columns ?? 2;
  const domain = fitDomain(
    bars.map((b) => ({ value: b.deviation, labelWidth: measureText(b.text, TEXT.labelSize) })),
    panelWidth,
    LABEL_GAP,
    5,
  );
  const codes = required.perspectives.map((p) => p.code);
  const headers = [...new Set(bars.map((b) => b.header))];
  const x = {
    field: "deviation",
    type: "quantitative",
    scale: { domain, nice: false },
    axis: {
      title: "difference from mean (pp)",
      values: axisTicks(domain, panelWidth),
      grid: true,
    },
  };
  // Labels sit past the bar's end: right of bars above the mean, left of bars below it.
  const label = (positive: boolean) => ({
    transform: [{ filter: positive ? "datum.deviation >= 0" : "datum.deviation < 0" }],
    mark: {
      type: "text",
      align: positive ? "left" : "right",
      baseline: "middle",
      dx: positive ? 4 : -4,
      fontSize: TEXT.labelSize,
      color: "#000000",
    },
    encoding: { x: { field: "deviation", type: "quantitative" }, text: { field: "text" } },
  });
  const panelsWide = Math.min(columns, headers.length);
  return {
    title: titleBlock(required, panelsWide * (panelWidth + 50)),
    data: { values: bars },
    facet: {
      field: "header",
      type: "nominal",
      sort: headers,
      header: { title: null, labelFontSize: TEXT.headerSize, labelFontWeight: "bold" },
    },
    columns,
    spacing: { row: 16, column: 24 },
    spec: {
      width: panelWidth,
      height: { step: 22 },
      encoding: {
        y: {
          field: "perspective",
          type: "nominal",
          sort: codes,
          axis: { title: null, ticks: false, labelPadding: 6, labelFontWeight: "bold" },
          scale: { paddingInner: 0.25, paddingOuter: 0.15 },
        },
      },
      layer: [
        {
          mark: { type: "bar", stroke: "#000000", strokeWidth: 0.6 },
          encoding: { x, color: { field: "fill", type: "nominal", scale: null, legend: null } },
        },
        {
          mark: { type: "rule", color: "#000000", strokeWidth: 1 },
          encoding: { x: { datum: 0, type: "quantitative" }, y: null },
        },
        label(true),
        label(false),
      ],
    },
    config: { locale: numberLocale(decimalMark), axis: { domainColor: "#888888" } },
  } as TopLevelSpec;
}
