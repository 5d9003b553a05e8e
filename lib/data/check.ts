/**
 * Cross-file checks of the study's data: every municipality named in the plans, the
 * published scores, the figures and the chapter-6 numbers is one of Bijlage A's, and the
 * plans, scores and municipalities agree with each other.
 *
 * @module
 */
import { InputError } from "../io/mod.ts";
import { loadPublishedReferences, type PublishedReference } from "./published_references.ts";
import { loadMunicipalities, MUNICIPALITIES_FILE, type Municipality } from "./municipalities.ts";
import { loadPerspectives, type PerspectiveInfo } from "./perspectives.ts";
import { loadPlans, type Plan, PLANS_FILE } from "./plans.ts";
import {
  type Extreme,
  figureFile,
  type GroupMean,
  loadPublishedExtremes,
  loadPublishedGroupMeans,
} from "./published_figures.ts";
import {
  loadPublishedScores,
  PUBLISHED_SCORES_FILE,
  type PublishedScore,
} from "./published_scores.ts";
import {
  loadPublishedText,
  PUBLISHED_TEXT_FILE,
  type PublishedNumber,
  quantityMunicipality,
} from "./published_text.ts";

/** Everything in `data/`, loaded and validated. */
export interface PublishedData {
  municipalities: Municipality[];
  plans: Plan[];
  perspectives: PerspectiveInfo[];
  scores: PublishedScore[];
  groupMeans: { 1: GroupMean[]; 2: GroupMean[]; 3: GroupMean[] };
  extremes: { 4: Extreme[]; 5: Extreme[]; 6: Extreme[]; 7: Extreme[] };
  text: PublishedNumber[];
  references: PublishedReference[];
}

/** Load every data file and run {@linkcode crossCheck}; returns the loaded bundle. */
export async function checkPublishedData(): Promise<PublishedData> {
  const data: PublishedData = {
    municipalities: await loadMunicipalities(),
    plans: await loadPlans(),
    perspectives: await loadPerspectives(),
    scores: await loadPublishedScores(),
    groupMeans: {
      1: await loadPublishedGroupMeans(1),
      2: await loadPublishedGroupMeans(2),
      3: await loadPublishedGroupMeans(3),
    },
    extremes: {
      4: await loadPublishedExtremes(4),
      5: await loadPublishedExtremes(5),
      6: await loadPublishedExtremes(6),
      7: await loadPublishedExtremes(7),
    },
    text: await loadPublishedText(),
    references: await loadPublishedReferences(),
  };
  crossCheck(data);
  return data;
}

/**
 * Throw an {@linkcode InputError} at the first disagreement between files: a name not
 * in `data/municipalities.csv`, a plan or score for a municipality whose `plan_analysed`
 * is false (or none for one whose is true), or a size class or region in Bijlage G that
 * differs from `data/municipalities.csv`.
 */
export function crossCheck(data: PublishedData): void {
  const known = new Map(data.municipalities.map((m) => [m.municipality, m]));
  const municipalitiesFile = `data/${MUNICIPALITIES_FILE}`;
  const lookup = (name: string, file: string, line: number, field: string) => {
    const found = known.get(name);
    if (found === undefined) {
      throw new InputError(`"${name}" is not in ${municipalitiesFile}`, { file, line, field });
    }
    return found;
  };
  const analysed = new Set(
    data.municipalities.filter((m) => m.plan_analysed).map((m) => m.municipality),
  );
  for (
    const [rows, file] of [
      [data.plans, `data/${PLANS_FILE}`],
      [data.scores, `data/${PUBLISHED_SCORES_FILE}`],
    ] as const
  ) {
    for (const row of rows) {
      lookup(row.municipality, file, row.line, "municipality");
      if (!analysed.has(row.municipality)) {
        throw new InputError(
          `"${row.municipality}" has plan_analysed false in ${municipalitiesFile}`,
          { file, line: row.line, field: "municipality" },
        );
      }
    }
    const listed = new Set(rows.map((row) => row.municipality));
    const missing = [...analysed].filter((name) => !listed.has(name));
    if (missing.length > 0) {
      throw new InputError(`no row for ${missing.join(", ")} (plan_analysed is true)`, { file });
    }
  }
  for (const row of data.scores) {
    const municipality = known.get(row.municipality)!;
    for (const field of ["size_class", "region"] as const) {
      if (row[field] !== municipality[field]) {
        throw new InputError(
          `"${row[field]}" differs from ${municipalitiesFile} line ${municipality.line} ` +
            `("${municipality[field]}")`,
          { file: `data/${PUBLISHED_SCORES_FILE}`, line: row.line, field },
        );
      }
    }
  }
  for (const figure of [4, 5, 6, 7] as const) {
    for (const row of data.extremes[figure]) {
      lookup(row.municipality, `data/${figureFile(figure)}`, row.line, "municipality");
    }
  }
  for (const row of data.text) {
    const name = quantityMunicipality(row.quantity);
    if (name !== undefined) lookup(name, `data/${PUBLISHED_TEXT_FILE}`, row.line, "quantity");
  }
}
