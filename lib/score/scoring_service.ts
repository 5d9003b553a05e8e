/**
 * What a scoring thread does with the requests of a `ScoringPool` (lib/score/score_parallel.ts): it gets the
 * settings once, then documents to read, clean and score one after another; it sends back
 * their counts (and, if asked, hits or rows of `kwic.csv`, a few batches ahead at most:
 * it waits for each to be acknowledged). Run by each worker thread
 * (lib/score/score_worker.ts) and, through {@linkcode MainThreadWorker}, by the main
 * thread itself.
 *
 * @module
 */
import { compileLexicon } from "../lexicon/compile_lexicon.ts";
import {
  errorTo,
  KwicBuffers,
  scoreSource,
  type SourceScoringSettings,
  type WorkerReply,
  type WorkerRequest,
} from "./score_source.ts";
import { Scorer } from "./scorer.ts";

/**
 * Batches of kwic.csv rows sent and not yet acknowledged before the thread waits: 8 (two
 * or so documents of rows; rows are written only in corpus order). More lets a worker run
 * further ahead of the document being written, but the main thread then holds more
 * messages, and its heap grows well beyond them (1 GB in mode glob: 64 batches, 314 MiB
 * peak; 8, 290 MiB).
 */
const KWIC_AHEAD = 8;

/** Sends a reply (moving the listed buffers, where there is a thread to move them to). */
export type Reply = (message: WorkerReply, transfer?: ArrayBuffer[]) => void;

/**
 * A handler of requests that answers through `reply`. `between`, if given, is awaited after
 * each batch of rows sent (the main thread lets the workers' messages in there).
 */
export function scoringService(
  reply: Reply,
  between?: () => Promise<void>,
): (request: WorkerRequest) => void {
  let settings: SourceScoringSettings | undefined;
  let scorer: Scorer | undefined;
  // Documents are scored one after another (the scorer holds one document at a time).
  let queue: Promise<void> = Promise.resolve();
  let unacknowledged = 0;
  let acknowledged: (() => void) | undefined;
  let currentRun = -1;
  const buffers = new KwicBuffers();
  const wake = () => {
    const resolve = acknowledged;
    acknowledged = undefined;
    resolve?.();
  };

  async function score(request: Extract<WorkerRequest, { type: "score" }>): Promise<void> {
    const { run, seq } = request;
    const onKwic = settings!.streamKwic
      ? async (text: string) => {
        // The bytes are moved to the main thread, not copied, and come back with the ack.
        const rows = buffers.encode(text);
        reply({ type: "kwic", run, seq, rows }, [rows.buffer as ArrayBuffer]);
        unacknowledged++;
        await between?.();
        while (unacknowledged >= KWIC_AHEAD && run === currentRun) {
          await new Promise<void>((resolve) => (acknowledged = resolve));
        }
      }
      : undefined;
    try {
      const document = await scoreSource(request.source, scorer!, {
        hits: settings!.hits,
        read: settings!.read,
        onKwic,
      });
      reply({ type: "scored", run, seq, document });
    } catch (error) {
      reply({ type: "failed", run, seq, error: errorTo(error) });
    }
  }

  return (request) => {
    if (request.type === "init") {
      settings = request.settings;
      // The scorer remembers the words it classified; the lexicon's own memo need not.
      scorer = new Scorer(compileLexicon(settings.lexicon, { memoLimit: 0 }), {
        kwic: settings.kwic,
        cacheLimit: settings.cacheLimit,
      });
      // A document of a run stopped early stops waiting for acknowledgements.
      currentRun = request.run;
      unacknowledged = 0;
      wake();
      return;
    }
    if (request.type === "ack") {
      buffers.release(request.buffer);
      if (request.run !== currentRun) return;
      unacknowledged--;
      wake();
      return;
    }
    queue = queue.then(() => score(request));
  };
}

/**
 * The main thread as one of the scoring threads of a `ScoringPool` (lib/score/score_parallel.ts): the same
 * requests and replies as a worker, answered on this thread. A document to score is taken
 * up as a task of its own, and after each batch of `kwic.csv` rows it makes this thread
 * waits for a task of its own (through a message channel: a timer would wait a
 * millisecond), so the messages of the workers that came in meanwhile are handled first:
 * they get their next documents, and their rows are written and their buffers given back,
 * without waiting for this thread's document. On a machine with as many cores as scoring
 * threads, this leaves no thread idle and starts one V8 heap fewer.
 */
export class MainThreadWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  #closed = false;
  readonly #channel = new MessageChannel();
  /** What to do in the tasks asked for, in order. */
  readonly #tasks: (() => void)[] = [];
  readonly #handle = scoringService((message) => {
    // Answered after the current task, as a worker's message would be.
    queueMicrotask(() => {
      if (!this.#closed) this.onmessage?.({ data: message } as MessageEvent<WorkerReply>);
    });
  }, () => new Promise<void>((resolve) => this.#task(resolve)));

  constructor() {
    this.#channel.port2.onmessage = () => this.#tasks.shift()?.();
  }

  postMessage(request: WorkerRequest, _transfer?: ArrayBuffer[]): void {
    const handle = () => {
      if (!this.#closed) this.#handle(request);
    };
    if (request.type === "score") this.#task(handle);
    else queueMicrotask(handle);
  }

  terminate(): void {
    this.#closed = true;
    for (const task of this.#tasks.splice(0)) task();
    this.#channel.port1.close();
    this.#channel.port2.close();
  }

  #task(run: () => void): void {
    if (this.#closed) return run();
    this.#tasks.push(run);
    this.#channel.port1.postMessage(null);
  }
}
