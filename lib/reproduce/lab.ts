/**
 * `deno task lab`: open the notebooks in Jupyter with the project's Deno kernel. Uses the
 * project-local Jupyter set-up (see `jupyter.ts`); notebooks run here write their outputs
 * to `.lab-outputs/`, never to the committed `outputs/`.
 *
 * @module
 */
import { join } from "node:path";
import { projectRootPath } from "../outputs/write_output.ts";
import { ensureJupyter, installKernel, jupyterEnv } from "./jupyter.ts";

if (import.meta.main) {
  try {
    await ensureJupyter({ interactive: true });
    await installKernel(projectRootPath);
  } catch (error) {
    console.error((error as Error).message);
    Deno.exit(1);
  }
  const args = ["notebook", `--notebook-dir=${join(projectRootPath, "notebooks")}`, ...Deno.args];
  if (Deno.uid() === 0) args.push("--allow-root");
  const child = new Deno.Command("jupyter", { args, env: jupyterEnv(projectRootPath) }).spawn();
  Deno.exit((await child.status).code);
}
