/**
 * A plain-language summary of the audit, computed from its rows (never typed by hand), for
 * the end of the audit notebook.
 *
 * @module
 */
import type { AuditRow } from "./audit_row.ts";
import { auditSource } from "./audit_chapter6.ts";
import { AUDIT_STATUSES } from "./status.ts";

/** Options of {@linkcode summarizeAudit}. */
export interface SummarizeOptions {
  /** What the numbers were recomputed from, e.g. a score table's `meta.description`. Default: none. */
  recomputedFrom?: string;
}

/** A source tag (`fig-6.4`, `bijlage-g`, `text`) as a reader would name it. */
export function sourceName(source: string): string {
  if (source === "bijlage-g") return "Bijlage G";
  if (source === "scores") return "the score table";
  if (source === "text") return "the text of chapter 6";
  if (source === "reference") return "a cross-reference in chapter 6";
  if (source === "caption") return "a caption of chapter 6";
  const figure = /^fig-(6\.\d+)$/.exec(source);
  return figure ? `Figure ${figure[1]}` : source;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Sources with at most this many `rounding` rows have them listed by name. */
const LISTED_ROUNDING = 8;

/**
 * Markdown: how many numbers were checked and with what result; one bullet per number that
 * does not reproduce (printed, recomputed, and the note with the likely cause); the numbers
 * that differ only within rounding, by source, with the borderline ones named; and those
 * the data cannot check.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = [
 *   { item: "text a (line 1)", published: "7.4", reproduced: "4.4", status: "mismatch", note: "likely cause: a typo" },
 *   { item: "text b (line 2)", published: "5", reproduced: "5", status: "match", note: "" },
 * ] as const;
 * const summary = summarizeAudit(rows);
 * assert.match(summary, /^Of 2 published numbers, 1 reproduces exactly/);
 * assert.match(summary, /- the text of chapter 6, a \(line 1\): printed 7\.4, recomputed 4\.4; likely cause: a typo\./);
 * ```
 */
export function summarizeAudit(rows: readonly AuditRow[], options: SummarizeOptions = {}): string {
  const by = (status: AuditRow["status"]) => rows.filter((r) => r.status === status);
  const [match, rounding, mismatch, unchecked] = [
    by("match"),
    by("rounding"),
    by("mismatch"),
    by("not_checked"),
  ];
  const from = options.recomputedFrom ? ` (recomputed from ${options.recomputedFrom})` : "";
  const lines: string[] = [];
  const references = rows.filter((r) => /^(reference|caption) /.test(r.item)).length;
  const what = references === 0
    ? `${rows.length} published numbers`
    : `${rows.length} published items (${rows.length - references} numbers, ` +
      `${references} cross-references and captions)`;
  lines.push(
    `Of ${what}${from}, ${match.length} ${
      match.length === 1 ? "reproduces" : "reproduce"
    } exactly at the printed precision, ` +
      `${rounding.length} differ only by what rounding can explain, ` +
      `${plural(mismatch.length, "does not reproduce", "do not reproduce")}, and ` +
      `${unchecked.length} cannot be checked with the data.`,
  );
  if (mismatch.length > 0) {
    lines.push("", "**What does not reproduce:**", "");
    for (const row of mismatch) {
      lines.push(
        `- ${describeItem(row.item)}: printed ${row.published || "(nothing)"}, recomputed ${
          row.reproduced || "(nothing)"
        }${row.note ? `; ${row.note}` : ""}.`,
      );
    }
  } else {
    lines.push("", "Every checked number reproduces, exactly or within rounding.");
  }
  if (rounding.length > 0) {
    const sources = [...new Set(rounding.map(auditSource))];
    const parts = sources.map((source) => {
      const inSource = rounding.filter((r) => auditSource(r) === source);
      const names = inSource.length <= LISTED_ROUNDING
        ? `: ${
          inSource.map((r) =>
            `${
              r.item.split(" ").slice(1).join(" ")
            } (printed ${r.published}, recomputed ${r.reproduced})`
          ).join("; ")
        }`
        : "";
      return `${sourceName(source)} (${inSource.length})${names}`;
    });
    lines.push("", `**Within rounding** (${rounding.length}): ${parts.join(". ")}.`);
    const borderline = rounding.filter((r) => r.note.includes("; only because "));
    for (const row of borderline) {
      lines.push(
        "",
        `Borderline: ${describeItem(row.item)} is within rounding ${
          row.note.slice(row.note.indexOf("only because "))
        }.`,
      );
    }
  }
  if (unchecked.length > 0) {
    lines.push(
      "",
      `**Not checkable with the data** (${unchecked.length}): ` +
        unchecked.map((r) => `${describeItem(r.item)}, printed ${r.published}`).join("; ") + ".",
    );
  }
  return lines.join("\n");
}

/** `fig-6.4 PA bottom place 4` → `Figure 6.4, PA bottom place 4`. */
function describeItem(item: string): string {
  const [source, ...rest] = item.split(" ");
  return `${sourceName(source)}, ${rest.join(" ")}`;
}

/** Markdown shown as rendered text in a notebook (with the same text as plain fallback). */
export interface MarkdownDisplay {
  markdown: string;
  [key: symbol]: () => Record<string, string>;
}

/**
 * {@linkcode summarizeAudit} wrapped for display: the Deno kernel renders it as Markdown.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const shown = summaryDisplay([]);
 * assert.equal(shown[Symbol.for("Jupyter.display")]()["text/markdown"], shown.markdown);
 * ```
 */
export function summaryDisplay(
  rows: readonly AuditRow[],
  options: SummarizeOptions = {},
): MarkdownDisplay {
  const markdown = summarizeAudit(rows, options);
  return {
    markdown,
    [Symbol.for("Jupyter.display")]: () => ({ "text/markdown": markdown, "text/plain": markdown }),
  };
}

/** One row of {@linkcode reviewerTable}. */
export interface ReviewerRow {
  status: string;
  items: number;
  /** For `mismatch`, the items, numbered, each with the evidence that decides it. */
  evidence: string;
}

/**
 * The one-page table for reviewers: every status with its count and, for the mismatches,
 * each item with its decisive evidence (the audit's note).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const table = reviewerTable([
 *   { item: "fig-6.2 G4 PA", published: "18.6", reproduced: "18.525", status: "rounding", note: "" },
 *   { item: "text a (line 1)", published: "7.4", reproduced: "4.4", status: "mismatch", note: "a typo" },
 * ]);
 * assert.deepEqual(table, [
 *   { status: "match", items: 0, evidence: "" },
 *   { status: "rounding", items: 1, evidence: "" },
 *   { status: "mismatch", items: 1, evidence: "(1) the text of chapter 6, a (line 1): printed 7.4, recomputed 4.4; a typo" },
 *   { status: "not_checked", items: 0, evidence: "" },
 * ]);
 * ```
 */
export function reviewerTable(rows: readonly AuditRow[]): ReviewerRow[] {
  return AUDIT_STATUSES.map((status) => {
    const these = rows.filter((r) => r.status === status);
    return {
      status,
      items: these.length,
      evidence: status !== "mismatch"
        ? ""
        : these.map((r, i) =>
          `(${i + 1}) ${describeItem(r.item)}: printed ${r.published}, recomputed ${
            r.reproduced || "(none)"
          }; ${r.note}`
        ).join(" "),
    };
  });
}
