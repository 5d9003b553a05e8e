/**
 * Figure 6.13: the scores of the five municipalities selected for the case studies,
 * relative to the mean, as **bars in small multiples by perspective**: one panel per
 * perspective (in its grey), one bar per municipality, plus an outlined bar and a dashed
 * line for the mean of all municipalities, each bar labelled with its score (a label that
 * would cross the dashed line is moved just right of it, so line and text never touch).
 *
 * Why this design: the text introduces Figure 6.13 as bringing the five cases and the
 * mean together to show how they differ from each other and where they stand out. Within
 * one panel all five municipalities share a scale with the mean, so the case chosen for
 * that perspective (and any other outlier) stands out against the dashed line, and the
 * panels, on one common scale, keep the perspectives comparable. Scores rather than
 * differences (unlike Figure 6.12) keep the numbers readers know from Bijlage G.
 *
 * @module
 */
import { type FigureText, greyHex, type Perspective, TEXT, titleBlock } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import { measureText } from "../text_metrics.ts";
import {
  axisTicks,
  checkPerspectives,
  dashedRuleLayers,
  figureDefaults,
  type FigureOptions,
  fitDomain,
  formatNumber,
  LABEL_GAP,
  labelStart,
  type MeanProfile,
  numberLocale,
  type PerspectiveStyle,
  type Profile,
} from "./style.ts";

/** The profiles compared: municipalities in the order of the bars, and the mean. */
export interface SelectedInput {
  profiles: readonly Profile[];
  mean: MeanProfile;
}

/** What {@linkcode selectedSpec} needs besides its input. */
export interface SelectedRequired extends FigureText {
  /** The perspectives, in the order of the panels (e.g. `data/perspectives.csv`). */
  perspectives: readonly PerspectiveStyle[];
}

/** Options of {@linkcode selectedSpec}. */
export interface SelectedOptions extends FigureOptions {
  /** Width of one panel in pixels. Default: `230`. */
  panelWidth?: number;
  /** Panels per row. Default: `2`. */
  columns?: number;
}

/** One bar (a row of the figure's data and of `outputs/tables/fig-6.13.csv`). */
export interface SelectedBar {
  perspective: Perspective;
  /** Panel header, e.g. `"PA · Public Administration"`. */
  header: string;
  /** The municipality, or the mean's label. */
  name: string;
  kind: "municipality" | "mean";
  score: number;
  /** The mean of this perspective (drawn as the dashed line). */
  mean: number;
  text: string;
  /** Measured width of `text` in pixels (to clear the dashed line behind the label). */
  textWidth: number;
  fill: string;
}

/** The bars of {@linkcode selectedSpec}: perspective by perspective, the mean last. */
export function selectedBars(
  input: SelectedInput,
  perspectives: readonly PerspectiveStyle[],
  options: SelectedOptions = {},
): SelectedBar[] {
  const { decimalMark } = figureDefaults(options);
  checkPerspectives(perspectives);
  const meanName = input.mean.label ?? "gemiddeld";
  return perspectives.flatMap((p) => {
    const header = `${p.code} \u00b7 ${p.name_en}`;
    const bar = (name: string, kind: SelectedBar["kind"], score: number): SelectedBar => ({
      perspective: p.code,
      header,
      name,
      kind,
      score,
      mean: input.mean[p.code],
      text: formatNumber(score, 1, decimalMark),
      textWidth: measureText(formatNumber(score, 1, decimalMark), TEXT.labelSize),
      fill: kind === "mean" ? "#ffffff" : greyHex(p.grey),
    });
    return [
      ...input.profiles.map((profile) =>
        bar(profile.municipality, "municipality", profile[p.code])
      ),
      bar(meanName, "mean", input.mean[p.code]),
    ];
  });
}

/** Figure 6.13 as small multiples by perspective (see the module doc for the design). */
export function selectedSpec(
  input: SelectedInput,
  required: SelectedRequired,
  options: SelectedOptions = {},
): TopLevelSpec {
  const { decimalMark } = figureDefaults(options);
  const bars = selectedBars(input, required.perspectives, options);
  const panelWidth = options.panelWidth ?? 230;
  const columns = options.columns ?? 2;
  // A label may move right of the dashed mean line (see labelStart): leave room for that.
  const domain = fitDomain(
    bars.flatMap((b) => [
      { value: b.score, labelWidth: b.textWidth },
      { value: Math.max(b.score, b.mean), labelWidth: b.textWidth },
    ]),
    panelWidth,
    LABEL_GAP,
    5,
  );
  const headers = [...new Set(bars.map((b) => b.header))];
  const names = [...new Set(bars.map((b) => b.name))];
  const axisWidth = Math.max(...names.map((n) => measureText(n, TEXT.labelSize))) + 10;
  const panelsWide = Math.min(columns, headers.length);
  return {
    title: titleBlock(required, panelsWide * (panelWidth + axisWidth + 20)),
    data: {
      values: bars.map((b) => ({
        ...b,
        labelAt: labelStart(b.score, b.textWidth, b.mean, domain, panelWidth),
      })),
    },
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
      height: { step: 20 },
      encoding: {
        y: {
          field: "name",
          type: "nominal",
          sort: names,
          axis: { title: null, ticks: false, labelPadding: 6 },
          scale: { paddingInner: 0.25, paddingOuter: 0.15 },
        },
      },
      layer: [
        {
          mark: { type: "bar", stroke: "#000000", strokeWidth: 0.6 },
          encoding: {
            x: {
              field: "score",
              type: "quantitative",
              scale: { domain, nice: false },
              axis: {
                title: "share of signal words (%)",
                values: axisTicks(domain, panelWidth),
                grid: true,
              },
            },
            color: { field: "fill", type: "nominal", scale: null, legend: null },
            strokeDash: {
              field: "kind",
              type: "nominal",
              scale: { domain: ["municipality", "mean"], range: [[1, 0], [3, 2]] },
              legend: null,
            },
          },
        },
        ...dashedRuleLayers({
          x: { field: "mean", type: "quantitative", aggregate: "min" },
          y: null,
        }),
        {
          mark: {
            type: "text",
            align: "left",
            baseline: "middle",
            fontSize: TEXT.labelSize,
            color: "#000000",
          },
          encoding: { x: { field: "labelAt", type: "quantitative" }, text: { field: "text" } },
        },
      ],
    },
    config: { locale: numberLocale(decimalMark), axis: { domainColor: "#888888" } },
  } as TopLevelSpec;
}
