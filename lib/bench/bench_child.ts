/**
 * The benchmark's memory probe, run as a child process so that its peak resident memory
 * is that of scoring alone: it scores a corpus (or its first documents) into a result
 * directory with {@linkcode scoreCorpusToDir} (streaming, the national-scale path) and
 * prints one line of JSON with what it did and its own peak memory (`VmHWM`, the whole
 * process, worker threads included).
 *
 * `deno run -A lib/bench/bench_child.ts --corpus DIR --out DIR [--docs N] [--workers N]
 * [--mode exact|stem|glob] [--no-kwic]`
 *
 * @module
 */
import { parseArgs } from "node:util";
import { listCorpus } from "../corpus/mod.ts";
import { loadStudyLexicon, parseMatchMode } from "../lexicon/mod.ts";
import { scoreCorpusToDir } from "../score/aggregate_stream.ts";
import { procStatus } from "./measure.ts";

/** What the probe prints. */
export interface ChildReport {
  documents: number;
  bytes: number;
  tokens: number;
  hits: number;
  seconds: number;
  workers: number;
  mode: string;
  kwic: boolean;
  /** Peak resident set size of the process, KiB (`VmHWM`). */
  vmHwmKiB: number | null;
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      corpus: { type: "string" },
      out: { type: "string" },
      docs: { type: "string" },
      workers: { type: "string" },
      mode: { type: "string" },
      "no-kwic": { type: "boolean" },
    },
    strict: true,
  });
  if (values.corpus === undefined || values.out === undefined) {
    console.error(
      "usage: bench_child.ts --corpus DIR --out DIR [--docs N] [--workers N] [--mode M] [--no-kwic]",
    );
    Deno.exit(1);
  }
  const mode = parseMatchMode(values.mode ?? "exact");
  const workers = values.workers === undefined
    ? navigator.hardwareConcurrency
    : Number(values.workers);
  const listing = await listCorpus(values.corpus);
  if (values.docs !== undefined) listing.sources = listing.sources.slice(0, Number(values.docs));
  let bytes = 0;
  for (const source of listing.sources) bytes += (await Deno.stat(source.path)).size;
  const started = performance.now();
  const result = await scoreCorpusToDir(listing, await loadStudyLexicon(), values.out, {
    mode,
    workers,
    kwicFile: !values["no-kwic"],
  });
  const report: ChildReport = {
    documents: result.documents,
    bytes,
    tokens: result.coverage.tokens,
    hits: result.hits,
    seconds: (performance.now() - started) / 1000,
    workers,
    mode,
    kwic: !values["no-kwic"],
    vmHwmKiB: procStatus("VmHWM") ?? null,
  };
  console.log(JSON.stringify(report));
}
