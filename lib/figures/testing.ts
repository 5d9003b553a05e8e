/**
 * Test helper for figure modules: render a spec and fail when Vega or Vega-Lite logs a
 * warning or an error (a misspelled field, an impossible scale), so a figure test catches
 * specs that render "something" but not what was meant.
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { renderSvg } from "./render.ts";

/** Render to SVG; throw if anything was logged as a warning or error while rendering. */
export async function renderStrict(spec: TopLevelSpec): Promise<string> {
  const logged: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => logged.push(args.join(" "));
  console.error = (...args: unknown[]) => logged.push(args.join(" "));
  try {
    const svg = await renderSvg(spec);
    if (logged.length > 0) throw new Error(`rendering logged: ${logged.join("; ")}`);
    return svg;
  } finally {
    console.warn = warn;
    console.error = error;
  }
}
