/**
 * What a scoring thread does with one document, and the messages between the threads of
 * a `ScoringPool` (lib/score/score_parallel.ts): a document is read, cleaned and scored in
 * parts ({@linkcode scoreSource}), its hits turned into rows of `kwic.csv` where it is
 * scored, and its counts sent back, never its text. A module of its own, so that a worker
 * thread loads only what scoring needs, not the listing of a corpus and its checks.
 *
 * @module
 */
import {
  type DocumentSource,
  type ReadDocumentOptions,
  streamDocument,
} from "../corpus/document.ts";
import { formatCsvRow } from "../io/csv_format.ts";
import { InputError, type InputLocation } from "../io/input_error.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { KwicOptions } from "./kwic.ts";
import type { DocumentScore } from "./score_corpus.ts";
import { type FormTally, type Hit, Scorer } from "./scorer.ts";
import { scoreCleaningSteps, type StepScore } from "./cleaning_effects.ts";
import { CLEANING_STEPS, type CleaningStep, type StepEffects } from "../corpus/cleaning_steps.ts";

/** What becomes of the hits of a document (the counts are always there). */
export const HIT_MODES = ["keep", "csv", "none"] as const;

/**
 * - `keep`: each document carries its hits with their context, as in {@linkcode scoreCorpus};
 * - `csv`: the hits are turned into rows of `kwic.csv` where the document is scored, and
 *   handed on in batches as the document is read (`onKwic`; without it, `kwicCsv`), not kept;
 * - `none`: no hits, no context (fastest; the coverage report is still complete).
 */
export type HitMode = typeof HIT_MODES[number];

/** One document's result on the fast path. */
export interface StreamedDocumentScore extends DocumentScore {
  /** The word forms each entry matched, with their hits (for the coverage report). */
  forms: FormTally;
  /** With hits `csv` and no `onKwic`: this document's rows of `kwic.csv`, without the header. */
  kwicCsv?: string;
}

/** Everything a worker needs to score documents; plain data, sent once. */
export interface SourceScoringSettings {
  lexicon: Lexicon;
  kwic: KwicOptions;
  hits: HitMode;
  read: ReadDocumentOptions;
  cacheLimit?: number;
  /** With hits `csv`: send rows as they are made (`kwic` replies), else with the document. */
  streamKwic?: boolean;
}

/** A message to a worker. */
export type WorkerRequest =
  | { type: "init"; run: number; settings: SourceScoringSettings }
  | { type: "score"; run: number; seq: number; source: DocumentSource }
  | { type: "ack"; run: number; seq: number; buffer: ArrayBuffer };

/** An error as it crosses from a worker. */
export interface WorkerError {
  input: boolean;
  message: string;
  problem?: string;
  location?: InputLocation;
  stack?: string;
}

/** A message from a worker. */
export type WorkerReply =
  | { type: "scored"; run: number; seq: number; document: StreamedDocumentScore }
  | { type: "kwic"; run: number; seq: number; rows: Uint8Array }
  | { type: "failed"; run: number; seq: number; error: WorkerError };

/**
 * Batches of `kwic.csv` rows as UTF-8 bytes in buffers that are used again once given
 * back, so handing rows on makes no garbage (a buffer moved to another thread and back
 * is never copied).
 */
export class KwicBuffers {
  readonly #free: ArrayBuffer[] = [];
  static readonly #encoder = new TextEncoder();

  /** The rows as bytes, in a free buffer if they fit one. */
  encode(rows: string): Uint8Array {
    const buffer = this.#free.pop() ?? new ArrayBuffer(4 * KWIC_BATCH_CHARS);
    const { read, written } = KwicBuffers.#encoder.encodeInto(rows, new Uint8Array(buffer));
    if (read === rows.length) return new Uint8Array(buffer, 0, written);
    this.#free.push(buffer);
    return KwicBuffers.#encoder.encode(rows);
  }

  /** A buffer to use again. */
  release(buffer: ArrayBuffer): void {
    if (buffer.byteLength === 4 * KWIC_BATCH_CHARS) this.#free.push(buffer);
  }
}

/**
 * Characters of `kwic.csv` rows handed on at a time: 32K. Fewer, larger batches mean fewer
 * messages between the threads (16K: 51 MB took 5% longer; 1 GB in mode glob, 18.7 s
 * instead of 16.0), but a batch of 64K characters beyond Latin-1 is a string of 128 KB,
 * which V8 keeps among its large objects, freed only by a full collection (1 GB, glob:
 * a peak of 330 MiB instead of 290).
 */
export const KWIC_BATCH_CHARS = 1 << 15;

/** Options of {@linkcode scoreSource}. */
export interface ScoreSourceOptions {
  /** What becomes of the hits; see {@linkcode HitMode}. Default: `"keep"`. */
  hits?: HitMode;
  /** How the document is read. Default: `{}`. */
  read?: ReadDocumentOptions;
  /** With hits `csv`: where batches of rows go as they are made. Default: none (`kwicCsv`). */
  onKwic?: (rows: string) => void | Promise<void>;
}

/**
 * Read, clean and score one document in parts (what each worker does for each path it
 * gets): memory is bounded by a chunk of the file and the engine's window, whatever the
 * size of the document.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileLexicon, parseLexicon } from "../lexicon/mod.ts";
 * import { Scorer } from "./scorer.ts";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/a.txt`, "Wij regelen het; regelen!");
 * const scorer = new Scorer(compileLexicon(parseLexicon("category,entry\nPA,regelen\n", "csv")));
 * const source = { id: "a", file: "a.txt", path: `${dir}/a.txt`, displayPath: "a.txt", metadata: {} };
 * const doc = await scoreSource(source, scorer, { hits: "none" });
 * assert.deepEqual([doc.tokens, doc.entryHits, doc.hits, doc.forms], [4, [2], [], [[0, "regelen", 2]]]);
 * const csv = await scoreSource(source, scorer, { hits: "csv" });
 * assert.equal(csv.kwicCsv, "a,PA,regelen,regelen,1,Wij,het; regelen\na,PA,regelen,regelen,3,Wij regelen het;,\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function scoreSource(
  source: DocumentSource,
  scorer: Scorer,
  options: ScoreSourceOptions = {},
): Promise<StreamedDocumentScore> {
  const hitMode = options.hits ?? "keep";
  const onKwic = options.onKwic;
  const kept: string[] = [];
  const rows = hitMode === "csv" ? companionOf(scorer).rows.begin(source.id) : undefined;
  const tally = new StepTally(scorer);
  const full = rows?.full ?? [];
  const flush = async () => {
    for (const rows of full) {
      if (onKwic === undefined) kept.push(rows);
      else await onKwic(rows);
    }
    full.length = 0;
  };
  scorer.begin({ hits: hitMode !== "none", onHit: rows?.onHit });
  let report;
  try {
    report = await streamDocument(source, async (text) => {
      scorer.push(text);
      if (full.length > 0) await flush();
    }, {
      cleaning: options.read?.cleaning,
      countCharacters: false,
      onEffects: (effects) => tally.take(effects),
    });
  } catch (error) {
    scorer.end();
    throw error;
  }
  const score = scorer.end();
  rows?.end();
  await flush();
  // The text each cleaning step took out is scored here and not sent on.
  tally.take(report.steps ?? {});
  const steps = tally.end();
  const result: StreamedDocumentScore = {
    id: source.id,
    file: source.file,
    metadata: source.metadata,
    report: { ...report, characters: score.characters, steps: {}, tokens: score.tokens },
    steps,
    tokens: score.tokens,
    matchedTokens: score.matchedTokens,
    categoryHits: score.categoryHits,
    entryHits: score.entryHits,
    hits: hitMode === "keep" ? score.hits : [],
    forms: score.forms,
  };
  if (hitMode === "csv" && onKwic === undefined) result.kwicCsv = kept.join("");
  return result;
}

/**
 * The rows of `kwic.csv` a scorer's hits make, in batches of about
 * {@linkcode KWIC_BATCH_CHARS} (so that each fits a reused buffer), handed on between the
 * parts of a document. One per scorer, used for document after document: its `onHit` is
 * the same function every time. (A new function per document made V8 throw away the
 * scorer's optimized code at every document, which had the call to it built in.)
 */
class KwicRows {
  /** Batches complete, to be handed on. */
  readonly full: string[] = [];
  // The cells of the batch's rows: joined once, into one flat string (adding each row to
  // a string makes a tree of many small strings, which encoding then has to walk).
  readonly #batch: string[] = [];
  #length = 0;
  #id = "";
  /** Per entry, the cells of document, category and entry: the same for every hit. */
  #prefixes: string[] = [];

  /** Start the rows of a document. */
  begin(id: string): this {
    this.#id = id;
    this.#prefixes = [];
    // Nothing of a document that failed half-way is carried over.
    this.full.length = this.#batch.length = this.#length = 0;
    return this;
  }

  /** A hit's row of kwic.csv (`COLUMNS.kwic` in lib/score/tables.ts). */
  readonly onHit = (hit: Hit): void => {
    const prefix = this.#prefixes[hit.entryIndex] ??=
      formatCsvRow([this.#id, hit.category, hit.entry]) + ",";
    const row = formatCsvRow([hit.match, hit.tokenIndex, hit.left, hit.right]);
    this.#batch.push(prefix, row, "\n");
    this.#length += prefix.length + row.length + 1;
    if (this.#length >= KWIC_BATCH_CHARS) this.#close();
  };

  /** The end of the document: its last batch. */
  end(): void {
    if (this.#batch.length > 0) this.#close();
  }

  #close(): void {
    this.full.push(this.#batch.join(""));
    this.#batch.length = this.#length = 0;
  }
}

/**
 * What the cleaning steps did to one document's scores, tallied as the effects come in
 * (see `onEffects` of `streamDocument`): the pieces each step took out or put in are
 * scored at once and dropped, so a long document with many hyphens at line ends holds
 * none of them (a 500 MB document held 700,000, and the parts they were cut from: 1.4 GB).
 * Scored with a second scorer, as the first is busy with the document; pieces are scored
 * apart (see scoreCleaningSteps), so the sums do not depend on when they are taken.
 */
class StepTally {
  readonly #scorer: Scorer;
  readonly #steps = new Map<CleaningStep, StepScore>();

  constructor(scorer: Scorer) {
    this.#scorer = scorer;
  }

  /** Score and add what `effects` holds, and empty it. */
  take(effects: StepEffects): void {
    if (Object.keys(effects).length === 0) return;
    for (const score of scoreCleaningSteps(effects, companionOf(this.#scorer).stepScorer)) {
      const sum = this.#steps.get(score.step);
      if (sum === undefined) {
        this.#steps.set(score.step, score);
        continue;
      }
      sum.lines += score.lines;
      sum.changes += score.changes;
      sum.words += score.words;
      score.categoryHits.forEach((hits, c) => (sum.categoryHits[c] += hits));
    }
    for (const step of CLEANING_STEPS) delete effects[step];
  }

  /** The steps that changed the document, in the order they run. */
  end(): StepScore[] {
    return CLEANING_STEPS.flatMap((step) => this.#steps.get(step) ?? []);
  }
}

/**
 * What a thread keeps beside each of its scorers, made on first use: its rows of
 * `kwic.csv` and the second scorer of its cleaning steps.
 */
interface Companion {
  rows: KwicRows;
  stepScorer: Scorer;
}

const companions = new WeakMap<Scorer, Companion>();

function companionOf(scorer: Scorer): Companion {
  let companion = companions.get(scorer);
  if (companion === undefined) {
    companion = { rows: new KwicRows(), stepScorer: new Scorer(scorer.compiled) };
    companions.set(scorer, companion);
  }
  return companion;
}

/** An error sent by a worker, as it was: an {@linkcode InputError} keeps its exact message. */
export function errorFrom(error: WorkerError): Error {
  if (error.input && error.problem !== undefined) {
    return new InputError(error.problem, error.location ?? {});
  }
  const result = new Error(error.message);
  if (error.stack !== undefined) result.stack = error.stack;
  return result;
}

/** An error made fit to cross to another thread; see {@linkcode errorFrom}. */
export function errorTo(error: unknown): WorkerError {
  if (error instanceof InputError) {
    return {
      input: true,
      message: error.message,
      problem: error.problem,
      location: error.location,
    };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { input: false, message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) };
}
