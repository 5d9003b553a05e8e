/**
 * `loadDesign()`: the scores of this run (`scoring/documents.csv` and `settings.json`,
 * written by notebook `02-scoring` into the run's outputs) joined with the groups and
 * years of the corpus manifest, resolved exactly as the validation gate resolves them
 * (`resolveGroupings` in lib/corpus).
 *
 * @module
 */
import { join } from "node:path";
import { z } from "zod";
import { listCorpus, resolveGroupings } from "../corpus/mod.ts";
import type { GroupingSource } from "../corpus/mod.ts";
import { loadMunicipalities } from "../data/mod.ts";
import { outputsDir, readTextFile } from "../io/mod.ts";
import type { NotebookParams } from "../params/mod.ts";
import { type Design, designFromScores } from "./design.ts";

/** A design with where it came from, for the notebooks' sentences. */
export interface LoadedDesign extends Design {
  /** The corpus folder as shown (never a path of the machine). */
  corpus: string;
  /** The lexicon file as shown, and its name. */
  lexicon: string;
  /** The match mode of the scoring. */
  mode: string;
  /** How the groupings were decided. */
  groupingSource: GroupingSource;
  /** Documents scored, with and without hits. */
  scored: number;
  /** Why there is no grouping, and similar notes. */
  warnings: string[];
}

/** Options of {@linkcode loadDesign}. */
export interface LoadDesignOptions {
  /** The folder holding `scoring/`. Default: this run's outputs (`outputsDir()`). */
  outputs?: string;
}

/** What the design needs of the scorer's `settings.json` (other keys are left alone). */
const settingsSchema = z.object({
  lexicon: z.object({ categories: z.array(z.string()), file: z.string().default("") }),
  mode: z.string().default(""),
});

/** Load the design of this run (see the module doc). */
export async function loadDesign(
  params: Pick<NotebookParams, "corpus" | "groupBy">,
  options: LoadDesignOptions = {},
): Promise<LoadedDesign> {
  const scoring = join(options.outputs ?? outputsDir(), "scoring");
  const settings = settingsSchema.parse(
    JSON.parse(await readTextFile(join(scoring, "settings.json"))),
  );
  const { categories, file } = settings.lexicon;
  const listing = await listCorpus(params.corpus.path, { displayDir: params.corpus.display });
  const resolved = resolveGroupings(listing.sources, await loadMunicipalities(), {
    groupBy: params.groupBy,
    manifest: listing.manifest,
    displayDir: params.corpus.display,
  });
  if (resolved.problems.length > 0) {
    throw resolved.problems[0];
  }
  const design = designFromScores(
    await readTextFile(join(scoring, "documents.csv"), {
      displayName: "scoring/documents.csv",
    }),
    categories,
    resolved.groupings,
    resolved.groups,
    resolved.years,
  );
  return {
    ...design,
    corpus: params.corpus.display,
    lexicon: file,
    mode: settings.mode,
    groupingSource: resolved.source,
    scored: design.documents.length + design.withoutHits.length,
    warnings: resolved.warnings,
  };
}
