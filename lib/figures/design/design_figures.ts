/**
 * Figures of the study's design on any corpus (see lib/stats/design.ts): the mean share
 * of each category per group, the mean shares over time, and a selected document's
 * profile against the mean. Categories keep the lexicon's order; their colours come from
 * {@linkcode categoryColors}: the study's greys for its four perspectives, otherwise an
 * ordered palette that reads for colour-blind readers and in black-and-white print.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import * as vega from "vega";
import { formatFixed } from "../../io/mod.ts";
import type { GroupMeanRow, OverTimeRow } from "../../stats/design.ts";
import { type FigureText, PERSPECTIVE_GREYS, PERSPECTIVES, titleBlock } from "../style.ts";

/** Whether `categories` are the study's four perspectives in the study's order. */
export function isStudyCategories(categories: readonly string[]): boolean {
  return categories.length === PERSPECTIVES.length &&
    categories.every((c, i) => c === PERSPECTIVES[i]);
}

/**
 * A colour per category: the study's greys for PA, NPM, NPG and SR; for any other
 * lexicon, colours taken at even steps from vega's `cividis` scheme, which is made to be
 * read with every common colour-vision deficiency and whose lightness rises steadily, so
 * the categories stay apart and in order when printed in grey.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(categoryColors(["PA", "NPM", "NPG", "SR"]), ["#000000", "#595959", "#a6a6a6", "#d9d9d9"]);
 * assert.equal(categoryColors(["a", "b", "c"]).length, 3);
 * ```
 */
export function categoryColors(categories: readonly string[]): string[] {
  if (isStudyCategories(categories)) return PERSPECTIVES.map((p) => PERSPECTIVE_GREYS[p]);
  const scheme = (vega as unknown as { scheme(name: string): (t: number) => string })
    .scheme("cividis");
  const last = Math.max(1, categories.length - 1);
  // Up to 0.85: the lightest end of cividis is too pale against a white page.
  return categories.map((_, i) => hexOf(scheme((0.85 * i) / last)));
}

function hexOf(rgb: string): string {
  const parts = /rgb\((\d+), (\d+), (\d+)\)/.exec(rgb);
  if (parts === null) return rgb;
  return `#${parts.slice(1).map((p) => Number(p).toString(16).padStart(2, "0")).join("")}`;
}

/** The colour channel of a design figure: the categories in order, {@linkcode categoryColors}. */
function categoryEncoding(categories: string[]) {
  return {
    field: "category",
    type: "nominal",
    sort: categories,
    scale: { domain: categories, range: categoryColors(categories) },
    title: "category",
  };
}

/** Dash patterns, one per category, so lines differ without colour too. */
const DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3], [10, 4], [3, 1], [
  6,
  2,
  2,
  2,
]];

/** What the design figures need besides their rows. */
export interface DesignFigureInput extends FigureText {
  /** The categories in the lexicon's order. */
  categories: readonly string[];
}

/**
 * Mean share of each category per group: a horizontal bar per group and category, one
 * panel per grouping (`all` first), groups in the rows' order.
 */
export function groupMeansSpec(
  rows: readonly GroupMeanRow[],
  input: DesignFigureInput,
): TopLevelSpec {
  const data = rows.map((r) => ({
    grouping: r.grouping === "all" ? "all documents" : `by ${r.grouping}`,
    group: `${r.group} (n = ${r.documents})`,
    category: r.category,
    mean_share: r.mean_share,
    label: formatFixed(r.mean_share, 1),
  }));
  const groupings = [...new Set(data.map((d) => d.grouping))];
  const categories = [...input.categories];
  const width = 360;
  // One panel per grouping, each with its own data (a facet would share one y scale).
  const panel = (grouping: string) => {
    const values = data.filter((d) => d.grouping === grouping);
    return {
      title: { text: grouping, anchor: "start", fontSize: 12 },
      width,
      height: { step: 11 },
      data: { values },
      encoding: {
        y: {
          field: "group",
          type: "nominal",
          sort: [...new Set(values.map((d) => d.group))],
          title: null,
        },
        yOffset: { field: "category", type: "nominal", sort: categories },
        x: {
          field: "mean_share",
          type: "quantitative",
          title: "mean share of the signal words (%)",
          scale: { domain: [0, 100] },
          axis: { values: [0, 20, 40, 60, 80, 100] },
        },
      },
      layer: [
        {
          mark: { type: "bar", stroke: "#000000", strokeWidth: 0.5 },
          encoding: {
            color: categoryEncoding(categories),
          },
        },
        {
          mark: { type: "text", align: "left", dx: 3, fontSize: 9 },
          encoding: { text: { field: "label" } },
        },
      ],
    };
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleBlock(input, width + 160),
    vconcat: groupings.map(panel),
  } as TopLevelSpec;
}

/**
 * Mean share of each category per year: a line per category (colour and dash pattern),
 * a row of panels for each grouping in `groupings`, one panel per group (`all`: one
 * panel of every dated document).
 */
export function overTimeSpec(
  rows: readonly OverTimeRow[],
  groupings: readonly string[],
  input: DesignFigureInput,
): TopLevelSpec {
  const shown = [...groupings];
  const data = rows.filter((r) => shown.includes(r.grouping)).map((r) => ({
    grouping: r.grouping,
    group: `${r.group}`,
    year: String(r.year),
    category: r.category,
    mean_share: r.mean_share,
    documents: r.documents,
  }));
  const categories = [...input.categories];
  const layer = {
    encoding: {
      x: { field: "year", type: "ordinal", title: "year", axis: { labelAngle: 0 } },
      y: {
        field: "mean_share",
        type: "quantitative",
        title: "mean share (%)",
        scale: { domain: [0, 100] },
        axis: { values: [0, 20, 40, 60, 80, 100] },
      },
      color: categoryEncoding(categories),
      strokeDash: {
        field: "category",
        type: "nominal",
        sort: categories,
        scale: { domain: categories, range: categories.map((_, i) => DASHES[i % DASHES.length]) },
        title: "category",
      },
    },
    layer: [
      { mark: { type: "line", strokeWidth: 2 } },
      { mark: { type: "point", filled: true, size: 30, opacity: 1 } },
    ],
  };
  const width = 200;
  const groupsOf = (grouping: string) => [
    ...new Set(data.filter((d) => d.grouping === grouping).map((d) => d.group)),
  ];
  const panel = (grouping: string) => {
    const filter = { transform: [{ filter: { field: "grouping", equal: grouping } }] };
    return grouping === "all" ? { ...filter, width, height: 160, ...layer } : {
      ...filter,
      facet: { field: "group", type: "nominal", sort: groupsOf(grouping), title: grouping },
      columns: 3,
      spec: { width, height: 160, ...layer },
    };
  };
  const widest = Math.max(...shown.map((g) => Math.min(3, groupsOf(g).length)), 1);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleBlock(input, widest * (width + 20)),
    data: { values: data },
    ...(shown.length === 1 ? panel(shown[0]) : { vconcat: shown.map(panel) }),
  } as TopLevelSpec;
}

/** One document's shares against the mean shares, per category. */
export interface ProfileInput extends DesignFigureInput {
  document: string;
  shares: readonly number[];
  means: readonly number[];
}

/**
 * A document's profile against the mean: per category a bar for the document and a tick
 * for the mean of all documents (for any number of categories; the study's four get the
 * quadrant donut of Figures 6.8-6.11 instead, in lib/figures/chapter6).
 */
export function profileSpec(input: ProfileInput): TopLevelSpec {
  const categories = [...input.categories];
  const data = categories.map((category, i) => ({
    category,
    share: input.shares[i],
    mean: input.means[i],
    label: `${formatFixed(input.shares[i], 1)} (mean ${formatFixed(input.means[i], 1)})`,
  }));
  const width = 300;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: titleBlock(input, width + 160),
    width,
    height: { step: 18 },
    data: { values: data },
    encoding: {
      y: { field: "category", type: "nominal", sort: categories, title: null },
    },
    layer: [
      {
        mark: { type: "bar", stroke: "#000000", strokeWidth: 0.5 },
        encoding: {
          x: {
            field: "share",
            type: "quantitative",
            title: `share in ${input.document} (%); tick: mean of all documents`,
            scale: { domain: [0, 100] },
            axis: { values: [0, 20, 40, 60, 80, 100] },
          },
          color: { ...categoryEncoding(categories), legend: null },
        },
      },
      {
        mark: { type: "tick", color: "#d62728", thickness: 3, size: 18, opacity: 1 },
        encoding: { x: { field: "mean", type: "quantitative" } },
      },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 9 },
        encoding: {
          x: { datum: 100 },
          text: { field: "label" },
        },
      },
    ],
  } as TopLevelSpec;
}
