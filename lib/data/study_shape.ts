/**
 * The shape of the study's data (how many plans, signal words, municipalities per size
 * class and region), computed from the files, and compared with what the dissertation
 * says it is. The first notebook shows both side by side.
 *
 * @module
 */
import {
  type Perspective,
  PERSPECTIVES,
  type Region,
  REGIONS,
  SCOPES,
  SIZE_CLASSES,
  type SizeClass,
} from "./categories.ts";
import type { PublishedData } from "./check.ts";

/** Counts that describe the study's data. */
export interface StudyShape {
  municipalities: number;
  plans: number;
  scored: number;
  signalWords: number;
  signalWordsPerPerspective: Record<Perspective, number>;
  sizeClasses: Record<SizeClass, number>;
  regions: Record<Region, number>;
}

/**
 * The shape as the dissertation states it: 50 municipalities selected (Bijlage A), 49
 * plans analysed (Bijlage B), 16 signal words per perspective (Bijlage C), and the group
 * sizes behind Figures 6.2 and 6.3.
 */
export const PUBLISHED_SHAPE: StudyShape = {
  municipalities: 50,
  plans: 49,
  scored: 49,
  signalWords: 64,
  signalWordsPerPerspective: { PA: 16, NPM: 16, NPG: 16, SR: 16 },
  sizeClasses: { "G4": 4, "100.000+": 26, "100.000-": 19 },
  regions: { noord: 3, oost: 10, zuid: 12, west: 24 },
};

function countBy<K extends string>(
  keys: readonly K[],
  values: readonly string[],
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const value of values) if (value in counts) counts[value as K]++;
  return counts;
}

/**
 * Count what the data holds. Size classes and regions are counted over the scored
 * municipalities (Bijlage G), as in chapter 6.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const shape = studyShape(
 *   {
 *     municipalities: [{}, {}],
 *     plans: [{}],
 *     scores: [{ size_class: "G4", region: "west" }],
 *   } as never,
 *   [{ category: "PA" }, { category: "SR" }, { category: "SR" }],
 * );
 * assert.deepEqual(shape.signalWordsPerPerspective, { PA: 1, NPM: 0, NPG: 0, SR: 2 });
 * assert.equal(shape.regions.west, 1);
 * ```
 */
export function studyShape(
  data: Pick<PublishedData, "municipalities" | "plans" | "scores">,
  lexiconEntries: readonly { category: string }[],
): StudyShape {
  return {
    municipalities: data.municipalities.length,
    plans: data.plans.length,
    scored: data.scores.length,
    signalWords: lexiconEntries.length,
    signalWordsPerPerspective: countBy(PERSPECTIVES, lexiconEntries.map((e) => e.category)),
    sizeClasses: countBy(SIZE_CLASSES, data.scores.map((s) => s.size_class)),
    regions: countBy(REGIONS, data.scores.map((s) => s.region)),
  };
}

/** One line per count: what the data holds against what the dissertation states. */
export interface ShapeComparison {
  what: string;
  data: number;
  dissertation: number;
  agrees: boolean;
}

/**
 * Compare a computed shape with the published one, count by count.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = compareShape({ ...PUBLISHED_SHAPE, plans: 48 });
 * assert.deepEqual(rows.filter((r) => !r.agrees).map((r) => r.what), ["plans analysed"]);
 * ```
 */
export function compareShape(
  shape: StudyShape,
  published: StudyShape = PUBLISHED_SHAPE,
): ShapeComparison[] {
  const rows: ShapeComparison[] = [];
  const add = (what: string, data: number, dissertation: number) =>
    rows.push({ what, data, dissertation, agrees: data === dissertation });
  add("municipalities selected", shape.municipalities, published.municipalities);
  add("plans analysed", shape.plans, published.plans);
  add("municipalities scored", shape.scored, published.scored);
  add("signal words", shape.signalWords, published.signalWords);
  for (const p of PERSPECTIVES) {
    add(
      `signal words ${p}`,
      shape.signalWordsPerPerspective[p],
      published.signalWordsPerPerspective[p],
    );
  }
  for (const s of SIZE_CLASSES) {
    add(`size class ${s}`, shape.sizeClasses[s], published.sizeClasses[s]);
  }
  for (const r of REGIONS) add(`region ${r}`, shape.regions[r], published.regions[r]);
  return rows;
}

/**
 * Throw when any count disagrees with the dissertation, naming each; returns a one-line
 * summary otherwise.
 */
export function assertPublishedShape(rows: readonly ShapeComparison[]): string {
  const off = rows.filter((row) => !row.agrees);
  if (off.length > 0) {
    throw new Error(
      `the data does not have the published shape: ${
        off.map((r) => `${r.what} ${r.data} (dissertation ${r.dissertation})`).join(", ")
      }`,
    );
  }
  return `All ${rows.length} counts agree with the dissertation.`;
}

/**
 * Lay a lexicon out as the appendix does: one column per category, one row per rank.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = lexiconColumns([{ category: "A", entry: "x" }, { category: "B", entry: "y" }, { category: "A", entry: "z" }]);
 * assert.deepEqual(rows, [{ A: "x", B: "y" }, { A: "z", B: "" }]);
 * ```
 */
export function lexiconColumns(
  entries: readonly { category: string; entry: string }[],
): Record<string, string>[] {
  const categories = [...new Set(entries.map((e) => e.category))];
  const columns = categories.map((c) =>
    entries.filter((e) => e.category === c).map((e) => e.entry)
  );
  const depth = Math.max(0, ...columns.map((c) => c.length));
  return Array.from(
    { length: depth },
    (_, i) => Object.fromEntries(categories.map((c, k) => [c, columns[k][i] ?? ""])),
  );
}

/** Number of plans per scope, in the order wmo, wmo_jeugd, integraal. */
export function plansByScope(
  plans: readonly { scope: string }[],
): { scope: string; plans: number }[] {
  return SCOPES.map((scope) => ({ scope, plans: plans.filter((p) => p.scope === scope).length }));
}
