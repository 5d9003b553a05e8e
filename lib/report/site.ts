/**
 * The report: a static site in `report/` of a run's outputs folder, to read with nothing but a
 * browser, offline, from disk. `index.html` gives the study in brief, the audit's summary
 * (counts per status and every mismatch with its cause), the robustness verdict, and a
 * gallery of every figure with its caption, linked to its data table, its Vega-Lite spec and
 * the notebook cell that drew it; `notebooks/NAME.html` is one page per executed notebook.
 * Charts are interactive where the vendored Vega scripts run, SVG otherwise.
 *
 * The pages link to the run's `figures/`, `tables/` and `notebooks/` beside `report/`, so the
 * site is the outputs folder with `report/index.html` as its entry; nothing is fetched from
 * anywhere else (no CDN, no web font). Built from the same files, the site has the same bytes.
 *
 * @module
 */
import { basename, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { parseCsv } from "../io/csv.ts";
import { fromSpreadsheetSafeTable } from "../io/spreadsheet_safe.ts";
import { MARKER_FILE, markerText } from "../io/result_folder.ts";
import { escapeHtml, type NotebookJson, page, renderNotebook } from "./render_notebook.ts";

/** The report's folder inside a run's outputs. */
export const REPORT_FOLDER = "report";

/** The vendored viewer scripts: site file name → path in `node_modules`. */
export const VENDORED: Record<string, string> = {
  "vega.min.js": "vega/build/vega.min.js",
  "vega-lite.min.js": "vega-lite/build/vega-lite.min.js",
  "vega-embed.min.js": "vega-embed/build/vega-embed.min.js",
};

const NODE_MODULES = new URL("../../node_modules/", import.meta.url);
const ASSETS = new URL("./assets/", import.meta.url);
const CITATION = new URL("../../CITATION.cff", import.meta.url);

/**
 * The study as `CITATION.cff` cites it (its first reference), one line: `Nijdam, N. Title.
 * Type.` The reference is kept in that one file.
 */
export async function studyReference(): Promise<string> {
  const cff = parseYaml(await Deno.readTextFile(CITATION)) as {
    references: {
      title: string;
      "thesis-type"?: string;
      authors: { "family-names": string; "given-names": string }[];
    }[];
  };
  const [study] = cff.references;
  const authors = study.authors.map((a) => `${a["family-names"]}, ${a["given-names"][0]}.`);
  const type = study["thesis-type"] === undefined ? "" : ` ${study["thesis-type"]}.`;
  return `${authors.join(" and ")} ${study.title.trim()}.${type}`;
}

/** One figure of the gallery. */
export interface GalleryFigure {
  id: string;
  caption: string;
  /** The table behind it, relative to the outputs folder, if there is one. */
  table?: string;
  /** The notebook that drew it and the id of the cell, if found. */
  notebook?: { name: string; cell: string };
}

/** The caption of a Vega-Lite spec: its title and subtitle, as one text. */
export function captionOf(spec: { title?: unknown; description?: unknown }): string {
  const title = spec.title as { text?: string | string[]; subtitle?: string | string[] } | string;
  const text = (value: string | string[] | undefined) =>
    Array.isArray(value) ? value.join(" ") : value ?? "";
  const parts = typeof title === "string" ? [title] : [text(title?.text), text(title?.subtitle)];
  if (typeof spec.description === "string") parts.push(spec.description);
  return parts.filter((p) => p !== "").join(". ").replace(/\s+/g, " ").replace(/\.\./g, ".");
}

/**
 * The figures of a run (`figures/*.vl.json`), each with its caption, the table of the same
 * name (`fig-6.2-chart` → `tables/fig-6.2.csv`), and the notebook cell that saved it (the
 * cell whose source calls `saveFigure("ID", …)`).
 */
export async function galleryFigures(
  outputsDir: string,
  notebooks: Record<string, NotebookJson>,
): Promise<GalleryFigure[]> {
  const ids = (await names(join(outputsDir, "figures")))
    .filter((n) => n.endsWith(".vl.json")).map((n) => n.slice(0, -".vl.json".length));
  const tables = new Set(await names(join(outputsDir, "tables")));
  const figures: GalleryFigure[] = [];
  for (const id of ids) {
    const spec = JSON.parse(await Deno.readTextFile(join(outputsDir, "figures", `${id}.vl.json`)));
    const base = id.replace(/-chart$/, "");
    const table = [id, base].map((n) => `${n}.csv`).find((n) => tables.has(n));
    let notebook: GalleryFigure["notebook"];
    for (const [name, json] of Object.entries(notebooks)) {
      const cell = json.cells.find((c) => {
        const source = Array.isArray(c.source) ? c.source.join("") : c.source;
        return source.includes(`saveFigure("${id}"`);
      });
      if (cell?.id !== undefined) {
        notebook = { name, cell: cell.id };
        break;
      }
    }
    figures.push({
      id,
      caption: captionOf(spec),
      ...(table === undefined ? {} : { table: `tables/${table}` }),
      ...(notebook === undefined ? {} : { notebook }),
    });
  }
  return figures;
}

async function names(dir: string): Promise<string[]> {
  const out: string[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) if (entry.isFile) out.push(entry.name);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return out.sort();
}

async function readTable(path: string) {
  try {
    const table = fromSpreadsheetSafeTable(parseCsv(await Deno.readTextFile(path), { file: path }));
    return table.records.map((r) => r.values);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

function table(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = rows.map((row) =>
    `<tr>${columns.map((c) => `<td>${escapeHtml(row[c] ?? "")}</td>`).join("")}</tr>`
  ).join("\n");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Options of {@linkcode buildReport} and {@linkcode indexPage}. */
export interface ReportOptions {
  /**
   * The corpus of an `analyse` run, as the user named it; the index then says that the
   * study's design ran on it. Default: none (the reproduction of the study).
   */
  corpus?: string;
}

/** The index page of the report of the run in `outputsDir`. */
export async function indexPage(
  outputsDir: string,
  notebookNames: readonly string[],
  figures: readonly GalleryFigure[],
  options: ReportOptions = {},
): Promise<string> {
  const sections: string[] = [];
  const reference = escapeHtml(await studyReference());
  const subject = options.corpus === undefined
    ? `A reproduction, from data, of <cite>${reference}</cite>`
    : `The design of <cite>${reference}</cite> run on the documents in ` +
      `<code>${escapeHtml(options.corpus)}</code>.`;
  sections.push(
    `<h1>sturingstaal: the report</h1>\n<p>${subject} Every number below is read from this ` +
      `run's tables; every figure links to the table it was drawn from, its Vega-Lite spec, ` +
      `and the notebook cell that drew it.</p>`,
  );
  const shape = await readTable(join(outputsDir, "tables", "study-shape.csv"));
  if (shape !== undefined && shape.length > 0) {
    sections.push(`<h2>The study in brief</h2>\n${table(Object.keys(shape[0]), shape)}`);
  }
  const audit = await readTable(join(outputsDir, "tables", "audit-chapter-6.csv"));
  if (audit !== undefined) {
    const counts = new Map<string, number>();
    for (const row of audit) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
    const statusRows = [...counts].sort(([a], [b]) => a < b ? -1 : 1)
      .map(([status, n]) => ({ status, items: String(n) }));
    const mismatches = audit.filter((row) => row.status === "mismatch");
    sections.push(
      `<h2>The audit of chapter 6</h2>\n<p>${audit.length} published numbers checked ` +
        `(<a href="../tables/audit-chapter-6.csv">audit-chapter-6.csv</a>, notebook ` +
        `<a href="notebooks/07-audit.html">07-audit</a>).</p>\n` +
        table(["status", "items"], statusRows) +
        `\n<h3>Every mismatch, with its cause</h3>\n` +
        table(["item", "published", "reproduced", "note"], mismatches),
    );
  }
  const verdict = await readTable(join(outputsDir, "tables", "robustness-verdict.csv"));
  if (verdict !== undefined && verdict.length > 0) {
    sections.push(
      `<h2>How robust are the findings?</h2>\n<p>From notebook ` +
        `<a href="notebooks/11-robustness.html">11-robustness</a> ` +
        `(<a href="../tables/robustness-verdict.csv">robustness-verdict.csv</a>).</p>\n` +
        table(Object.keys(verdict[0]), verdict),
    );
  }
  sections.push(
    `<h2>Notebooks</h2>\n<ol>\n${
      notebookNames.map((n) => `<li><a href="notebooks/${n}.html">${escapeHtml(n)}</a></li>`)
        .join("\n")
    }\n</ol>`,
  );
  const gallery = figures.map((f) => {
    const links = [
      ...(f.table === undefined ? [] : [`<a href="../${f.table}">data</a>`]),
      `<a href="../figures/${f.id}.vl.json">Vega-Lite spec</a>`,
      `<a href="../figures/${f.id}.png">PNG</a>`,
      ...(f.notebook === undefined ? [] : [
        `<a href="notebooks/${f.notebook.name}.html#cell-${f.notebook.cell}">notebook ${
          escapeHtml(f.notebook.name)
        }</a>`,
      ]),
    ];
    return `<figure id="figure-${f.id}">` +
      `<img src="../figures/${f.id}.svg" alt="${escapeHtml(f.caption)}">` +
      `<figcaption>${escapeHtml(f.caption)}<br>${links.join(" · ")}</figcaption></figure>`;
  });
  sections.push(
    `<h2>Every figure (${figures.length})</h2>\n<div class="gallery">\n${
      gallery.join("\n")
    }\n</div>`,
  );
  return page("sturingstaal: the report", sections.join("\n"), {
    root: ".",
    nav: [["index.html", "report"]],
    charts: false,
  });
}

/**
 * Build the report of the run in `outputsDir` into `reportDir` (made if missing; files are
 * written, nothing else is touched), with its marker file. Returns the files written,
 * relative to `reportDir`, sorted.
 */
export async function buildReport(
  outputsDir: string,
  reportDir: string,
  options: ReportOptions = {},
): Promise<string[]> {
  const notebookFiles = (await names(join(outputsDir, "notebooks")))
    .filter((n) => n.endsWith(".ipynb"));
  const notebooks: Record<string, NotebookJson> = {};
  for (const file of notebookFiles) {
    notebooks[basename(file, ".ipynb")] = JSON.parse(
      await Deno.readTextFile(join(outputsDir, "notebooks", file)),
    );
  }
  const notebookNames = Object.keys(notebooks);
  const files: Record<string, string | Uint8Array> = {
    [MARKER_FILE]: markerText("report"),
    "style.css": await Deno.readTextFile(new URL("style.css", ASSETS)),
    "vendor/charts.js": await Deno.readTextFile(new URL("charts.js", ASSETS)),
  };
  for (const [file, path] of Object.entries(VENDORED)) {
    files[`vendor/${file}`] = await Deno.readFile(new URL(path, NODE_MODULES));
  }
  files["index.html"] = await indexPage(
    outputsDir,
    notebookNames,
    await galleryFigures(outputsDir, notebooks),
    options,
  );
  notebookNames.forEach((name, i) => {
    const nav: [string, string][] = [["../index.html", "report"]];
    if (i > 0) nav.push([`${notebookNames[i - 1]}.html`, `← ${notebookNames[i - 1]}`]);
    if (i < notebookNames.length - 1) {
      nav.push([`${notebookNames[i + 1]}.html`, `${notebookNames[i + 1]} →`]);
    }
    nav.push([`../../notebooks/${name}.ipynb`, "the executed notebook (.ipynb)"]);
    files[`notebooks/${name}.html`] = renderNotebook(name, notebooks[name], { nav });
  });
  for (const [file, content] of Object.entries(files)) {
    const path = join(reportDir, file);
    await Deno.mkdir(join(path, ".."), { recursive: true });
    if (typeof content === "string") await Deno.writeTextFile(path, content);
    else await Deno.writeFile(path, content);
  }
  return Object.keys(files).sort();
}
