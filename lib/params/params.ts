/**
 * The parameters of the scoring notebooks (`01-corpus`, `02-scoring`), read from the
 * environment so that a researcher can run them on another corpus, lexicon or match mode
 * without editing a notebook:
 *
 * | variable               | what                                  | default                  |
 * | ---------------------- | ------------------------------------- | ------------------------ |
 * | `STURINGSTAAL_CORPUS`  | a corpus directory (see lib/corpus)   | `data/corpus/sample`     |
 * | `STURINGSTAAL_LEXICON` | a lexicon file (`.csv`, `.yaml`, `.json`) | `data/lexicon/study.csv` |
 * | `STURINGSTAAL_MODE`    | `exact`, `stem` or `glob`             | `exact`                  |
 * | `STURINGSTAAL_GROUP_BY` | manifest columns to group by, `,`-separated | the study's, if they apply |
 *
 * Unset or empty (white space only) means the default. Relative paths are taken from the
 * project root, not from the notebook's folder. `deno task reproduce` clears these
 * variables (it always reproduces the study); `deno task analyse --corpus DIR --out DIR
 * [--lexicon FILE] [--mode MODE]` sets them for a run on another corpus, and in
 * `deno task lab` they come from the shell:
 * `STURINGSTAAL_CORPUS=../corpora/plans STURINGSTAAL_MODE=stem deno task lab`.
 *
 * `STURINGSTAAL_MODE` becomes the lexicon's default mode: entries that set their own mode
 * (a `mode` column, or `mode:` of an entry in YAML/JSON) keep it.
 *
 * Every path comes back twice: absolute, to read from, and as a display path, to show
 * and to write into outputs. A display path never holds a part of the machine the
 * notebook runs on, so outputs are the same on every machine (see {@linkcode displayPathOf}).
 *
 * @module
 */
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { describeIssue, InputError } from "../io/mod.ts";
import { MATCH_MODES, type MatchMode } from "../lexicon/mod.ts";
import { parseCleaningSteps } from "../corpus/cleaning_step_list.ts";
import type { CleaningStep } from "../corpus/cleaning_steps.ts";

/** The environment variables, by parameter. */
export const PARAM_ENV = {
  corpus: "STURINGSTAAL_CORPUS",
  lexicon: "STURINGSTAAL_LEXICON",
  mode: "STURINGSTAAL_MODE",
  groupBy: "STURINGSTAAL_GROUP_BY",
  noClean: "STURINGSTAAL_NO_CLEAN",
} as const;

/** Default corpus, relative to the project root: the invented sample corpus. */
export const DEFAULT_CORPUS = "data/corpus/sample";
/** Default lexicon, relative to the project root: the study's 64 signal words (Bijlage C). */
export const DEFAULT_LEXICON = "data/lexicon/study.csv";
/** Default match mode. */
export const DEFAULT_MODE: MatchMode = "exact";

/** The project root (the folder holding `deno.json`), without a trailing separator. */
export const PROJECT_ROOT: string = resolve(fileURLToPath(new URL("../../", import.meta.url)));

/** A path parameter. */
export interface PathParam {
  /** Absolute path, to read from. Never show or write it. */
  path: string;
  /** The path as shown in notebooks and written to outputs (see {@linkcode displayPathOf}). */
  display: string;
  /** Whether the default was used (the variable was unset or empty). */
  isDefault: boolean;
}

/** The notebook parameters, checked. */
export interface NotebookParams {
  corpus: PathParam;
  lexicon: PathParam;
  mode: MatchMode;
  /** Whether the default mode was used. */
  modeIsDefault: boolean;
  /** Manifest columns to group by; empty: the default (see lib/corpus/groupings.ts). */
  groupBy: string[];
  /** Cleaning steps switched off when the corpus is read; empty: every step runs. */
  cleaningOff: CleaningStep[];
}

/** Options of {@linkcode notebookParams}. */
export interface NotebookParamsOptions {
  /** The variables to read. Default: the process environment (`Deno.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are taken from. Default: {@linkcode PROJECT_ROOT}. */
  root?: string;
}

const blankIsUnset = (raw: unknown) =>
  typeof raw === "string" && raw.trim() === ""
    ? undefined
    : typeof raw === "string"
    ? raw.trim()
    : raw;

/** The zod schema of the three variables (values trimmed; unset or blank: the default). */
export const paramsEnvSchema = z.object({
  [PARAM_ENV.corpus]: z.preprocess(blankIsUnset, z.string().default(DEFAULT_CORPUS)),
  [PARAM_ENV.lexicon]: z.preprocess(blankIsUnset, z.string().default(DEFAULT_LEXICON)),
  [PARAM_ENV.mode]: z.preprocess(blankIsUnset, z.enum(MATCH_MODES).default(DEFAULT_MODE)),
  [PARAM_ENV.groupBy]: z.preprocess(blankIsUnset, z.string().default("")),
  [PARAM_ENV.noClean]: z.preprocess(blankIsUnset, z.string().default("")),
});

/**
 * Read and check the notebook parameters (see the module doc). A bad value is an
 * {@linkcode InputError} naming the variable and what it accepts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const params = notebookParams({ env: { STURINGSTAAL_MODE: "stem" }, root: "/project" });
 * assert.deepEqual(params.corpus, {
 *   path: "/project/data/corpus/sample", display: "data/corpus/sample", isDefault: true,
 * });
 * assert.equal(params.lexicon.display, "data/lexicon/study.csv");
 * assert.equal(params.mode, "stem");
 * assert.throws(() => notebookParams({ env: { STURINGSTAAL_MODE: "fuzzy" } }), {
 *   message: 'environment variable STURINGSTAAL_MODE: "fuzzy" is not one of exact, stem, glob',
 * });
 * ```
 */
export function notebookParams(options: NotebookParamsOptions = {}): NotebookParams {
  const root = resolve(options.root ?? PROJECT_ROOT);
  const env = options.env ?? readEnv();
  const raw = Object.fromEntries(Object.values(PARAM_ENV).map((name) => [name, env[name]]));
  const parsed = paramsEnvSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    const value = raw[name];
    throw new InputError(
      `environment variable ${name}: ${
        describeIssue(issue, typeof value === "string" ? value.trim() : undefined)
      }`,
    );
  }
  const values = parsed.data;
  const pathParam = (name: string): PathParam => {
    const given = values[name as keyof typeof values] as string;
    const path = resolve(root, given);
    return {
      path,
      display: displayPathOf(path, given, root),
      isDefault: blankIsUnset(env[name]) === undefined,
    };
  };
  return {
    corpus: pathParam(PARAM_ENV.corpus),
    lexicon: pathParam(PARAM_ENV.lexicon),
    mode: values[PARAM_ENV.mode],
    modeIsDefault: blankIsUnset(env[PARAM_ENV.mode]) === undefined,
    groupBy: parseGroupBy(values[PARAM_ENV.groupBy]),
    cleaningOff: cleaningStepsOf(values[PARAM_ENV.noClean]),
  };
}

/** The steps of `STURINGSTAAL_NO_CLEAN`; an unknown one is an error naming the variable. */
function cleaningStepsOf(value: string): CleaningStep[] {
  try {
    return parseCleaningSteps(value);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`environment variable ${PARAM_ENV.noClean}: ${error.problem}`);
  }
}

/**
 * How a path is shown and written to outputs, given the absolute `path` and the value as
 * the user `given` it:
 *
 * - inside the project: relative to the project root, with `/` (`data/corpus/sample`);
 * - outside, given as a relative path: relative to the project root, as given
 *   (`../corpora/plans`), which names no part of the machine;
 * - outside, given as an absolute path: `.../` and the last part only (`.../plans`),
 *   because the rest names a folder of this machine.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(displayPathOf("/p/data/x", "data/x/", "/p"), "data/x");
 * assert.equal(displayPathOf("/p/data/x", "/p/data/x", "/p"), "data/x");
 * assert.equal(displayPathOf("/corpora/plans", "../corpora/plans", "/p"), "../corpora/plans");
 * assert.equal(displayPathOf("/home/me/plans", "/home/me/plans", "/p"), ".../plans");
 * assert.equal(displayPathOf("/p", ".", "/p"), ".");
 * ```
 */
export function displayPathOf(path: string, given: string, root: string = PROJECT_ROOT): string {
  const fromRoot = relative(resolve(root), resolve(path));
  if (fromRoot === "") return ".";
  const outside = fromRoot === ".." || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  if (outside && isAbsolute(given)) return `.../${basename(path)}`;
  return fromRoot.split(sep).join("/");
}

/**
 * The columns of a `--group-by` value: split at commas, trimmed, empty parts dropped.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseGroupBy(" party, year ,"), ["party", "year"]);
 * assert.deepEqual(parseGroupBy(""), []);
 * ```
 */
export function parseGroupBy(value: string): string[] {
  return value.split(",").map((part) => part.trim()).filter((part) => part !== "");
}

/** A row of {@linkcode paramsTable}. */
export interface ParamRow {
  variable: string;
  value: string;
  /** `"default"` or `"set"`. */
  source: string;
}

/**
 * The parameters as rows for a notebook table (display paths only).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const params = notebookParams({ env: { STURINGSTAAL_LEXICON: "data/lexicon/example.yaml" }, root: "/p" });
 * assert.deepEqual(paramsTable(params), [
 *   { variable: "STURINGSTAAL_CORPUS", value: "data/corpus/sample", source: "default" },
 *   { variable: "STURINGSTAAL_LEXICON", value: "data/lexicon/example.yaml", source: "set" },
 *   { variable: "STURINGSTAAL_MODE", value: "exact", source: "default" },
 * ]);
 * ```
 */
export function paramsTable(params: NotebookParams): ParamRow[] {
  const source = (isDefault: boolean) => isDefault ? "default" : "set";
  return [
    {
      variable: PARAM_ENV.corpus,
      value: params.corpus.display,
      source: source(params.corpus.isDefault),
    },
    {
      variable: PARAM_ENV.lexicon,
      value: params.lexicon.display,
      source: source(params.lexicon.isDefault),
    },
    { variable: PARAM_ENV.mode, value: params.mode, source: source(params.modeIsDefault) },
    ...(params.groupBy.length === 0 ? [] : [{
      variable: PARAM_ENV.groupBy,
      value: params.groupBy.join(","),
      source: "set",
    }]),
    ...(params.cleaningOff.length === 0 ? [] : [{
      variable: PARAM_ENV.noClean,
      value: params.cleaningOff.join(","),
      source: "set",
    }]),
  ];
}

function readEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.values(PARAM_ENV).map((name) => [name, Deno.env.get(name)]));
}
