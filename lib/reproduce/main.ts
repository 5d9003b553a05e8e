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
import { basename, dirname, join, relative, resolve } from "node:path";
import { projectRootPath } from "../outputs/write_output.ts";
import { OUTPUTS_ENV } from "../outputs/write_output.ts";
import { compareTrees, hashTree, listFiles, swapIntoPlace } from "./file_tree.ts";
import { ensureJupyter, installKernel, jupyterEnv, KERNEL_NAME } from "./jupyter.ts";
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
  stagingDir: string;
  previousDir: string;
}

function layout(root: string, outputsDir?: string): Layout {
  if (outputsDir === undefined) {
    return {
      root,
      notebooksDir: join(root, "notebooks"),
      outputsDir: join(root, "outputs"),
      stagingDir: join(root, ".outputs-staging"),
      previousDir: join(root, ".outputs-previous"),
    };
  }
  const out = resolve(outputsDir);
  return {
    root,
    notebooksDir: join(root, "notebooks"),
    outputsDir: out,
    stagingDir: join(dirname(out), `.${basename(out)}-staging`),
    previousDir: join(dirname(out), `.${basename(out)}-previous`),
  };
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
  const output = await new Deno.Command(python, {
    args: [driver, source, executed, KERNEL_NAME, String(timeout)],
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
  const dirs = layout(options.root ?? projectRootPath, options.outputsDir);
  const { root, notebooksDir, outputsDir, stagingDir, previousDir } = dirs;
  const started = performance.now();
  const notebooks = (await sourceNotebooks(notebooksDir)).filter(options.select ?? (() => true));
  const python = await ensureJupyter();
  await installKernel(root);
  await Deno.remove(stagingDir, { recursive: true }).catch(() => {});
  await Deno.mkdir(join(stagingDir, "notebooks"), { recursive: true });
  const env = kernelEnv({ ...jupyterEnv(root), ...options.env, [OUTPUTS_ENV]: stagingDir });
  try {
    for (const name of notebooks) {
      const t0 = performance.now();
      await executeNotebook(python, name, env, dirs, options.cellTimeout ?? 900);
      if (verbose) {
        console.error(`ran notebooks/${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      }
    }
    const manifest = await buildManifest(
      root,
      stagingDir,
      notebooks,
      await jupyterVersions(python),
      options.extraInputs,
    );
    await Deno.writeTextFile(join(stagingDir, "MANIFEST.json"), stringifyNotebook(manifest));
  } catch (error) {
    await Deno.remove(stagingDir, { recursive: true }).catch(() => {});
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (check) {
    const committed = await hashTree(outputsDir);
    for (const file of Object.keys(committed)) {
      if (KEPT_OUTPUT_FOLDERS.some((folder) => file.startsWith(`${folder}/`))) {
        delete committed[file];
      }
    }
    const difference = compareTrees(committed, await hashTree(stagingDir));
    await Deno.remove(stagingDir, { recursive: true });
    const lines = [
      ...difference.changed.map((f) => `  changed: outputs/${f}`),
      ...difference.added.map((f) => `  not committed: outputs/${f}`),
      ...difference.removed.map((f) => `  no longer produced: outputs/${f}`),
    ];
    if (lines.length > 0) {
      console.error(
        `outputs/ differs from what the notebooks produce (${lines.length} files):\n` +
          `${lines.join("\n")}\nRun \`deno task reproduce\` and commit outputs/.`,
      );
      return 1;
    }
    if (verbose) console.error(`outputs/ reproduces byte for byte (${seconds} s)`);
    return 0;
  }
  await swapIntoPlace(stagingDir, outputsDir, previousDir, KEPT_OUTPUT_FOLDERS);
  if (verbose) {
    console.error(
      `reproduced ${notebooks.length} notebooks into ${
        relative(root, outputsDir) || "."
      }/ in ${seconds} s`,
    );
  }
  return 0;
}

if (import.meta.main) {
  try {
    Deno.exit(await reproduce({ check: Deno.args.includes("--check") }));
  } catch (error) {
    console.error(`reproduce failed: ${(error as Error).message}`);
    console.error("outputs/ was left unchanged.");
    Deno.exit(1);
  }
}
