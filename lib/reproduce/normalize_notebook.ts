/**
 * Make an executed notebook byte-stable: no timestamps, no ANSI colour codes, no paths
 * of the machine it ran on, stable cell ids, sorted keys and nbformat's layout.
 *
 * @module
 */
import { stringifySorted } from "../io/sorted_json.ts";

/** A notebook as JSON (only the parts we touch are typed). */
export interface NotebookJson {
  cells: Array<{
    cell_type: string;
    id?: string;
    metadata?: Record<string, unknown>;
    source: string | string[];
    outputs?: Array<Record<string, unknown>>;
    execution_count?: number | null;
  }>;
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

// deno-lint-ignore no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Remove ANSI escape sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** Options of {@linkcode normalizeNotebook}. */
export interface NormalizeOptions {
  /** Absolute paths to replace by `<project>` (e.g. the checkout, the staging dir). */
  paths?: readonly string[];
}

/**
 * Normalise an executed notebook (see the module doc). Pure: returns a new object.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const nb = normalizeNotebook({
 *   cells: [{
 *     cell_type: "code", source: "1", execution_count: 1,
 *     metadata: { execution: { "iopub.status.busy": "2026-01-01T00:00:00Z" } },
 *     outputs: [{ output_type: "stream", name: "stdout", text: "\u001b[33m1\u001b[39m /tmp/x/a\n" }],
 *   }],
 *   metadata: {}, nbformat: 4, nbformat_minor: 5,
 * }, { paths: ["/tmp/x"] });
 * assert.equal(nb.cells[0].id, "cell-1");
 * assert.deepEqual(nb.cells[0].metadata, {});
 * assert.deepEqual(nb.cells[0].outputs?.[0].text, ["1 <project>/a\n"]);
 * ```
 */
export function normalizeNotebook(
  notebook: NotebookJson,
  options: NormalizeOptions = {},
): NotebookJson {
  const paths = [...(options.paths ?? [])].sort((a, b) => b.length - a.length);
  const clean = (text: string) => {
    let out = stripAnsi(text);
    for (const path of paths) {
      out = out.replaceAll(`file://${path}`, "<project>").replaceAll(path, "<project>");
    }
    return out;
  };
  const cells = notebook.cells.map((cell, index) => {
    const metadata = { ...(cell.metadata ?? {}) };
    delete metadata.execution;
    const out: NotebookJson["cells"][number] = {
      ...cell,
      id: cell.id ?? `cell-${index + 1}`,
      metadata,
      source: splitLines(joinText(cell.source)),
    };
    if (cell.outputs) out.outputs = cell.outputs.map((output) => normalizeOutput(output, clean));
    return out;
  });
  return { ...notebook, cells };
}

function normalizeOutput(
  output: Record<string, unknown>,
  clean: (text: string) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...output };
  if ("text" in out) out.text = splitLines(clean(joinText(out.text as string | string[])));
  if (typeof out.evalue === "string") out.evalue = clean(out.evalue);
  if (Array.isArray(out.traceback)) {
    out.traceback = (out.traceback as string[]).map((line) => clean(line));
  }
  if (out.data && typeof out.data === "object") {
    const data: Record<string, unknown> = {};
    for (const [mime, value] of Object.entries(out.data as Record<string, unknown>)) {
      data[mime] = typeof value === "string" || Array.isArray(value)
        ? (isJsonMime(mime) ? value : splitLines(clean(joinText(value as string | string[]))))
        : value;
    }
    out.data = data;
  }
  if (
    out.metadata === undefined && (out.output_type === "display_data" ||
      out.output_type === "execute_result")
  ) out.metadata = {};
  return out;
}

function isJsonMime(mime: string): boolean {
  return mime === "application/json" || mime.endsWith("+json");
}

function joinText(text: string | string[]): string {
  return Array.isArray(text) ? text.join("") : text;
}

/** nbformat's multiline layout: a list of lines, each keeping its `\n`. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

/**
 * Serialise like nbformat: keys sorted, one-space indent, non-ASCII kept, final newline.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(stringifyNotebook({ b: 1, a: ["é"] }), '{\n "a": [\n  "é"\n ],\n "b": 1\n}\n');
 * ```
 */
export function stringifyNotebook(value: unknown): string {
  return stringifySorted(value, 1);
}

/**
 * Problems with a source notebook: sources are committed without outputs, with every
 * cell id set, and with the project's kernel. Returns messages; empty when clean.
 */
export function sourceNotebookProblems(notebook: NotebookJson, kernelName: string): string[] {
  const problems: string[] = [];
  const spec = notebook.metadata.kernelspec as { name?: string } | undefined;
  if (spec?.name !== kernelName) {
    problems.push(`metadata.kernelspec.name is "${spec?.name}", expected "${kernelName}"`);
  }
  const ids = new Set<string>();
  notebook.cells.forEach((cell, index) => {
    const where = `cell ${index + 1}`;
    if (!cell.id) problems.push(`${where} has no id`);
    else if (ids.has(cell.id)) problems.push(`${where} repeats id "${cell.id}"`);
    else ids.add(cell.id);
    if (cell.cell_type === "code") {
      if ((cell.outputs ?? []).length > 0) problems.push(`${where} has saved outputs`);
      if (cell.execution_count !== null && cell.execution_count !== undefined) {
        problems.push(`${where} has an execution count`);
      }
    }
  });
  return problems;
}
