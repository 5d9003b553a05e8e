/**
 * One line of the chapter 6 audit, and the small helpers that fill it.
 *
 * @module
 */
import type { Perspective } from "../data/mod.ts";
import { decimalsOf, halfUnit, type ScoreRow, type ScoreTable } from "../stats/mod.ts";
import type { AuditStatus } from "./status.ts";

/** One audited number: what is printed, what the data give, and the verdict. */
export interface AuditRow {
  /** What is checked, e.g. `fig-6.2 G4 PA` or `text s64-zwolle-meanPA (line 3563)`. */
  item: string;
  /** The number as printed (decimal point), or the printed names for a list place. */
  published: string;
  /** The recomputation, with two more decimals than printed where it is a statistic. */
  reproduced: string;
  status: AuditStatus;
  /** Why the status, and for a mismatch a likely cause. */
  note: string;
}

/** Columns of `outputs/tables/audit-chapter-6.csv`. */
export const AUDIT_COLUMNS = ["item", "published", "reproduced", "status", "note"] as const;

/**
 * Half a unit of the last printed digit of a municipality's share: how far the exact share
 * can be from the table's value. 0 for shares that were computed, not printed.
 */
export function shareUncertainty(
  scores: ScoreTable,
  municipality: string,
  perspective: Perspective,
): number {
  const printed = scores.meta.printed?.[municipality]?.[perspective];
  return printed === undefined ? 0 : halfUnit(decimalsOf(printed));
}

/**
 * How far the exact mean of `rows` on `perspective` can be from the mean of the printed
 * shares: the sum of the shares' half-units divided by n (0.05 when all have one decimal).
 */
export function meanUncertainty(
  scores: ScoreTable,
  rows: readonly ScoreRow[],
  perspective: Perspective,
): number {
  if (rows.length === 0) return 0;
  const sum = rows.reduce(
    (total, row) => total + shareUncertainty(scores, row.municipality, perspective),
    0,
  );
  return sum / rows.length;
}

/** A share as printed in the table (Bijlage G) or, for computed shares, with one decimal. */
export function printedShare(scores: ScoreTable, row: ScoreRow, perspective: Perspective): string {
  return scores.meta.printed?.[row.municipality]?.[perspective] ?? row[perspective].toFixed(1);
}
