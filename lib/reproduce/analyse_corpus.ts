/**
 * `deno task analyse`: run the study's analysis on your own corpus.
 *
 * ```sh
 * npx deno task analyse --corpus DIR --out DIR [--lexicon FILE] [--mode exact|stem|glob]
 * ```
 *
 * Validates the corpus first (every problem listed, nothing run until they are fixed),
 * then runs the notebooks that apply to any corpus ({@linkcode CORPUS_NOTEBOOKS}) through
 * the same runner as `deno task reproduce`, with the corpus scores as input
 * (`STURINGSTAAL_SCORES=run`), into `--out`. The study's own `outputs/` is never written:
 * `--out` may not be it or lie inside it. As with `reproduce`, `--out` is replaced only
 * when every notebook succeeded.
 *
 * `deno task validate-corpus --corpus DIR` runs only the validation.
 *
 * @module
 */
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { validateCorpus } from "../corpus/mod.ts";
import { MATCH_MODES } from "../lexicon/mod.ts";
import { projectRootPath } from "../outputs/write_output.ts";
import { reproduce } from "./main.ts";

/**
 * Notebooks that run on any corpus, by number: corpus, scoring, presence, variation, case
 * selection, figures, robustness. The others are about the study itself (its published
 * data, the audit of its printed numbers, its qualitative cases).
 */
export const CORPUS_NOTEBOOKS = ["01", "02", "03", "04", "05", "06", "11"] as const;

/** The parsed command line of `deno task analyse`. */
export const analyseArgsSchema = z.object({
  corpus: z.string({ error: "--corpus DIR is required" }).min(1),
  out: z.string({ error: "--out DIR is required" }).min(1),
  lexicon: z.string().optional(),
  mode: z.enum(MATCH_MODES).optional(),
});

/** Arguments of an analysis run. */
export type AnalyseArgs = z.output<typeof analyseArgsSchema>;

/**
 * Parse and check the command line; `--out` must not be the study's `outputs/`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseAnalyseArgs(["--corpus", "c", "--out", "runs/c", "--mode", "stem"]), {
 *   corpus: "c", out: "runs/c", mode: "stem",
 * });
 * assert.throws(() => parseAnalyseArgs(["--corpus", "c", "--out", "outputs/mine"]), {
 *   message: /--out outputs\/mine is inside the study's outputs\//,
 * });
 * assert.throws(() => parseAnalyseArgs(["--corpus", "c"]), { message: "--out DIR is required" });
 * ```
 */
export function parseAnalyseArgs(args: string[], root = projectRootPath): AnalyseArgs {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: "string" },
      out: { type: "string" },
      lexicon: { type: "string" },
      mode: { type: "string" },
    },
    strict: true,
  });
  const parsed = analyseArgsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue.code === "invalid_value"
      ? `--${String(issue.path[0])} must be one of ${issue.values.join(", ")}`
      : issue.message;
    throw new Error(message);
  }
  const studyOutputs = join(root, "outputs");
  const out = resolve(root, parsed.data.out);
  const inside = relative(studyOutputs, out);
  if (inside === "" || !inside.startsWith("..")) {
    throw new Error(
      `--out ${parsed.data.out} is inside the study's outputs/, which only \`deno task ` +
        "reproduce` writes; choose another directory, e.g. --out runs/my-corpus",
    );
  }
  return parsed.data;
}

/** The notebook parameters of a corpus run (see lib/params and lib/stats). */
export function corpusRunEnv(args: AnalyseArgs, root = projectRootPath): Record<string, string> {
  const env: Record<string, string> = {
    STURINGSTAAL_CORPUS: resolve(root, args.corpus),
    STURINGSTAAL_SCORES: "run",
  };
  if (args.lexicon !== undefined) env.STURINGSTAAL_LEXICON = resolve(root, args.lexicon);
  if (args.mode !== undefined) env.STURINGSTAAL_MODE = args.mode;
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
  const corpusDir = resolve(projectRootPath, args.corpus);
  const validation = await validateCorpus(corpusDir, { displayDir: args.corpus });
  log(
    `${args.corpus}: ${validation.documents} documents, ${validation.readable} readable, ` +
      `${validation.problems.length} problem(s), ${validation.warnings.length} warning(s)`,
  );
  for (const warning of validation.warnings) log(`  warning: ${warning}`);
  for (const problem of validation.problems) log(`  problem: ${problem}`);
  if (validation.problems.length > 0) {
    log("Fix the problems above; nothing was run.");
    return 1;
  }
  if (options.validateOnly) return 0;
  const code = await reproduce({
    outputsDir: resolve(projectRootPath, args.out),
    env: corpusRunEnv(args),
    select: isCorpusNotebook,
    extraInputs: { corpus: corpusDir },
    verbose: options.log === undefined,
  });
  if (code === 0) log(`the analysis of ${args.corpus} is in ${args.out}/`);
  return code;
}

async function main(args: string[]): Promise<number> {
  const validateOnly = args[0] === "--validate-only";
  const rest = validateOnly ? args.slice(1) : args;
  const parsed = validateOnly
    ? parseAnalyseArgs([...rest, "--out", "runs/validate-only"])
    : parseAnalyseArgs(rest);
  return await analyseCorpus(parsed, { validateOnly });
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (error) {
    console.error(`analyse failed: ${(error as Error).message}`);
    Deno.exit(1);
  }
}
