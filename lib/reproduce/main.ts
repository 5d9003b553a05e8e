/**
 * `deno task reproduce`: run every notebook in `notebooks/`, in name order, each in a
 * fresh Deno kernel through nbclient, into a staging directory; normalise the executed
 * notebooks, write `MANIFEST.json`, and swap the staging directory into `outputs/` only
 * when every notebook succeeded. A failing cell exits non-zero naming notebook, cell and
 * error, and leaves `outputs/` untouched.
 *
 * `--check` (part of `deno task test`) regenerates everything the same way, compares it
 * with the committed `outputs/` file by file, names every difference, and never writes
 * to `outputs/`.
 *
 * @module
 */
import { join, relative, resolve } from "node:path";
import { projectRootPath } from "../outputs/write_output.ts";
import { OUTPUTS_ENV } from "../outputs/write_output.ts";
import { InputError } from "../io/input_error.ts";
import { type ResultKind, writeResultFolder } from "../io/result_folder.ts";
import { buildReport, REPORT_FOLDER } from "../report/site.ts";
import { compareTrees, hashTree, listFiles } from "./file_tree.ts";
import {
  DIE_WITH_PARENT,
  ensureJupyter,
  installKernel,
  jupyterEnv,
  KERNEL_NAME,
} from "./jupyter.ts";
import { buildManifest } from "./manifest.ts";
import {
  normalizeNotebook,
  type NotebookJson,
  sourceNotebookProblems,
  stringifyNotebook,
} from "./normalize_notebook.ts";

/** Folders of `outputs/` written by other commands, carried over and not compared. */
export const KEPT_OUTPUT_FOLDERS = ["bench"];

const driver = new URL("./execute_notebook.py", import.meta.url).pathname;

/** Options of {@linkcode reproduce}. */
export interface ReproduceOptions {
  /** Compare with `outputs/` instead of replacing it. Default: `false`. */
  check?: boolean;
  /** The project directory: `notebooks/`, `data/`, `outputs/`. Default: this checkout. */
  root?: string;
  /** Seconds one cell may run. Default: 900. */
  cellTimeout?: number;
  /** Progress lines to stderr. Default: `true`. */
  verbose?: boolean;
  /**
   * Where the outputs go. Default: `ROOT/outputs`. A run on a user's own corpus passes
   * its own directory, so the reproduction of the study is never overwritten.
   */
  outputsDir?: string;
  /** Extra environment for the kernels (notebook parameters). Default: none. */
  env?: Record<string, string>;
  /** More input directories to hash into the manifest (label → directory). Default: none. */
  extraInputs?: Record<string, string>;
  /** Run only the notebooks this accepts (by file name). Default: all. */
  select?: (notebook: string) => boolean;
  /** The kind of result, for the result-folder marker. Default: `"reproduction"`. */
  kind?: ResultKind;
  /** The corpus of an `analyse` run as the user named it, for the report. Default: none. */
  corpusDisplay?: string;
  /** How the outputs folder is named in messages. Default: its path relative to the root. */
  display?: string;
}

/** A notebook failed, or is not fit to run; the message names notebook and cell. */
export class NotebookFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotebookFailure";
  }
}

interface Layout {
  root: string;
  notebooksDir: string;
  outputsDir: string;
  /** The folder the notebooks are written to in this run (a temporary one beside outputsDir). */
  stagingDir: string;
}

async function executeNotebook(
  python: string,
  name: string,
  env: Record<string, string>,
  dirs: Layout,
  timeout: number,
) {
  const source = join(dirs.notebooksDir, name);
  const executed = join(dirs.stagingDir, "notebooks", name);
  const [command, ...prefix] = [...DIE_WITH_PARENT, python];
  const output = await new Deno.Command(command, {
    args: [...prefix, driver, source, executed, KERNEL_NAME, String(timeout)],
    env,
    clearEnv: true,
    stdout: "inherit",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  if (!output.success) {
    const report = stderr.trim().split("\n").reverse().map(tryJson).find((r) => r?.ename);
    if (report) {
      const cell = report.cell === null ? "a cell" : `cell ${report.cell + 1}`;
      const trace = (report.traceback as string[]).join("\n").trim();
      throw new NotebookFailure(
        `notebooks/${name}, ${cell} (id ${report.cell_id}) failed: ${report.ename}: ` +
          `${report.evalue}${trace ? `\n${trace}` : ""}`,
      );
    }
    throw new NotebookFailure(`notebooks/${name} could not be executed:\n${stderr.trim()}`);
  }
  const notebook = JSON.parse(await Deno.readTextFile(executed)) as NotebookJson;
  await Deno.writeTextFile(
    executed,
    stringifyNotebook(normalizeNotebook(notebook, { paths: [dirs.stagingDir, dirs.root] })),
  );
}

/**
 * The environment of the notebook kernels: the caller's, less any notebook parameter
 * (`STURINGSTAAL_*`) it happens to have set, plus `own`. So `deno task reproduce` always
 * reproduces the study, whatever the shell holds; a corpus run passes its parameters in
 * `own`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * Deno.env.set("STURINGSTAAL_CORPUS", "/somewhere");
 * const env = kernelEnv({ STURINGSTAAL_MODE: "stem" });
 * assert.equal(env.STURINGSTAAL_CORPUS, undefined);
 * assert.equal(env.STURINGSTAAL_MODE, "stem");
 * Deno.env.delete("STURINGSTAAL_CORPUS");
 * ```
 */
export function kernelEnv(own: Record<string, string>): Record<string, string> {
  const inherited = Object.fromEntries(
    Object.entries(Deno.env.toObject()).filter(([key]) => !key.startsWith("STURINGSTAAL_")),
  );
  return { ...inherited, ...own };
}

function tryJson(line: string) {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

async function jupyterVersions(python: string): Promise<Record<string, string>> {
  const out = await new Deno.Command(python, { args: [driver, "--versions"], stdout: "piped" })
    .output();
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

/** Source notebooks, in run order; each checked to be committed clean. */
export async function sourceNotebooks(notebooksDir: string): Promise<string[]> {
  const names = (await listFiles(notebooksDir)).filter((f) =>
    f.endsWith(".ipynb") && !f.includes("/") && !f.includes(".ipynb_checkpoints")
  );
  for (const name of names) {
    const notebook = JSON.parse(await Deno.readTextFile(join(notebooksDir, name)));
    const problems = sourceNotebookProblems(notebook, KERNEL_NAME);
    if (problems.length > 0) {
      throw new NotebookFailure(
        `notebooks/${name} is not clean: ${problems.join("; ")}. ` +
          "Source notebooks are committed without outputs (Kernel > Restart & Clear Output).",
      );
    }
  }
  return names;
}

/**
 * Run the notebooks (see the module doc). Resolves to the process exit code; throws a
 * {@linkcode NotebookFailure} when a notebook fails, after removing the staging directory.
 */
export async function reproduce(options: ReproduceOptions = {}): Promise<number> {
  const check = options.check ?? false;
  const verbose = options.verbose ?? true;
  const root = options.root ?? projectRootPath;
  const outputsDir = resolve(options.outputsDir ?? join(root, "outputs"));
  const notebooksDir = join(root, "notebooks");
  const display = options.display ?? (relative(root, outputsDir) || ".");
  const started = performance.now();
  const notebooks = (await sourceNotebooks(notebooksDir)).filter(options.select ?? (() => true));
  const python = await ensureJupyter();
  await installKernel(root);
  const run = async (stagingDir: string) => {
    const dirs: Layout = { root, notebooksDir, outputsDir, stagingDir };
    await Deno.mkdir(join(stagingDir, "notebooks"), { recursive: true });
    const env = kernelEnv({ ...jupyterEnv(root), ...options.env, [OUTPUTS_ENV]: stagingDir });
    for (const name of notebooks) {
      const t0 = performance.now();
      await executeNotebook(python, name, env, dirs, options.cellTimeout ?? 900);
      if (verbose) {
        console.error(`ran notebooks/${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      }
    }
    await buildReport(stagingDir, join(stagingDir, REPORT_FOLDER), {
      corpus: options.corpusDisplay,
    });
    const manifest = await buildManifest(
      root,
      stagingDir,
      notebooks,
      await jupyterVersions(python),
      options.extraInputs,
    );
    await Deno.writeTextFile(join(stagingDir, "MANIFEST.json"), stringifyNotebook(manifest));
    return check ? await differences(outputsDir, stagingDir, display) : [];
  };
  const lines = await writeResultFolder(outputsDir, options.kind ?? "reproduction", run, {
    display,
    keep: KEPT_OUTPUT_FOLDERS,
    discard: check,
    inputs: Object.values(options.extraInputs ?? {}),
    root,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (check) {
    if (lines.length > 0) {
      console.error(
        `${display}/ differs from what the notebooks produce (${lines.length} files):\n` +
          `${lines.join("\n")}\nRun \`deno task reproduce\` and commit ${display}/.`,
      );
      return 1;
    }
    if (verbose) console.error(`${display}/ reproduces byte for byte (${seconds} s)`);
    return 0;
  }
  if (verbose) {
    console.error(`ran ${notebooks.length} notebooks into ${display}/ in ${seconds} s`);
  }
  return 0;
}

/** How the committed outputs differ from a fresh run, one line per file. */
async function differences(
  outputsDir: string,
  stagingDir: string,
  display: string,
): Promise<string[]> {
  const committed = await hashTree(outputsDir);
  const regenerated = await hashTree(stagingDir);
  for (const hashes of [committed, regenerated]) {
    for (const file of Object.keys(hashes)) {
      if (KEPT_OUTPUT_FOLDERS.some((folder) => file.startsWith(`${folder}/`))) {
        delete hashes[file];
      }
    }
  }
  const difference = compareTrees(committed, regenerated);
  return [
    ...difference.changed.map((f) => `  changed: ${display}/${f}`),
    ...difference.added.map((f) => `  not committed: ${display}/${f}`),
    ...difference.removed.map((f) => `  no longer produced: ${display}/${f}`),
  ];
}

/** The usage text of `deno task reproduce` (and of `check-outputs`, which is `--check`). */
export const REPRODUCE_USAGE = `usage: npx deno task reproduce [--check]

Runs every notebook in notebooks/, in name order, each in a fresh kernel, into a new folder
beside outputs/, and puts it in place of outputs/ only when every notebook succeeded. Only
outputs/ is written (and only when it holds .sturingstaal-result.json, as the committed one
does); a failing cell names the notebook and the cell and leaves outputs/ as it was.

  --check      regenerate everything, compare it with outputs/ byte for byte, name every file
               that differs, and write nothing (\`deno task check-outputs\`)
  -h, --help   this text

example:
  npm ci && npm run reproduce
`;

if (import.meta.main) {
  if (Deno.args.includes("--help") || Deno.args.includes("-h")) {
    console.log(REPRODUCE_USAGE);
    Deno.exit(0);
  }
  const unknown = Deno.args.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(" ")}\n\n${REPRODUCE_USAGE}`);
    Deno.exit(1);
  }
  try {
    Deno.exit(await reproduce({ check: Deno.args.includes("--check") }));
  } catch (error) {
    console.error(
      error instanceof InputError
        ? error.message
        : `reproduce failed: ${(error as Error).message}\noutputs/ was left as it was.`,
    );
    Deno.exit(1);
  }
}
