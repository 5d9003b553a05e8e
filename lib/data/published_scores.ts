/**
 * `data/published/bijlage-g.csv`: the percentages per municipality as printed in Bijlage G,
 * in printed order, with the printed text of each percentage kept.
 *
 * @module
 */
import { z } from "zod";
import { type Located, parseTable, readTextFile } from "../io/mod.ts";
import { type Perspective, REGIONS, SIZE_CLASSES } from "./categories.ts";
import { inputFile, type LoadOptions } from "./paths.ts";
import { expectRowCount, nameString, printedDecimal, splitPrinted } from "./schema.ts";

/** Default file, relative to `data/`. */
export const PUBLISHED_SCORES_FILE = "published/bijlage-g.csv";

/** One row of `data/published/bijlage-g.csv` (percentages as value + printed text). */
export const publishedScoreSchema = z.object({
  municipality: nameString,
  size_class: z.enum(SIZE_CLASSES),
  region: z.enum(REGIONS),
  PA: printedDecimal,
  NPM: printedDecimal,
  NPG: printedDecimal,
  SR: printedDecimal,
});

/** A municipality's published percentages: numbers, plus the text as printed. */
export type PublishedScore =
  & Omit<Located<z.output<typeof publishedScoreSchema>>, Perspective>
  & Record<Perspective, number>
  & { printed: Record<Perspective, string> };

/**
 * Validate the text of a Bijlage G file: every row, unique municipalities.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "municipality,size_class,region,PA,NPM,NPG,SR\nHilversum,100.000-,west,29.7,13.5,29.7,27\n";
 * const [row] = parsePublishedScores(text);
 * assert.equal(row.SR, 27);
 * assert.equal(row.printed.SR, "27");
 * ```
 */
export function parsePublishedScores(
  text: string,
  file = `data/${PUBLISHED_SCORES_FILE}`,
): PublishedScore[] {
  return parseTable(text, publishedScoreSchema, { file, uniqueBy: "municipality" }).map(
    ({ PA, NPM, NPG, SR, ...rest }) => ({ ...rest, ...splitPrinted({ PA, NPM, NPG, SR }) }),
  );
}

/** Load `data/published/bijlage-g.csv` (or `options.path`); it must hold 49 rows. */
export async function loadPublishedScores(options: LoadOptions = {}): Promise<PublishedScore[]> {
  const { path, display } = inputFile(PUBLISHED_SCORES_FILE, options);
  const rows = parsePublishedScores(await readTextFile(path, { displayName: display }), display);
  expectRowCount(rows, 49, "scored municipalities (Bijlage G)", display);
  return rows;
}
