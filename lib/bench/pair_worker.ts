/**
 * The worker thread of lib/bench/pair.ts: runs the score command on the arguments it is
 * sent and answers with its exit code.
 *
 * @module
 */
import { runScoreCli } from "../score/cli.ts";

/** The part of a worker's global scope used here. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<string[]>) => void) | null;
  postMessage(message: number): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.onmessage = async (event) => {
  scope.postMessage(await runScoreCli(event.data, { log: () => {} }));
};
