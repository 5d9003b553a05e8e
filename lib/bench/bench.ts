/**
 * `deno task bench`: how fast scoring is, and how much memory it takes, measured on a
 * generated corpus (lib/bench/generate_corpus.ts; generated once into a cache directory
 * and reused). A benchmark to rerun, not a test: it prints a table and writes
 * `outputs/bench/bench-<MB>mb.json` only with `--write` (`outputs/bench` is carried over
 * by `deno task reproduce` and never compared).
 *
 * What it measures, in MB/s of document bytes (1 MB = 10^6 bytes) and words per second:
 *
 * 1. reading: read, decode, clean and count each document (lib/corpus), no scoring;
 * 2. scoring on one thread, texts already read and cleaned (in memory): the fast scorer
 *    (lib/score/fast_scorer.ts) with hits and their context, and counts only; the plain
 *    `scoreText`; a naive regex-and-Map word count (lib/bench/naive.ts); each mode
 *    (`exact`; `stem`; `glob`, with the study's words as `word*`);
 * 3. the whole path, files to counts (`scoreDocuments`): on this thread, 1 worker, and
 *    all cores;
 * 4. peak resident memory of a child process scoring the corpus (or a larger one,
 *    `--memory-mb`) the streaming way (`scoreCorpusToDir`, kwic.csv written), on a quarter
 *    and on all of it, to see whether memory grows with the corpus;
 * 5. with `--reproduce`: wall time of `deno task reproduce`, run twice, the second (warm).
 *
 * @module
 */
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type CorpusDocument, iterateCorpus, listCorpus } from "../corpus/mod.ts";
import {
  type CompiledLexicon,
  compileLexicon,
  type Lexicon,
  loadStudyLexicon,
  MATCH_MODES,
  type MatchMode,
  parseLexicon,
  parseMatchMode,
} from "../lexicon/mod.ts";
import { projectRootPath } from "../outputs/write_output.ts";
import { CorpusAggregator } from "../score/aggregate_stream.ts";
import { FastScorer } from "../score/fast_scorer.ts";
import { scoreDocuments, ScoringPool } from "../score/score_parallel.ts";
import { scoreText } from "../score/score_text.ts";
import { InputError, stringifySorted } from "../io/mod.ts";
import { readMarker, writeResultFolder } from "../io/result_folder.ts";
import type { ChildReport } from "./bench_child.ts";
import { generateCorpus, GENERATED_FILE, GENERATOR_VERSION } from "./generate_corpus.ts";
import {
  formatTable,
  loadAverage,
  parseTimeVerbose,
  procStatus,
  timeRuns,
  type Timing,
} from "./measure.ts";

/**
 * The V8 flags of `deno task score` (deno.json): a small young generation and a capped old
 * generation per thread, so that the three V8 heaps (main thread and two workers) collect
 * early and peak memory stays flat in corpus size. Kept equal to the task by a test.
 */
export const SCORE_V8_FLAGS = "--max-semi-space-size=4,--max-old-space-size=128";
import { naiveScore } from "./naive.ts";

/** Options of {@linkcode runBench}. */
export interface BenchOptions {
  /** Size of the generated corpus, MB. Default: `20` (a run of well under a minute). */
  mb?: number;
  /** Documents of the generated corpus. Default: 4 per MB. */
  docs?: number;
  /** Seed of the generated corpus. Default: `1`. */
  seed?: number;
  /** Use this corpus directory instead of a generated one. Default: none. */
  corpus?: string;
  /** Where generated corpora are kept between runs. Default: `sturingstaal-bench` in the system's temporary directory. */
  cacheDir?: string;
  /** Timed runs of each measurement in memory (the best counts), after one warm-up; files to counts: at most 2, no warm-up. Default: `3`. */
  repeat?: number;
  /** Workers for "all cores". Default: `navigator.hardwareConcurrency`. */
  workers?: number;
  /** Modes to measure. Default: all three. */
  modes?: MatchMode[];
  /** Measure memory in a child process. Default: `true`. */
  memory?: boolean;
  /** Size of the corpus for the memory measurement, MB (generated once). Default: the corpus above. */
  memoryMb?: number;
  /**
   * V8 flags for a second memory measurement (the first uses Deno's defaults). Default:
   * {@linkcode SCORE_V8_FLAGS}, the flags of `deno task score`; `""` for none.
   */
  childV8Flags?: string;
  /** Time a warm `deno task reproduce` in this project directory (it replaces its `outputs/`). Default: not done. */
  reproduce?: string;
  /** Lines of progress (to stderr). Default: `console.error`. */
  log?: (line: string) => void;
}

/** One measured throughput. */
export interface Throughput {
  what: string;
  mode: MatchMode | "";
  threads: string;
  seconds: number;
  /** CPU seconds of the process (all threads) in the same run: CPU / wall shows how many cores it got. */
  cpuSeconds: number;
  mbPerS: number;
  wordsPerS: number;
}

/** One memory measurement. */
export interface MemoryRun {
  documents: number;
  mb: number;
  workers: number;
  v8Flags: string;
  seconds: number;
  /** Peak resident set size of the child (VmHWM, all threads), MiB. */
  peakMiB: number | null;
  /** The same by GNU time, if installed, MiB. */
  peakMiBTime: number | null;
}

/** Everything a run measured. */
export interface BenchResult {
  machine: {
    cores: number;
    deno: string;
    v8: string;
    loadAverageBefore: number[] | null;
    loadAverageAfter: number[] | null;
  };
  corpus: { dir: string; documents: number; bytes: number; words: number; generated: unknown };
  reading: Throughput;
  scoring: Throughput[];
  endToEnd: Throughput[];
  wc: Throughput | null;
  memory: MemoryRun[];
  benchPeakMiB: number | null;
  reproduce: { firstS: number; secondS: number } | null;
  ratios: Record<string, number>;
  targets: { target: string; measured: string; met: boolean | null }[];
}

const MB = 1e6;

/** Run the benchmark. */
export async function runBench(options: BenchOptions = {}): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const repeat = options.repeat ?? 3;
  const cores = navigator.hardwareConcurrency;
  const workers = options.workers ?? cores;
  const modes = options.modes ?? [...MATCH_MODES];
  const cacheDir = options.cacheDir ?? join(tmpdir(), "sturingstaal-bench");
  const loadBefore = loadAverage() ?? null;

  const dir = options.corpus ??
    await ensureCorpus(cacheDir, options.mb ?? 20, options.seed ?? 1, options.docs, log);
  const listing = await listCorpus(dir);
  let bytes = 0;
  for (const source of listing.sources) bytes += (await Deno.stat(source.path)).size;
  const generated = await Deno.readTextFile(join(dir, GENERATED_FILE)).then(JSON.parse, () => null);

  // 1. Reading and cleaning, and the texts for the in-memory measurements.
  log(`reading ${listing.sources.length} documents, ${(bytes / MB).toFixed(1)} MB`);
  let texts: string[] = [];
  let words = 0;
  const readTiming = await timeRuns(1, async () => {
    const docs: CorpusDocument[] = [];
    for await (const doc of iterateCorpus(listing)) docs.push(doc);
    texts = docs.map((d) => d.text);
    words = docs.reduce((n, d) => n + d.report.tokens, 0);
  }, { warmup: false });
  const rate = (what: string, mode: MatchMode | "", threads: string, t: Timing): Throughput => ({
    what,
    mode,
    threads,
    seconds: t.best,
    cpuSeconds: t.bestCpu,
    mbPerS: bytes / MB / t.best,
    wordsPerS: words / t.best,
  });
  const reading = rate("read, decode, clean, count words", "", "1", readTiming);

  // 2. Scoring in memory, one thread.
  const lexicons = await benchLexicons();
  const scoring: Throughput[] = [];
  for (const mode of modes) {
    const compiled = lexicons[mode];
    log(`scoring in memory, mode ${mode}`);
    const fast = new FastScorer(compiled);
    scoring.push(rate(
      "fast scorer, hits with context",
      mode,
      "1",
      await timeRuns(repeat, () => {
        for (const text of texts) fast.score(text);
      }),
    ));
    const counts = new FastScorer(compiled);
    scoring.push(rate(
      "fast scorer, counts only",
      mode,
      "1",
      await timeRuns(repeat, () => {
        for (const text of texts) counts.score(text, { hits: false });
      }),
    ));
    scoring.push(rate(
      "plain scoreText (reference)",
      mode,
      "1",
      await timeRuns(repeat, () => {
        for (const text of texts) scoreText(text, compiled);
      }),
    ));
  }
  scoring.push(rate(
    "naive: regex + Map word count",
    "exact",
    "1",
    await timeRuns(repeat, () => {
      for (const text of texts) naiveScore(text, lexicons.exact);
    }),
  ));
  texts = [];

  // 3. Files to counts, this thread / 1 worker / all cores.
  const endToEnd: Throughput[] = [];
  const pools = new Map<number, ScoringPool>();
  try {
    for (const n of new Set([1, workers])) pools.set(n, new ScoringPool(n));
    for (const mode of modes) {
      for (
        const [threads, pool] of [
          ["this thread", 0],
          ...[...pools].map(([n, p]) => [`${n} worker${n > 1 ? "s" : ""}`, p]),
        ] as [string, 0 | ScoringPool][]
      ) {
        log(`scoring files, mode ${mode}, ${threads}`);
        // Files to counts takes 10 times longer than scoring in memory: at most 2 runs.
        const timing = await timeRuns(Math.min(repeat, 2), async () => {
          const total = new CorpusAggregator(lexicons[mode]);
          for await (
            const doc of scoreDocuments(listing, lexicons[mode], { workers: pool, hits: "none" })
          ) {
            total.add(doc);
          }
        }, { warmup: false });
        endToEnd.push(rate("files to counts", mode, threads, timing));
      }
    }
  } finally {
    for (const pool of pools.values()) pool.close();
  }

  // wc -w, for reference.
  let wc: Throughput | null = null;
  try {
    const paths = listing.sources.map((s) => s.path);
    const t = await timeRuns(repeat, async () => {
      const out = await new Deno.Command("wc", { args: ["-w", ...paths], stdout: "null" }).output();
      if (!out.success) throw new Error("wc failed");
    });
    wc = rate("wc -w (C, for reference)", "", "1", t);
  } catch {
    log("wc -w not available; skipped");
  }

  // 4. Memory in a child process.
  const memory: MemoryRun[] = [];
  if (options.memory ?? true) {
    const memoryDir = options.memoryMb === undefined
      ? dir
      : await ensureCorpus(cacheDir, options.memoryMb, options.seed ?? 1, undefined, log);
    const memoryListing = await listCorpus(memoryDir);
    const total = memoryListing.sources.length;
    const flagSets = ["", options.childV8Flags ?? SCORE_V8_FLAGS].filter((f, i) =>
      i === 0 || f !== ""
    );
    for (const v8Flags of flagSets) {
      for (const documents of [Math.max(1, Math.round(total / 4)), total]) {
        log(
          `memory: scoring ${documents} documents in a child process${
            v8Flags ? ` (${v8Flags})` : ""
          }`,
        );
        memory.push(await memoryRun(memoryDir, documents, workers, v8Flags, cacheDir));
      }
    }
  }

  // 5. Warm reproduce.
  let reproduce: BenchResult["reproduce"] = null;
  if (options.reproduce !== undefined) {
    const root = resolve(options.reproduce);
    const run = async () => {
      const started = performance.now();
      const out = await new Deno.Command(Deno.execPath(), {
        args: ["task", "reproduce"],
        cwd: root,
        stdout: "null",
        stderr: "piped",
      }).output();
      if (!out.success) {
        throw new Error(
          `deno task reproduce failed in ${root}:\n${new TextDecoder().decode(out.stderr)}`,
        );
      }
      return (performance.now() - started) / 1000;
    };
    log(`deno task reproduce in ${root}, first run`);
    const firstS = await run();
    log(`deno task reproduce, second (warm) run`);
    reproduce = { firstS, secondS: await run() };
  }

  const result: BenchResult = {
    machine: {
      cores,
      deno: Deno.version.deno,
      v8: Deno.version.v8,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAverage() ?? null,
    },
    corpus: { dir, documents: listing.sources.length, bytes, words, generated },
    reading,
    scoring,
    endToEnd,
    wc,
    memory,
    benchPeakMiB: mib(procStatus("VmHWM")),
    reproduce,
    ratios: {},
    targets: [],
  };
  assess(result, workers);
  return result;
}

/** The lexicons of the benchmark: the study's, exact and stem; and its words as `word*` globs. */
export async function benchLexicons(): Promise<Record<MatchMode, CompiledLexicon>> {
  const study: Lexicon = await loadStudyLexicon();
  const globs = "category,entry,mode\n" +
    study.entries.map((e) => `${e.category},${e.entry}*,glob`).join("\n") + "\n";
  return {
    exact: compileLexicon(study),
    stem: compileLexicon(await loadStudyLexicon({ mode: "stem" })),
    glob: compileLexicon(parseLexicon(globs, "csv", { file: "study.csv as word*" })),
  };
}

/** A generated corpus in the cache directory: reused when its GENERATED.json matches. */
export async function ensureCorpus(
  cacheDir: string,
  mb: number,
  seed: number,
  docs: number | undefined,
  log: (line: string) => void = () => {},
): Promise<string> {
  const count = docs ?? Math.max(1, Math.round(mb * 4));
  const dir = join(cacheDir, `gen-v${GENERATOR_VERSION}-seed${seed}-${mb}mb-${count}docs`);
  try {
    const made = JSON.parse(await Deno.readTextFile(join(dir, GENERATED_FILE)));
    if (
      made.generator === GENERATOR_VERSION && made.seed === seed && made.mb === mb &&
      made.docs === count
    ) {
      return dir;
    }
  } catch {
    // not there yet, or not finished
  }
  if (await exists(dir)) {
    // Only a corpus this generator started (it writes GENERATED_FILE first) is replaced.
    if (!(await exists(join(dir, GENERATED_FILE)))) {
      throw new InputError(
        "exists and was not made by the bench's generator; choose another --cache",
        { file: dir },
      );
    }
    await Deno.remove(dir, { recursive: true });
  }
  log(`generating ${mb} MB in ${count} documents into ${dir}`);
  // Generated beside and renamed into place whole, so an interrupted run leaves no half corpus.
  await Deno.mkdir(cacheDir, { recursive: true });
  const partial = await Deno.makeTempDir({ dir: cacheDir, prefix: ".generating-" });
  try {
    await generateCorpus(partial, mb, { docs: count, seed });
    await Deno.rename(partial, dir);
  } catch (error) {
    await Deno.remove(partial, { recursive: true }).catch(() => {});
    throw error;
  }
  return dir;
}

/** Remove a score result the memory probe wrote (only one this tool made). */
async function removeScoreResult(dir: string): Promise<void> {
  if ((await readMarker(dir)) === "score") await Deno.remove(dir, { recursive: true });
}

async function memoryRun(
  corpus: string,
  documents: number,
  workers: number,
  v8Flags: string,
  cacheDir: string,
): Promise<MemoryRun> {
  const out = join(cacheDir, "memory-run-output");
  await removeScoreResult(out);
  const child = new URL("./bench_child.ts", import.meta.url).pathname;
  const denoArgs = [
    "run",
    "-A",
    ...(v8Flags === "" ? [] : [`--v8-flags=${v8Flags}`]),
    child,
    "--corpus",
    corpus,
    "--out",
    out,
    "--docs",
    String(documents),
    "--workers",
    String(workers),
  ];
  const gnuTime = await exists("/usr/bin/time");
  const command = gnuTime
    ? new Deno.Command("/usr/bin/time", {
      args: ["-v", Deno.execPath(), ...denoArgs],
      cwd: projectRootPath,
      stdout: "piped",
      stderr: "piped",
    })
    : new Deno.Command(Deno.execPath(), {
      args: denoArgs,
      cwd: projectRootPath,
      stdout: "piped",
      stderr: "piped",
    });
  const output = await command.output();
  const stdout = new TextDecoder().decode(output.stdout);
  const stderr = new TextDecoder().decode(output.stderr);
  await removeScoreResult(out);
  if (!output.success) throw new Error(`the memory probe failed:\n${stderr}`);
  const report: ChildReport = JSON.parse(stdout.trim().split("\n").pop()!);
  return {
    documents: report.documents,
    mb: report.bytes / MB,
    workers,
    v8Flags,
    seconds: report.seconds,
    peakMiB: mib(report.vmHwmKiB ?? undefined),
    peakMiBTime: gnuTime ? mib(parseTimeVerbose(stderr)) : null,
  };
}

/** Ratios and the targets of issue 7, from the measurements. */
function assess(result: BenchResult, workers: number): void {
  const find = (list: Throughput[], what: string, mode: string, threads = "1") =>
    list.find((t) => t.what === what && t.mode === mode && t.threads === threads)?.mbPerS;
  const r = result.ratios;
  const fastHits = (mode: string) => find(result.scoring, "fast scorer, hits with context", mode);
  const fastCounts = (mode: string) => find(result.scoring, "fast scorer, counts only", mode);
  const plain = (mode: string) => find(result.scoring, "plain scoreText (reference)", mode);
  const e2e = (mode: string, threads: string) =>
    find(result.endToEnd, "files to counts", mode, threads);
  const all = `${workers} worker${workers > 1 ? "s" : ""}`;
  const put = (name: string, a: number | undefined, b: number | undefined) => {
    if (a !== undefined && b !== undefined) r[name] = a / b;
  };
  put("fast (hits) / plain scoreText, exact", fastHits("exact"), plain("exact"));
  put(
    "fast (hits) / naive word count, exact",
    fastHits("exact"),
    find(result.scoring, "naive: regex + Map word count", "exact"),
  );
  for (const mode of ["stem", "glob"]) {
    put(`exact / ${mode}, fast scorer with hits (slowdown)`, fastHits("exact"), fastHits(mode));
    put(
      `exact / ${mode}, fast scorer counts only (slowdown)`,
      fastCounts("exact"),
      fastCounts(mode),
    );
    put(`exact / ${mode}, files to counts on ${all} (slowdown)`, e2e("exact", all), e2e(mode, all));
  }
  const perCpu = (mode: string, threads: string) => {
    const t = result.endToEnd.find((x) => x.mode === mode && x.threads === threads);
    return t === undefined ? undefined : (t.mbPerS * t.seconds) / t.cpuSeconds;
  };
  for (const mode of ["exact", "stem", "glob"]) {
    put(`${all} / 1 worker, files to counts, ${mode}`, e2e(mode, all), e2e(mode, "1 worker"));
    put(`${all} / this thread, files to counts, ${mode}`, e2e(mode, all), e2e(mode, "this thread"));
    // MB per CPU-second: how much of the work parallel scoring wastes, whatever other
    // processes take of the machine (speed-up on idle cores = workers × this).
    put(
      `${all} / 1 worker, MB per CPU-second (parallel efficiency), ${mode}`,
      perCpu(mode, all),
      perCpu(mode, "1 worker"),
    );
  }
  const t = result.targets;
  const fmt = (x: number | undefined, unit: string) =>
    x === undefined ? "not measured" : `${x.toFixed(1)} ${unit}`;
  t.push({
    target: "exact >= 60 MB/s on one core (scoring, text in memory, hits with context)",
    measured: fmt(fastHits("exact"), "MB/s"),
    met: fastHits("exact") === undefined ? null : fastHits("exact")! >= 60,
  });
  t.push({
    target: "exact >= 60 MB/s on one core (files to counts: read, clean, score)",
    measured: fmt(e2e("exact", "this thread"), "MB/s"),
    met: e2e("exact", "this thread") === undefined ? null : e2e("exact", "this thread")! >= 60,
  });
  const scale = r[`${all} / 1 worker, files to counts, exact`];
  t.push({
    target: `>= 1.7x with ${all} (files to counts, exact, vs 1 worker)`,
    measured: scale === undefined ? "not measured" : `${scale.toFixed(2)}x`,
    met: scale === undefined ? null : scale >= 1.7,
  });
  for (const mode of ["stem", "glob"]) {
    const slow = r[`exact / ${mode}, fast scorer with hits (slowdown)`];
    t.push({
      target: `${mode} within 2x of exact (scoring in memory, hits with context)`,
      measured: slow === undefined ? "not measured" : `${slow.toFixed(2)}x slower`,
      met: slow === undefined ? null : slow <= 2,
    });
  }
  const last = result.memory.filter((m) => m.v8Flags === "").at(-1);
  const tuned = result.memory.filter((m) => m.v8Flags !== "").at(-1);
  for (const run of [last, tuned]) {
    if (run === undefined) continue;
    t.push({
      target: `peak RSS < 300 MB for 1 GB (${run.v8Flags || "default V8 flags"})`,
      measured: `${run.peakMiB?.toFixed(0) ?? "?"} MiB on ${run.mb.toFixed(0)} MB`,
      met: run.peakMiB === null ? null : run.mb >= 1000 ? run.peakMiB * 1.048576 < 300 : null,
    });
  }
  if (result.reproduce !== null) {
    t.push({
      target: "warm deno task reproduce < 60 s",
      measured: `${result.reproduce.secondS.toFixed(1)} s`,
      met: result.reproduce.secondS < 60,
    });
  }
}

/** The result as text: tables of throughput, memory, ratios and targets. */
export function formatBench(result: BenchResult): string {
  const n = (x: number, d = 1) => x.toFixed(d);
  const row = (t: Throughput) => [
    t.what,
    t.mode,
    t.threads,
    n(t.mbPerS),
    n(t.wordsPerS / 1e6, 2),
    n(t.seconds, 2),
    n(t.cpuSeconds / t.seconds, 2),
  ];
  const header = ["measurement", "mode", "threads", "MB/s", "Mwords/s", "s (best)", "CPU/wall"];
  const m = result.machine;
  let out = `corpus: ${result.corpus.dir}\n  ${result.corpus.documents} documents, ` +
    `${n(result.corpus.bytes / MB)} MB, ${n(result.corpus.words / 1e6, 2)} M words\n` +
    `machine: ${m.cores} cores, Deno ${m.deno}, V8 ${m.v8}; load average before ` +
    `${m.loadAverageBefore?.join(" ") ?? "?"}, after ${m.loadAverageAfter?.join(" ") ?? "?"}\n\n`;
  out += formatTable(header, [
    row(result.reading),
    ...result.scoring.map(row),
    ...result.endToEnd.map(row),
    ...(result.wc === null ? [] : [row(result.wc)]),
  ]);
  if (result.memory.length > 0) {
    out += "\n" + formatTable(
      [
        "memory probe (streaming, kwic.csv written)",
        "docs",
        "MB",
        "workers",
        "s",
        "peak MiB",
        "peak MiB (time -v)",
      ],
      result.memory.map((r) => [
        r.v8Flags === "" ? "default V8 flags" : r.v8Flags,
        String(r.documents),
        n(r.mb),
        String(r.workers),
        n(r.seconds),
        r.peakMiB === null ? "" : n(r.peakMiB, 0),
        r.peakMiBTime === null ? "" : n(r.peakMiBTime, 0),
      ]),
    );
  }
  out += `\nthis process (texts held in memory for the in-memory runs): peak ${
    result.benchPeakMiB === null ? "?" : n(result.benchPeakMiB, 0)
  } MiB\n`;
  if (result.reproduce !== null) {
    out += `deno task reproduce: ${n(result.reproduce.firstS)} s, warm ${
      n(result.reproduce.secondS)
    } s\n`;
  }
  out += "\n" +
    formatTable(["ratio", "x"], Object.entries(result.ratios).map(([k, v]) => [k, n(v, 2)]));
  out += "\n" + formatTable(
    ["target", "measured", "met"],
    result.targets.map((
      t,
    ) => [t.target, t.measured, t.met === null ? "n/a" : t.met ? "yes" : "NO"]),
  );
  return out;
}

function mib(kib: number | undefined): number | null {
  return kib === undefined ? null : kib / 1024;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** The usage text. */
export const USAGE = `usage: deno task bench [options]

  --mb M              size of the generated corpus in MB (default 20, about a minute;
                      5 for a quick look in 20 seconds)
  --docs N            its number of documents (default 4 per MB)
  --seed S            its seed (default 1)
  --corpus DIR        use this corpus instead of a generated one
  --cache DIR         where generated corpora are kept (default: sturingstaal-bench in the temporary directory)
  --repeat R          timed runs per measurement, the best counts (default 3; files to
                      counts at most 2)
  --workers N         workers for "all cores" (default: the number of cores)
  --modes LIST        modes to measure, e.g. exact,stem (default exact,stem,glob)
  --memory-mb M       measure peak memory on a generated corpus of M MB (e.g. 1000)
  --child-v8-flags F  V8 flags of the second memory measurement (default: those of deno task score)
  --no-memory         skip the memory measurement
  --reproduce         also time deno task reproduce, twice (the second run is the warm one)
  --reproduce-root D  ... in project directory D (default: this project; a copy avoids
                      replacing outputs/ while others work in the checkout)
  --write             write outputs/bench/bench-<MB>mb.json (or bench-<corpus dir name>.json);
                      outputs/bench is made, and only ever written, by this command
  -h, --help          this text

example:
  npx deno task bench --mb 100 --write
`;

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      mb: { type: "string" },
      docs: { type: "string" },
      seed: { type: "string" },
      corpus: { type: "string" },
      cache: { type: "string" },
      repeat: { type: "string" },
      workers: { type: "string" },
      modes: { type: "string" },
      "memory-mb": { type: "string" },
      "child-v8-flags": { type: "string" },
      "no-memory": { type: "boolean" },
      reproduce: { type: "boolean" },
      "reproduce-root": { type: "string" },
      write: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    Deno.exit(0);
  }
  const number = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const result = await runBench({
    mb: number(values.mb),
    docs: number(values.docs),
    seed: number(values.seed),
    corpus: values.corpus,
    cacheDir: values.cache,
    repeat: number(values.repeat),
    workers: number(values.workers),
    modes: values.modes?.split(",").map((m) => parseMatchMode(m.trim())),
    memory: !values["no-memory"],
    memoryMb: number(values["memory-mb"]),
    childV8Flags: values["child-v8-flags"],
    reproduce: values.reproduce ? (values["reproduce-root"] ?? projectRootPath) : undefined,
  });
  console.log(formatBench(result));
  if (values.write) {
    const dir = join(projectRootPath, "outputs", "bench");
    const label = values.corpus === undefined
      ? `${values.mb ?? 20}mb`
      : basename(resolve(values.corpus));
    const name = `bench-${label}.json`;
    try {
      await writeResultFolder(
        dir,
        "bench",
        (temp) => Deno.writeTextFile(join(temp, name), stringifySorted(result, 2)),
        { display: "outputs/bench", update: true },
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(error.message);
      Deno.exit(1);
    }
    console.error(`wrote outputs/bench/${name}`);
  }
}
