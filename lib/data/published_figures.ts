/**
 * `data/published/fig-6.N.csv`: the printed values of chapter 6's Figures 6.1-6.3 (mean
 * per perspective for all municipalities, by size class, by region) and 6.4-6.7 (top five
 * and bottom five per perspective).
 *
 * @module
 */
import { z } from "zod";
import { InputError, type Located, parseTable, readTextFile } from "../io/mod.ts";
import { type Perspective, PERSPECTIVES, REGIONS, SIZE_CLASSES } from "./categories.ts";
import { inputFile, type LoadOptions } from "./paths.ts";
import { boundedInteger, nameString, printedDecimal, splitPrinted } from "./schema.ts";

/** Figures holding group means. */
export type GroupMeansFigure = 1 | 2 | 3;
/** Figures holding a top-5 and bottom-5 list. */
export type ExtremesFigure = 4 | 5 | 6 | 7;

/** Default file of Figure 6.`n`, relative to `data/`. */
export function figureFile(n: GroupMeansFigure | ExtremesFigure): string {
  return `published/fig-6.${n}.csv`;
}

/** The group types each of Figures 6.1-6.3 shows. */
export const FIGURE_GROUP_TYPES = {
  1: ["all"],
  2: ["size_class", "all"],
  3: ["region", "all"],
} as const;

/** The perspective each of Figures 6.4-6.7 ranks. */
export const FIGURE_PERSPECTIVE = { 4: "PA", 5: "NPM", 6: "NPG", 7: "SR" } as const;

const GROUPS = { all: ["all"], size_class: SIZE_CLASSES, region: REGIONS } as const;

/** One row of a group-means figure file. */
export const groupMeanSchema = z.object({
  group_type: z.enum(["all", "size_class", "region"]),
  group: nameString,
  n: z.union([z.literal("").transform(() => null), boundedInteger(1, 50)]),
  PA: printedDecimal,
  NPM: printedDecimal,
  NPG: printedDecimal,
  SR: printedDecimal,
});

/** A group's printed means: numbers, plus the text as printed. */
export type GroupMean =
  & Omit<Located<z.output<typeof groupMeanSchema>>, Perspective>
  & Record<Perspective, number>
  & { printed: Record<Perspective, string> };

/**
 * Validate the text of Figure 6.`figure`'s file: every row, groups valid for their type
 * and for the figure, no group twice.
 */
export function parseGroupMeans(
  text: string,
  figure: GroupMeansFigure,
  file = `data/${figureFile(figure)}`,
): GroupMean[] {
  const rows = parseTable(text, groupMeanSchema, { file });
  const seen = new Set<string>();
  return rows.map((row) => {
    const allowedTypes: readonly string[] = FIGURE_GROUP_TYPES[figure];
    if (!allowedTypes.includes(row.group_type)) {
      throw new InputError(
        `"${row.group_type}" does not belong in Figure 6.${figure} (expected ${
          allowedTypes.join(" or ")
        })`,
        { file, line: row.line, field: "group_type" },
      );
    }
    const groups: readonly string[] = GROUPS[row.group_type];
    if (!groups.includes(row.group)) {
      throw new InputError(`"${row.group}" is not one of ${groups.join(", ")}`, {
        file,
        line: row.line,
        field: "group",
      });
    }
    const key = `${row.group_type}:${row.group}`;
    if (seen.has(key)) {
      throw new InputError(`"${row.group}" appears twice`, {
        file,
        line: row.line,
        field: "group",
      });
    }
    seen.add(key);
    const { PA, NPM, NPG, SR, ...rest } = row;
    return { ...rest, ...splitPrinted({ PA, NPM, NPG, SR }) };
  });
}

/** Load Figure 6.1, 6.2 or 6.3 from `data/published/` (or `options.path`). */
export async function loadPublishedGroupMeans(
  figure: GroupMeansFigure,
  options: LoadOptions = {},
): Promise<GroupMean[]> {
  const { path, display } = inputFile(figureFile(figure), options);
  return parseGroupMeans(await readTextFile(path, { displayName: display }), figure, display);
}

/** One row of a top-5/bottom-5 figure file. */
export const extremeSchema = z.object({
  perspective: z.enum(PERSPECTIVES),
  list: z.enum(["top", "bottom"]),
  rank: z.string().regex(/^[1-5](\/[1-5])?$/, 'not a rank such as "3" or "3/4"'),
  municipality: nameString,
  score: printedDecimal,
});

/** One place of a printed top-5 or bottom-5 list. `rank` is the text as printed. */
export type Extreme = Omit<Located<z.output<typeof extremeSchema>>, "score"> & {
  score: number;
  scorePrinted: string;
};

/**
 * Validate the text of Figure 6.`figure`'s file: every row of the figure's perspective,
 * each list's ranks covering 1 to 5.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "perspective,list,rank,municipality,score\nNPG,top,1,Helmond,58\n";
 * assert.throws(() => parseExtremes(text, 6, "f.csv"), {
 *   message: "f.csv: the top list covers ranks 1, not 1 to 5",
 * });
 * ```
 */
export function parseExtremes(
  text: string,
  figure: ExtremesFigure,
  file = `data/${figureFile(figure)}`,
): Extreme[] {
  const rows = parseTable(text, extremeSchema, { file });
  const covered = { top: new Set<number>(), bottom: new Set<number>() };
  for (const row of rows) {
    if (row.perspective !== FIGURE_PERSPECTIVE[figure]) {
      throw new InputError(
        `"${row.perspective}": Figure 6.${figure} ranks ${FIGURE_PERSPECTIVE[figure]}`,
        { file, line: row.line, field: "perspective" },
      );
    }
    for (const rank of row.rank.split("/")) covered[row.list].add(Number(rank));
  }
  for (const list of ["top", "bottom"] as const) {
    const ranks = [...covered[list]].sort();
    if (ranks.join() !== "1,2,3,4,5") {
      throw new InputError(
        `the ${list} list covers ranks ${ranks.join(", ") || "none"}, not 1 to 5`,
        {
          file,
        },
      );
    }
  }
  return rows.map(({ score, ...rest }) => ({
    ...rest,
    score: score.value,
    scorePrinted: score.printed,
  }));
}

/** Load Figure 6.4, 6.5, 6.6 or 6.7 from `data/published/` (or `options.path`). */
export async function loadPublishedExtremes(
  figure: ExtremesFigure,
  options: LoadOptions = {},
): Promise<Extreme[]> {
  const { path, display } = inputFile(figureFile(figure), options);
  return parseExtremes(await readTextFile(path, { displayName: display }), figure, display);
}
