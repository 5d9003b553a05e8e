/**
 * How the work done for each document gains from threads on this machine: each thread is
 * dealt its share of a corpus (documents dealt round-robin), reads, cleans and scores it
 * once (so that the code is compiled and the files are in the page cache), then, all at
 * once, does the same three times with the study's lexicon, every hit made with its
 * context. Only those three passes are timed, from the signal to start to the last thread
 * done: what `deno task score` does besides (its start-up, compiling, the rows of kwic.csv,
 * the result files, the messages between its threads) is left out. `deno task bench` runs
 * it with 1 and 2 threads and prints the ratio beside the end-to-end one of `score`.
 *
 * Prints `SECONDS HITS` (the hits of one pass, as `deno task score` counts them). Of a
 * corpus larger than `--max-mb` megabytes (default 64) only the first documents up to that
 * size are scored.
 *
 * Run: `deno run -A lib/bench/scaling.ts --threads 2 --corpus DIR`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { listCorpus } from "../corpus/corpus.ts";
import type { DocumentSource } from "../corpus/document.ts";
import { timeThreads } from "./probe.ts";

/** Passes over the text each thread scores while timed. */
export const SCALING_PASSES = 3;

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      threads: { type: "string" },
      corpus: { type: "string" },
      "max-mb": { type: "string" },
    },
  });
  const threads = Number(values.threads ?? "1");
  const maxBytes = Number(values["max-mb"] ?? "64") * 1e6;
  const sources: DocumentSource[] = [];
  let bytes = 0;
  for (const source of (await listCorpus(values.corpus!)).sources) {
    if (bytes >= maxBytes) break;
    bytes += (await Deno.stat(source.path)).size;
    sources.push(source);
  }
  const { seconds, answers } = await timeThreads(
    new URL("./scaling_worker.ts", import.meta.url),
    Array.from({ length: threads }, (_, k) => sources.filter((_, i) => i % threads === k)),
    () => "go",
  );
  console.log(`${seconds.toFixed(4)} ${answers.reduce((a, b) => a + b, 0) / SCALING_PASSES}`);
}
