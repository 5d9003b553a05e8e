/**
 * Where the current run's outputs go: `STURINGSTAAL_OUTPUTS` when `deno task reproduce` or
 * `analyse` runs the notebooks, `.lab-outputs/` when a notebook is run by hand. Here, at
 * the bottom of the imports, because both the writers (lib/outputs) and a reader of this
 * run's scores (lib/stats, `STURINGSTAAL_SCORES=run`) need it.
 *
 * @module
 */
import { join } from "node:path";

/** The environment variable that names the output directory. */
export const OUTPUTS_ENV = "STURINGSTAAL_OUTPUTS";

/** The project's root directory (a file path). */
export const projectRootPath: string = new URL("../../", import.meta.url).pathname.replace(
  /\/$/,
  "",
);

/** The directory outputs are written to now (see the module doc). */
export function outputsDir(): string {
  return Deno.env.get(OUTPUTS_ENV) ?? join(projectRootPath, ".lab-outputs");
}
