/**
 * From a score table (published or corpus) to the inputs of the chapter 6 figures:
 * a municipality's profile, the mean profile, and the profiles of selected cases. The
 * figures notebook calls these so that every figure follows the same data switch
 * (`STURINGSTAAL_SCORES`) as the tables.
 *
 * @module
 */
import { type Perspective, PERSPECTIVES } from "../../data/mod.ts";
import { meanProfile, rankExtremes, type ScoreTable } from "../../stats/mod.ts";
import type { MeanProfile, Profile } from "./style.ts";

/**
 * One municipality's four shares; throws when it is not in the table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../../stats/mod.ts";
 * const scores = scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: 10, NPM: 20, NPG: 30, SR: 40 },
 * ]);
 * assert.deepEqual(profileOf(scores, "A"), { municipality: "A", PA: 10, NPM: 20, NPG: 30, SR: 40 });
 * assert.throws(() => profileOf(scores, "B"), { message: 'no scores for "B" (rows given in code)' });
 * ```
 */
export function profileOf(scores: ScoreTable, municipality: string): Profile {
  const row = scores.rows.find((r) => r.municipality === municipality);
  if (row === undefined) {
    throw new Error(`no scores for "${municipality}" (${scores.meta.description})`);
  }
  return { municipality, PA: row.PA, NPM: row.NPM, NPG: row.NPG, SR: row.SR };
}

/**
 * The mean profile of all rows, labelled for the figures, e.g. `gemiddeld (49)`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../../stats/mod.ts";
 * const row = (municipality: string, PA: number) =>
 *   ({ municipality, size_class: "G4", region: "west", PA, NPM: 0, NPG: 0, SR: 100 - PA }) as const;
 * const mean = meanProfileOf(scoreTableFromRows([row("A", 10), row("B", 30)]));
 * assert.deepEqual(mean, { PA: 20, NPM: 0, NPG: 0, SR: 80, label: "gemiddeld (2)" });
 * ```
 */
export function meanProfileOf(scores: ScoreTable): MeanProfile {
  return { ...meanProfile(scores), label: `gemiddeld (${scores.rows.length})` };
}

/**
 * The municipality with the highest share of a perspective (the first by name on a tie):
 * the subject of Figures 6.8-6.11. On any corpus each perspective has one, even when
 * there are fewer documents than roles to select.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../../stats/mod.ts";
 * const row = (municipality: string, PA: number) =>
 *   ({ municipality, size_class: "G4", region: "west", PA, NPM: 0, NPG: 0, SR: 100 - PA }) as const;
 * const scores = scoreTableFromRows([row("A", 10), row("B", 30)]);
 * assert.equal(highestScorer(scores, "PA"), "B");
 * assert.equal(highestScorer(scores, "SR"), "A");
 * ```
 */
export function highestScorer(scores: ScoreTable, perspective: Perspective): string {
  const [top] = rankExtremes(scores, perspective, { listLength: 1 });
  if (top === undefined) throw new Error(`no scores (${scores.meta.description})`);
  return top.municipality;
}

/** {@linkcode highestScorer} for each of the four perspectives. */
export function highestScorers(scores: ScoreTable): Record<Perspective, string> {
  return Object.fromEntries(
    PERSPECTIVES.map((p) => [p, highestScorer(scores, p)]),
  ) as Record<Perspective, string>;
}
