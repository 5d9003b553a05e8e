/**
 * The report: an offline static site of a run's outputs (see `site.ts`), and the HTML page of
 * an executed notebook (`render_notebook.ts`).
 *
 * @module
 */
export * from "./render_notebook.ts";
export * from "./site.ts";
