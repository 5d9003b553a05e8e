/**
 * Files under a directory, their sha256, and the difference between two trees. (Putting a
 * finished result in place is `lib/io/result_folder.ts`.)
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
