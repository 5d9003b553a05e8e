/**
 * `deno task score --corpus DIR [--lexicon FILE] [--mode exact|stem|glob] [--workers N] [--no-kwic] [--no-clean STEP,...] --out DIR`
 *
 * Scores every document of a corpus against a lexicon (default: the study's,
 * data/lexicon/study.csv) and writes documents.csv, words.csv, kwic.csv, coverage.csv,
 * corpus.csv and settings.json to the output directory, atomically. Documents are read
 * in parts and scored on every core, and written row by row as they come
 * ({@linkcode scoreCorpusToDir}), so memory stays flat however large the corpus or a
 * document, without V8 flags; the files are byte for byte the same whatever the number
 * of threads. Bad input is reported as
 * one message naming file, line and column, with exit code 1.
 *
 * The task runs lib/score/main.ts, which starts the worker threads before it loads this
 * module; run directly, this module starts them when it scores.
 *
 * @module
 */
import { join } from "node:path";
import { parseCleaningSteps } from "../corpus/cleaning_step_list.ts";
import { textlessPagesWarning } from "../corpus/document.ts";
import { validateCorpus } from "../corpus/validate_corpus.ts";
import { checkResultTarget } from "../io/result_folder.ts";
import { userPath } from "../io/user_path.ts";
import { readCommandLine } from "../io/command_line.ts";
import { InputError } from "../io/mod.ts";
import { parseMatchMode } from "../lexicon/mod.ts";
import { scoreCorpusToDir } from "./aggregate_stream.ts";
import { createProgress } from "./progress.ts";

/** The usage text. */
export const USAGE =
  `usage: deno task score --corpus DIR [--lexicon FILE] [--mode exact|stem|glob] --out DIR

  --corpus DIR    a directory of .txt, .md, .pdf, .docx, .odt and .html documents,
                  optionally with manifest.csv
  --lexicon FILE  a lexicon (.csv with category,entry[,mode]; .yaml; .json; a LIWC .dic;
                  a quanteda .yml dictionary);
                  default: data/lexicon/study.csv (the study's 64 signal words)
  --mode MODE     default match mode of the lexicon's entries: exact (default), stem or glob
  --workers N     threads reading and scoring documents: this one and N-1 workers
                  (default: one per core; 0 or 1: this thread alone)
  --no-kwic       leave out kwic.csv (every hit in context), for very large corpora
  --no-clean STEP[,STEP]
                  switch cleaning steps off: page-numbers, headers-footers,
                  footnote-marks, contents, columns (PDF layout), ligatures, hyphens;
                  what each step did is in cleaning.csv, the steps run in settings.json
  --out DIR       the result folder: a new folder, or one that an earlier \`score\` made
                  (it holds .sturingstaal-result.json), which is then replaced as a whole
                  once the new result is complete; any other folder is refused untouched
  -h, --help      this text

example:
  npx deno task score --corpus data/corpus/sample --mode stem --out runs/sample-scores
`;

/** Options of {@linkcode runScoreCli}. */
export interface RunScoreCliOptions {
  /** Where messages go. Default: `console.error`. */
  log?: (line: string) => void;
  /** Show a progress bar. Default: when stderr is a terminal. */
  progress?: boolean;
  /**
   * Scoring workers already started (by lib/score/main.ts), used before new ones are
   * started; all of them are terminated before this returns. Default: none.
   */
  startedWorkers?: readonly Worker[];
}

/**
 * Run the command with arguments; returns the exit code (0 ok, 1 bad input or usage).
 * Errors other than {@linkcode InputError} are bugs and are thrown.
 */
export async function runScoreCli(
  args: string[],
  options: RunScoreCliOptions = {},
): Promise<number> {
  try {
    return await runScore(args, options);
  } finally {
    // Those the pool took are closed with it already; the rest were not needed.
    for (const worker of options.startedWorkers ?? []) worker.terminate();
  }
}

async function runScore(args: string[], options: RunScoreCliOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.error(line));
  const line = readCommandLine(
    args,
    {
      corpus: { type: "string" },
      lexicon: { type: "string" },
      mode: { type: "string" },
      out: { type: "string" },
      workers: { type: "string" },
      "no-kwic": { type: "boolean" },
      "no-clean": { type: "string" },
    },
    USAGE,
    ["corpus", "out"],
    log,
  );
  if ("exit" in line) return line.exit;
  const values = line.values as typeof line.values & { corpus: string; out: string };
  try {
    const mode = values.mode === undefined ? undefined : parseMatchMode(values.mode);
    const workers = values.workers === undefined ? undefined : parseWorkers(values.workers);
    const off = values["no-clean"] === undefined ? [] : parseCleaningSteps(values["no-clean"]);
    const corpus = userPath(values.corpus);
    const out = userPath(values.out);
    const lexiconPath = values.lexicon === undefined ? undefined : userPath(values.lexicon);
    const inputs = [corpus, ...(lexiconPath === undefined ? [] : [lexiconPath])];
    await checkResultTarget(out, "score", { inputs, display: values.out });
    // The gate of validate-corpus, less what only the analysis needs; the documents are
    // read once, while scoring, and every one that cannot be read is listed at the end.
    const validation = await validateCorpus(corpus, {
      displayDir: values.corpus,
      purpose: "score",
      readDocuments: false,
      lexicon: lexiconPath,
      lexiconDisplay: values.lexicon,
      mode,
    });
    for (const problem of validation.problems) log(problem);
    if (validation.problems.length > 0) return 1;
    for (const skipped of validation.skipped) {
      log(`skipped: ${join(values.corpus, skipped.name)} (${skipped.reason})`);
    }
    const listing = validation.listing!;
    const lexicon = validation.lexicon!;
    const bar = createProgress(listing.sources.length, { enabled: options.progress });
    const textless: string[] = [];
    let result;
    try {
      result = await scoreCorpusToDir(listing, lexicon, out, {
        displayDir: values.out,
        workers,
        startedWorkers: options.startedWorkers,
        kwicFile: !values["no-kwic"],
        read: { cleaning: { off } },
        onDocument: (doc, done) => {
          bar.update(done, doc.id);
          const source = { id: doc.id, displayPath: join(values.corpus, doc.file) };
          const warning = textlessPagesWarning(source, doc.report);
          if (warning !== undefined) textless.push(warning);
        },
        inputs,
      });
    } finally {
      bar.finish();
    }
    for (const warning of textless) log(`warning: ${warning}`);
    const hits = result.hits;
    const flagged = result.coverage.forms.filter((f) => f.flag !== undefined).length;
    log(
      `scored ${result.documents} documents with lexicon ${lexicon.name} ` +
        `(${result.settings.modes.join("+")}): ${hits} hits, ` +
        `${result.coverage.matchedPct.toFixed(2)}% of ${result.coverage.tokens} words matched, ` +
        `${result.coverage.neverMatched.length} entries never matched, ${flagged} forms flagged; ` +
        `wrote ${values.out}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      log(error.message);
      return 1;
    }
    throw error;
  }
}

function parseWorkers(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new InputError(`"${text}" is not a whole number of workers`, { field: "--workers" });
  }
  return Number(text);
}

if (import.meta.main) {
  Deno.exit(await runScoreCli(Deno.args));
}
