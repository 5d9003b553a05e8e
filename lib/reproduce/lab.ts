/**
 * `deno task lab`: open the notebooks in Jupyter with the project's Deno kernel. Uses the
 * project-local Jupyter set-up (see `jupyter.ts`); notebooks run here write their outputs
 * to `.lab-outputs/`, never to the committed `outputs/`.
 *
 * @module
 */
import { join } from "node:path";
import { projectRootPath } from "../outputs/write_output.ts";
import { ensureResultFolder } from "../io/result_folder.ts";
import { ensureJupyter, installKernel, jupyterEnv } from "./jupyter.ts";

/** The usage text of `deno task lab`. */
export const LAB_USAGE = `usage: npx deno task lab [jupyter notebook options]

Opens the notebooks in Jupyter (in your browser) with the project's Deno kernel. Notebooks run
here write their outputs to .lab-outputs/ in the project (made by this command, and marked as
made by sturingstaal), never to outputs/. Other options are passed to \`jupyter notebook\`.

  -h, --help   this text

example:
  npx deno task lab --port 8899
`;

if (import.meta.main) {
  if (Deno.args.includes("--help") || Deno.args.includes("-h")) {
    console.log(LAB_USAGE);
    Deno.exit(0);
  }
  try {
    await ensureResultFolder(join(projectRootPath, ".lab-outputs"), "lab", {
      display: ".lab-outputs",
    });
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
