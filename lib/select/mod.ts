/**
 * Case selection as a rule with parameters: the highest scorer per perspective plus one
 * average municipality, with the practical constraints of footnotes 62-64 as data.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadMunicipalities } from "../data/mod.ts";
 * import { loadScoreTable } from "../stats/mod.ts";
 * import { loadConstraints, selectCases } from "./mod.ts";
 * const scores = await loadScoreTable({ source: "published" });
 * const published = selectCases(scores, await loadMunicipalities(), {
 *   constraints: await loadConstraints(),
 *   maxPerProvince: 1,
 * });
 * assert.deepEqual(published.map((c) => c.municipality),
 *   ["Haarlemmermeer", "Zwolle", "Oss", "Utrecht", "Den Haag"]);
 * ```
 *
 * @module
 */
export * from "./constraints.ts";
export * from "./distance.ts";
export * from "./select_cases.ts";
export * from "./studied_cases.ts";
export * from "./check_studied.ts";
export * from "./strategies.ts";
export * from "./dossier.ts";
