/**
 * A worker thread of lib/score/score_parallel.ts: it gets the scoring settings once,
 * then paths of documents; it reads, cleans and scores each one and sends back its
 * counts (and, if asked, its hits or its rows of `kwic.csv`), never the text.
 *
 * Start it with `new Worker(new URL("./score_worker.ts", import.meta.url), { type: "module" })`.
 *
 * @module
 */
import { compileLexicon } from "../lexicon/mod.ts";
import { Scorer } from "./scorer.ts";
import {
  errorTo,
  KwicBuffers,
  scoreSource,
  type SourceScoringSettings,
  type WorkerReply,
  type WorkerRequest,
} from "./score_parallel.ts";

/** The part of a worker's global scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: ArrayBuffer[]): void;
}

/** Batches of kwic.csv rows sent and not yet acknowledged before the worker waits. */
const KWIC_AHEAD = 4;

const scope = globalThis as unknown as WorkerScope;
let settings: SourceScoringSettings | undefined;
let scorer: Scorer | undefined;
// Documents are scored one after another (the scorer holds one document at a time).
let queue: Promise<void> = Promise.resolve();
let unacknowledged = 0;
let acknowledged: (() => void) | undefined;
let currentRun = -1;
const buffers = new KwicBuffers();

function wake(): void {
  const resolve = acknowledged;
  acknowledged = undefined;
  resolve?.();
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === "init") {
    settings = request.settings;
    scorer = new Scorer(compileLexicon(settings.lexicon), {
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

async function score(request: Extract<WorkerRequest, { type: "score" }>): Promise<void> {
  const { run, seq } = request;
  const onKwic = settings!.streamKwic
    ? async (text: string) => {
      // The bytes are moved to the main thread, not copied, and come back with the ack.
      const rows = buffers.encode(text);
      scope.postMessage({ type: "kwic", run, seq, rows }, [rows.buffer as ArrayBuffer]);
      unacknowledged++;
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
    scope.postMessage({ type: "scored", run, seq, document });
  } catch (error) {
    scope.postMessage({ type: "failed", run, seq, error: errorTo(error) });
  }
}
