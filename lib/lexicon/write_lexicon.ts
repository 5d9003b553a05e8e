/**
 * Writing a lexicon in any of its formats, so that a lexicon read from one format can be
 * handed on in another (a LIWC `.dic` to a quanteda user, a quanteda dictionary to this
 * project's CSV).
 *
 * @module
 */
import { formatCsv } from "../io/mod.ts";
import { formatDic } from "./dic.ts";
import type { Lexicon } from "./lexicon.ts";
import type { LexiconFormat } from "./load_lexicon.ts";
import { formatQuantedaYaml } from "./quanteda.ts";
import { yamlPackage } from "./yaml_package.ts";

/**
 * The text of `lexicon` in `format`. The project's formats keep everything (name,
 * default mode, each entry's own mode); LIWC and quanteda keep categories and entries,
 * and refuse entries they cannot express (stem entries; for LIWC a `*` before the end).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "./load_lexicon.ts";
 * const lexicon = parseLexicon("%\n1\tPA\n2\tSR\n%\nregelen\t1\nzelfredza*\t2\n", "liwc", { file: "mini.dic" });
 * assert.equal(formatLexicon(lexicon, "csv"), "category,entry,mode\nPA,regelen,\nSR,zelfredza*,glob\n");
 * ```
 */
export function formatLexicon(lexicon: Lexicon, format: LexiconFormat): string {
  if (format === "liwc") return formatDic(lexicon);
  if (format === "quanteda") return formatQuantedaYaml(lexicon);
  if (format === "csv") {
    return formatCsv(
      ["category", "entry", "mode"],
      lexicon.entries.map((e) => ({ category: e.category, entry: e.entry, mode: e.mode })),
    );
  }
  const categories = new Map<string, (string | { entry: string; mode: string })[]>(
    lexicon.categories.map((c) => [c, []]),
  );
  for (const e of lexicon.entries) {
    categories.get(e.category)!.push(
      e.mode === undefined ? e.entry : { entry: e.entry, mode: e.mode },
    );
  }
  const data = { name: lexicon.name, mode: lexicon.mode, categories };
  if (format === "yaml") return yamlPackage().stringify(data, { indentSeq: true });
  return JSON.stringify({ ...data, categories: Object.fromEntries(categories) }, null, 2) + "\n";
}
