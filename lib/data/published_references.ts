/**
 * `data/published/chapter-6-references.csv`: every reference in chapter 6 to a figure, a
 * section, an appendix or a chapter, and every figure caption, one row each, with the seed
 * line it is printed on and what the sentence (or caption) says the target shows, as a key
 * the audit can check (`lib/audit/references.ts`):
 *
 * - `presence:all`, `groups:size_class`, `groups:region`: the presence of the perspectives
 *   overall, by size class, by region; `mean:P:all`: the mean of perspective P over all
 *   municipalities; `range:P`: the highest and lowest municipalities on P; `score:M:P`:
 *   municipality M, the highest on P, against the mean; `top:all`: the most outspoken
 *   municipalities; `selected`: the five selected municipalities;
 * - `section:TOPIC` (presence, variation, highest, selection, conclusion);
 * - `appendix:municipalities|plans|scores`; `chapter:perspectives`.
 *
 * @module
 */
import { z } from "zod";
import { type Located, parseTable, readTextFile } from "../io/mod.ts";
import { inputFile, type LoadOptions } from "./paths.ts";
import { boundedInteger, nameString } from "./schema.ts";

/** Default file, relative to `data/`. */
export const PUBLISHED_REFERENCES_FILE = "published/chapter-6-references.csv";

/** One reference or caption. */
export const publishedReferenceSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]+$/, "an id is letters, digits and hyphens"),
  section: z.string().regex(/^6\.[1-6]$/, "a section of chapter 6 (6.1-6.6)"),
  source_line: boundedInteger(3305, 3742),
  kind: z.enum(["reference", "caption"]),
  printed: z.string().regex(
    /^(Figuur \d+\.\d+|paragraaf \d+\.\d+|Bijlage [A-G]|hoofdstuk \d+)$/,
    'a reference as printed: "Figuur 6.3", "paragraaf 6.2", "Bijlage G" or "hoofdstuk 3"',
  ),
  cites: z.string().regex(/^[a-z_]+(:[A-Za-z_.'() -]+)*$/, "a key such as mean:PA:all"),
  context: nameString,
});

/** A reference as loaded. */
export type PublishedReference = Located<z.output<typeof publishedReferenceSchema>>;

/**
 * Validate the text of the references file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = parsePublishedReferences(
 *   "id,section,source_line,kind,printed,cites,context\n" +
 *     "r1,6.3,3462,reference,Figuur 6.3,mean:PA:all,the PA mean\n",
 * );
 * assert.deepEqual([rows[0].printed, rows[0].cites, rows[0].line], ["Figuur 6.3", "mean:PA:all", 2]);
 * ```
 */
export function parsePublishedReferences(
  text: string,
  file = `data/${PUBLISHED_REFERENCES_FILE}`,
): PublishedReference[] {
  return parseTable(text, publishedReferenceSchema, { file, uniqueBy: "id" });
}

/** Load `data/published/chapter-6-references.csv` (or `options.path`). */
export async function loadPublishedReferences(
  options: LoadOptions = {},
): Promise<PublishedReference[]> {
  const { path, display } = inputFile(PUBLISHED_REFERENCES_FILE, options);
  return parsePublishedReferences(await readTextFile(path, { displayName: display }), display);
}
