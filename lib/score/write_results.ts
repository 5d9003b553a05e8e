/**
 * Writing a scoring result to a directory, atomically: all files go into a temporary
 * directory next to the target, which then replaces the target in one rename. A
 * failure leaves the old results (or nothing) in place, never half a set.
 *
 * @module
 */
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../io/mod.ts";
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
  const display = options.displayDir ?? outDir;
  const target = resolve(outDir);
  const parent = dirname(target);
  try {
    if (!(await Deno.stat(parent)).isDirectory) throw new Error();
  } catch {
    throw new InputError("the folder it would go in does not exist", { file: display });
  }
  const existing = await inspect(target);
  if (existing === "foreign") {
    throw new InputError(
      `exists and does not hold an earlier result (no ${SETTINGS_FILE}); choose another --out or remove it`,
      { file: display },
    );
  }
  if (existing === "file") throw new InputError("exists and is not a directory", { file: display });
  const files: Record<string, () => string> = {
    ...Object.fromEntries(
      Object.entries(resultCsvFiles(result, options)).map(([name, text]) => [name, () => text]),
    ),
    [SETTINGS_FILE]: () => JSON.stringify(sortKeys(settingsJson(result)), null, 2) + "\n",
  };
  return await writeFilesAtomically(files, target, existing);
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
  const temp = await Deno.makeTempDir({
    dir: dirname(target),
    prefix: `.${basename(target)}.tmp-`,
  });
  try {
    for (const [name, make] of Object.entries(files)) {
      await Deno.writeTextFile(join(temp, name), make());
    }
    if (state === "missing") {
      await Deno.rename(temp, target);
    } else {
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

/** A copy of a JSON value with the keys of every object sorted, for byte-stable files. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
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
