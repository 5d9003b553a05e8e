/**
 * The one validation gate: the checks that `score` and `analyse` depend on, each problem
 * reported at once (not only the first), so that a corpus that validates never fails later
 * for a reason in its inputs. `validate-corpus` runs it; `analyse` runs it before anything;
 * `score` runs it without reading the documents, and reads each document once while
 * scoring, through the same {@linkcode readDocument}, listing every one it cannot read.
 *
 * It checks:
 * - the corpus folder and its manifest: every bad row and field;
 * - the lexicon: every bad entry;
 * - every document: missing, a link out of the folder, not UTF-8 (or UTF-16/32), empty, a
 *   PDF that is damaged, encrypted or without text;
 * - for an analysis, what its notebooks need: a lexicon of 2 to 12 categories, and every
 *   document's group in every grouping asked for (`--group-by`; see `groupings.ts`).
 *
 * What is in the folder but not read (hidden files, sub-folders, links, other file types,
 * files a manifest does not list) is listed by name as skipped.
 *
 * @module
 */
import { join } from "node:path";
import { loadMunicipalities } from "../data/municipalities.ts";
import { InputError } from "../io/mod.ts";
import { loadLexicon, loadStudyLexicon, type MatchMode } from "../lexicon/mod.ts";
import type { Lexicon } from "../lexicon/mod.ts";
import { type CorpusListing, listCorpus, type SkippedEntry } from "./corpus.ts";
import { readDocument, textlessPagesWarning } from "./document.ts";
import { type ResolvedGroupings, resolveGroupings } from "./groupings.ts";

/** How many categories the analysis notebooks can compare: at least 2, at most 12. */
export const CATEGORY_RANGE = { min: 2, max: 12 } as const;

/** What a corpus must be fit for. */
export type ValidationPurpose = "score" | "analysis";

/** What {@linkcode validateCorpus} found. */
export interface CorpusValidation {
  /** Documents listed (by the manifest, or found in the folder). */
  documents: number;
  /** Documents that were read without error (0 when documents were not read). */
  readable: number;
  /** Errors: nothing runs until they are fixed. Each names file, line and field where known. */
  problems: string[];
  /** Things the run can live with but the user should know. */
  warnings: string[];
  /** What is in the folder but is not read. */
  skipped: SkippedEntry[];
  /** The listing, when the folder and manifest could be read. */
  listing?: CorpusListing;
  /** The lexicon, when it could be read. */
  lexicon?: Lexicon;
  /** For an analysis: every document's groups and year, when the folder could be listed. */
  groupings?: ResolvedGroupings;
}

/** Options of {@linkcode validateCorpus}. */
export interface ValidateCorpusOptions {
  /** How the corpus directory is named in messages. Default: the path as given. */
  displayDir?: string;
  /** The lexicon file. Default: the study's (`data/lexicon/study.csv`). */
  lexicon?: string;
  /** How the lexicon file is named in messages. Default: its path as given. */
  lexiconDisplay?: string;
  /** The lexicon's default match mode. Default: the lexicon's own. */
  mode?: MatchMode;
  /** `"analysis"` adds the checks of the notebooks (groups, categories). Default: `"analysis"`. */
  purpose?: ValidationPurpose;
  /** Read every document. `score` leaves this to the scoring itself. Default: `true`. */
  readDocuments?: boolean;
  /** Manifest columns to group by (`--group-by`). Default: see `resolveGroupings`. */
  groupBy?: readonly string[];
}

/**
 * Validate a corpus and its lexicon; never throws for bad input, returns every problem.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/Zwolle.txt`, "De gemeente regelt de zorg.");
 * await Deno.writeTextFile(`${dir}/b.txt`, "   ");
 * await Deno.writeTextFile(`${dir}/notes.xlsx`, "...");
 * const result = await validateCorpus(dir, { displayDir: "mine" });
 * assert.equal(result.documents, 2);
 * assert.equal(result.readable, 1);
 * assert.deepEqual(result.problems, ['mine/b.txt: document "b" is empty']);
 * assert.deepEqual(result.groupings?.groupings, []);
 * assert.deepEqual(result.skipped, [
 *   { name: "notes.xlsx", reason: "not a type of document that is read (.txt, .md, .pdf, .docx, .odt, .html, .htm)" },
 * ]);
 * ```
 */
export async function validateCorpus(
  dir: string,
  options: ValidateCorpusOptions = {},
): Promise<CorpusValidation> {
  const displayDir = options.displayDir ?? dir;
  const purpose = options.purpose ?? "analysis";
  const result: CorpusValidation = {
    documents: 0,
    readable: 0,
    problems: [],
    warnings: [],
    skipped: [],
  };
  const collect = (error: unknown) => {
    if (!(error instanceof InputError)) throw error;
    result.problems.push(...error.problems.map((problem) => problem.message));
  };
  try {
    result.lexicon = options.lexicon === undefined
      ? await loadStudyLexicon({ mode: options.mode })
      : await loadLexicon(options.lexicon, {
        mode: options.mode,
        displayName: options.lexiconDisplay,
      });
  } catch (error) {
    collect(error);
  }
  if (purpose === "analysis" && result.lexicon !== undefined) {
    const categories = result.lexicon.categories;
    if (categories.length < CATEGORY_RANGE.min || categories.length > CATEGORY_RANGE.max) {
      result.problems.push(
        `${options.lexiconDisplay ?? options.lexicon ?? "the lexicon"}: it has ${
          categories.length === 1 ? "1 category" : `${categories.length} categories`
        } (${categories.join(", ")}); the analysis compares categories and needs ` +
          `${CATEGORY_RANGE.min} to ${CATEGORY_RANGE.max} ` +
          "(`deno task score` scores with any number)",
      );
    }
  }
  try {
    result.listing = await listCorpus(dir, { displayDir });
  } catch (error) {
    collect(error);
    return result;
  }
  const listing = result.listing;
  result.documents = listing.sources.length;
  result.skipped = listing.skipped;
  if (purpose === "analysis") {
    result.groupings = resolveGroupings(listing.sources, await loadMunicipalities(), {
      groupBy: options.groupBy,
      manifest: listing.manifest,
      displayDir,
    });
    result.problems.push(...result.groupings.problems.map((p) => p.message));
    result.warnings.push(...result.groupings.warnings);
  }
  for (const source of listing.sources) {
    if (!(options.readDocuments ?? true)) break;
    try {
      const doc = await readDocument(source);
      result.readable++;
      const blank = textlessPagesWarning(source, doc.report);
      if (blank !== undefined) result.warnings.push(blank);
    } catch (error) {
      collect(error);
    }
  }
  return result;
}

/**
 * The lines `validate-corpus`, `score` and `analyse` print about a validation: a summary,
 * then every warning, problem and skipped file.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(
 *   validationReport("plans", {
 *     documents: 2, readable: 1, problems: ["plans/b.txt: document \"b\" is empty"], warnings: [],
 *     skipped: [{ name: "c.xlsx", reason: "not a type of document that is read (.txt, .md, .pdf, .docx, .odt, .html, .htm)" }],
 *   }),
 *   [
 *     "plans: 2 documents, 1 readable, 1 problem, 0 warnings, 1 file skipped",
 *     "  problem: plans/b.txt: document \"b\" is empty",
 *     "  skipped: plans/c.xlsx (not a type of document that is read (.txt, .md, .pdf, .docx, .odt, .html, .htm))",
 *   ],
 * );
 * ```
 */
export function validationReport(displayDir: string, validation: CorpusValidation): string[] {
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return [
    `${displayDir}: ${count(validation.documents, "document")}, ${validation.readable} readable, ` +
    `${count(validation.problems.length, "problem")}, ${
      count(validation.warnings.length, "warning")
    }, ${count(validation.skipped.length, "file skipped", "files skipped")}`,
    ...validation.warnings.map((w) => `  warning: ${w}`),
    ...validation.problems.map((p) => `  problem: ${p}`),
    ...validation.skipped.map((s) => `  skipped: ${join(displayDir, s.name)} (${s.reason})`),
  ];
}
