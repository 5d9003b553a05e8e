/**
 * Show rows as a table in a notebook. The Deno kernel displays the returned object as
 * Markdown (rendered by Jupyter, VS Code, GitHub and nbconvert alike) with a plain-text
 * fallback.
 *
 * @module
 */
import type { CsvValue } from "../io/csv.ts";
import { formatFixed } from "../io/round.ts";

/** Options of {@linkcode displayTable}. */
export interface DisplayTableOptions {
  /** Columns to show, in order. Default: the keys of the first row. */
  columns?: readonly string[];
  /** Digits after the decimal point for non-integer numbers. Default: 1. */
  decimals?: number;
  /** A caption printed above the table. Default: none. */
  caption?: string;
}

/** A table ready for display; `markdown` holds what is shown. */
export interface DisplayedTable {
  markdown: string;
  [key: symbol]: () => Record<string, string>;
}

/**
 * Build a displayable Markdown table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const table = displayTable([{ group: "G4", n: 4, PA: 18.525 }], { decimals: 2 });
 * assert.equal(table.markdown, "| group | n | PA |\n|---|--:|--:|\n| G4 | 4 | 18.53 |\n");
 * ```
 */
export function displayTable(
  rows: readonly Record<string, CsvValue>[],
  options: DisplayTableOptions = {},
): DisplayedTable {
  const columns = options.columns ?? Object.keys(rows[0] ?? {});
  const decimals = options.decimals ?? 1;
  const format = (value: CsvValue): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") {
      return Number.isInteger(value) ? String(value) : formatFixed(value, decimals);
    }
    return String(value).replaceAll("|", "\\|").replaceAll("\n", " ");
  };
  const numeric = columns.map((c) =>
    rows.length > 0 && rows.every((r) => typeof r[c] === "number" || r[c] == null)
  );
  const lines = [
    `| ${columns.join(" | ")} |`,
    `|${numeric.map((n) => (n ? "--:" : "---")).join("|")}|`,
    ...rows.map((row) => `| ${columns.map((c) => format(row[c])).join(" | ")} |`),
  ];
  const markdown = (options.caption ? `**${options.caption}**\n\n` : "") + lines.join("\n") + "\n";
  return {
    markdown,
    [Symbol.for("Jupyter.display")]: () => ({ "text/markdown": markdown, "text/plain": markdown }),
  };
}

/**
 * Show paragraphs of Markdown (sentences computed from the data, tables from
 * {@linkcode displayTable}), joined by blank lines, or with `bullets` a bullet list, as one
 * output of a notebook cell.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(displayMarkdown(["a", "b"]).markdown, "a\n\nb\n");
 * assert.equal(displayMarkdown(["a", "b"], { bullets: true }).markdown, "- a\n- b\n");
 * assert.equal(displayMarkdown(["12 documents.", displayTable([{ n: 1 }]).markdown]).markdown,
 *   "12 documents.\n\n| n |\n|--:|\n| 1 |\n");
 * ```
 */
export function displayMarkdown(
  paragraphs: readonly string[],
  options: { bullets?: boolean } = {},
): DisplayedTable {
  const parts = paragraphs.map((p) => p.trimEnd());
  const markdown = (options.bullets ? parts.map((p) => `- ${p}`).join("\n") : parts.join("\n\n")) +
    "\n";
  return {
    markdown,
    [Symbol.for("Jupyter.display")]: () => ({ "text/markdown": markdown, "text/plain": markdown }),
  };
}
