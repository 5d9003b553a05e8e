/**
 * Where the project's data files live, and how their paths are shown in error messages
 * (relative to the project root when the file is inside the project).
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** The project's root folder (the one holding `deno.json`), as a file URL ending in `/`. */
export const projectRoot: URL = new URL("../../", import.meta.url);

/**
 * URL of a file under the project's `data/` folder.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.ok(dataPath("municipalities.csv").href.endsWith("/data/municipalities.csv"));
 * ```
 */
export function dataPath(relativePath: string): URL {
  return new URL(`data/${relativePath}`, projectRoot);
}

/**
 * A path as it should appear in messages: relative to the project root (with `/`) when
 * the file is inside the project, otherwise absolute.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(displayPath(dataPath("plans.csv")), "data/plans.csv");
 * assert.equal(displayPath("/elsewhere/x.csv"), "/elsewhere/x.csv");
 * ```
 */
export function displayPath(path: string | URL): string {
  const absolute = path instanceof URL ? fileURLToPath(path) : resolve(path);
  const fromRoot = relative(fileURLToPath(projectRoot), absolute);
  if (fromRoot === "" || fromRoot.startsWith("..") || isAbsolute(fromRoot)) return absolute;
  return fromRoot.split(sep).join("/");
}

/** Options every loader takes: read another file instead of the one in `data/`. */
export interface LoadOptions {
  /** Path of the file to read (relative to the working directory) or a file URL. */
  path?: string | URL;
}

/** The file a loader reads: `options.path` if given, else `data/<defaultFile>`. */
export function inputFile(
  defaultFile: string,
  options: LoadOptions = {},
): { path: string | URL; display: string } {
  const path = options.path ?? dataPath(defaultFile);
  return { path, display: displayPath(path) };
}
