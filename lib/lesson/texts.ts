/**
 * The texts of the mixed-methods lesson: one short invented paragraph, written for the
 * lesson (three Dutch sentences about an imaginary municipality, taken from no real policy
 * plan), and the invented sample corpus of `data/corpus/sample`. Together they are small
 * enough to check every hit by reading.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import {
  type CorpusDocument,
  documentFromBytes,
  iterateCorpus,
  type ReadCorpusOptions,
} from "../corpus/mod.ts";

/**
 * Three invented sentences for counting by hand. They hold several of the study's PA
 * signal words, and a few words that look like one but are not written exactly as one.
 */
export const LESSON_TEXT =
  "De gemeente wil de toegang tot ondersteuning eenvoudig regelen en legt de kaders vast " +
  "in een heldere verordening. Wie hulp wil aanvragen, krijgt binnen zes weken een besluit " +
  "en heeft recht op bezwaar; die rechtsbescherming en de regels geven inwoners zekerheid. " +
  "Daarnaast willen wij samen met partners meten wat de hulp oplevert, zodat meer inwoners " +
  "kunnen meedoen.";

/** The id of the paragraph as a document of the lesson corpus. */
export const LESSON_TEXT_ID = "lesson";

/** The sample corpus (invented documents, see `data/corpus/sample/README.md`). */
export const SAMPLE_CORPUS_PATH: string = fileURLToPath(
  new URL("../../data/corpus/sample", import.meta.url),
);

/**
 * The paragraph as a corpus document (read and cleaned like any text file).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = await lessonDocument();
 * assert.equal(doc.id, "lesson");
 * assert.equal(doc.text, LESSON_TEXT);
 * ```
 */
export async function lessonDocument(text: string = LESSON_TEXT): Promise<CorpusDocument> {
  const source = {
    id: LESSON_TEXT_ID,
    file: "lesson.txt",
    path: "lesson.txt",
    displayPath: "lib/lesson/texts.ts (LESSON_TEXT)",
    metadata: { municipality: "an invented municipality", title: "Lesson paragraph" },
  };
  return await documentFromBytes(source, new TextEncoder().encode(text), false);
}

/** Options of {@linkcode loadLessonCorpus}. */
export interface LessonCorpusOptions extends ReadCorpusOptions {
  /**
   * The corpus directory after the paragraph. Default: {@linkcode SAMPLE_CORPUS_PATH}, shown
   * as `data/corpus/sample` (unless `displayDir` says otherwise).
   */
  corpus?: string;
  /** The paragraph. Default: {@linkcode LESSON_TEXT}. */
  text?: string;
}

/**
 * The lesson's corpus: the paragraph first, then the sample corpus in its own order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const docs = await loadLessonCorpus();
 * assert.deepEqual(docs.map((d) => d.id),
 *   ["lesson", "veenhoven", "brederwaard", "lindemeer", "zandkerk", "hoogmolen"]);
 * ```
 */
export async function loadLessonCorpus(
  options: LessonCorpusOptions = {},
): Promise<CorpusDocument[]> {
  const { corpus, text = LESSON_TEXT, ...read } = options;
  const documents = [await lessonDocument(text)];
  const dir = corpus ?? SAMPLE_CORPUS_PATH;
  const displayDir = read.displayDir ?? (corpus === undefined ? "data/corpus/sample" : corpus);
  for await (const doc of iterateCorpus(dir, { ...read, displayDir })) documents.push(doc);
  return documents;
}
