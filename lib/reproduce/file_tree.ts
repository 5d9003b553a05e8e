/**
 * Files under a directory, their sha256, the difference between two trees, and the swap
 * of a finished staging directory into place.
 *
 * @module
 */
import { join, relative } from "node:path";
import { sha256Hex } from "../io/sha256.ts";

/** Every file below `dir`, as sorted `/`-separated paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(current: string) {
    let entries: Deno.DirEntry[];
    try {
      entries = [];
      for await (const entry of Deno.readDir(current)) entries.push(entry);
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory) await walk(path);
      else if (entry.isFile) out.push(relative(dir, path).split("\\").join("/"));
    }
  }
  await walk(dir);
  return out.sort();
}

/** sha256 of every file below `dir`, keyed by relative path, in sorted order. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of await listFiles(dir)) {
    hashes[file] = sha256Hex(await Deno.readFile(join(dir, file)));
  }
  return hashes;
}

/** How a regenerated tree differs from the committed one. */
export interface TreeDifference {
  changed: string[];
  added: string[];
  removed: string[];
}

/**
 * Compare two hash maps (see {@linkcode hashTree}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(
 *   compareTrees({ a: "1", b: "2", c: "3" }, { a: "1", b: "9", d: "4" }),
 *   { changed: ["b"], added: ["d"], removed: ["c"] },
 * );
 * ```
 */
export function compareTrees(
  committed: Record<string, string>,
  regenerated: Record<string, string>,
): TreeDifference {
  const changed: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  for (const [file, hash] of Object.entries(regenerated)) {
    if (!(file in committed)) added.push(file);
    else if (committed[file] !== hash) changed.push(file);
  }
  for (const file of Object.keys(committed)) if (!(file in regenerated)) removed.push(file);
  return { changed: changed.sort(), added: added.sort(), removed: removed.sort() };
}

/**
 * Put `staging` in the place of `target`: the old target is moved aside, the staging
 * directory renamed into place, and the old one removed. Subfolders named in `keep`
 * (e.g. `bench`, written by other commands) are carried over from the old target.
 */
export async function swapIntoPlace(
  staging: string,
  target: string,
  previous: string,
  keep: readonly string[] = [],
): Promise<void> {
  await Deno.remove(previous, { recursive: true }).catch(() => {});
  const hadTarget = await Deno.stat(target).then(() => true, () => false);
  if (hadTarget) {
    for (const name of keep) {
      const from = join(target, name);
      if (await Deno.stat(from).then(() => true, () => false)) {
        await Deno.rename(from, join(staging, name));
      }
    }
    await Deno.rename(target, previous);
  }
  await Deno.rename(staging, target);
  if (hadTarget) await Deno.remove(previous, { recursive: true });
}
