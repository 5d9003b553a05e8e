/**
 * The study's 49 scored municipalities by size class and region: a grid of counts, so a
 * reader sees at once how small some groups are (one G4 city in a region, three
 * municipalities in the north).
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { REGIONS, SIZE_CLASSES } from "../data/categories.ts";

/** What the grid needs of each municipality. */
export interface SizeRegionRow {
  municipality: string;
  size_class: string;
  region: string;
}

/**
 * A heat-map grid of counts, size classes down, regions across, with row and column
 * order as in the study.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = sizeRegionSpec([
 *   { municipality: "A", size_class: "G4", region: "west" },
 *   { municipality: "B", size_class: "G4", region: "west" },
 * ]) as { data: { values: { count: number }[] } };
 * assert.equal(spec.data.values.find((v) => v.count === 2) !== undefined, true);
 * assert.equal(spec.data.values.length, 12);
 * ```
 */
export function sizeRegionSpec(rows: readonly SizeRegionRow[]): TopLevelSpec {
  const values = SIZE_CLASSES.flatMap((size_class) =>
    REGIONS.map((region) => ({
      size_class,
      region,
      count: rows.filter((r) => r.size_class === size_class && r.region === region).length,
    }))
  );
  return {
    title: {
      text: "The 49 municipalities by size class and region",
      subtitle: "Number of scored policy plans per cell (Bijlage G)",
    },
    data: { values },
    width: 320,
    height: 150,
    encoding: {
      x: {
        field: "region",
        type: "nominal",
        sort: [...REGIONS],
        title: "region",
        axis: { labelAngle: 0, orient: "top" },
      },
      y: { field: "size_class", type: "nominal", sort: [...SIZE_CLASSES], title: "size class" },
    },
    layer: [
      {
        mark: { type: "rect", stroke: "white", strokeWidth: 2 },
        encoding: {
          color: {
            field: "count",
            type: "quantitative",
            scale: { scheme: "greys", domain: [0, 16] },
            legend: null,
          },
        },
      },
      {
        mark: { type: "text", fontSize: 14 },
        encoding: {
          text: { field: "count", type: "quantitative" },
          color: { condition: { test: "datum.count > 8", value: "white" }, value: "black" },
        },
      },
    ],
  };
}
