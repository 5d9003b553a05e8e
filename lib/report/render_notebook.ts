/**
 * An executed notebook as one static HTML page of the report: markdown cells and markdown
 * outputs through `marked`, code cells as plain text, SVG figures inline, and, where a cell
 * published its Vega-Lite spec, a container that the vendored vega-embed turns into an
 * interactive chart (the SVG stays as it is when scripts do not run). Same notebook, same
 * bytes.
 *
 * @module
 */
import { Marked } from "marked";

/** The parts of an executed notebook (nbformat 4) that the page shows. */
export interface NotebookJson {
  cells: {
    cell_type: string;
    id?: string;
    source: string | string[];
    outputs?: {
      output_type: string;
      text?: string | string[];
      data?: Record<string, unknown>;
      ename?: string;
      evalue?: string;
    }[];
  }[];
}

/** The media type of a Vega-Lite spec in a notebook output. */
export const VEGALITE_MIME = "application/vnd.vegalite.v5+json";

const markdown = new Marked({ gfm: true, async: false });

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/**
 * Markdown as HTML (GitHub-flavoured, tables included). Links to other notebooks
 * (`NN-name.ipynb`) point to their pages.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(markdownHtml("**vet** en [03](03-presence.ipynb)"),
 *   '<p><strong>vet</strong> en <a href="03-presence.html">03</a></p>\n');
 * ```
 */
export function markdownHtml(text: string): string {
  const html = markdown.parse(text) as string;
  return html.replace(/href="([^":#/]+)\.ipynb(#[^"]*)?"/g, 'href="$1.html$2"');
}

const joined = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join("") : value ?? "";

/** One output of a code cell as HTML. */
function outputHtml(output: NonNullable<NotebookJson["cells"][number]["outputs"]>[number]): string {
  if (output.output_type === "stream") {
    return `<pre class="stream">${escapeHtml(joined(output.text))}</pre>`;
  }
  if (output.output_type === "error") {
    return `<pre class="error">${escapeHtml(`${output.ename}: ${output.evalue}`)}</pre>`;
  }
  const data = output.data ?? {};
  const svg = data["image/svg+xml"];
  if (svg !== undefined) {
    const inline = `<div class="svg">${joined(svg as string | string[])}</div>`;
    const spec = data[VEGALITE_MIME];
    if (spec === undefined) return `<figure class="chart">${inline}</figure>`;
    // The spec goes in a JSON script element: "<" is escaped so that no text in it can
    // close the element.
    const json = JSON.stringify(spec).replaceAll("<", "\\u003c");
    return `<figure class="chart vl">${inline}<script type="application/json">${json}</script></figure>`;
  }
  if (data["text/markdown"] !== undefined) {
    return `<div class="markdown-output">${
      markdownHtml(joined(data["text/markdown"] as string | string[]))
    }</div>`;
  }
  if (data["text/html"] !== undefined) return joined(data["text/html"] as string | string[]);
  if (data["text/plain"] !== undefined) {
    return `<pre class="plain">${
      escapeHtml(joined(data["text/plain"] as string | string[]))
    }</pre>`;
  }
  return "";
}

/** Options of {@linkcode renderNotebook}. */
export interface RenderNotebookOptions {
  /** Links at the top of the page, `[href, text]`. Default: none. */
  nav?: readonly (readonly [string, string])[];
  /** Path from the page to the site's root folder. Default: `".."`. */
  root?: string;
}

/**
 * The HTML page of an executed notebook. Each cell is a `<section id="cell-ID">`, so a
 * figure or a number can be linked to the cell that made it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const page = renderNotebook("00-demo", {
 *   cells: [
 *     { cell_type: "markdown", id: "m1", source: ["# Demo\n", "Een <b>test</b>."] },
 *     { cell_type: "code", id: "c1", source: "1 < 2", outputs: [
 *       { output_type: "execute_result", data: { "text/plain": "true" } },
 *     ] },
 *   ],
 * });
 * assert.match(page, /<title>00-demo · sturingstaal<\/title>/);
 * assert.match(page, /<section class="cell markdown" id="cell-m1"><h1>Demo<\/h1>/);
 * assert.match(page, /<pre class="source"><code>1 &lt; 2<\/code><\/pre>/);
 * assert.match(page, /<pre class="plain">true<\/pre>/);
 * ```
 */
export function renderNotebook(
  name: string,
  notebook: NotebookJson,
  options: RenderNotebookOptions = {},
): string {
  const root = options.root ?? "..";
  const cells = notebook.cells.map((cell, index) => {
    const id = escapeHtml(cell.id ?? `c${index + 1}`);
    const source = joined(cell.source);
    if (cell.cell_type === "markdown") {
      return `<section class="cell markdown" id="cell-${id}">${markdownHtml(source)}</section>`;
    }
    if (cell.cell_type !== "code") return "";
    const outputs = (cell.outputs ?? []).map(outputHtml).join("\n");
    return `<section class="cell code" id="cell-${id}">` +
      `<pre class="source"><code>${escapeHtml(source)}</code></pre>` +
      (outputs === "" ? "" : `<div class="outputs">${outputs}</div>`) + `</section>`;
  }).filter((html) => html !== "");
  return page(`${name} · sturingstaal`, cells.join("\n"), {
    root,
    nav: options.nav ?? [],
    charts: notebook.cells.some((c) =>
      (c.outputs ?? []).some((o) => o.data?.[VEGALITE_MIME] !== undefined)
    ),
  });
}

/** Options of {@linkcode page}. */
export interface PageOptions {
  /** Path from the page to the site's root folder. */
  root: string;
  /** Links at the top, `[href, text]`. */
  nav: readonly (readonly [string, string])[];
  /** Load the vendored Vega scripts to make charts interactive. */
  charts: boolean;
}

/** A whole page of the site around `body`. */
export function page(title: string, body: string, options: PageOptions): string {
  const nav = options.nav.map(([href, text]) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
  )
    .join(" · ");
  const scripts = options.charts
    ? ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "charts.js"]
      .map((file) => `<script src="${options.root}/vendor/${file}"></script>`).join("\n")
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${options.root}/style.css">
</head>
<body>
${nav === "" ? "" : `<nav>${nav}</nav>\n`}<main>
${body}
</main>
${scripts}
</body>
</html>
`;
}
