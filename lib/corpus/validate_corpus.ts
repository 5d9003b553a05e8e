/**
 * Check a user's corpus before anything runs, and report every problem at once (not only
 * the first): the manifest, each document (missing, not UTF-8, empty, unreadable PDF),
 * and what the chapter-6 analysis will need (municipality, size class and region per
 * document).
 *
 * @module
 */
import { InputError } from "../io/mod.ts";
import { listCorpus } from "./corpus.ts";
import { readDocument } from "./document.ts";

/** What {@linkcode validateCorpus} found. */
export interface CorpusValidation {
  /** Documents listed (by the manifest, or found in the folder). */
  documents: number;
  /** Documents that were read without error. */
  readable: number;
  /** Errors: the analysis cannot run until they are fixed. */
  problems: string[];
  /** Things the analysis can live with but the user should know. */
  warnings: string[];
}

/** Options of {@linkcode validateCorpus}. */
export interface ValidateCorpusOptions {
  /** How the corpus directory is named in messages. Default: the path as given. */
  displayDir?: string;
}

/**
 * Validate a corpus directory; never throws for bad input, returns the problems.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/a.txt`, "De gemeente regelt de zorg.");
 * await Deno.writeTextFile(`${dir}/b.txt`, "   ");
 * const result = await validateCorpus(dir, { displayDir: "mine" });
 * assert.equal(result.documents, 2);
 * assert.equal(result.readable, 1);
 * assert.deepEqual(result.problems, ['mine/b.txt: document "b" is empty']);
 * ```
 */
export async function validateCorpus(
  dir: string,
  options: ValidateCorpusOptions = {},
): Promise<CorpusValidation> {
  const result: CorpusValidation = { documents: 0, readable: 0, problems: [], warnings: [] };
  let listing;
  try {
    listing = await listCorpus(dir, { displayDir: options.displayDir ?? dir });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    result.problems.push(error.message);
    return result;
  }
  result.documents = listing.sources.length;
  if (listing.sources.length === 0) {
    result.problems.push(
      `${options.displayDir ?? dir}: no documents (.txt, .md or .pdf, or rows in manifest.csv)`,
    );
  }
  if (!listing.manifest) {
    result.warnings.push(
      "no manifest.csv: document ids are file names, and chapter-6 groupings will look " +
        "each id up as a municipality in data/municipalities.csv",
    );
  }
  const unplaced: string[] = [];
  for (const source of listing.sources) {
    try {
      await readDocument(source);
      result.readable++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.problems.push(error.message);
    }
    const { size_class, region } = source.metadata;
    if (listing.manifest && (size_class === undefined || region === undefined)) {
      unplaced.push(source.id);
    }
  }
  if (unplaced.length > 0) {
    result.warnings.push(
      `${unplaced.length} document(s) without size_class or region in the manifest ` +
        `(${unplaced.slice(0, 5).join(", ")}${unplaced.length > 5 ? ", …" : ""}): ` +
        "chapter-6 groupings look them up in data/municipalities.csv by municipality",
    );
  }
  return result;
}
