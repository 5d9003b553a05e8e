/**
 * Small inline inputs shared by the chapter 6 figure tests (the renderer that fails on any
 * warning is `renderStrict` in lib/figures/testing.ts).
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import type { MeanProfile, PerspectiveStyle, Profile } from "./style.ts";

/** The four perspectives as in `data/perspectives.csv`. */
export const PERSPECTIVE_STYLES: readonly PerspectiveStyle[] = [
  {
    code: "PA",
    name_en: "Public Administration",
    label_nl: "rechtmatige overheid",
    quadrant: "bottom-left",
    grey: "black",
  },
  {
    code: "NPM",
    name_en: "New Public Management",
    label_nl: "presterende overheid",
    quadrant: "top-left",
    grey: "dark grey",
  },
  {
    code: "NPG",
    name_en: "New Public Governance",
    label_nl: "netwerkende overheid",
    quadrant: "top-right",
    grey: "grey",
  },
  {
    code: "SR",
    name_en: "Societal Resilience",
    label_nl: "participerende overheid",
    quadrant: "bottom-right",
    grey: "light grey",
  },
];

/** A mean profile. */
export const MEAN: MeanProfile = { PA: 20.7, NPM: 21.2, NPG: 27.0, SR: 31.1 };

/** Two profiles: an even one and a lopsided one with two thin slices side by side. */
export const EVEN: Profile = { municipality: "Even", PA: 25, NPM: 25, NPG: 25, SR: 25 };
export const LOPSIDED: Profile = { municipality: "Lopsided", PA: 6, NPM: 2, NPG: 58, SR: 34 };

/** The `data.values` of a spec (top level). */
export function dataValues<T>(spec: TopLevelSpec): T[] {
  return (spec as unknown as { data: { values: T[] } }).data.values;
}
