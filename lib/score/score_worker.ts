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
import { FastScorer } from "./fast_scorer.ts";
import {
  errorTo,
  scoreSource,
  type SourceScoringSettings,
  type WorkerReply,
  type WorkerRequest,
} from "./score_parallel.ts";

/** The part of a worker's global scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = globalThis as unknown as WorkerScope;
let settings: SourceScoringSettings | undefined;
let scorer: FastScorer | undefined;

scope.onmessage = async (event) => {
  const request = event.data;
  if (request.type === "init") {
    settings = request.settings;
    scorer = new FastScorer(compileLexicon(settings.lexicon), {
      kwic: settings.kwic,
      cacheLimit: settings.cacheLimit,
    });
    return;
  }
  try {
    const document = await scoreSource(request.source, scorer!, {
      hits: settings!.hits,
      read: settings!.read,
    });
    scope.postMessage({ type: "scored", run: request.run, seq: request.seq, document });
  } catch (error) {
    scope.postMessage({
      type: "failed",
      run: request.run,
      seq: request.seq,
      error: errorTo(error),
    });
  }
};
