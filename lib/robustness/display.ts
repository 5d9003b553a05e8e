/**
 * Showing computed text in a notebook: `displayMarkdown`, kept in lib/outputs with the
 * other displays and re-exported here for the robustness and validation notebooks.
 *
 * @module
 */
export { displayMarkdown } from "../outputs/display_table.ts";
