/**
 * The reproduction's acceptance check for case selection: on the published scores, rule
 * plus constraints must give exactly the five municipalities studied in chapters 7-11.
 * On a user's corpus the studied cases are not a yardstick, so the check only reports.
 *
 * @module
 */
import type { ScoreTable } from "../stats/mod.ts";
import type { StudiedComparison } from "./select_cases.ts";

/**
 * Throw when the published scores do not lead to the studied cases; otherwise return a
 * one-line verdict.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const published = { meta: { source: "published" } } as never;
 * const corpus = { meta: { source: "corpus" } } as never;
 * const off = [{ role: "SR", selected: "Deventer", studied: "Utrecht", agrees: false }] as const;
 * assert.throws(() => checkStudiedSelection(published, [...off]), {
 *   message: "the selection differs from the cases studied in chapters 7-11: SR Deventer (studied: Utrecht)",
 * });
 * assert.equal(
 *   checkStudiedSelection(corpus, [...off]),
 *   "1 of 1 roles differ from the study's cases, as may be expected on another corpus.",
 * );
 * ```
 */
export function checkStudiedSelection(
  scores: Pick<ScoreTable, "meta">,
  comparison: readonly StudiedComparison[],
): string {
  const differing = comparison.filter((row) => !row.agrees);
  if (scores.meta.source === "published") {
    if (differing.length > 0) {
      throw new Error(
        "the selection differs from the cases studied in chapters 7-11: " +
          differing.map((r) => `${r.role} ${r.selected} (studied: ${r.studied})`).join(", "),
      );
    }
    return `All ${comparison.length} roles give the municipality studied in chapters 7-11.`;
  }
  return `${differing.length} of ${comparison.length} roles differ from the study's cases, ` +
    "as may be expected on another corpus.";
}
