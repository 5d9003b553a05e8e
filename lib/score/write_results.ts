/**
 * Writing a scoring result to a directory, atomically: all files go into a temporary
 * directory next to the target, which then replaces the target in one rename. A
 * failure leaves the old results (or nothing) in place, never half a set.
 *
 * @module
 */
import { basename, dirname, join, resolve } from "node:path";
import { InputError, stringifySorted } from "../io/mod.ts";
import type { CorpusScore } from "./score_corpus.ts";
import { resultCsvFiles, type ResultCsvOptions } from "./tables.ts";

/** The file that marks a directory as written by {@linkcode writeScoreResults}. */
export const SETTINGS_FILE = "settings.json";

/** Options of {@linkcode writeScoreResults}. */
export interface WriteScoreOptions extends ResultCsvOptions {
  /** How the output directory is named in errors. Default: the path as given. */
  displayDir?: string;
}

/**
 * Write `documents.csv`, `words.csv`, `kwic.csv`, `coverage.csv`, `corpus.csv` and
 * `settings.json` (the settings and coverage totals) to `outDir`. An existing `outDir`
 * is replaced only if it is empty or holds an earlier result (a `settings.json`), so that
 * a typo such as `--out .` cannot delete other files. Returns the file names written.
 */
export async function writeScoreResults(
  result: CorpusScore,
  outDir: string,
  options: WriteScoreOptions = {},
): Promise<string[]> {
  const { target, state } = await resultTarget(outDir, options.displayDir ?? outDir);
  const files: Record<string, () => string> = {
    ...Object.fromEntries(
      Object.entries(resultCsvFiles(result, options)).map(([name, text]) => [name, () => text]),
    ),
    [SETTINGS_FILE]: () => settingsFileText(result),
  };
  return await writeFilesAtomically(files, target, state);
}

/**
 * Write files into a new temporary directory beside `target`, then put it in place of
 * `target` (which must be missing, empty, or an earlier result; see
 * {@linkcode writeScoreResults}). File contents are made one at a time by the
 * functions given; if one throws, the temporary directory is removed and `target` is
 * left as it was. Returns the file names, sorted.
 */
export async function writeFilesAtomically(
  files: Record<string, () => string>,
  target: string,
  existing?: "missing" | "empty" | "result",
): Promise<string[]> {
  target = resolve(target);
  const state = existing ?? await inspect(target);
  if (state !== "missing" && state !== "empty" && state !== "result") {
    throw new Error(`writeFilesAtomically: ${target} is ${state}`);
  }
  const temp = await tempBeside(target);
  try {
    for (const [name, make] of Object.entries(files)) {
      await Deno.writeTextFile(join(temp, name), make());
    }
    await putInPlace(temp, target, state);
  } catch (error) {
    await Deno.remove(temp, { recursive: true }).catch(() => {});
    throw error;
  }
  return Object.keys(files).sort();
}

/** The content of `settings.json`: settings, coverage totals and entries never matched. */
export function settingsJson(result: CorpusScore): Record<string, unknown> {
  const { tokens, matchedTokens, matchedPct, neverMatched } = result.coverage;
  return {
    ...result.settings,
    coverage: {
      tokens,
      matched_tokens: matchedTokens,
      matched_pct: Number(matchedPct.toFixed(3)),
      never_matched: neverMatched.map((e) => `${e.category}:${e.entry}`),
      flagged_forms: result.coverage.forms.filter((f) => f.flag !== undefined).length,
    },
  };
}

/** What is at a result's target directory now. */
export type TargetState = "missing" | "empty" | "result";

/**
 * Check where a result may go: the parent folder must exist, and the target must be
 * missing, empty or an earlier result (it holds `settings.json`). Anything else is an
 * {@linkcode InputError} naming the directory as `display`.
 */
export async function resultTarget(
  outDir: string,
  display: string,
): Promise<{ target: string; state: TargetState }> {
  const target = resolve(outDir);
  try {
    if (!(await Deno.stat(dirname(target))).isDirectory) throw new Error();
  } catch {
    throw new InputError("the folder it would go in does not exist", { file: display });
  }
  const state = await inspect(target);
  if (state === "foreign") {
    throw new InputError(
      `exists and does not hold an earlier result (no ${SETTINGS_FILE}); choose another --out or remove it`,
      { file: display },
    );
  }
  if (state === "file") throw new InputError("exists and is not a directory", { file: display });
  return { target, state };
}

/** A fresh temporary directory beside `target`, for building a result in. */
export async function tempBeside(target: string): Promise<string> {
  return await Deno.makeTempDir({ dir: dirname(target), prefix: `.${basename(target)}.tmp-` });
}

/**
 * Put the finished directory `temp` in place of `target`: one rename when there was none,
 * otherwise the old one is moved aside first and restored if the rename fails.
 */
export async function putInPlace(temp: string, target: string, state: TargetState): Promise<void> {
  if (state === "missing") {
    await Deno.rename(temp, target);
    return;
  }
  const old = `${temp}.old`;
  await Deno.rename(target, old);
  try {
    await Deno.rename(temp, target);
  } catch (error) {
    await Deno.rename(old, target);
    throw error;
  }
  await Deno.remove(old, { recursive: true });
}

/** The text of `settings.json` for a result: sorted keys, two-space indent. */
export function settingsFileText(result: CorpusScore): string {
  return stringifySorted(settingsJson(result), 2);
}

async function inspect(path: string): Promise<"missing" | "empty" | "result" | "foreign" | "file"> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.lstat(path);
  } catch {
    return "missing";
  }
  if (!info.isDirectory) return "file";
  let any = false;
  for await (const entry of Deno.readDir(path)) {
    if (entry.name === SETTINGS_FILE) return "result";
    any = true;
  }
  return any ? "foreign" : "empty";
}
