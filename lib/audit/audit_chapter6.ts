/**
 * The whole chapter 6 audit in one call: Bijlage G's row sums, Figures 6.1-6.7, and every
 * number of the running text, each compared with the recomputation from a score table.
 *
 * @module
 */
import type { PublishedData } from "../data/mod.ts";
import type { ScoreTable } from "../stats/mod.ts";
import type { ProvinceOf, SelectedCase } from "../select/mod.ts";
import type { AuditRow } from "./audit_row.ts";
import type { AuditStatus } from "./status.ts";
import { auditRowSums } from "./bijlage_g.ts";
import { auditPresenceFigure, auditVariationFigure } from "./figures.ts";
import { auditTextNumbers } from "./text_numbers.ts";
import { auditReferences } from "./references.ts";

/** The published numbers the audit needs (a subset of `checkPublishedData()`'s bundle). */
export type PublishedChapter6 = Pick<
  PublishedData,
  "groupMeans" | "extremes" | "text" | "references"
>;

/** What the audit compares against besides the published numbers. */
export interface AuditChapter6Input {
  /** The score table recomputed from (Bijlage G by default). */
  scores: ScoreTable;
  /** The published case selection, for the numbers of section 6.5. */
  selection: readonly SelectedCase[];
  /** Province of each municipality. */
  provinces: readonly ProvinceOf[];
}

/**
 * Every audit row, in the order: Bijlage G sums, Figures 6.1-6.7, text numbers, references
 * and captions.
 */
export function auditChapter6(
  published: PublishedChapter6,
  input: AuditChapter6Input,
): AuditRow[] {
  const { scores } = input;
  return [
    ...auditRowSums(scores),
    ...auditPrintedFigures(scores, published),
    ...auditTextNumbers(published.text, input),
    ...auditReferences(published.references, { scores, groupMeans: published.groupMeans }),
  ];
}

/**
 * The audit rows of Figures 6.1-6.7 alone: every printed mean and n, every place and share of
 * the top and bottom lists (see `figures.ts`). The figures notebook marks what fails.
 */
export function auditPrintedFigures(
  scores: ScoreTable,
  published: Pick<PublishedChapter6, "groupMeans" | "extremes">,
): AuditRow[] {
  const overall = published.groupMeans[1].find((row) => row.group_type === "all");
  return [
    ...auditPresenceFigure(scores, published.groupMeans[1], 1),
    ...auditPresenceFigure(scores, published.groupMeans[2], 2, { overall }),
    ...auditPresenceFigure(scores, published.groupMeans[3], 3, { overall }),
    ...auditVariationFigure(scores, published.extremes[4], 4),
    ...auditVariationFigure(scores, published.extremes[5], 5),
    ...auditVariationFigure(scores, published.extremes[6], 6),
    ...auditVariationFigure(scores, published.extremes[7], 7),
  ];
}

/**
 * Where an audit row's number comes from: `bijlage-g`, `fig-6.N`, `text`, or `reference` and
 * `caption` for the cross-references and captions.
 */
export function auditSource(row: AuditRow): string {
  return row.item.split(" ")[0];
}

/** Count of rows per source and status, for a summary table. */
export interface AuditCount {
  source: string;
  match: number;
  rounding: number;
  mismatch: number;
  not_checked: number;
  total: number;
}

/**
 * Rows counted by source (in first-seen order) and status.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = (item: string, status: "match" | "mismatch") =>
 *   ({ item, published: "", reproduced: "", status, note: "" });
 * assert.deepEqual(countAudit([row("text a", "match"), row("text b", "mismatch")]), [
 *   { source: "text", match: 1, rounding: 0, mismatch: 1, not_checked: 0, total: 2 },
 * ]);
 * ```
 */
export function countAudit(rows: readonly AuditRow[]): AuditCount[] {
  const counts = new Map<string, AuditCount>();
  for (const row of rows) {
    const source = auditSource(row);
    let count = counts.get(source);
    if (count === undefined) {
      count = { source, match: 0, rounding: 0, mismatch: 0, not_checked: 0, total: 0 };
      counts.set(source, count);
    }
    count[row.status as AuditStatus]++;
    count.total++;
  }
  return [...counts.values()];
}
