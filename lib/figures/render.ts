/**
 * The one shared rendering step: a Vega-Lite spec becomes an SVG string (Vega's headless
 * `View.toSVG()`, with text measured in the shipped font) and the SVG becomes a PNG
 * (resvg, with only the shipped fonts loaded). Figure modules build specs; only this
 * module renders.
 *
 * @module
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { FONT_FAMILY, FONT_FILES, measureText } from "./text_metrics.ts";

/** The house style every figure shares: shipped font, no background transparency. */
export const baseConfig = {
  font: FONT_FAMILY,
  background: "white",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "bold" },
  legend: { labelFontSize: 11, titleFontSize: 12 },
  header: { labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 14, anchor: "start", subtitleFontSize: 11, subtitleColor: "#444" },
} as const;

let metricsInstalled = false;

function installTextMetrics() {
  if (metricsInstalled) return;
  type Item = { fontSize?: number; fontWeight?: string | number; limit?: number };
  // vega exports textMetrics at run time (from vega-scenegraph); its typings omit it.
  const metrics = (vega as unknown as {
    textMetrics: { width: (item: Item, text: string) => number };
  }).textMetrics;
  metrics.width = (item, text) =>
    measureText(String(text ?? ""), item.fontSize ?? 11, item.fontWeight);
  metricsInstalled = true;
}

/** Options of {@linkcode renderSvg}. */
export interface RenderSvgOptions {
  /** Merge {@linkcode baseConfig} under the spec's own `config`. Default: `true`. */
  houseStyle?: boolean;
}

/**
 * Render a Vega-Lite spec to an SVG string. Deterministic: same spec, same bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const svg = await renderSvg({
 *   data: { values: [{ a: "x", b: 1 }, { a: "y", b: 3 }] },
 *   mark: "bar",
 *   encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
 * });
 * assert.match(svg, /^<svg/);
 * assert.equal(svg, await renderSvg({
 *   data: { values: [{ a: "x", b: 1 }, { a: "y", b: 3 }] },
 *   mark: "bar",
 *   encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
 * }));
 * ```
 */
export async function renderSvg(
  spec: TopLevelSpec,
  options: RenderSvgOptions = {},
): Promise<string> {
  installTextMetrics();
  const styled = (options.houseStyle ?? true)
    ? { ...spec, config: mergeConfig(baseConfig, (spec as { config?: object }).config ?? {}) }
    : spec;
  const vgSpec = compile(styled as TopLevelSpec).spec;
  vega.resetSVGDefIds();
  const view = new vega.View(vega.parse(vgSpec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function mergeConfig(base: object, own: object): object {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const prior = out[key];
    out[key] = isPlainObject(prior) && isPlainObject(value) ? { ...prior, ...value } : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

let wasmReady: Promise<void> | undefined;
let fontBuffers: Uint8Array[] | undefined;

async function ensureResvg() {
  wasmReady ??= (async () => {
    const wasm = await Deno.readFile(
      new URL("../../node_modules/@resvg/resvg-wasm/index_bg.wasm", import.meta.url),
    );
    await initWasm(wasm);
  })();
  await wasmReady;
  fontBuffers ??= [Deno.readFileSync(FONT_FILES.regular), Deno.readFileSync(FONT_FILES.bold)];
  return fontBuffers;
}

/** Options of {@linkcode renderPng}. */
export interface RenderPngOptions {
  /** Pixels per SVG unit. Default: `2` (sharp on high-density screens and in print). */
  scale?: number;
}

/**
 * Rasterise an SVG to PNG bytes with resvg, using only the shipped fonts (no system
 * fonts), so the PNG is the same on every machine.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const png = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>');
 * assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
 * ```
 */
export async function renderPng(svg: string, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const fontBuffers = await ensureResvg();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  try {
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    resvg.free();
  }
}
