/**
 * Chapter 6 figures as Vega-Lite specs: Figures 6.1-6.7 as table figures and charts,
 * the double-ring donuts 6.8-6.11, the deviations of Figure 6.12 and the selected cases of
 * Figure 6.13. Every builder takes plain rows (means per group, top/bottom lists,
 * profiles) and returns a spec for `saveFigure`; none reads files or renders.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderSvg } from "../render.ts";
 * import { donutSpec } from "./mod.ts";
 * const perspectives = [
 *   { code: "PA", name_en: "Public Administration", label_nl: "rechtmatige overheid", quadrant: "bottom-left", grey: "black" },
 *   { code: "NPM", name_en: "New Public Management", label_nl: "presterende overheid", quadrant: "top-left", grey: "dark grey" },
 *   { code: "NPG", name_en: "New Public Governance", label_nl: "netwerkende overheid", quadrant: "top-right", grey: "grey" },
 *   { code: "SR", name_en: "Societal Resilience", label_nl: "participerende overheid", quadrant: "bottom-right", grey: "light grey" },
 * ] as const;
 * const spec = donutSpec(
 *   {
 *     profile: { municipality: "Zwolle", PA: 17.1, NPM: 46.3, NPG: 19.5, SR: 17.1 },
 *     mean: { PA: 20.7, NPM: 21.2, NPG: 27.0, SR: 31.1 },
 *   },
 *   { title: "Figuur 6.9: Zwolle", perspectives },
 * );
 * assert.match(await renderSvg(spec), /NPM/);
 * ```
 *
 * @module
 */
export * from "./style.ts";
export * from "./table_figure.ts";
export * from "./group_means.ts";
export * from "./extremes.ts";
export * from "./donut.ts";
export * from "./deviation.ts";
export * from "./selected.ts";
export * from "./from_scores.ts";
export * from "./strategy_map.ts";
