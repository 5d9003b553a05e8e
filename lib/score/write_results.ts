/**
 * Writing a scoring result to a folder, through the one result-folder contract of the
 * project (`lib/io/result_folder.ts`): built beside the target, put in place whole, never
 * over a folder the tool did not make.
 *
 * @module
 */
import { join } from "node:path";
import { stringifySorted } from "../io/mod.ts";
import { writeResultFolder } from "../io/result_folder.ts";
import type { CorpusScore } from "./score_corpus.ts";
import { resultCsvFiles, type ResultCsvOptions } from "./tables.ts";

/** The file of a score result that holds its settings and coverage totals. */
export const SETTINGS_FILE = "settings.json";

/** Options of {@linkcode writeScoreResults}. */
export interface WriteScoreOptions extends ResultCsvOptions {
  /** How the output directory is named in errors. Default: the path as given. */
  displayDir?: string;
  /** Inputs of the run (the corpus folder), never replaced or written into. Default: none. */
  inputs?: readonly string[];
}

/**
 * Write `documents.csv`, `words.csv`, `kwic.csv`, `coverage.csv`, `corpus.csv` and
 * `settings.json` (the settings and coverage totals) to `outDir`, through the result-folder
 * contract ({@linkcode writeResultFolder}): `outDir` must not exist yet or hold an earlier
 * score result of this tool, and it is replaced only when every file is written. Returns
 * the file names written (the marker file left out).
 */
export async function writeScoreResults(
  result: CorpusScore,
  outDir: string,
  options: WriteScoreOptions = {},
): Promise<string[]> {
  const files: Record<string, string> = {
    ...resultCsvFiles(result, options),
    [SETTINGS_FILE]: settingsFileText(result),
  };
  await writeResultFolder(outDir, "score", async (dir) => {
    for (const [name, text] of Object.entries(files)) {
      await Deno.writeTextFile(join(dir, name), text);
    }
  }, { display: options.displayDir ?? outDir, inputs: options.inputs });
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

/** The text of `settings.json` for a result: sorted keys, two-space indent. */
export function settingsFileText(result: CorpusScore): string {
  return stringifySorted(settingsJson(result), 2);
}
