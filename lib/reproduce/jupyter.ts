/**
 * A project-local Jupyter set-up: find a Python with nbclient (installing Debian's
 * Jupyter packages when missing and running as root), and register the Deno kernel in
 * `.jupyter/` inside the project, so that runs neither depend on nor change the user's
 * global Jupyter configuration.
 *
 * @module
 */
import { join, relative } from "node:path";
import { InputError } from "../io/input_error.ts";

/** The Debian packages the project needs, and the exact line that installs them. */
export const JUPYTER_PACKAGES = ["jupyter-nbconvert", "python3-nbclient", "jupyter-notebook"];
export const INSTALL_LINE = `sudo apt-get update && sudo apt-get install -y ${
  JUPYTER_PACKAGES.join(" ")
}`;

/** The kernel name notebooks ask for (their `metadata.kernelspec.name`). */
export const KERNEL_NAME = "sturingstaal-deno";

/** Pythons tried in order: Debian's first, where apt installs nbclient. */
const PYTHON_CANDIDATES = ["/usr/bin/python3", "python3"];

async function run(command: string, args: string[], env?: Record<string, string>) {
  try {
    const output = await new Deno.Command(command, { args, env, stdout: "piped", stderr: "piped" })
      .output();
    return {
      ok: output.success,
      stdout: new TextDecoder().decode(output.stdout),
      stderr: new TextDecoder().decode(output.stderr),
    };
  } catch {
    return { ok: false, stdout: "", stderr: `${command} not found` };
  }
}

/** The first Python that can import nbclient, or `undefined`. */
export async function findJupyterPython(): Promise<string | undefined> {
  for (const python of PYTHON_CANDIDATES) {
    const probe = await run(python, ["-c", "import nbclient, nbformat, jupyter_client"]);
    if (probe.ok) return python;
  }
  return undefined;
}

/** Options of {@linkcode ensureJupyter}. */
export interface EnsureJupyterOptions {
  /** Also require the interactive `jupyter notebook` server. Default: `false`. */
  interactive?: boolean;
  /** Write progress to stderr. Default: `true`. */
  verbose?: boolean;
}

/**
 * Return a Python that has nbclient. When it (or, for `interactive`, `jupyter notebook`)
 * is missing: as root with apt-get available, install Debian's packages; otherwise throw
 * an error that gives the exact install line.
 */
export async function ensureJupyter(options: EnsureJupyterOptions = {}): Promise<string> {
  const verbose = options.verbose ?? true;
  let python = await findJupyterPython();
  const notebookMissing = async () =>
    options.interactive === true &&
    !(await run("/usr/bin/python3", ["-c", "import notebook"])).ok;
  if (python !== undefined && !(await notebookMissing())) return python;
  await aptInstall(
    JUPYTER_PACKAGES,
    INSTALL_LINE,
    "Jupyter (nbclient, nbconvert, notebook)",
    verbose,
  );
  python = await findJupyterPython();
  if (python === undefined) {
    throw new Error(`nbclient is still not importable after installing; try:\n  ${INSTALL_LINE}`);
  }
  return python;
}

/**
 * Install Debian packages with apt-get when running as root; otherwise (or without apt-get)
 * throw an error that names what is missing and gives `installLine`.
 */
export async function aptInstall(
  packages: readonly string[],
  installLine: string,
  what: string,
  verbose = true,
): Promise<void> {
  const isRoot = Deno.uid() === 0;
  const hasApt = (await run("apt-get", ["--version"])).ok;
  if (!isRoot || !hasApt) {
    throw new Error(
      `${what} is not installed. Install it with:\n  ${installLine}` +
        (hasApt ? "" : "\n(this needs a Debian or Ubuntu system with apt-get)"),
    );
  }
  if (verbose) console.error(`Installing ${what} from Debian: ${packages.join(" ")}`);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", ...packages]]) {
    const result = await run("apt-get", args, env);
    if (!result.ok) {
      throw new Error(`apt-get ${args.join(" ")} failed:\n${result.stderr.trim()}`);
    }
  }
}

/** Paths of the project-local Jupyter set-up under `root`. */
export function jupyterDirs(root: string) {
  const base = join(root, ".jupyter");
  return {
    base,
    data: join(base, "data"),
    config: join(base, "config"),
    runtime: join(base, "runtime"),
    kernel: join(base, "data", "kernels", KERNEL_NAME),
  };
}

/**
 * The environment for Jupyter processes: JUPYTER_PATH, JUPYTER_DATA_DIR,
 * JUPYTER_CONFIG_DIR and JUPYTER_RUNTIME_DIR point into the project, and NO_COLOR keeps
 * ANSI codes out of outputs.
 */
export function jupyterEnv(root: string): Record<string, string> {
  const dirs = jupyterDirs(root);
  return {
    JUPYTER_PATH: dirs.data,
    JUPYTER_DATA_DIR: dirs.data,
    JUPYTER_CONFIG_DIR: dirs.config,
    JUPYTER_RUNTIME_DIR: dirs.runtime,
    JUPYTER_PLATFORM_DIRS: "1",
    NO_COLOR: "1",
  };
}

/**
 * A command prefix that makes a child process die with its parent, even when the parent is
 * killed with `kill -9`: util-linux's `setpriv --pdeathsig KILL`, where it exists (every
 * Debian and Ubuntu system). The runner starts the notebook driver with it, and the driver's
 * kernels start with it, so an interrupted run leaves no kernel behind.
 */
export const DIE_WITH_PARENT: readonly string[] = (() => {
  try {
    return Deno.statSync("/usr/bin/setpriv").isFile
      ? ["/usr/bin/setpriv", "--pdeathsig", "KILL"]
      : [];
  } catch {
    return [];
  }
})();

/**
 * The kernelspec for the Deno binary that runs this process (the project's pinned
 * `deno` from npm), started through `launcher` (default {@linkcode DIE_WITH_PARENT}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = kernelSpec("/opt/deno", ["setpriv", "--pdeathsig", "KILL"]);
 * assert.deepEqual(spec.argv, [
 *   "setpriv", "--pdeathsig", "KILL", "/opt/deno", "jupyter", "--kernel", "--conn", "{connection_file}",
 * ]);
 * assert.equal(spec.env.NO_COLOR, "1");
 * ```
 */
export function kernelSpec(denoPath: string, launcher: readonly string[] = DIE_WITH_PARENT) {
  return {
    argv: [...launcher, denoPath, "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno (sturingstaal)",
    language: "typescript",
    env: { NO_COLOR: "1" },
  };
}

/**
 * Write the kernelspec into the project's `.jupyter/`; returns its directory. A
 * `kernel.json` there that this tool did not write (not its display name) is left as it
 * is, and an {@linkcode InputError} says so; one it wrote is replaced whole (written beside
 * it, then renamed), and only when it differs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const root = await Deno.makeTempDir();
 * const dir = await installKernel(root, "/opt/deno");
 * assert.deepEqual(JSON.parse(await Deno.readTextFile(`${dir}/kernel.json`)), kernelSpec("/opt/deno"));
 * await Deno.writeTextFile(`${dir}/kernel.json`, '{"display_name": "my own"}');
 * await assert.rejects(installKernel(root, "/opt/deno"), /was not written by sturingstaal/);
 * assert.equal(await Deno.readTextFile(`${dir}/kernel.json`), '{"display_name": "my own"}');
 * await Deno.remove(root, { recursive: true });
 * ```
 */
export async function installKernel(root: string, denoPath = Deno.execPath()): Promise<string> {
  const dirs = jupyterDirs(root);
  for (const dir of [dirs.kernel, dirs.config, dirs.runtime]) {
    await Deno.mkdir(dir, { recursive: true });
  }
  const spec = kernelSpec(denoPath);
  const text = JSON.stringify(spec, null, 2) + "\n";
  const file = join(dirs.kernel, "kernel.json");
  let existing: string | undefined;
  try {
    existing = await Deno.readTextFile(file);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  if (existing === text) return dirs.kernel;
  if (existing !== undefined && displayNameOf(existing) !== spec.display_name) {
    throw new InputError(
      `was not written by sturingstaal (its display_name is not "${spec.display_name}"), so it ` +
        "is left as it is; move it out of the project's .jupyter/ folder and run again",
      { file: relative(root, file) },
    );
  }
  const temporary = `${file}.partial-${Deno.pid}`;
  await Deno.writeTextFile(temporary, text);
  await Deno.rename(temporary, file);
  return dirs.kernel;
}

/** The `display_name` of a kernelspec's text, if it has one. */
function displayNameOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { display_name?: unknown })?.display_name;
  } catch {
    return undefined;
  }
}
