/**
 * Which cells and rows of a printed figure the data do not reproduce, as the figures'
 * `marked` options take them (`lib/figures/chapter6`): a figure that reproduces a printed one
 * shows the printed values and marks these (issue 17).
 *
 * @module
 */
import type { AuditRow } from "./audit_row.ts";

/** The items of the audit that do not reproduce. */
function failing(audit: readonly AuditRow[]): Set<string> {
  return new Set(audit.filter((r) => r.status === "mismatch").map((r) => r.item));
}

/**
 * For Figure 6.`figure` (1-3): is the printed mean of `group` on `perspective` a mismatch?
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const marked = unreproducedMean([
 *   { item: "fig-6.2 100.000- SR", published: "31.6", reproduced: "31.716", status: "mismatch", note: "" },
 *   { item: "fig-6.2 G4 PA", published: "18.6", reproduced: "18.525", status: "rounding", note: "" },
 * ], 2);
 * assert.deepEqual([marked("100.000-", "SR"), marked("G4", "PA")], [true, false]);
 * ```
 */
export function unreproducedMean(
  audit: readonly AuditRow[],
  figure: 1 | 2 | 3,
): (group: string, perspective: string) => boolean {
  const items = failing(audit);
  return (group, perspective) => items.has(`fig-6.${figure} ${group} ${perspective}`);
}

/**
 * For Figure 6.`figure` (4-7): does a printed row (its place, or its share) not reproduce?
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const marked = unreproducedPlace([
 *   { item: "fig-6.4 PA bottom place 4", published: "Velsen", reproduced: "Haarlem", status: "mismatch", note: "" },
 * ], 4);
 * assert.equal(marked({ perspective: "PA", list: "bottom", rank: 4, municipality: "Velsen" }), true);
 * assert.equal(marked({ perspective: "PA", list: "bottom", rank: 3, municipality: "Utrecht" }), false);
 * ```
 */
export function unreproducedPlace(
  audit: readonly AuditRow[],
  figure: 4 | 5 | 6 | 7,
): (
  row: { perspective: string; list: string; rank: number | string; municipality: string },
) => boolean {
  const items = failing(audit);
  return (row) => {
    const head = `fig-6.${figure} ${row.perspective} ${row.list}`;
    return items.has(`${head} place ${row.rank}`) || items.has(`${head} ${row.municipality} share`);
  };
}

/**
 * The subtitle of a printed figure redrawn: that it shows the printed values, and what the
 * `*` marks, computed from the audit of that figure.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const audit = [{ item: "fig-6.3 west SR", published: "31.5", reproduced: "31.600", status: "mismatch" as const, note: "" }];
 * assert.equal(printedSubtitle(audit, 3), "The values as printed in the dissertation. * marks the 1 value the data do not reproduce (see the audit, notebook 07); the recomputed table follows.");
 * assert.equal(printedSubtitle(audit, 2), "The values as printed in the dissertation; every value reproduces (see the audit, notebook 07).");
 * ```
 */
export function printedSubtitle(audit: readonly AuditRow[], figure: number): string {
  const failing = audit.filter((r) =>
    r.status === "mismatch" && r.item.startsWith(`fig-6.${figure} `) && !r.item.endsWith(" n")
  );
  const what = figure >= 4 ? "place" : "value";
  if (failing.length === 0) {
    return `The values as printed in the dissertation; every ${what} reproduces (see the audit, notebook 07).`;
  }
  const many = failing.length === 1 ? `the 1 ${what}` : `the ${failing.length} ${what}s`;
  return `The values as printed in the dissertation. * marks ${many} the data do not reproduce ` +
    "(see the audit, notebook 07); the recomputed table follows.";
}
