/**
 * Scoring a corpus at national scale: documents are read, cleaned and scored in parts by
 * a pool of scoring threads, the main thread and worker threads (each reads its own
 * documents: paths go out, counts and rows of `kwic.csv` come back, never texts), and
 * come out one at a time in corpus order, the same whatever the number of threads
 * (tested against the plain scorer: identical counts, shares, coverage and files).
 * Memory is bounded: a chunk of each document being read, the engine's window, a few
 * batches of `kwic.csv` rows per thread, and the counts of at most `8 × threads × depth`
 * documents done ahead of their turn. Workers get documents first; the main thread, which
 * also writes the results, takes one at a time.
 *
 * See lib/score/aggregate_stream.ts for the corpus result and the files built from this
 * stream, and lib/score/scorer.ts for the engine itself.
 *
 * @module
 */
import { type CorpusListing, listCorpus, type ReadCorpusOptions } from "../corpus/corpus.ts";
import type { DocumentSource, ReadDocumentOptions } from "../corpus/document.ts";
import { InputError } from "../io/input_error.ts";
import { type CompiledLexicon, compileLexicon } from "../lexicon/compile_lexicon.ts";
import { DUTCH_STEMMER } from "../lexicon/dutch_stemmer.ts";
import { type Lexicon, withDefaultMode } from "../lexicon/lexicon.ts";
import type { MatchMode } from "../lexicon/match_mode.ts";
import type { KwicOptions } from "./kwic.ts";
import { MainThreadWorker } from "./scoring_service.ts";
import { startScoreWorker } from "./start_workers.ts";
import { Scorer } from "./scorer.ts";
import {
  errorFrom,
  type HitMode,
  KwicBuffers,
  scoreSource,
  type SourceScoringSettings,
  type StreamedDocumentScore,
  type WorkerReply,
  type WorkerRequest,
} from "./score_source.ts";

/** Options of {@linkcode scoreDocuments}. */
export interface ScoreDocumentsOptions {
  /** Replace the lexicon's default mode (entries with their own mode keep it). Default: the lexicon's. */
  mode?: MatchMode;
  /** Context of each hit. Default: 8 words, 60 characters each side. */
  kwic?: KwicOptions;
  /** What becomes of the hits; see {@linkcode HitMode}. Default: `"keep"`. */
  hits?: HitMode;
  /**
   * Threads that read and score: a number N (the calling thread and N - 1 new worker
   * threads; `0` or `1`: the calling thread alone), or a {@linkcode ScoringPool} to reuse
   * (it is left open). Default: `navigator.hardwareConcurrency` (all cores).
   */
  workers?: number | ScoringPool;
  /** Documents sent to a worker before it has answered, so it can read the next one while it scores. Default: `2`. */
  depth?: number;
  /** How documents are read (cleaning; the corpus directory as shown in errors). Default: `{}`. */
  read?: ReadCorpusOptions;
  /** Distinct words each scorer remembers; see lib/score/scorer.ts. Default: `50_000`. */
  cacheLimit?: number;
  /**
   * With hits `csv`: called with rows of `kwic.csv` (without the header, UTF-8) in corpus order,
   * a document's rows before the document itself is yielded; the next batch waits until
   * the promise returned settles, and the bytes are used again after that (copy them to
   * keep them). A document refused after some of its rows were handed
   * on is still reported as unreadable. Default: none (the rows are in `kwicCsv`).
   */
  onKwic?: (rows: Uint8Array) => void | Promise<void>;
  /**
   * Called with the error of each document that cannot be read (an {@linkcode InputError}),
   * which is then skipped, so that every such document is reported in one run. Default:
   * none: the first such error is thrown.
   */
  onUnreadable?: (error: InputError) => void;
  /**
   * Worker threads already started on lib/score/score_worker.ts (see
   * lib/score/start_workers.ts), used before any new one is started when `workers` is a
   * number; the caller terminates those left over. Default: none.
   */
  startedWorkers?: readonly Worker[];
}

/** The lexicon as compiled for scoring, with the default mode replaced if asked. */
export function compileFor(
  lexicon: Lexicon | CompiledLexicon,
  mode: MatchMode | undefined,
): CompiledLexicon {
  if ("classify" in lexicon) {
    if (mode !== undefined && mode !== lexicon.lexicon.mode) {
      return compileLexicon(withDefaultMode(lexicon.lexicon, mode));
    }
    return lexicon;
  }
  return compileLexicon(mode === undefined ? lexicon : withDefaultMode(lexicon, mode));
}

/**
 * Score the documents of a corpus (a directory or a listing), in corpus order, one at a
 * time as they are done. A document that cannot be read is an {@linkcode InputError}
 * thrown when its turn comes (after the documents before it), as with
 * {@linkcode scoreCorpus}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/b.txt`, "Meedoen en regelen.");
 * await Deno.writeTextFile(`${dir}/a.txt`, "Regelen.");
 * const lexicon = parseLexicon("category,entry\nPA,regelen\nSR,meedoen\n", "csv");
 * const seen: string[] = [];
 * for await (const doc of scoreDocuments(dir, lexicon, { workers: 1, hits: "none" })) {
 *   seen.push(`${doc.id}:${doc.categoryHits}`);
 * }
 * assert.deepEqual(seen, ["a:1,0", "b:1,1"]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function* scoreDocuments(
  corpus: string | CorpusListing,
  lexicon: Lexicon | CompiledLexicon,
  options: ScoreDocumentsOptions = {},
): AsyncGenerator<StreamedDocumentScore> {
  const compiled = compileFor(lexicon, options.mode);
  const listing = typeof corpus === "string" ? await listCorpus(corpus, options.read) : corpus;
  const workers = options.workers ?? navigator.hardwareConcurrency;
  const hits = options.hits ?? "keep";
  const read: ReadDocumentOptions = options.read?.cleaning === undefined
    ? {}
    : { cleaning: options.read.cleaning };
  if (typeof workers === "number" && workers <= 1) {
    const buffers = new KwicBuffers();
    const onKwic = options.onKwic;
    const kwicOnThisThread = onKwic === undefined ? undefined : async (rows: string) => {
      const bytes = buffers.encode(rows);
      await onKwic(bytes);
      buffers.release(bytes.buffer as ArrayBuffer);
    };
    const scorer = new Scorer(compiled, { kwic: options.kwic, cacheLimit: options.cacheLimit });
    for (const source of listing.sources) {
      try {
        yield await scoreSource(source, scorer, { hits, read, onKwic: kwicOnThisThread });
      } catch (error) {
        if (!(error instanceof InputError) || options.onUnreadable === undefined) throw error;
        options.onUnreadable(error);
      }
    }
    return;
  }
  if (
    compiled.stemmer !== null && JSON.stringify(compiled.stemmer) !== JSON.stringify(DUTCH_STEMMER)
  ) {
    throw new Error(
      "scoreDocuments: workers use the default Dutch stemmer; score with workers: 0 to use another",
    );
  }
  const settings: SourceScoringSettings = {
    lexicon: compiled.lexicon,
    kwic: options.kwic ?? {},
    hits,
    read,
    ...(options.cacheLimit === undefined ? {} : { cacheLimit: options.cacheLimit }),
    streamKwic: options.onKwic !== undefined,
  };
  const depth = options.depth ?? 2;
  if (typeof workers !== "number") {
    yield* workers.run(listing.sources, settings, depth, options.onUnreadable, options.onKwic);
    return;
  }
  // The main thread is one of the scoring threads: on N cores, N threads score.
  const pool = new ScoringPool(Math.min(workers, Math.max(1, listing.sources.length)), {
    mainThread: true,
    started: options.startedWorkers,
  });
  try {
    yield* pool.run(listing.sources, settings, depth, options.onUnreadable, options.onKwic);
  } finally {
    pool.close();
  }
}

type Outcome = { ok: true; document: StreamedDocumentScore } | { ok: false; error: Error };

/** A worker of a pool and the documents it has been sent and not yet answered. */
interface Slot {
  worker: Worker | MainThreadWorker;
  busy: number;
  /** Documents it may have unanswered: `depth` for a worker, 1 for the main thread. */
  depth: number;
}

/** Options of {@linkcode ScoringPool}. */
export interface ScoringPoolOptions {
  /** One of the scoring threads is the main thread (`size - 1` workers are started). Default: `false`. */
  mainThread?: boolean;
  /**
   * Worker threads already started on lib/score/score_worker.ts, taken before new ones
   * are started; the pool terminates those it takes when closed. Default: none.
   */
  started?: readonly Worker[];
}

/**
 * Worker threads for {@linkcode scoreDocuments}, to be reused between corpora (starting a
 * worker takes a moment: it loads the scorer's modules). One corpus at a time. Close it
 * when done.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadStudyLexicon } from "../lexicon/mod.ts";
 * const sample = new URL("../../data/corpus/sample", import.meta.url).pathname;
 * const pool = new ScoringPool(2);
 * try {
 *   const lexicon = await loadStudyLexicon();
 *   for (const mode of ["exact", "stem"] as const) {
 *     let hits = 0;
 *     for await (const doc of scoreDocuments(sample, lexicon, { mode, workers: pool })) hits += doc.hits.length;
 *     assert.ok(hits > 0);
 *   }
 * } finally {
 *   pool.close();
 * }
 * ```
 */
export class ScoringPool {
  readonly size: number;
  readonly #slots: Slot[];
  #run = 0;
  #running = false;
  #closed = false;

  /** Start `size` scoring threads (default: one per core). */
  constructor(size: number = navigator.hardwareConcurrency, options: ScoringPoolOptions = {}) {
    if (!Number.isInteger(size) || size < 1) {
      throw new Error(`ScoringPool: size must be a whole number from 1 (got ${size})`);
    }
    this.size = size;
    // Workers first: the main thread, which also hands out the documents and writes the
    // results, takes one document at a time, when the workers have enough to do.
    const started = options.started ?? [];
    this.#slots = Array.from({ length: size }, (_, i) => {
      const main = options.mainThread === true && i === size - 1;
      return {
        worker: main ? new MainThreadWorker() : started[i] ?? startScoreWorker(),
        busy: 0,
        depth: 0,
      };
    });
  }

  /** Stop the workers. */
  close(): void {
    this.#closed = true;
    for (const slot of this.#slots) slot.worker.terminate();
  }

  /** Score sources in order (see {@linkcode scoreDocuments}, which calls this). */
  async *run(
    sources: readonly DocumentSource[],
    settings: SourceScoringSettings,
    depth: number,
    onUnreadable?: (error: InputError) => void,
    onKwic?: (rows: Uint8Array) => void | Promise<void>,
  ): AsyncGenerator<StreamedDocumentScore> {
    if (this.#closed) throw new Error("ScoringPool: the pool is closed");
    if (this.#running) throw new Error("ScoringPool: the pool is scoring another corpus");
    this.#running = true;
    // Replies of an earlier run that was stopped early still come in; they are ignored.
    const run = ++this.#run;
    const pool = this.#slots;
    // Documents are handed out no further ahead than this of the one to be yielded next,
    // so results waiting for their turn stay few even behind one very long document (but
    // enough for the main thread to go on while a worker starts).
    const window = pool.length * depth * 8;
    const done = new Map<number, Outcome>();
    // Rows of kwic.csv of documents after the next one, held until its turn (a worker sends
    // a few batches ahead at most: it waits for each to be acknowledged).
    const heldRows = new Map<number, { slot: Slot; rows: Uint8Array }[]>();
    let writing: Promise<void> = Promise.resolve();
    const deliver = (slot: Slot, seq: number, rows: Uint8Array) => {
      writing = writing.then(() => onKwic?.(rows)).then(() => {
        // The buffer goes back to the worker, to be filled again.
        const ack: WorkerRequest = { type: "ack", run, seq, buffer: rows.buffer as ArrayBuffer };
        slot.worker.postMessage(ack, [ack.buffer]);
      });
      writing.catch(() => {});
    };
    let fatal: Error | undefined;
    let wake: (() => void) | undefined;
    let sent = 0;
    let next = 0;
    const notify = () => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const dispatch = () => {
      for (const slot of pool) {
        while (slot.busy < slot.depth && sent < sources.length && sent < next + window) {
          const request: WorkerRequest = { type: "score", run, seq: sent, source: sources[sent] };
          slot.worker.postMessage(request);
          slot.busy++;
          sent++;
        }
      }
    };
    for (const slot of pool) {
      slot.busy = 0;
      slot.depth = slot.worker instanceof MainThreadWorker ? 1 : depth;
      slot.worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.run !== run) return;
        if (reply.type === "kwic") {
          if (reply.seq === next) deliver(slot, reply.seq, reply.rows);
          else {
            const held = heldRows.get(reply.seq) ?? [];
            held.push({ slot, rows: reply.rows });
            heldRows.set(reply.seq, held);
          }
          return;
        }
        slot.busy--;
        done.set(
          reply.seq,
          reply.type === "scored"
            ? { ok: true, document: reply.document }
            : { ok: false, error: errorFrom(reply.error) },
        );
        dispatch();
        notify();
      };
      slot.worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        fatal ??= new Error(`a scoring worker failed: ${event.message}`);
        notify();
      };
      const init: WorkerRequest = { type: "init", run, settings };
      slot.worker.postMessage(init);
    }
    try {
      dispatch();
      while (next < sources.length) {
        let outcome = done.get(next);
        while (outcome === undefined) {
          if (fatal !== undefined) throw fatal;
          await new Promise<void>((resolve) => (wake = resolve));
          outcome = done.get(next);
        }
        done.delete(next);
        // Every row of this document is handed on before it is.
        await writing;
        next++;
        for (const { slot, rows } of heldRows.get(next) ?? []) deliver(slot, next, rows);
        heldRows.delete(next);
        dispatch();
        if (!outcome.ok) {
          if (!(outcome.error instanceof InputError) || onUnreadable === undefined) {
            throw outcome.error;
          }
          onUnreadable(outcome.error);
          continue;
        }
        yield outcome.document;
      }
    } finally {
      this.#running = false;
      for (const slot of pool) {
        slot.worker.onmessage = null;
        slot.worker.onerror = null;
      }
      if (fatal !== undefined) this.close();
    }
  }
}

/** CSV text without its header line. */
export function withoutHeader(csv: string): string {
  return csv.slice(csv.indexOf("\n") + 1);
}
