/**
 * `deno task bench`: how fast scoring is from files to every result file, next to other
 * tools doing the simplest part of the same work on the same files, and how much memory
 * it takes. Every figure is the best of several runs taken in one run of the bench, with
 * the runs of all measurements interleaved (round after round), so a machine shared with
 * others slows them alike and the ratios between them hold.
 *
 * Measured, each as a child process, in MB/s of document bytes (1 MB = 10^6 bytes):
 *
 * 1. `deno task score` (lib/score/main.ts), end to end (start-up, validation, reading,
 *    cleaning, scoring, every result file): two workers with `kwic.csv`, two without
 *    (`--no-kwic`), one worker with `kwic.csv`, and two in modes `stem` and `glob` (the
 *    study's words as `word*`);
 * 2. the peers, counting the lexicon's one-word entries in the same files: the shell
 *    pipeline `cat FILES | tr -cs '[:alpha:]' '\n' | tr A-Z a-z | grep -cwFf words.txt`
 *    (always), scikit-learn's `CountVectorizer(vocabulary=words)` and R tidytext's
 *    `unnest_tokens` + `inner_join` (lib/bench/peers/; each when installed, else skipped
 *    with a note: Debian `python3-sklearn`, `r-cran-tidytext`);
 * 3. with `--memory`: peak resident memory of `deno task score` (GNU `time -v`) on a
 *    generated corpus of 1 GB and on a single generated document of 500 MB, in every mode,
 *    `kwic.csv` written.
 *
 * The corpus: a generated one (lib/bench/generate_corpus.ts), real text repeated into
 * many files (`--repeat FILE,...`), or any corpus folder (`--corpus DIR`). Generated and
 * repeated corpora are made once into a cache folder in the system's temporary directory.
 * With `--write` the result goes to `outputs/bench/` (carried over by `deno task
 * reproduce`, never compared).
 *
 * @module
 */
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  type CorpusListing,
  type CorpusValidation,
  listCorpus,
  validateCorpus,
} from "../corpus/mod.ts";
import { loadStudyLexicon, MATCH_MODES, type MatchMode } from "../lexicon/mod.ts";
import { projectRootPath } from "../outputs/write_output.ts";
import { InputError, stringifySorted } from "../io/mod.ts";
import { readMarker, writeResultFolder } from "../io/result_folder.ts";
import {
  generateCorpus,
  GENERATED_FILE,
  GENERATOR_VERSION,
  repeatCorpus,
} from "./generate_corpus.ts";
import { formatTable, loadAverage, parseTimeVerbose } from "./measure.ts";
import { exists } from "../io/exists.ts";
import { pdfBenchMain } from "./pdf_pages.ts";
import denoJson from "../../deno.json" with { type: "json" };

/** Options of {@linkcode runBench}. */
export interface BenchOptions {
  /** Size of the generated (or repeated) corpus, MB. Default: `50`. */
  mb?: number;
  /** Its documents. Default: 4 per MB. */
  docs?: number;
  /** Seed of the generated corpus. Default: `1`. */
  seed?: number;
  /** Use this corpus folder as it is. Default: none. */
  corpus?: string;
  /** Make the corpus by repeating the lines of these text files (see `repeatCorpus`). Default: none (generated). */
  repeat?: string[];
  /** Where generated corpora and run outputs are kept. Default: `sturingstaal-bench` in the system's temporary directory. */
  cacheDir?: string;
  /** Rounds: each measurement is run this many times, the best counts. Default: `3`. */
  runs?: number;
  /** Modes measured end to end (`exact` always). Default: all three. */
  modes?: MatchMode[];
  /** Measure peak memory on a 1 GB corpus and a 500 MB document. Default: `false`. */
  memory?: boolean;
  /** Size of the memory corpus, MB. Default: `1000`. */
  memoryMb?: number;
  /** Size of the single memory document, MB. Default: `500`. */
  singleMb?: number;
  /** Lines of progress (to stderr). Default: `console.error`. */
  log?: (line: string) => void;
}

/** One measured command. */
export interface Measurement {
  what: string;
  /** Best wall time, seconds. */
  seconds: number;
  runs: number[];
  mbPerS: number;
  /** Peak resident memory of the best run (GNU time -v, the whole process tree's largest process), MiB. */
  peakMiB: number | null;
  /** CPU time (user + system, all threads) of the best run, seconds (GNU time -v). */
  cpuSeconds: number | null;
  /** What the command counted, for a check that the peers did the work. */
  output: string;
}

/** One memory run. */
export interface MemoryRun {
  what: string;
  mode: MatchMode;
  mb: number;
  documents: number;
  seconds: number;
  peakMiB: number | null;
}

/** A target of the issue and whether it was met. */
export interface Target {
  target: string;
  measured: string;
  met: boolean | null;
}

/** Everything a run measured. */
export interface BenchResult {
  machine: {
    cores: number;
    deno: string;
    loadAverageBefore: number[] | null;
    loadAverageAfter: number[] | null;
  };
  corpus: { label: string; documents: number; bytes: number; generated: unknown };
  measurements: Measurement[];
  skipped: string[];
  memory: MemoryRun[];
  /**
   * Seconds of lib/bench/ceiling.ts (the same arithmetic in one thread and split over two),
   * timed inside, best of the runs: what two threads gain on work that needs only a core.
   */
  ceiling: { oneThread: number; twoThreads: number } | null;
  /**
   * Seconds of `deno task score` (1 worker) on a corpus of one short document, best of the
   * runs: the start-up and the end of a run, which no number of threads shortens.
   */
  startUp: number | null;
  /**
   * Seconds of lib/bench/scaling.ts (reading, cleaning and scoring documents, nothing else)
   * with one thread and with two, best of the runs.
   */
  scaling: { oneThread: number; twoThreads: number } | null;
  targets: Target[];
}

const MB = 1e6;
/**
 * What `deno task score` runs after the program (`run`, its flags, the entry), from
 * deno.json, the entry's path made absolute: the bench measures the task exactly as a
 * user runs it, V8 flags included.
 */
export const SCORE_TASK_ARGS: readonly string[] = (() => {
  const [_deno, ...args] = denoJson.tasks.score.split(" ");
  return args.map((arg) => arg.endsWith(".ts") ? join(projectRootPath, arg) : arg);
})();
/** The V8 flags of the score task, for the probes that run its code in their own processes. */
const SCORE_V8_FLAGS = SCORE_TASK_ARGS.filter((arg) => arg.startsWith("--v8-flags"));
const PEERS = new URL("./peers/", import.meta.url).pathname;
const CEILING = new URL("./ceiling.ts", import.meta.url).pathname;
const CEILING_RUN = "lib/bench/ceiling.ts, threads:";
const START_UP_RUN = "deno task score, 1 worker, one short document";
const SCALING = new URL("./scaling.ts", import.meta.url).pathname;
const SCALING_RUN = "lib/bench/scaling.ts, threads:";
const PAIR = new URL("./pair.ts", import.meta.url).pathname;

/** The names of the end-to-end measurements of `deno task score`. */
export const SCORE_RUNS = {
  kwic: "deno task score, 2 workers, kwic.csv (exact)",
  counts: "deno task score, 2 workers, --no-kwic (exact)",
  oneWorker: "deno task score, 1 worker, kwic.csv (exact)",
  halves: "2 processes of deno task score, 1 worker, half the corpus each",
  halvesThreads: "the same 2 runs as 2 threads of one process",
  mode: (mode: MatchMode) => `deno task score, 2 workers, kwic.csv (${mode})`,
} as const;

/** The names of the peers. */
export const PEER_RUNS = {
  pipeline: "cat | tr -cs '[:alpha:]' '\\n' | tr A-Z a-z | grep -cwFf words.txt",
  sklearn: "scikit-learn CountVectorizer(vocabulary=words)",
  tidytext: "R tidytext unnest_tokens + inner_join",
} as const;

/** A command to measure. */
interface Command {
  what: string;
  program: string;
  args: string[];
  /** Run before each run (e.g. to remove the output of the one before). */
  before?: () => Promise<void>;
  /** A probe that prints the seconds of its own work first (its start-up left out). */
  timesItself?: boolean;
}

/** The listing of a corpus that passed the check, or every problem of it at once. */
function checkedListing(validation: CorpusValidation): CorpusListing {
  if (validation.problems.length > 0 || validation.listing === undefined) {
    throw new InputError(
      `${validation.problems.join("\n")}\nThe bench measures a corpus that scores without ` +
        "errors; `deno task validate-corpus` checks one.",
    );
  }
  return validation.listing;
}

/** Run the benchmark. */
export async function runBench(options: BenchOptions = {}): Promise<BenchResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const runs = options.runs ?? 3;
  const cacheDir = options.cacheDir ?? join(tmpdir(), "sturingstaal-bench");
  const modes = options.modes ?? [...MATCH_MODES];
  const loadBefore = loadAverage() ?? null;
  const mb = options.mb ?? 50;
  const seed = options.seed ?? 1;
  const dir = options.corpus ??
    (options.repeat === undefined
      ? await ensureCorpus(cacheDir, mb, seed, options.docs, log)
      : await ensureRepeated(cacheDir, options.repeat, mb, options.docs, log));
  // A corpus of the user's own is checked first, every document read (its listing comes
  // with the check): a run of the score task that stops at a document it cannot read
  // measures nothing.
  const listing = options.corpus === undefined
    ? await listCorpus(dir)
    : checkedListing(await validateCorpus(dir, { displayDir: options.corpus, purpose: "score" }));
  const files = listing.sources.map((s) => s.path);
  let bytes = 0;
  for (const file of files) bytes += (await Deno.stat(file)).size;
  const generated = await Deno.readTextFile(join(dir, GENERATED_FILE)).then(JSON.parse, () => null);

  const work = await Deno.makeTempDir({ dir: await ensureDir(cacheDir), prefix: "run-" });
  try {
    const { wordsFile, globLexicon } = await writeLexiconFiles(work);
    const out = join(work, "score-output");
    const score = (what: string, extra: string[]): Command => ({
      what,
      program: Deno.execPath(),
      args: scoreArgs(dir, out, extra),
      before: () => removeScoreResult(out),
    });
    const commands: Command[] = [
      score(SCORE_RUNS.kwic, ["--workers", "2"]),
      score(SCORE_RUNS.counts, ["--workers", "2", "--no-kwic"]),
      score(SCORE_RUNS.oneWorker, ["--workers", "1"]),
      ...modes.filter((m) => m !== "exact").map((mode) =>
        score(
          SCORE_RUNS.mode(mode),
          ["--workers", "2", ...(mode === "glob" ? ["--lexicon", globLexicon] : ["--mode", mode])],
        )
      ),
      {
        what: PEER_RUNS.pipeline,
        program: "bash",
        args: [
          "-c",
          // grep counts 0 and exits with 1 when no word matches: a count all the same.
          `cat "$@" | tr -cs '[:alpha:]' '\\n' | tr A-Z a-z | grep -cwFf "${wordsFile}" || [ $? = 1 ]`,
          "pipeline",
          ...files,
        ],
      },
    ];
    const ceiling = (threads: number): Command => ({
      what: `${CEILING_RUN} ${threads}`,
      program: Deno.execPath(),
      args: ["run", "-A", CEILING, "--threads", String(threads)],
      timesItself: true,
    });
    commands.push(ceiling(1), ceiling(2));
    const short = join(work, "short-corpus");
    await Deno.mkdir(short);
    await Deno.writeTextFile(join(short, "short.txt"), "De gemeente regelt de zorg in de wijk.\n");
    const scaling = (threads: number): Command => ({
      what: `${SCALING_RUN} ${threads}`,
      program: Deno.execPath(),
      args: [
        "run",
        "-A",
        // As the score task runs (deno.json): the same V8 flags.
        ...SCORE_V8_FLAGS,
        SCALING,
        "--threads",
        String(threads),
        "--corpus",
        dir,
      ],
      timesItself: true,
    });
    commands.push(scaling(1), scaling(2));
    const skipped: string[] = [];
    if (files.length >= 2) commands.push(...await halfRuns(files, work));
    else skipped.push(`${SCORE_RUNS.halves}: a corpus of one document has no halves`);
    commands.push({
      what: START_UP_RUN,
      program: Deno.execPath(),
      args: scoreArgs(short, out, ["--workers", "1"]),
      before: () => removeScoreResult(out),
    });
    const python = await firstWorking(["python3", "/usr/bin/python3"], ["-c", "import sklearn"]);
    if (python === undefined) {
      skipped.push(`${PEER_RUNS.sklearn}: not installed (Debian: apt-get install python3-sklearn)`);
    } else {
      commands.push({
        what: PEER_RUNS.sklearn,
        program: python,
        args: [join(PEERS, "sklearn_count.py"), wordsFile, ...files],
      });
    }
    const rscript = await firstWorking(["Rscript"], ["-e", "library(tidytext)"]);
    if (rscript === undefined) {
      skipped.push(
        `${PEER_RUNS.tidytext}: not installed (Debian: apt-get install r-cran-tidytext)`,
      );
    } else {
      commands.push({
        what: PEER_RUNS.tidytext,
        program: rscript,
        args: [join(PEERS, "tidytext_count.R"), wordsFile, ...files],
      });
    }
    for (const note of skipped) log(`skipped: ${note}`);

    const best = new Map<string, Measurement>();
    // The probes time themselves (the work only, not their start-up): the least of the runs.
    const ownSeconds = new Map<string, number>();
    for (let round = 1; round <= runs; round++) {
      for (const command of commands) {
        log(`round ${round} of ${runs}: ${command.what}`);
        await command.before?.();
        const run = await timed(command.program, command.args);
        if (command.timesItself) {
          const own = Number(run.output.split(" ")[0]);
          ownSeconds.set(command.what, Math.min(own, ownSeconds.get(command.what) ?? own));
        }
        const known = best.get(command.what);
        const runsSoFar = [...(known?.runs ?? []), run.seconds];
        if (known === undefined || run.seconds < known.seconds) {
          best.set(command.what, {
            what: command.what,
            seconds: run.seconds,
            runs: runsSoFar,
            mbPerS: bytes / MB / run.seconds,
            peakMiB: run.peakMiB,
            cpuSeconds: run.cpuSeconds,
            output: run.output,
          });
        } else known.runs = runsSoFar;
      }
    }
    await removeScoreResult(out);
    const ownOf = (what: string) => {
      best.delete(what);
      return ownSeconds.get(what);
    };
    const [oneThread, twoThreads] = [ownOf(`${CEILING_RUN} 1`), ownOf(`${CEILING_RUN} 2`)];
    const startUp = best.get(START_UP_RUN)?.seconds ?? null;
    best.delete(START_UP_RUN);
    const [scalingOne, scalingTwo] = [ownOf(`${SCALING_RUN} 1`), ownOf(`${SCALING_RUN} 2`)];

    const memory: MemoryRun[] = [];
    if (options.memory) {
      const big = await ensureCorpus(cacheDir, options.memoryMb ?? 1000, seed, undefined, log);
      const single = await ensureCorpus(cacheDir, options.singleMb ?? 500, seed, 1, log);
      for (const [what, corpus] of [["corpus", big], ["single document", single]]) {
        let corpusBytes = 0;
        const sources = (await listCorpus(corpus)).sources;
        for (const s of sources) corpusBytes += (await Deno.stat(s.path)).size;
        for (const mode of modes) {
          log(`memory: ${what} of ${(corpusBytes / MB).toFixed(0)} MB, mode ${mode}`);
          await removeScoreResult(out);
          const extra = mode === "glob" ? ["--lexicon", globLexicon] : ["--mode", mode];
          const run = await timed(
            Deno.execPath(),
            scoreArgs(corpus, out, ["--workers", "2", ...extra]),
          );
          memory.push({
            what,
            mode,
            mb: corpusBytes / MB,
            documents: sources.length,
            seconds: run.seconds,
            peakMiB: run.peakMiB,
          });
        }
      }
      await removeScoreResult(out);
    }

    const result: BenchResult = {
      machine: {
        cores: navigator.hardwareConcurrency,
        deno: Deno.version.deno,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAverage() ?? null,
      },
      corpus: {
        label: options.corpus !== undefined
          ? basename(resolve(options.corpus))
          : options.repeat !== undefined
          ? `repeated-${mb}mb`
          : `generated-${mb}mb`,
        documents: files.length,
        bytes,
        generated,
      },
      measurements: [...best.values()],
      skipped,
      memory,
      ceiling: oneThread === undefined || twoThreads === undefined
        ? null
        : { oneThread, twoThreads },
      startUp,
      scaling: scalingOne === undefined || scalingTwo === undefined
        ? null
        : { oneThread: scalingOne, twoThreads: scalingTwo },
      targets: [],
    };
    result.targets = assess(result);
    return result;
  } finally {
    await Deno.remove(work, { recursive: true });
  }
}

/** The targets of issue 12, from the measurements. */
export function assess(result: BenchResult): Target[] {
  const find = (what: string) => result.measurements.find((m) => m.what === what);
  const targets: Target[] = [];
  const ratio = (
    target: string,
    a: Measurement | undefined,
    b: Measurement | undefined,
    atLeast: number,
  ) => {
    const x = a === undefined || b === undefined ? undefined : a.mbPerS / b.mbPerS;
    targets.push({
      target,
      measured: x === undefined ? "not measured" : `${x.toFixed(2)}x`,
      met: x === undefined ? null : x >= atLeast,
    });
  };
  const kwic = find(SCORE_RUNS.kwic);
  const pipeline = find(PEER_RUNS.pipeline);
  ratio("with kwic.csv >= 0.6x the tr | grep pipeline", kwic, pipeline, 0.6);
  ratio("counts only (--no-kwic) >= 1.0x the pipeline", find(SCORE_RUNS.counts), pipeline, 1);
  const sklearn = find(PEER_RUNS.sklearn);
  ratio("with kwic.csv >= 8x scikit-learn CountVectorizer", kwic, sklearn, 8);
  // CountVectorizer counts and writes nothing else: the same work as --no-kwic.
  ratio("counts only >= 8x scikit-learn (both count only)", find(SCORE_RUNS.counts), sklearn, 8);
  ratio("with kwic.csv >= 8x R tidytext", kwic, find(PEER_RUNS.tidytext), 8);
  const one = find(SCORE_RUNS.oneWorker);
  ratio("2 workers >= 1.7x 1 worker, end to end", kwic, one, 1.7);
  // Rows that explain the ratio above, with no target of their own.
  const explain = (target: string, ratio: number) =>
    targets.push({ target, measured: `${ratio.toFixed(2)}x`, met: null });
  if (kwic?.cpuSeconds && one?.cpuSeconds) {
    // What two idle cores would give: the CPU time of one thread over the wall time of two
    // threads that each had a core (their CPU time halved); other load on the machine
    // aside.
    explain(
      "(the same from CPU time: the speed-up on two idle cores)",
      one.cpuSeconds / (kwic.cpuSeconds / 2),
    );
  }
  if (result.ceiling !== null) {
    const { oneThread, twoThreads } = result.ceiling;
    explain("(this machine: arithmetic alone, 2 threads over 1)", oneThread / twoThreads);
  }
  const halves = find(SCORE_RUNS.halves);
  if (one !== undefined && halves !== undefined) {
    explain(
      "(the same work in 2 processes, half the corpus each, over 1 worker)",
      one.seconds / halves.seconds,
    );
  }
  const halvesThreads = find(SCORE_RUNS.halvesThreads);
  if (one !== undefined && halvesThreads !== undefined) {
    explain(
      "(the same 2 runs in 2 threads of one process, over 1 worker)",
      one.seconds / halvesThreads.seconds,
    );
  }
  if (result.scaling !== null) {
    const { oneThread, twoThreads } = result.scaling;
    const engine = oneThread / twoThreads;
    explain("(the work of each document alone, 2 threads over 1)", engine);
    if (one !== undefined && result.startUp !== null && result.startUp < one.seconds) {
      // Amdahl's law: the start-up and end of a run (timed on one short document) take as
      // long with two threads; if all the rest gained what the work of each document gains:
      explain(
        `(so at most, ${result.startUp.toFixed(2)} s of start-up and end being serial)`,
        one.seconds / (result.startUp + (one.seconds - result.startUp) / engine),
      );
    }
  }
  for (const mode of ["stem", "glob"] as const) {
    // "At most 2x exact" in time is at least 0.5x exact in MB/s.
    const m = find(SCORE_RUNS.mode(mode));
    const slow = m === undefined || kwic === undefined ? undefined : kwic.mbPerS / m.mbPerS;
    targets.push({
      target: `${mode} takes at most 2x exact (end to end, kwic.csv)`,
      measured: slow === undefined ? "not measured" : `${slow.toFixed(2)}x`,
      met: slow === undefined ? null : slow <= 2,
    });
  }
  for (const run of result.memory) {
    const mb = run.peakMiB === null ? null : run.peakMiB * 1.048576;
    targets.push({
      target: `peak memory < 300 MB, ${run.what} of ${run.mb.toFixed(0)} MB, ${run.mode}`,
      measured: mb === null ? "not measured" : `${mb.toFixed(0)} MB`,
      met: mb === null ? null : mb < 300,
    });
  }
  return targets;
}

/** The result as text: the measurements with their ratio to the pipeline, memory, targets. */
export function formatBench(result: BenchResult): string {
  const m = result.machine;
  const pipeline = result.measurements.find((x) => x.what === PEER_RUNS.pipeline);
  let out = `corpus: ${result.corpus.label}, ${result.corpus.documents} documents, ` +
    `${(result.corpus.bytes / MB).toFixed(1)} MB\n` +
    `machine: ${m.cores} cores, Deno ${m.deno}; load average before ` +
    `${m.loadAverageBefore?.join(" ") ?? "?"}, after ${m.loadAverageAfter?.join(" ") ?? "?"}\n\n`;
  out += formatTable(
    ["measured (best of the runs)", "MB/s", "x pipeline", "s", "CPU s", "peak MiB"],
    result.measurements.map((x) => [
      x.what,
      x.mbPerS.toFixed(1),
      pipeline === undefined ? "" : (x.mbPerS / pipeline.mbPerS).toFixed(2),
      x.seconds.toFixed(2),
      x.cpuSeconds === null ? "" : x.cpuSeconds.toFixed(2),
      x.peakMiB === null ? "" : x.peakMiB.toFixed(0),
    ]),
  );
  for (const note of result.skipped) out += `skipped: ${note}\n`;
  if (result.memory.length > 0) {
    out += "\n" + formatTable(
      ["memory (deno task score, 2 workers, kwic.csv)", "mode", "docs", "MB", "s", "peak MiB"],
      result.memory.map((r) => [
        r.what,
        r.mode,
        String(r.documents),
        r.mb.toFixed(0),
        r.seconds.toFixed(1),
        r.peakMiB === null ? "" : r.peakMiB.toFixed(0),
      ]),
    );
  }
  out += "\n" + formatTable(
    ["target", "measured", "met"],
    result.targets.map((
      t,
    ) => [t.target, t.measured, t.met === null ? "n/a" : t.met ? "yes" : "NO"]),
  );
  return out;
}

/** The arguments of `deno` that run `deno task score` on `corpus` into `out`, with `extra`. */
export function scoreArgs(corpus: string, out: string, extra: readonly string[]): string[] {
  return [...SCORE_TASK_ARGS, "--corpus", corpus, "--out", out, ...extra];
}

/** Run a command once: wall time, peak memory (through GNU time -v when installed), stdout. */
export async function timed(
  program: string,
  args: string[],
): Promise<{ seconds: number; peakMiB: number | null; cpuSeconds: number | null; output: string }> {
  const gnuTime = await exists("/usr/bin/time");
  const started = performance.now();
  const result = await new Deno.Command(gnuTime ? "/usr/bin/time" : program, {
    args: gnuTime ? ["-v", program, ...args] : args,
    cwd: projectRootPath,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const seconds = (performance.now() - started) / 1000;
  const stderr = new TextDecoder().decode(result.stderr);
  if (!result.success) {
    throw new Error(`${program} ${args.slice(0, 4).join(" ")} failed:\n${stderr}`);
  }
  const kib = gnuTime ? parseTimeVerbose(stderr) : undefined;
  const cpu = ["User", "System"].map((kind) =>
    Number(stderr.match(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`))?.[1] ?? NaN)
  );
  return {
    seconds,
    peakMiB: kib === undefined ? null : kib / 1024,
    cpuSeconds: gnuTime && cpu.every(Number.isFinite) ? cpu[0] + cpu[1] : null,
    output: new TextDecoder().decode(result.stdout).trim(),
  };
}

/** The first program that runs `args` successfully, if any. */
async function firstWorking(programs: string[], args: string[]): Promise<string | undefined> {
  for (const program of programs) {
    try {
      const out = await new Deno.Command(program, { args, stdout: "null", stderr: "null" })
        .output();
      if (out.success) return program;
    } catch {
      // not installed
    }
  }
  return undefined;
}

/** The study's one-word entries, lowercase, one a line (for the peers); and its words as `word*` globs. */
async function writeLexiconFiles(dir: string): Promise<{ wordsFile: string; globLexicon: string }> {
  const study = await loadStudyLexicon();
  const wordsFile = join(dir, "words.txt");
  const words = study.entries.filter((e) => e.words.length === 1).map((e) => e.entry);
  await Deno.writeTextFile(wordsFile, words.join("\n") + "\n");
  const globLexicon = join(dir, "study-as-globs.csv");
  await Deno.writeTextFile(
    globLexicon,
    "category,entry,mode\n" +
      study.entries.map((e) => `${e.category},${e.entry}*,glob`).join("\n") + "\n",
  );
  return { wordsFile, globLexicon };
}

/** A generated corpus in the cache folder: reused when its GENERATED.json matches. */
export async function ensureCorpus(
  cacheDir: string,
  mb: number,
  seed: number,
  docs: number | undefined,
  log: (line: string) => void = () => {},
): Promise<string> {
  const count = docs ?? Math.max(1, Math.round(mb * 4));
  const name = `gen-v${GENERATOR_VERSION}-seed${seed}-${mb}mb-${count}docs`;
  return await ensureMade(
    cacheDir,
    name,
    { generator: GENERATOR_VERSION, seed, mb, docs: count },
    (dir) => {
      log(`generating ${mb} MB in ${count} documents into ${join(cacheDir, name)}`);
      return generateCorpus(dir, mb, { docs: count, seed });
    },
  );
}

/** A corpus of the given files' lines repeated, in the cache folder; see `repeatCorpus`. */
async function ensureRepeated(
  cacheDir: string,
  sources: string[],
  mb: number,
  docs: number | undefined,
  log: (line: string) => void,
): Promise<string> {
  const count = docs ?? Math.max(1, Math.round(mb * 4));
  const names = sources.map((s) => basename(s));
  const name = `repeated-v${GENERATOR_VERSION}-${mb}mb-${count}docs-${names.join("+")}`.slice(
    0,
    200,
  );
  return await ensureMade(cacheDir, name, {
    generator: GENERATOR_VERSION,
    repeated: names,
    mb,
    docs: count,
  }, (dir) => {
    log(
      `repeating ${names.join(", ")} into ${count} documents, ${mb} MB, in ${join(cacheDir, name)}`,
    );
    return repeatCorpus(dir, sources, mb, { docs: count });
  });
}

/** A corpus folder of the cache made by `make`, reused when its GENERATED.json has `expected`. */
async function ensureMade(
  cacheDir: string,
  name: string,
  expected: Record<string, unknown>,
  make: (dir: string) => Promise<unknown>,
): Promise<string> {
  const dir = join(cacheDir, name);
  try {
    const made = JSON.parse(await Deno.readTextFile(join(dir, GENERATED_FILE)));
    if (Object.entries(expected).every(([k, v]) => JSON.stringify(made[k]) === JSON.stringify(v))) {
      return dir;
    }
  } catch {
    // not there yet, or not finished
  }
  if (await exists(dir)) {
    // Only a corpus this bench made (it writes GENERATED_FILE last) is replaced.
    if (!(await exists(join(dir, GENERATED_FILE)))) {
      throw new InputError(
        "exists and was not made by the bench's generator; choose another --cache",
        { file: dir },
      );
    }
    await Deno.remove(dir, { recursive: true });
  }
  // Made beside and renamed into place whole, so an interrupted run leaves no half corpus.
  const partial = await Deno.makeTempDir({ dir: await ensureDir(cacheDir), prefix: ".making-" });
  try {
    await make(partial);
    await Deno.rename(partial, dir);
  } catch (error) {
    await Deno.remove(partial, { recursive: true }).catch(() => {});
    throw error;
  }
  return dir;
}

async function ensureDir(dir: string): Promise<string> {
  await Deno.mkdir(dir, { recursive: true });
  return dir;
}

/**
 * The run with one worker twice at once, each on half the documents of `files` (dealt into
 * folders in `work`): as two processes, and as two threads of one process.
 */
async function halfRuns(files: readonly string[], work: string): Promise<Command[]> {
  const runs: Command[] = [];
  // The same work as the run with one worker, in two processes that share nothing, each
  // scoring half the documents: what two threads of one process would gain if sharing
  // it cost nothing (each process has its own start-up, its own compiling, its own files).
  const halves = [join(work, "half-1"), join(work, "half-2")];
  await splitCorpus(files, halves);
  const halfOuts = halves.map((half) => `${half}-output`);
  const before = async () => {
    for (const out of halfOuts) await removeScoreResult(out);
  };
  const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;
  const halfRun = (k: number) =>
    [Deno.execPath(), ...scoreArgs(halves[k], halfOuts[k], ["--workers", "1"])].map(quote)
      .join(" ");
  runs.push({
    what: SCORE_RUNS.halves,
    program: "bash",
    // Prints the number of documents the two scored together (documents.csv has a row
    // per document and category, the document's id first).
    args: [
      "-c",
      `${halfRun(0)} & first=$!; ${halfRun(1)} && wait $first && tail -q -n +2 ` +
      halfOuts.map((out) => quote(join(out, "documents.csv"))).join(" ") +
      " | cut -d, -f1 | sort -u | wc -l",
    ],
    before,
  });
  // The same two runs in two threads of one process (lib/bench/pair.ts).
  runs.push({
    what: SCORE_RUNS.halvesThreads,
    program: Deno.execPath(),
    args: [
      "run",
      "-A",
      ...SCORE_V8_FLAGS,
      PAIR,
      halves[0],
      halfOuts[0],
      halves[1],
      halfOuts[1],
    ],
    before,
  });
  return runs;
}

/**
 * Deal the files of a corpus to new folders in turn (hard links, or copies where a link
 * cannot be made), named by their place in the corpus so that no two collide.
 */
async function splitCorpus(files: readonly string[], folders: readonly string[]): Promise<void> {
  for (const folder of folders) await Deno.mkdir(folder);
  for (const [i, file] of files.entries()) {
    const to = join(folders[i % folders.length], `${String(i).padStart(6, "0")}-${basename(file)}`);
    try {
      await Deno.link(file, to);
    } catch {
      await Deno.copyFile(file, to);
    }
  }
}

/** Remove a score result a measured run wrote (only one this tool made). */
async function removeScoreResult(dir: string): Promise<void> {
  if ((await readMarker(dir)) === "score") await Deno.remove(dir, { recursive: true });
}

/** The usage text. */
export const USAGE = `usage: deno task bench [options]

  --mb M          size of the generated or repeated corpus in MB (default 50)
  --docs N        its number of documents (default 4 per MB)
  --seed S        seed of the generated corpus (default 1)
  --repeat FILES  make the corpus from these text files (comma-separated), their lines
                  repeated into N documents (real text instead of generated)
  --corpus DIR    use this corpus folder as it is
  --cache DIR     where corpora and run outputs are kept (default: sturingstaal-bench in
                  the temporary directory)
  --runs R        rounds; each measurement is run R times, the best counts (default 3)
  --modes LIST    modes measured end to end, e.g. exact,stem (default exact,stem,glob)
  --memory        also measure peak memory on a generated corpus of 1 GB and a single
                  generated document of 500 MB, in every mode (a few minutes)
  --memory-mb M   size of that corpus (default 1000)
  --single-mb M   size of that document (default 500)
  --write         write outputs/bench/bench-<corpus>.json and .txt (the table);
                  outputs/bench is made, and only ever written, by this command
  --pdf           instead: PDF pages per second of \`deno task score\` on PDFs made by
                  LibreOffice and Chromium (--copies N of each, default 40; --runs R)
  -h, --help      this text

example:
  npx deno task bench --repeat a.txt,b.txt --mb 51 --docs 200 --write
`;

if (import.meta.main && Deno.args.includes("--pdf") && !Deno.args.includes("--help")) {
  await pdfBenchMain(Deno.args);
  Deno.exit(0);
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      mb: { type: "string" },
      docs: { type: "string" },
      seed: { type: "string" },
      repeat: { type: "string" },
      corpus: { type: "string" },
      cache: { type: "string" },
      runs: { type: "string" },
      modes: { type: "string" },
      memory: { type: "boolean" },
      "memory-mb": { type: "string" },
      "single-mb": { type: "string" },
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
  let result: BenchResult;
  try {
    result = await runBench({
      mb: number(values.mb),
      docs: number(values.docs),
      seed: number(values.seed),
      repeat: values.repeat?.split(","),
      corpus: values.corpus,
      cacheDir: values.cache,
      runs: number(values.runs),
      modes: values.modes?.split(",").map((m) => m.trim() as MatchMode),
      memory: values.memory,
      memoryMb: number(values["memory-mb"]),
      singleMb: number(values["single-mb"]),
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(error.message);
    Deno.exit(1);
  }
  const text = formatBench(result);
  console.log(text);
  if (values.write) {
    const name = `bench-${result.corpus.label}`;
    try {
      await writeResultFolder(
        join(projectRootPath, "outputs", "bench"),
        "bench",
        async (temp) => {
          await Deno.writeTextFile(join(temp, `${name}.json`), stringifySorted(result, 2));
          await Deno.writeTextFile(join(temp, `${name}.txt`), text);
        },
        { display: "outputs/bench", update: true },
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(error.message);
      Deno.exit(1);
    }
    console.error(`wrote outputs/bench/${name}.json and .txt`);
  }
}
