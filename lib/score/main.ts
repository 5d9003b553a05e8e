/**
 * The entry of `deno task score` (the command itself is lib/score/cli.ts). It starts the
 * scoring worker threads first, then loads the command: each worker loads its modules
 * while this thread loads its own, reads the lexicon and lists the corpus, instead of
 * after them, and starts scoring that much sooner.
 *
 * @module
 */
import { scoreWorkersToStart, startScoreWorker } from "./start_workers.ts";

const started = Array.from(
  { length: scoreWorkersToStart(Deno.args, navigator.hardwareConcurrency) },
  startScoreWorker,
);
const { runScoreCli } = await import("./cli.ts");
Deno.exit(await runScoreCli(Deno.args, { startedWorkers: started }));
