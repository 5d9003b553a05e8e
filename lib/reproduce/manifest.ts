/**
 * `outputs/MANIFEST.json`: the sha256 of every output and every input data file, and the
 * versions of everything that produced them, so a reviewer can trace any number back.
 *
 * @module
 */
import { basename, join } from "node:path";
import { projectRootPath } from "../outputs/write_output.ts";
import { sha256Hex } from "../io/sha256.ts";
import { hashTree } from "./file_tree.ts";

/** The manifest's shape. */
export interface Manifest {
  description: string;
  versions: {
    deno: string;
    v8: string;
    typescript: string;
    jupyter: Record<string, string>;
    npm: Record<string, string>;
  };
  notebooks: Record<string, string>;
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}

/** Versions of the npm packages the project depends on, as installed. */
export async function npmVersions(root: string): Promise<Record<string, string>> {
  const pkg = JSON.parse(await Deno.readTextFile(join(root, "package.json")));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).sort();
  const versions: Record<string, string> = {};
  for (const name of names) {
    const installed = JSON.parse(
      await Deno.readTextFile(join(root, "node_modules", name, "package.json")),
    );
    versions[name] = installed.version;
  }
  return versions;
}

/**
 * The manifest of a run in `root` whose outputs are in `outputsDir`. Inputs are every
 * file under `root/data/` and under each of `extraInputs` (label → directory or file,
 * e.g. a user's corpus and lexicon), and the source notebooks; npm versions are this checkout's.
 */
export async function buildManifest(
  root: string,
  outputsDir: string,
  notebooks: readonly string[],
  jupyterVersions: Record<string, string>,
  extraInputs: Record<string, string> = {},
): Promise<Manifest> {
  const inputs: Record<string, string> = {};
  const inputDirs: Record<string, string> = { data: join(root, "data"), ...extraInputs };
  for (const [label, dir] of Object.entries(inputDirs)) {
    if ((await Deno.stat(dir).catch(() => undefined))?.isFile) {
      inputs[`${label}/${basename(dir)}`] = sha256Hex(await Deno.readFile(dir));
      continue;
    }
    for (const [file, hash] of Object.entries(await hashTree(dir))) {
      inputs[`${label}/${file}`] = hash;
    }
  }
  const notebookHashes: Record<string, string> = {};
  for (const notebook of notebooks) {
    notebookHashes[`notebooks/${notebook}`] = sha256Hex(
      await Deno.readFile(join(root, "notebooks", notebook)),
    );
  }
  const outputs = await hashTree(outputsDir);
  delete outputs["MANIFEST.json"];
  return {
    description: "sha256 of every input and output of `deno task reproduce`, and the " +
      "versions that produced them. Paths of outputs are relative to outputs/.",
    versions: {
      deno: Deno.version.deno,
      v8: Deno.version.v8,
      typescript: Deno.version.typescript,
      jupyter: jupyterVersions,
      npm: await npmVersions(projectRootPath),
    },
    notebooks: notebookHashes,
    inputs,
    outputs,
  };
}
