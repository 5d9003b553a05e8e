/**
 * The timing shared by the probes of `deno task bench` (lib/bench/ceiling.ts,
 * lib/bench/scaling.ts): one worker thread per share of the work, each given its share
 * first (and answering when ready), then all the signal to start; the time runs from the
 * signal to the last answer, so the start-up of Deno and of the threads is left out.
 *
 * @module
 */

/** Start a thread of `url` per message of `ready`, then time `start` on all of them. */
export async function timeThreads(
  url: URL,
  ready: readonly unknown[],
  start: (thread: number) => unknown,
): Promise<{ seconds: number; answers: number[] }> {
  const workers = ready.map(() => new Worker(url, { type: "module" }));
  const ask = (worker: Worker, message: unknown) =>
    new Promise<number>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        reject(new Error(`a probe thread failed: ${event.message}`));
      };
      worker.postMessage(message);
    });
  try {
    await Promise.all(workers.map((worker, k) => ask(worker, ready[k])));
    const started = performance.now();
    const answers = await Promise.all(workers.map((worker, k) => ask(worker, start(k))));
    return { seconds: (performance.now() - started) / 1000, answers };
  } finally {
    for (const worker of workers) worker.terminate();
  }
}
