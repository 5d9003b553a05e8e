/**
 * Paths as a user types them on the command line. `deno task` runs every task in the project
 * folder, whatever folder the user typed the command in; it passes that folder as `INIT_CWD`.
 * A relative path is taken from there, as the user means it.
 *
 * @module
 */
import { resolve } from "node:path";

/**
 * The absolute path of `path` as typed by the user (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { resolve } from "node:path";
 * Deno.env.set("INIT_CWD", "/home/ann/plans");
 * assert.equal(userPath("../runs/a"), "/home/ann/runs/a");
 * assert.equal(userPath("/data/x"), "/data/x");
 * Deno.env.delete("INIT_CWD");
 * assert.equal(userPath("a"), resolve(Deno.cwd(), "a"));
 * ```
 */
export function userPath(path: string): string {
  return resolve(Deno.env.get("INIT_CWD") ?? Deno.cwd(), path);
}
