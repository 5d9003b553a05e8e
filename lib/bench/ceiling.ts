/**
 * The machine's own ceiling for scoring on more threads: a loop of integer arithmetic
 * (no memory traffic, no allocation, nothing shared) split evenly over `--threads N`
 * worker threads, timed end to end by `deno task bench` as it times `deno task score`.
 * What two threads gain over one here is the most any program can gain on this machine
 * (virtual cores share physical ones, clocks drop when both work), so the bench prints it
 * beside the speed-up of `score`.
 *
 * Run: `deno run -A lib/bench/ceiling.ts --threads 2`.
 *
 * @module
 */
import { parseArgs } from "node:util";

/** Iterations in all, split over the threads: about half a second of one core here. */
export const CEILING_ITERATIONS = 300_000_000;

if (import.meta.main) {
  const { values } = parseArgs({ args: Deno.args, options: { threads: { type: "string" } } });
  const threads = Number(values.threads ?? "1");
  const results = await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<number>((resolve) => {
        const worker = new Worker(new URL("./ceiling_worker.ts", import.meta.url), {
          type: "module",
        });
        worker.onmessage = (event: MessageEvent<number>) => {
          worker.terminate();
          resolve(event.data);
        };
        worker.postMessage(Math.round(CEILING_ITERATIONS / threads));
      })),
  );
  // Printed so the loop cannot be left out as unused.
  console.log(results.reduce((a, b) => a ^ b, 0));
}
