/**
 * Showing computed text in a notebook: Markdown that the Deno kernel displays as
 * rendered text (with a plain-text fallback), so sentences built by this folder's
 * functions appear as prose rather than as a table cell.
 *
 * @module
 */

/** Markdown ready for display; `markdown` holds what is shown. */
export interface DisplayedMarkdown {
  markdown: string;
  [key: symbol]: () => Record<string, string>;
}

/**
 * Display paragraphs (joined by blank lines) or, with `bullets`, a bullet list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(displayMarkdown(["a", "b"]).markdown, "a\n\nb\n");
 * assert.equal(displayMarkdown(["a", "b"], { bullets: true }).markdown, "- a\n- b\n");
 * ```
 */
export function displayMarkdown(
  paragraphs: readonly string[],
  options: { bullets?: boolean } = {},
): DisplayedMarkdown {
  const markdown =
    (options.bullets ? paragraphs.map((p) => `- ${p}`).join("\n") : paragraphs.join("\n\n")) + "\n";
  return {
    markdown,
    [Symbol.for("Jupyter.display")]: () => ({ "text/markdown": markdown, "text/plain": markdown }),
  };
}
