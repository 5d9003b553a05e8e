/**
 * The one contract of every command that writes a result folder (`score`, `analyse`,
 * `reproduce`, `bench --write`, `lab`): it never deletes or overwrites anything it did not
 * make.
 *
 * - A result goes only into a folder that does not exist yet, or into one this tool made
 *   for the same kind of result: such a folder holds {@linkcode MARKER_FILE}, a small JSON
 *   file naming the tool, the kind of result and the project version.
 * - Some folders are refused whatever they hold: `/`, the home folder and its ancestors, the
 *   project root and every ancestor of it, the project's sources (`data/`, `lib/`,
 *   `notebooks/`, `.git/`, `node_modules/`) and anything inside them, the study's
 *   `outputs/` (only `reproduce` writes it; `bench` its `bench/` folder), the inputs of the
 *   run (a corpus folder: the folder itself, anything inside it, anything containing it),
 *   a symbolic link and a mount point.
 * - The result is built in a uniquely named temporary folder beside the target
 *   (`.NAME.sturingstaal-tmp-*`) and put in place by renaming, so the previous result stays
 *   whole until the new one is complete. A lock file beside the target
 *   (`.NAME.sturingstaal-lock`, an advisory `flock` that the system releases when the
 *   process dies, even by `kill -9`) keeps two runs from writing the same folder: the
 *   second is refused at once, naming the first's process id.
 * - Ctrl-C, SIGTERM and SIGHUP remove the temporary folder and leave the previous result.
 *   What a `kill -9` leaves behind (a temporary folder, or a previous result moved aside
 *   in the instant between the two renames) is recognised by its name and marker and
 *   cleaned up, or put back, by the next run into the same folder.
 * - Problems of the file system (no permission, a read-only disk, a full disk) become one
 *   line naming the folder, with the previous result intact.
 *
 * @module
 */
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import packageJson from "../../package.json" with { type: "json" };
import { InputError } from "./input_error.ts";
import { exists } from "./exists.ts";

/** The file that marks a folder as made by this tool. */
export const MARKER_FILE = ".sturingstaal-result.json";

/** The kinds of result, one per writing command. */
export const RESULT_KINDS = [
  "score",
  "analysis",
  "reproduction",
  "bench",
  "lab",
  "report",
  "validation",
] as const;

/** A kind of result (see {@linkcode RESULT_KINDS}). */
export type ResultKind = typeof RESULT_KINDS[number];

/** The project's root folder. */
export const PROJECT_ROOT: string = fileURLToPath(new URL("../../", import.meta.url)).replace(
  /\/$/,
  "",
);

/** The project version written into markers. */
export const PROJECT_VERSION: string = packageJson.version;

/** Folders of the project that hold its sources: never a result, nor anything inside them. */
export const PROJECT_SOURCE_FOLDERS = [".git", "data", "lib", "notebooks", "node_modules"];

/**
 * The text of the marker file of a result of `kind`: sorted keys, stable bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(
 *   markerText("score", "1.2.3"),
 *   '{\n  "kind": "score",\n  "note": "made by sturingstaal; the next run into this folder replaces it",\n' +
 *     '  "tool": "sturingstaal",\n  "version": "1.2.3"\n}\n',
 * );
 * ```
 */
export function markerText(kind: ResultKind, version = PROJECT_VERSION): string {
  return JSON.stringify(
    {
      kind,
      note: "made by sturingstaal; the next run into this folder replaces it",
      tool: "sturingstaal",
      version,
    },
    null,
    2,
  ) + "\n";
}

/** An error of the file system or of a refused folder, as one line for the user. */
export class ResultFolderError extends InputError {
  constructor(problem: string, folder: string) {
    super(problem, { file: folder });
    this.name = "ResultFolderError";
  }
}

/** Options of {@linkcode writeResultFolder} and {@linkcode checkResultTarget}. */
export interface ResultFolderOptions {
  /** How the folder is named in messages (what the user typed). Default: the path as given. */
  display?: string;
  /**
   * Inputs of the run (a corpus folder, a lexicon file): the target may not be one of
   * them, lie inside one, or contain one. Default: none.
   */
  inputs?: readonly string[];
  /** Subfolders carried over from the previous result into the new one. Default: none. */
  keep?: readonly string[];
  /**
   * Start from a copy of the previous result's files, so that a command adds files to its
   * folder (`bench --write`) instead of replacing them all. Default: `false`.
   */
  update?: boolean;
  /** Build, then throw the new folder away instead of putting it in place (a check). Default: `false`. */
  discard?: boolean;
  /** The project root. Default: this checkout ({@linkcode PROJECT_ROOT}). */
  root?: string;
  /** The home folder. Default: `$HOME`. */
  home?: string;
}

/** What is at a target now: nothing, or an earlier result of this tool. */
export type TargetState = "missing" | "result";

/**
 * Check that a result of `kind` may be written to `target` (see the module doc) and say
 * what is there now. Throws a {@linkcode ResultFolderError} naming the folder and what to
 * do. Does not write anything.
 */
export async function checkResultTarget(
  target: string,
  kind: ResultKind,
  options: ResultFolderOptions = {},
): Promise<TargetState> {
  const display = options.display ?? target;
  const refused = await refusal(resolve(target), kind, options);
  if (refused !== undefined) throw new ResultFolderError(refused, display);
  return await targetState(resolve(target), kind, display);
}

/**
 * Build a result of `kind` with `build` in a fresh temporary folder beside `target`, then
 * put it in place of `target` (see the module doc). `build` gets the temporary folder,
 * which already holds the marker file; whatever it returns is returned. If `build` throws
 * or the process is interrupted, the temporary folder is removed and `target` is left as
 * it was.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const parent = await Deno.makeTempDir();
 * const out = `${parent}/result`;
 * await writeResultFolder(out, "score", (dir) => Deno.writeTextFile(`${dir}/a.csv`, "a\n1\n"));
 * await writeResultFolder(out, "score", (dir) => Deno.writeTextFile(`${dir}/b.csv`, "b\n2\n"));
 * assert.deepEqual([...Deno.readDirSync(out)].map((e) => e.name).sort(), [MARKER_FILE, "b.csv"]);
 * await Deno.mkdir(`${parent}/thesis`);
 * await Deno.writeTextFile(`${parent}/thesis/chapter1.docx`, "...");
 * await assert.rejects(
 *   writeResultFolder(`${parent}/thesis`, "score", async () => {}, { display: "thesis" }),
 *   { message: /^thesis: exists and was not made by sturingstaal/ },
 * );
 * assert.equal(await Deno.readTextFile(`${parent}/thesis/chapter1.docx`), "...");
 * await Deno.remove(parent, { recursive: true });
 * ```
 */
export async function writeResultFolder<T>(
  target: string,
  kind: ResultKind,
  build: (dir: string) => Promise<T>,
  options: ResultFolderOptions = {},
): Promise<T> {
  const display = options.display ?? target;
  target = resolve(target);
  const refused = await refusal(target, kind, options);
  if (refused !== undefined) throw new ResultFolderError(refused, display);
  const parent = dirname(target);
  await fsStep(() => Deno.mkdir(parent, { recursive: true }), display);
  const lock = await acquireLock(target, display);
  let temp: string | undefined;
  let committing = false;
  let interrupted: Deno.Signal | undefined;
  const onSignal = (signal: Deno.Signal) => () => {
    if (committing) {
      interrupted = signal;
      return;
    }
    if (temp !== undefined) removeQuietly(temp);
    lock.release();
    console.error(`${display}: interrupted (${signal}); the previous result was left as it was`);
    Deno.exit(128 + SIGNAL_NUMBERS[signal]);
  };
  const listeners = SIGNALS.map((signal) => [signal, onSignal(signal)] as const);
  for (const [signal, listener] of listeners) Deno.addSignalListener(signal, listener);
  try {
    await cleanUpLeftovers(target, display);
    const state = await targetState(target, kind, display);
    temp = await fsStep(
      () => Deno.makeTempDir({ dir: parent, prefix: `${leftoverPrefix(target)}tmp-` }),
      display,
    );
    await fsStep(() => Deno.writeTextFile(join(temp!, MARKER_FILE), markerText(kind)), display);
    if (state === "result") {
      if (options.update) await fsStep(() => copyTree(target, temp!, [MARKER_FILE]), display);
      else {
        for (const name of options.keep ?? []) {
          const from = join(target, name);
          if (await exists(from)) await fsStep(() => copyTree(from, join(temp!, name)), display);
        }
      }
    }
    let value: T;
    try {
      value = await build(temp);
    } catch (error) {
      throw translateFsError(error, display);
    }
    if (options.discard) return value;
    committing = true;
    await fsStep(() => putInPlace(temp!, target, state), display);
    temp = undefined;
    return value;
  } finally {
    if (temp !== undefined) await Deno.remove(temp, { recursive: true }).catch(() => {});
    lock.release();
    for (const [signal, listener] of listeners) Deno.removeSignalListener(signal, listener);
    if (interrupted !== undefined) {
      console.error(`${display}: interrupted (${interrupted}) after the new result was in place`);
      Deno.exit(128 + SIGNAL_NUMBERS[interrupted]);
    }
  }
}

/**
 * Make sure `folder` is a folder of `kind` made by this tool (creating it with its marker
 * when missing), for commands that write files into it one by one (`lab`). Refuses the same
 * folders as {@linkcode writeResultFolder}.
 */
export async function ensureResultFolder(
  folder: string,
  kind: ResultKind,
  options: ResultFolderOptions = {},
): Promise<void> {
  const display = options.display ?? folder;
  const state = await checkResultTarget(folder, kind, options);
  if (state === "missing") {
    await fsStep(() => Deno.mkdir(resolve(folder), { recursive: true }), display);
    await fsStep(
      () => Deno.writeTextFile(join(resolve(folder), MARKER_FILE), markerText(kind)),
      display,
    );
  }
}

const SIGNALS: Deno.Signal[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const SIGNAL_NUMBERS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGTERM: 15,
};

/** The start of the names of this target's lock, temporary and moved-aside folders. */
function leftoverPrefix(target: string): string {
  return `.${basename(target)}.sturingstaal-`;
}

/** Why `target` may not hold a result of `kind`, or `undefined` when it may. */
async function refusal(
  target: string,
  kind: ResultKind,
  options: ResultFolderOptions,
): Promise<string | undefined> {
  const real = await realPathOfNearest(target);
  const root = await realPathOfNearest(options.root ?? PROJECT_ROOT);
  const homeDir = options.home ?? Deno.env.get("HOME");
  const home = homeDir === undefined ? undefined : await realPathOfNearest(homeDir);
  const pick = "choose a new folder, e.g. --out runs/my-study";
  if (real === "/") return `is the root of the file system; ${pick}`;
  if (home !== undefined && isInside(home, real)) {
    return real === home ? `is your home folder; ${pick}` : `contains your home folder; ${pick}`;
  }
  if (isInside(root, real)) {
    return real === root
      ? `is the project folder itself; ${pick}`
      : `contains the project folder; ${pick}`;
  }
  for (const name of PROJECT_SOURCE_FOLDERS) {
    if (isInside(real, join(root, name))) {
      return `is the project's ${name}/ folder or inside it, which hold the project's own files; ${pick}`;
    }
  }
  const outputs = join(root, "outputs");
  if (isInside(real, outputs)) {
    const allowed = kind === "reproduction"
      ? real === outputs
      : kind === "bench" || kind === "report"
      ? real === join(outputs, kind)
      : false;
    if (!allowed) {
      return "is the study's outputs/ folder or inside it, which only `deno task reproduce` " +
        `writes; ${pick}`;
    }
  }
  for (const input of options.inputs ?? []) {
    const realInput = await realPathOfNearest(resolve(input));
    if (isInside(realInput, real)) {
      return real === realInput
        ? `is an input of this run (${input}); ${pick}`
        : `contains an input of this run (${input}); ${pick}`;
    }
    if (isInside(real, realInput)) return `is inside an input of this run (${input}); ${pick}`;
  }
  let info: Deno.FileInfo;
  try {
    info = await Deno.lstat(target);
  } catch {
    return undefined;
  }
  if (info.isSymlink) {
    return `is a symbolic link; give the folder it points to, or a new folder, as --out`;
  }
  const parentInfo = await Deno.stat(dirname(target)).catch(() => undefined);
  if (info.isDirectory && parentInfo !== undefined && parentInfo.dev !== info.dev) {
    return "is a mount point, which cannot be replaced by renaming; " +
      "give a new folder inside it, e.g. --out MOUNT/results";
  }
  return undefined;
}

/** Is `path` the folder `folder` or inside it? (Both absolute and resolved.) */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith("/"));
}

/** The real path of `path`: symbolic links of its existing part resolved, the rest kept. */
export async function realPathOfNearest(path: string): Promise<string> {
  const absolute = resolve(path);
  let existing = absolute;
  const rest: string[] = [];
  while (true) {
    try {
      return join(await Deno.realPath(existing), ...rest.reverse());
    } catch {
      const up = dirname(existing);
      if (up === existing) return absolute;
      rest.push(basename(existing));
      existing = up;
    }
  }
}

/** What is at `target`: nothing, or a result of `kind` of this tool; anything else refused. */
async function targetState(
  target: string,
  kind: ResultKind,
  display: string,
): Promise<TargetState> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.lstat(target);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "missing";
    throw translateFsError(error, display);
  }
  if (!info.isDirectory) {
    throw new ResultFolderError(
      "exists and is not a folder; choose a new folder, e.g. --out runs/my-study",
      display,
    );
  }
  const found = await readMarker(target);
  if (found === kind) return "result";
  if (found !== undefined) {
    throw new ResultFolderError(
      `holds a ${found} result of sturingstaal, not a ${kind} result; choose another folder`,
      display,
    );
  }
  const entries: string[] = [];
  for await (const entry of Deno.readDir(target)) entries.push(entry.name);
  const what = entries.length === 0
    ? "it is empty, but sturingstaal writes only into a folder that does not exist yet " +
      "or that it made itself: remove it (rmdir) or "
    : `it holds ${entries.length} file(s) or folder(s) that sturingstaal must not replace: `;
  throw new ResultFolderError(
    `exists and was not made by sturingstaal (no ${MARKER_FILE}); ${what}` +
      "choose a new folder, e.g. --out runs/my-study",
    display,
  );
}

/** The kind named by the marker file in `folder`, or `undefined` when it has none that is valid. */
export async function readMarker(folder: string): Promise<ResultKind | undefined> {
  let text: string;
  try {
    const info = await Deno.lstat(join(folder, MARKER_FILE));
    if (!info.isFile || info.size > 4096) return undefined;
    text = await Deno.readTextFile(join(folder, MARKER_FILE));
  } catch {
    return undefined;
  }
  try {
    const marker = JSON.parse(text);
    if (marker?.tool !== "sturingstaal") return undefined;
    return (RESULT_KINDS as readonly string[]).includes(marker.kind) ? marker.kind : undefined;
  } catch {
    return undefined;
  }
}

/** A held lock on a target; `release` is safe to call more than once and from a signal handler. */
interface HeldLock {
  release(): void;
}

/**
 * Take the lock of `target`: an exclusive `flock` on `.NAME.sturingstaal-lock` beside it.
 * Refuses at once when another process holds it.
 */
async function acquireLock(target: string, display: string): Promise<HeldLock> {
  const path = join(dirname(target), `${leftoverPrefix(target)}lock`);
  for (let attempt = 0; attempt < 5; attempt++) {
    const file = await fsStep(
      () => Deno.open(path, { read: true, write: true, create: true }),
      display,
    );
    if (!(await file.tryLock(true))) {
      file.close();
      const holder = (await Deno.readTextFile(path).catch(() => "")).trim();
      throw new ResultFolderError(
        `another sturingstaal run${
          /^\d+$/.test(holder) ? ` (process ${holder})` : ""
        } is writing this folder now; wait for it to finish, or choose another folder`,
        display,
      );
    }
    // The file may have been removed by the run that held it just before we locked it.
    const [mine, there] = [await file.stat(), await Deno.stat(path).catch(() => undefined)];
    if (there === undefined || there.ino !== mine.ino) {
      file.close();
      continue;
    }
    await file.truncate(0);
    await file.write(new TextEncoder().encode(`${Deno.pid}\n`));
    let held = true;
    return {
      release() {
        if (!held) return;
        held = false;
        try {
          Deno.removeSync(path);
        } catch {
          // already gone
        }
        file.close();
      },
    };
  }
  throw new ResultFolderError(
    "its lock file keeps changing; another run may be starting",
    display,
  );
}

/**
 * Remove what interrupted runs into `target` left beside it (called with the lock held, so
 * no other run is using them): temporary folders with our marker, and a previous result
 * moved aside, which is put back when the target is missing (a `kill -9` between the two
 * renames of {@linkcode putInPlace}).
 */
async function cleanUpLeftovers(target: string, display: string): Promise<void> {
  const parent = dirname(target);
  const prefix = leftoverPrefix(target);
  const leftovers: string[] = [];
  for await (const entry of Deno.readDir(parent)) {
    if (!entry.isDirectory || !entry.name.startsWith(prefix)) continue;
    const rest = entry.name.slice(prefix.length);
    if (/^(tmp|old)-/.test(rest)) leftovers.push(entry.name);
  }
  for (const name of leftovers.sort()) {
    const path = join(parent, name);
    const ours = (await readMarker(path)) !== undefined || (await isEmptyDir(path));
    if (!ours) continue;
    if (name.includes(".sturingstaal-old-") && !(await exists(target))) {
      await fsStep(() => Deno.rename(path, target), display);
      console.error(`${display}: put back the previous result that an interrupted run left aside`);
      continue;
    }
    await fsStep(() => Deno.remove(path, { recursive: true }), display);
  }
}

/**
 * Put the finished folder `temp` in place of `target`: one rename when there was none;
 * otherwise the old result is moved aside, the new one renamed into place (the old one
 * put back if that fails), and the old one removed.
 */
async function putInPlace(temp: string, target: string, state: TargetState): Promise<void> {
  if (state === "missing") {
    await Deno.rename(temp, target);
    return;
  }
  const old = temp.replace(/\.sturingstaal-tmp-([^/]*)$/, ".sturingstaal-old-$1");
  await Deno.rename(target, old);
  try {
    await Deno.rename(temp, target);
  } catch (error) {
    await Deno.rename(old, target);
    throw error;
  }
  await Deno.remove(old, { recursive: true });
}

/** Copy the files below `from` into `to` (created), except top-level names in `skip`. */
async function copyTree(from: string, to: string, skip: readonly string[] = []): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (skip.includes(entry.name)) continue;
    const source = join(from, entry.name);
    if (entry.isDirectory) await copyTree(source, join(to, entry.name));
    else if (entry.isFile) await Deno.copyFile(source, join(to, entry.name));
  }
}

async function isEmptyDir(path: string): Promise<boolean> {
  for await (const _ of Deno.readDir(path)) return false;
  return true;
}

function removeQuietly(path: string): void {
  try {
    Deno.removeSync(path, { recursive: true });
  } catch {
    // nothing to remove
  }
}

/** Run a file-system step; its failure becomes one line naming the folder. */
async function fsStep<T>(step: () => Promise<T>, display: string): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw translateFsError(error, display);
  }
}

/**
 * A file-system error as one line for the user (no space, read-only, no permission);
 * other errors are returned unchanged.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const full = translateFsError(new Error("No space left on device (os error 28)"), "runs/a");
 * assert.equal(
 *   full.message,
 *   "runs/a: the disk is full (no space left on device); free some space or choose a folder " +
 *     "on another disk; the previous result, if any, was left as it was",
 * );
 * ```
 */
export function translateFsError(error: unknown, display: string): Error {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string })?.code;
  const intact = "the previous result, if any, was left as it was";
  if (code === "ENOSPC" || /os error 28\b|no space left/i.test(message)) {
    return new ResultFolderError(
      `the disk is full (no space left on device); free some space or choose a folder on ` +
        `another disk; ${intact}`,
      display,
    );
  }
  if (code === "EDQUOT" || /os error 122\b|quota/i.test(message)) {
    return new ResultFolderError(`the disk quota is exceeded; ${intact}`, display);
  }
  if (code === "EROFS" || /os error 30\b|read-only file system/i.test(message)) {
    return new ResultFolderError(
      `is on a read-only file system; choose a folder you can write to; ${intact}`,
      display,
    );
  }
  if (error instanceof Deno.errors.PermissionDenied || /os error 13\b/.test(message)) {
    return new ResultFolderError(
      `permission denied in the folder it would go in; choose a folder you can write to; ${intact}`,
      display,
    );
  }
  return error instanceof Error ? error : new Error(message);
}
