/**
 * `data/published/chapter-6-text.csv`: every number in the running text of sections
 * 6.2-6.6 of the dissertation, one row each, with the seed line it is printed on, a
 * machine-readable description of what it claims, and a short paraphrase.
 *
 * @module
 */
import { z } from "zod";
import { InputError, type Located, parseTable, readTextFile } from "../io/mod.ts";
import { inputFile, type LoadOptions } from "./paths.ts";
import { boundedInteger, nameString } from "./schema.ts";

/** Default file, relative to `data/`. */
export const PUBLISHED_TEXT_FILE = "published/chapter-6-text.csv";

/** First and last line of each section in the seed file (`001_878095d5ddb73405.txt`). */
export const SECTION_LINES = {
  "6.2": [3358, 3452],
  "6.3": [3453, 3517],
  "6.4": [3518, 3635],
  "6.5": [3636, 3692],
  "6.6": [3693, 3742],
} as const;

type Section = keyof typeof SECTION_LINES;
const SECTIONS = Object.keys(SECTION_LINES) as [Section, ...Section[]];

/** A number as written in the file: a decimal (`20.7`) or a fraction (`1/3`). */
const numberOrFraction = z.string().regex(
  /^(\d+(\.\d+)?|\d+\/[1-9]\d*)$/,
  "not a number or fraction (write e.g. 20.7 or 1/3)",
).transform((printed) => {
  const [numerator, denominator = "1"] = printed.split("/");
  return { value: Number(numerator) / Number(denominator), printed };
});

/** One row of `data/published/chapter-6-text.csv`. */
export const publishedTextSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/, "not a slug such as s62-mean-PA"),
  section: z.enum(SECTIONS),
  source_line: boundedInteger(SECTION_LINES["6.2"][0], SECTION_LINES["6.6"][1]),
  quantity: z.string().regex(/^[a-z_]+(:[^:\s][^:]*)+$/, "not a quantity such as mean:PA:all"),
  value: numberOrFraction,
  unit: z.enum(["percent", "count", "fraction", "ratio", "rank", "inhabitants"]),
  qualifier: z.enum(["exact", "about", "almost", "more_than", "less_than", "at_most"]),
  printed: nameString,
  context: nameString.refine(
    (text) => text.split(/\s+/).length <= 12,
    "longer than 12 words; paraphrase it more briefly",
  ),
});

/** One number of the chapter 6 text; `value` is a number, `valuePrinted` its text. */
export type PublishedNumber = Omit<Located<z.output<typeof publishedTextSchema>>, "value"> & {
  value: number;
  valuePrinted: string;
};

/**
 * Validate the text of a chapter-6 numbers file: every row, unique ids, each line inside
 * its section.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "id,section,source_line,quantity,value,unit,qualifier,printed,context\n" +
 *   "a,6.2,3380,fraction:SR,1/3,fraction,almost,bijna één op de drie,nearly a third\n";
 * assert.deepEqual(parsePublishedText(text)[0].value, 1 / 3);
 * ```
 */
export function parsePublishedText(
  text: string,
  file = `data/${PUBLISHED_TEXT_FILE}`,
): PublishedNumber[] {
  const rows = parseTable(text, publishedTextSchema, { file, uniqueBy: "id" });
  return rows.map(({ value, ...row }) => {
    const [first, last] = SECTION_LINES[row.section];
    if (row.source_line < first || row.source_line > last) {
      throw new InputError(
        `"${row.source_line}" is outside section ${row.section} (lines ${first}-${last})`,
        { file, line: row.line, field: "source_line" },
      );
    }
    return { ...row, value: value.value, valuePrinted: value.printed };
  });
}

/** Load `data/published/chapter-6-text.csv` (or `options.path`). */
export async function loadPublishedText(options: LoadOptions = {}): Promise<PublishedNumber[]> {
  const { path, display } = inputFile(PUBLISHED_TEXT_FILE, options);
  return parsePublishedText(await readTextFile(path, { displayName: display }), display);
}

const MUNICIPALITY_KINDS = new Set([
  "score",
  "rank_high",
  "rank_low",
  "ratio_to_mean",
  "fraction_of_signal_words",
  "not_in_extreme_lists",
  "population_bound",
]);

/**
 * The municipality a quantity is about, if any: the `by=` part, or the second part of a
 * per-municipality quantity.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(quantityMunicipality("max:PA:by=Haarlemmermeer"), "Haarlemmermeer");
 * assert.equal(quantityMunicipality("score:Den Haag:SR"), "Den Haag");
 * assert.equal(quantityMunicipality("rank_high:mean:SR:all"), undefined);
 * ```
 */
export function quantityMunicipality(quantity: string): string | undefined {
  const parts = quantity.split(":");
  const by = parts.find((part) => part.startsWith("by="));
  if (by !== undefined) return by.slice(3);
  const second = parts[1];
  if (!MUNICIPALITY_KINDS.has(parts[0]) || second === undefined) return undefined;
  if (second === "mean" || second === "range" || second.includes("=")) return undefined;
  return second;
}
