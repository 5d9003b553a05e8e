/**
 * The inputs the notebook parameters name, read so that only display paths end up in
 * what a notebook shows and writes: the corpus (its `dir` is the display path, which
 * the scorer records in `settings.json`) and the lexicon (its `file` is the display path,
 * and its default mode is `STURINGSTAAL_MODE`).
 *
 * @module
 */
import { type Corpus, loadCorpus } from "../corpus/mod.ts";
import { type Lexicon, loadLexicon } from "../lexicon/mod.ts";
import type { NotebookParams } from "./params.ts";

/**
 * Read the corpus of `params` (all documents, cleaned). Errors name the display path.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notebookParams } from "./params.ts";
 * const corpus = await loadParamCorpus(notebookParams({ env: {} }));
 * assert.equal(corpus.dir, "data/corpus/sample");
 * assert.equal(corpus.documents.length, 5);
 * await assert.rejects(() => loadParamCorpus(notebookParams({ env: { STURINGSTAAL_CORPUS: "data/nothing" } })), {
 *   message: "data/nothing: corpus directory not found",
 * });
 * ```
 */
export async function loadParamCorpus(
  params: Pick<NotebookParams, "corpus" | "cleaningOff">,
): Promise<Corpus> {
  const corpus = await loadCorpus(params.corpus.path, {
    displayDir: params.corpus.display,
    cleaning: { off: params.cleaningOff },
  });
  return { ...corpus, dir: params.corpus.display };
}

/**
 * Read the lexicon of `params`, with `params.mode` as its default mode (entries that set
 * their own mode keep it). Errors name the display path.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notebookParams } from "./params.ts";
 * const lexicon = await loadParamLexicon(notebookParams({ env: { STURINGSTAAL_MODE: "stem" } }));
 * assert.deepEqual([lexicon.name, lexicon.file, lexicon.mode, lexicon.entries.length], [
 *   "study", "data/lexicon/study.csv", "stem", 64,
 * ]);
 * ```
 */
export async function loadParamLexicon(
  params: Pick<NotebookParams, "lexicon" | "mode">,
): Promise<Lexicon> {
  return await loadLexicon(params.lexicon.path, {
    displayName: params.lexicon.display,
    mode: params.mode,
  });
}
