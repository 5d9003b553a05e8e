/**
 * Test helper: render a spec and fail when Vega or Vega-Lite logs a warning or an error
 * (a misspelled field, an impossible scale), so a figure test catches specs that render
 * "something" but not what was meant.
 *
 * @module
 */
export { renderStrict as renderQuietly } from "../testing.ts";
