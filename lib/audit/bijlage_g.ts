/**
 * Internal consistency of a score table: each municipality's four shares must sum to 100
 * within rounding.
 *
 * The tolerance follows from the printed precision: a share printed with one decimal is
 * within 0.05 of the exact share, so four such shares sum to within 4 × 0.05 = 0.2 of the
 * exact total of 100. In general the tolerance is the sum of the four half-units (Hilversum,
 * whose SR share is printed as a whole number, gets 3 × 0.05 + 0.5 = 0.65). Computed shares
 * must sum to 100 up to floating-point error.
 *
 * @module
 */
import { PERSPECTIVES } from "../data/mod.ts";
import { decimalsOf, formatFixed, type ScoreTable } from "../stats/mod.ts";
import { type AuditRow, printedShare, shareUncertainty } from "./audit_row.ts";
import { explainNoFit } from "./minimal_hits.ts";

/**
 * One audit row per municipality: the printed shares' sum against 100. Items are named
 * `bijlage-g …` for printed shares and `scores …` for computed ones.
 * `match` when it is exactly 100 at the printed precision, `rounding` when within the
 * tolerance above, `mismatch` otherwise (with the likely misprint, from
 * `explainNoFit`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parsePublishedScores } from "../data/mod.ts";
 * import { scoreTableFromPublished } from "../stats/mod.ts";
 * const scores = scoreTableFromPublished(parsePublishedScores(
 *   "municipality,size_class,region,PA,NPM,NPG,SR\n" +
 *     "Alkmaar,100.000+,west,19.0,28.6,19.8,32.5\nHoorn,100.000-,west,24.2,17.6,13.2,46.3\n",
 * ));
 * const [alkmaar, hoorn] = auditRowSums(scores);
 * assert.equal(alkmaar.status, "rounding");
 * assert.equal(alkmaar.published, "99.9");
 * assert.equal(hoorn.status, "mismatch");
 * ```
 */
export function auditRowSums(scores: ScoreTable): AuditRow[] {
  return scores.rows.map((row) => {
    const printed = PERSPECTIVES.map((p) => printedShare(scores, row, p));
    const decimals = Math.max(...printed.map(decimalsOf));
    const sum = PERSPECTIVES.reduce((total, p) => total + row[p], 0);
    const tolerance = PERSPECTIVES.reduce(
      (total, p) => total + shareUncertainty(scores, row.municipality, p),
      0,
    );
    const gap = Math.abs(sum - 100);
    const status = gap < 1e-6 ? "match" : gap <= tolerance + 1e-9 ? "rounding" : "mismatch";
    const note = status === "match"
      ? ""
      : status === "rounding"
      ? `within ±${formatFixed(tolerance, 2)} (sum of the shares' rounding half-units)`
      : `off by more than ±${formatFixed(tolerance, 2)}; ${explainNoFit(printed)}`;
    return {
      item: `${scores.meta.source === "published" ? "bijlage-g" : "scores"} ${row.municipality} ` +
        "PA+NPM+NPG+SR",
      published: formatFixed(sum, decimals),
      reproduced: "100",
      status,
      note,
    };
  });
}
