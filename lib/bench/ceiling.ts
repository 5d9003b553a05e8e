/**
 * The machine's own ceiling for scoring on more threads: a loop of integer arithmetic
 * (no memory traffic, no allocation, nothing shared) split evenly over `--threads N`
 * worker threads. Timed inside, from the signal to start (every thread started and
 * waiting) to the last thread done, so that the start-up of Deno and of the threads, the
 * same for any number, does not lower the ratio. What two threads gain over one here is
 * what the cores give to work that needs nothing but a core (virtual cores share physical
 * ones, clocks drop when both work); `deno task bench` prints it beside the speed-up of
 * `score`. Prints the seconds.
 *
 * Run: `deno run -A lib/bench/ceiling.ts --threads 2`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { timeThreads } from "./probe.ts";

/** Iterations in all, split over the threads: about half a second of one core here. */
export const CEILING_ITERATIONS = 300_000_000;

if (import.meta.main) {
  const { values } = parseArgs({ args: Deno.args, options: { threads: { type: "string" } } });
  const threads = Number(values.threads ?? "1");
  // A short run first: every thread is up and its loop compiled before the clock starts.
  const { seconds, answers } = await timeThreads(
    new URL("./ceiling_worker.ts", import.meta.url),
    Array.from({ length: threads }, () => 1000),
    () => Math.round(CEILING_ITERATIONS / threads),
  );
  // The result is printed too, so the loop cannot be left out as unused.
  console.log(`${seconds.toFixed(4)} ${answers.reduce((a, b) => a ^ b, 0)}`);
}
