/**
 * `deno task setup`: make sure Jupyter is there (installing Debian's packages when
 * missing and running as root) and register the project's Deno kernel in `.jupyter/`.
 * `reproduce`, `lab` and `test` run it first.
 *
 * @module
 */
import { projectRootPath } from "../outputs/write_output.ts";
import { ensureJupyter, installKernel } from "./jupyter.ts";

if (import.meta.main) {
  try {
    await ensureJupyter({ interactive: Deno.args.includes("--interactive") });
    await installKernel(projectRootPath);
  } catch (error) {
    console.error((error as Error).message);
    Deno.exit(1);
  }
}
