/**
 * `deno task analyse`: run the study's analysis on your own corpus.
 *
 * ```sh
 * npx deno task analyse --corpus DIR --out DIR [--lexicon FILE] [--mode exact|stem|glob]
 *   [--group-by COL[,COL]]
 * ```
 *
 * Validates the corpus first (every problem listed, nothing run until they are fixed),
 * then runs the notebooks that apply to any corpus ({@linkcode CORPUS_NOTEBOOKS}) through
 * the same runner as `deno task reproduce`, into `--out`, through the result-folder contract
 * (`lib/io/result_folder.ts`): `--out` must be a new folder or an earlier analysis; the
 * study's `outputs/`, the corpus and the project are refused; it is replaced only when
 * every notebook succeeded.
 *
 * `deno task validate-corpus --corpus DIR` runs only the validation.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { type CorpusValidation, validateCorpus, validationReport } from "../corpus/mod.ts";
import { parseGroupBy } from "../params/mod.ts";
import { parseCleaningSteps } from "../corpus/cleaning_step_list.ts";
import { InputError } from "../io/mod.ts";
import { checkResultTarget } from "../io/result_folder.ts";
import { userPath } from "../io/user_path.ts";
import { MATCH_MODES } from "../lexicon/mod.ts";
import { reproduce } from "./main.ts";

/**
 * Notebooks that run on any corpus, lexicon and grouping, by number: the corpus, its
 * scoring, and the study's design on it (groups, time, extremes, cases). The others are
 * about the study itself: its published data and figures (03-06 describe the study's four
 * perspectives, size classes and regions, and compare with the printed numbers), the audit,
 * its qualitative cases, robustness of its findings, and a validation coded by people.
 */
export const CORPUS_NOTEBOOKS = ["01", "02", "13"] as const;

/** The parsed command line of `deno task analyse`. */
export const analyseArgsSchema = z.object({
  corpus: z.string({ error: "--corpus DIR is required" }).min(1),
  out: z.string({ error: "--out DIR is required" }).min(1),
  lexicon: z.string().optional(),
  mode: z.enum(MATCH_MODES).optional(),
  "group-by": z.string().optional(),
  "no-clean": z.string().optional(),
});

/** Arguments of an analysis run. */
export type AnalyseArgs = z.output<typeof analyseArgsSchema>;

/** The usage text of `deno task analyse`. */
export const ANALYSE_USAGE =
  `usage: npx deno task analyse --corpus DIR --out DIR [--lexicon FILE] [--mode exact|stem|glob]
                              [--group-by COL[,COL]] [--no-clean STEP[,STEP]]

Validates the corpus (every problem listed; nothing runs until they are fixed), then runs the
notebooks that apply to any corpus (${CORPUS_NOTEBOOKS.join(", ")}) on it.

  --corpus DIR    a folder of .txt, .md, .pdf, .docx, .odt and .html documents, optionally
                  with manifest.csv
  --out DIR       the result folder: a new folder, or one that an earlier \`analyse\` made
                  (it holds .sturingstaal-result.json), replaced only when every notebook
                  succeeded; any other folder, the corpus, the project and outputs/ are refused
  --lexicon FILE  a lexicon (.csv, .yaml, .json, .dic) of 2 to 12 categories; default:
                  the study's 64 signal words
  --mode MODE     default match mode of the lexicon: exact (default), stem or glob
  --group-by COLS manifest columns to group the documents by, separated by commas;
                  default: size class and region when every document is one of the
                  study's municipalities, else no grouping
  --no-clean STEP[,STEP]
                  switch cleaning steps off in every notebook: page-numbers,
                  headers-footers, footnote-marks, contents, columns (PDF layout),
                  ligatures, hyphens; the steps run are in scoring/settings.json
  -h, --help      this text

example:
  npx deno task analyse --corpus data/corpus/sample --out runs/sample
`;

/** The usage text of `deno task validate-corpus`. */
export const VALIDATE_USAGE =
  `usage: npx deno task validate-corpus --corpus DIR [--lexicon FILE] [--mode exact|stem|glob]
                                      [--group-by COL[,COL]]

Runs the checks that \`score\` and \`analyse\` depend on and lists every problem at once: the
manifest, the lexicon, every document, the groups of every document. Writes nothing.

  --corpus DIR    a folder of .txt, .md, .pdf, .docx, .odt and .html documents, optionally
                  with manifest.csv
  --lexicon FILE  a lexicon (.csv, .yaml, .json); default: the study's 64 signal words
  --mode MODE     default match mode of the lexicon: exact (default), stem or glob
  --group-by COLS manifest columns the analysis will group by (checked for every document)
  -h, --help      this text

example:
  npx deno task validate-corpus --corpus data/corpus/sample
`;

/**
 * Parse and check the command line of `analyse` (or, with `validateOnly`, of
 * `validate-corpus`, where `--out` is not taken).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseAnalyseArgs(["--corpus", "c", "--out", "runs/c", "--mode", "stem"]), {
 *   corpus: "c", out: "runs/c", mode: "stem",
 * });
 * assert.throws(() => parseAnalyseArgs(["--corpus", "c"]), { message: "--out DIR is required" });
 * assert.throws(() => parseAnalyseArgs(["--corpus", "c", "--out", "o", "--mode", "fuzzy"]), {
 *   message: "--mode must be one of exact, stem, glob",
 * });
 * assert.throws(() => parseAnalyseArgs(["--corpus", "c", "--out", "o", "--no-clean", "hyphen"]), {
 *   message: /^option --no-clean: "hyphen" is not a cleaning step; the steps are page-numbers, /,
 * });
 * ```
 */
export function parseAnalyseArgs(args: string[], validateOnly = false): AnalyseArgs {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: "string" },
      ...(validateOnly ? {} : { out: { type: "string" } }),
      lexicon: { type: "string" },
      mode: { type: "string" },
      "group-by": { type: "string" },
      ...(validateOnly ? {} : { "no-clean": { type: "string" } }),
    },
    strict: true,
  });
  const parsed = analyseArgsSchema.safeParse(validateOnly ? { ...values, out: "-" } : values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue.code === "invalid_value"
      ? `--${String(issue.path[0])} must be one of ${issue.values.join(", ")}`
      : issue.message;
    throw new Error(message);
  }
  // Unknown steps are refused here, before the validation and the notebooks.
  if (parsed.data["no-clean"] !== undefined) parseCleaningSteps(parsed.data["no-clean"]);
  return parsed.data;
}

/** The notebook parameters of a corpus run (see lib/params and lib/stats). */
export function corpusRunEnv(args: AnalyseArgs): Record<string, string> {
  const env: Record<string, string> = { STURINGSTAAL_CORPUS: userPath(args.corpus) };
  if (args.lexicon !== undefined) env.STURINGSTAAL_LEXICON = userPath(args.lexicon);
  if (args.mode !== undefined) env.STURINGSTAAL_MODE = args.mode;
  if (args["group-by"] !== undefined) env.STURINGSTAAL_GROUP_BY = args["group-by"];
  if (args["no-clean"] !== undefined) env.STURINGSTAAL_NO_CLEAN = args["no-clean"];
  return env;
}

/** Is this notebook one of {@linkcode CORPUS_NOTEBOOKS}? */
export function isCorpusNotebook(name: string): boolean {
  return (CORPUS_NOTEBOOKS as readonly string[]).includes(name.slice(0, 2));
}

/** Options of {@linkcode analyseCorpus}. */
export interface AnalyseCorpusOptions {
  /** Only validate the corpus. Default: `false`. */
  validateOnly?: boolean;
  /** Where messages go. Default: `console.error`. */
  log?: (line: string) => void;
}

/**
 * Validate the corpus, then (unless `validateOnly`) run the corpus notebooks on it into
 * `args.out`. Resolves to the exit code: 1 when the corpus has problems (nothing run).
 */
export async function analyseCorpus(
  args: AnalyseArgs,
  options: AnalyseCorpusOptions = {},
): Promise<number> {
  const log = options.log ?? ((line: string) => console.error(line));
  const corpusDir = userPath(args.corpus);
  const inputs = [corpusDir, ...(args.lexicon === undefined ? [] : [args.lexicon])];
  if (!options.validateOnly) {
    // Refuse a wrong --out before the (possibly long) validation.
    try {
      await checkResultTarget(userPath(args.out), "analysis", {
        display: args.out,
        inputs,
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      log(error.message);
      return 1;
    }
  }
  const validation = await validateCorpus(corpusDir, {
    displayDir: args.corpus,
    lexicon: args.lexicon === undefined ? undefined : userPath(args.lexicon),
    lexiconDisplay: args.lexicon,
    mode: args.mode,
    groupBy: parseGroupBy(args["group-by"] ?? ""),
  });
  for (const line of validationReport(args.corpus, validation)) log(line);
  if (validation.problems.length > 0) {
    log("Fix the problems above; nothing was run.");
    return 1;
  }
  if (options.validateOnly) return 0;
  const code = await reproduce({
    outputsDir: userPath(args.out),
    env: corpusRunEnv(args),
    select: isCorpusNotebook,
    extraInputs: {
      corpus: corpusDir,
      ...(args.lexicon === undefined ? {} : { lexicon: userPath(args.lexicon) }),
    },
    verbose: options.log === undefined,
    kind: "analysis",
    display: args.out,
    corpusDisplay: args.corpus,
  });
  if (code === 0) log(analysedLine(args, validation));
  return code;
}

/**
 * What `analyse` says when it is done: what it analysed, how, and where the result is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const validation = { documents: 12, readable: 12, problems: [], warnings: [], skipped: [],
 *   lexicon: { file: "x.yaml", categories: ["A", "B", "C"] },
 *   groupings: { groupings: ["sector"] } } as never;
 * assert.equal(analysedLine({ corpus: "c", out: "runs/c" }, validation),
 *   "analysed 12 documents of c with the lexicon x.yaml (3 categories: A, B, C), grouped by " +
 *   "sector; notebooks 01, 02, 13 are in runs/c/notebooks, tables in runs/c/tables");
 * ```
 */
export function analysedLine(
  args: Pick<AnalyseArgs, "corpus" | "out" | "no-clean">,
  validation: CorpusValidation,
): string {
  const categories = validation.lexicon?.categories ?? [];
  const groupings = validation.groupings?.groupings ?? [];
  return `analysed ${validation.documents} document${validation.documents === 1 ? "" : "s"} ` +
    `of ${args.corpus} with the lexicon ${validation.lexicon?.file ?? "?"} (${categories.length} ` +
    `categories: ${categories.join(", ")}), ${
      groupings.length === 0 ? "not grouped" : `grouped by ${groupings.join(" and ")}`
    }${
      args["no-clean"] === undefined
        ? ""
        : `, cleaning steps off: ${parseCleaningSteps(args["no-clean"]).join(", ")}`
    }; notebooks ${CORPUS_NOTEBOOKS.join(", ")} are in ${args.out}/notebooks, tables in ` +
    `${args.out}/tables`;
}

async function main(args: string[]): Promise<number> {
  const validateOnly = args[0] === "--validate-only";
  const rest = validateOnly ? args.slice(1) : args;
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(validateOnly ? VALIDATE_USAGE : ANALYSE_USAGE);
    return 0;
  }
  let parsed: AnalyseArgs;
  try {
    parsed = parseAnalyseArgs(rest, validateOnly);
  } catch (error) {
    console.error(
      `${(error as Error).message}\n\n${validateOnly ? VALIDATE_USAGE : ANALYSE_USAGE}`,
    );
    return 1;
  }
  try {
    return await analyseCorpus(parsed, { validateOnly });
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (error) {
    console.error(`analyse failed: ${(error as Error).message}`);
    Deno.exit(1);
  }
}
