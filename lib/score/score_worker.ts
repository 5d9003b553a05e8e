/**
 * A worker thread of lib/score/score_parallel.ts: it gets the scoring settings once,
 * then paths of documents; it reads, cleans and scores each one and sends back its
 * counts (and, if asked, its hits or its rows of `kwic.csv`), never the text.
 *
 * Start it with `new Worker(new URL("./score_worker.ts", import.meta.url), { type: "module" })`.
 * What it does is {@linkcode scoringService} (lib/score/scoring_service.ts), which the
 * main thread also runs when it scores documents itself.
 *
 * @module
 */
import { scoringService } from "./scoring_service.ts";
import type { WorkerReply, WorkerRequest } from "./score_source.ts";

/** The part of a worker's global scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = scoringService((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
