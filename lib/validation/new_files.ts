/**
 * Writing single files that must never replace anything: the coding sheets. A coded sheet
 * holds hours of a person's work, so `kwic-sample` writes **new files only**: when any of
 * its files exists, whoever made it, nothing is written and the command says so. The
 * files are written beside their target under a temporary name and then hard-linked into
 * place, which fails atomically if a file of that name appeared meanwhile; a run that
 * fails half-way removes the files it had put in place.
 *
 * Refused as a place, like the folders of lib/io/result_folder.ts: the project's own
 * folders (`data/`, `lib/`, `notebooks/`, `.git/`, `node_modules/`, `outputs/`), the
 * inputs of the run, and any folder the tool made as a result (it holds the marker
 * file), because the next run into that folder replaces it whole and the sheet with it.
 *
 * @module
 */
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../io/mod.ts";
import {
  isInside,
  MARKER_FILE,
  PROJECT_ROOT,
  PROJECT_SOURCE_FOLDERS,
  realPathOfNearest,
  translateFsError,
} from "../io/result_folder.ts";
import { exists } from "../io/exists.ts";

/** A file to write: where, how it is named to the user, and its text. */
export interface NewFile {
  path: string;
  display: string;
  text: string;
}

/** Options of {@linkcode writeNewFiles}. */
export interface NewFilesOptions {
  /** Folders and files the run reads; no file may be written inside them. Default: none. */
  inputs?: readonly { path: string; display: string }[];
  /** The project root. Default: this checkout. */
  root?: string;
}

/**
 * Write every file of `files` as a new file, or none (see the module doc). Throws an
 * `InputError` naming the first file that exists or lies in a refused place.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await writeNewFiles([{ path: `${dir}/a.csv`, display: "a.csv", text: "x\n" }]);
 * await assert.rejects(writeNewFiles([{ path: `${dir}/a.csv`, display: "a.csv", text: "y\n" }]), {
 *   message: "a.csv: exists; kwic-sample writes new files only and never replaces one (it may " +
 *     "hold a coding): remove it yourself, or choose another --out",
 * });
 * assert.equal(await Deno.readTextFile(`${dir}/a.csv`), "x\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeNewFiles(
  files: readonly NewFile[],
  options: NewFilesOptions = {},
): Promise<void> {
  const root = await realPathOfNearest(options.root ?? PROJECT_ROOT);
  const inputs = await Promise.all(
    (options.inputs ?? []).map(async (input) => ({
      ...input,
      real: await realPathOfNearest(resolve(input.path)),
    })),
  );
  for (const file of files) {
    const path = await realPathOfNearest(resolve(file.path));
    for (const name of [...PROJECT_SOURCE_FOLDERS, "outputs"]) {
      if (isInside(path, join(root, name))) {
        throw new InputError(
          `is inside the project's ${name}/ folder, which holds the project's own files; ` +
            "choose another --out, e.g. --out runs/coding.csv",
          { file: file.display },
        );
      }
    }
    for (const input of inputs) {
      if (isInside(path, input.real)) {
        throw new InputError(
          `is inside an input of this run (${input.display}); choose another --out`,
          {
            file: file.display,
          },
        );
      }
    }
    for (let folder = dirname(path);; folder = dirname(folder)) {
      if (await exists(join(folder, MARKER_FILE))) {
        throw new InputError(
          `is inside ${folder}, a result folder of sturingstaal, which its next run replaces ` +
            "whole (the sheet would go with it); choose another --out",
          { file: file.display },
        );
      }
      if (folder === dirname(folder)) break;
    }
    if (await exists(file.path)) {
      throw new InputError(
        "exists; kwic-sample writes new files only and never replaces one (it may hold a " +
          "coding): remove it yourself, or choose another --out",
        { file: file.display },
      );
    }
  }
  const placed: string[] = [];
  try {
    for (const file of files) {
      const folder = dirname(resolve(file.path));
      await Deno.mkdir(folder, { recursive: true });
      const temp = await Deno.makeTempFile({
        dir: folder,
        prefix: `.${basename(file.path)}.sturingstaal-tmp-`,
      });
      try {
        await Deno.writeTextFile(temp, file.text);
        await Deno.link(temp, file.path);
        placed.push(file.path);
      } finally {
        await Deno.remove(temp).catch(() => {});
      }
    }
  } catch (error) {
    for (const path of placed) await Deno.remove(path).catch(() => {});
    if (error instanceof Deno.errors.AlreadyExists) {
      const file = files[placed.length];
      throw new InputError("appeared while writing; nothing was written", { file: file.display });
    }
    throw translateFsError(error, files[placed.length]?.display ?? files[0].display);
  }
}
