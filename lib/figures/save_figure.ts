/**
 * Save a figure: render its Vega-Lite spec once, write `figures/ID.svg`, `figures/ID.png`
 * and `figures/ID.vl.json` (the spec, so a reviewer can open it in any Vega editor), and
 * return an object the Deno Jupyter kernel displays as SVG.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { writeOutput } from "../outputs/write_output.ts";
import { renderPng, renderSvg } from "./render.ts";

/** A rendered figure; shown as SVG when it is the value of a notebook cell. */
export interface SavedFigure {
  id: string;
  svg: string;
  [key: symbol]: () => Record<string, unknown>;
}

/**
 * Wrap an SVG string so the Deno kernel displays it (as `image/svg+xml`), with the figure's
 * Vega-Lite spec beside it when given (`application/vnd.vegalite.v5+json`): Jupyter then
 * shows an interactive chart, and viewers without Vega show the SVG.
 */
export function displaySvg(id: string, svg: string, spec?: TopLevelSpec): SavedFigure {
  return {
    id,
    svg,
    [Symbol.for("Jupyter.display")]: () => ({
      "image/svg+xml": svg,
      ...(spec === undefined ? {} : { "application/vnd.vegalite.v5+json": spec }),
    }),
  };
}

/**
 * Render `spec` and write it as `figures/ID.svg`, `.png` and `.vl.json`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OUTPUTS_ENV } from "../outputs/write_output.ts";
 * const dir = await Deno.makeTempDir();
 * Deno.env.set(OUTPUTS_ENV, dir);
 * const figure = await saveFigure("demo", {
 *   data: { values: [{ x: 1, y: 2 }] },
 *   mark: "point",
 *   encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
 * });
 * assert.equal(await Deno.readTextFile(`${dir}/figures/demo.svg`), figure.svg);
 * assert.ok((await Deno.stat(`${dir}/figures/demo.png`)).size > 100);
 * Deno.env.delete(OUTPUTS_ENV);
 * ```
 */
export async function saveFigure(id: string, spec: TopLevelSpec): Promise<SavedFigure> {
  const svg = await renderSvg(spec);
  const png = await renderPng(svg);
  await writeOutput(`figures/${id}.vl.json`, JSON.stringify(spec, null, 2) + "\n");
  await writeOutput(`figures/${id}.svg`, svg);
  await writeOutput(`figures/${id}.png`, png);
  return displaySvg(id, svg, spec);
}
