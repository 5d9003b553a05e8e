/**
 * Whether anything is at a path.
 *
 * @module
 */

/**
 * Whether anything (a file, a folder, a link, even a broken one) is at `path`; what it is,
 * and whether it can be read, is for the caller to find out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * assert.equal(await exists(dir), true);
 * assert.equal(await exists(`${dir}/nothing`), false);
 * await Deno.symlink(`${dir}/nothing`, `${dir}/broken`);
 * assert.equal(await exists(`${dir}/broken`), true);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function exists(path: string | URL): Promise<boolean> {
  return await Deno.lstat(path).then(() => true, () => false);
}
