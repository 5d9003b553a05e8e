/**
 * A probe of `deno task bench`: two runs of the score command with one worker, each on its
 * own half of a corpus, at the same time in one process, one on the main thread and one in
 * a worker thread (lib/bench/pair_worker.ts). They share the process and nothing else: no
 * documents, counts or rows pass between them. Beside the same two runs as two processes
 * and the run with two workers, it tells what sharing a process costs apart from what the
 * scoring pool of `deno task score` (lib/score/score_parallel.ts) costs.
 *
 * Prints the number of documents the two scored (rows of their documents.csv, one per
 * document and category, the document first).
 *
 * Run: `deno run -A lib/bench/pair.ts HALF1 OUT1 HALF2 OUT2`.
 *
 * @module
 */
import { join } from "node:path";
import { parseCsv } from "../io/csv.ts";
import { runScoreCli } from "../score/cli.ts";

/** The arguments of the score command for one half. */
const halfArgs = (
  corpus: string,
  out: string,
) => ["--corpus", corpus, "--out", out, "--workers", "1"];

/** The documents of a score result (its documents.csv). */
async function documentsOf(out: string): Promise<string[]> {
  const file = join(out, "documents.csv");
  return parseCsv(await Deno.readTextFile(file), { file }).records.map((r) => r.values.document);
}

if (import.meta.main) {
  const [half1, out1, half2, out2] = Deno.args;
  const worker = new Worker(new URL("./pair_worker.ts", import.meta.url), { type: "module" });
  try {
    const other = new Promise<number>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        reject(new Error(`the thread scoring ${half2} failed: ${event.message}`));
      };
    });
    worker.postMessage(halfArgs(half2, out2));
    const codes = await Promise.all([runScoreCli(halfArgs(half1, out1), { log: () => {} }), other]);
    if (codes.some((code) => code !== 0)) throw new Error(`a half failed to score: ${codes}`);
  } finally {
    worker.terminate();
  }
  const documents = new Set([...await documentsOf(out1), ...await documentsOf(out2)]);
  console.log(documents.size);
}
