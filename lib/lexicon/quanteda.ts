/**
 * quanteda dictionaries in YAML (what `quanteda::dictionary(file = "x.yml")` reads and
 * `as.yaml()` writes): reading them into the project's entries, and writing a lexicon as
 * one.
 *
 * ```yaml
 * PA:
 *   - regelen
 *   - kaders
 * SR:
 *   burgerschap:       # a nested level
 *     - meedoen
 *     - eigen kracht
 * ```
 *
 * Nested levels are flattened into one category whose name joins the keys with
 * {@linkcode QUANTEDA_SEPARATOR} (`SR.burgerschap`), as quanteda's `flatten`. quanteda's
 * default value type is `glob`: a value without wildcard matches the whole word (mode
 * `exact`), a value with `*` is mode `glob`; `?` (one character) has no counterpart in the
 * project and is refused. A value with spaces is a phrase (quanteda's multi-word values).
 * A YAML file is read as a quanteda dictionary when its top level has none of the project
 * format's keys (`name`, `mode`, `categories`).
 *
 * @module
 */
import type { Node } from "yaml";
import { yamlPackage } from "./yaml_package.ts";
import { InputError, throwProblems } from "../io/mod.ts";
import { entryMode, type Lexicon, type RawLexiconEntry } from "./lexicon.ts";

/** The separator of nested keys in a flattened category name (quanteda's). */
export const QUANTEDA_SEPARATOR = ".";

/** How a quanteda dictionary's matching maps to the project's modes (written to `settings.json`). */
export const QUANTEDA_RULES =
  "quanteda YAML dictionary (valuetype glob): a value without * matches the whole word " +
  "(mode exact, or the default mode given with --mode); a value with * is mode glob; ? is " +
  `refused; nested keys are flattened into one category joined with "${QUANTEDA_SEPARATOR}"; ` +
  "a value with spaces is a phrase";

/** Keys of the project's own YAML format: a file with one of them at the top is not quanteda's. */
const PROJECT_KEYS = ["name", "mode", "categories"];

/**
 * Whether a YAML text is a quanteda dictionary rather than the project's format: a
 * mapping at the top without the keys `name`, `mode` and `categories`. YAML that cannot
 * be parsed is left to the project's reader, which reports where it breaks.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(isQuantedaYaml("PA:\n  - regelen\n"), true);
 * assert.equal(isQuantedaYaml("categories:\n  PA: [regelen]\n"), false);
 * ```
 */
export function isQuantedaYaml(text: string): boolean {
  const { isMap, isScalar, parseDocument } = yamlPackage();
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return false;
  return doc.contents.items.every((pair) =>
    !(isScalar(pair.key) && PROJECT_KEYS.includes(String(pair.key.value)))
  );
}

/**
 * Read the entries of a quanteda YAML dictionary; every problem is added to `problems`
 * (file, line and key path named) and the rest is still read.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "PA:\n  - regelen\nSR:\n  burgerschap:\n    - meedoen\n    - zelfredza*\n";
 * const problems: Parameters<typeof parseQuantedaEntries>[2] = [];
 * const entries = parseQuantedaEntries(text, "mini.yml", problems);
 * assert.deepEqual(entries.map((e) => [e.category, e.entry, e.mode ?? "", e.where.line]), [
 *   ["PA", "regelen", "", 2], ["SR.burgerschap", "meedoen", "", 5], ["SR.burgerschap", "zelfredza*", "glob", 6],
 * ]);
 * assert.equal(problems.length, 0);
 * ```
 */
export function parseQuantedaEntries(
  text: string,
  file: string,
  problems: InputError[],
): RawLexiconEntry[] {
  const { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlPackage();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    problems.push(
      new InputError(`not valid YAML: ${error.message.split("\n")[0]}`, {
        file,
        line,
        field: String(col),
      }),
    );
  }
  if (doc.errors.length > 0) return [];
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const fail = (path: string, node: Node | null | undefined, problem: string) =>
    problems.push(
      new InputError(path === "" ? problem : `${path}: ${problem}`, { file, line: lineOf(node) }),
    );
  const entries: RawLexiconEntry[] = [];
  let aliased = false; // one problem for all aliases (a "billion laughs" file has thousands)
  const refuseAlias = (where: string, node: Node) => {
    if (!aliased) {
      fail(where, node, "aliases (*name) are not read in a dictionary; write the values out");
    }
    aliased = true;
  };
  const walk = (node: Node | null, keys: string[]) => {
    const path = keys.join(QUANTEDA_SEPARATOR);
    if (isAlias(node)) refuseAlias(path, node);
    else if (isMap(node)) {
      if (node.items.length === 0) fail(path, node, "the level is empty");
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || String(key.value).trim() === "") {
          fail(path, key as Node, "a key must be a non-empty name");
          continue;
        }
        walk(pair.value as Node | null, [...keys, String(key.value).trim()]);
      }
    } else if (keys.length === 0) {
      fail("", node, "a quanteda dictionary is a mapping from keys to lists of values");
    } else if (isSeq(node)) {
      if (node.items.length === 0) fail(path, node, "the key has no values");
      node.items.forEach((item, index) => addValue(item as Node, `${path}[${index}]`, path));
    } else addValue(node, path, path);
  };
  const addValue = (node: Node | null, where: string, category: string) => {
    if (isAlias(node)) return refuseAlias(where, node);
    if (!isScalar(node) || typeof node.value !== "string") {
      fail(where, node, "a value must be text (a word, a phrase or a glob pattern)");
      return;
    }
    const value = node.value;
    if (value.includes("?")) {
      fail(where, node, `"${value}" holds "?", which the project's glob mode has no match for`);
      return;
    }
    const entry: RawLexiconEntry = {
      category,
      entry: value,
      where: { path: where, line: lineOf(node) },
    };
    if (value.includes("*")) entry.mode = "glob";
    entries.push(entry);
  };
  walk(doc.contents as Node | null, []);
  return aliased ? [] : entries;
}

/**
 * A lexicon as a quanteda YAML dictionary: one key per category (in the lexicon's order),
 * its entries as a list. Stem entries are refused (quanteda's glob values do not stem).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "./load_lexicon.ts";
 * const lexicon = parseLexicon("category,entry,mode\nPA,regelen,\nNPG,wijkteam*,glob\n", "csv");
 * assert.equal(formatQuantedaYaml(lexicon), "PA:\n  - regelen\nNPG:\n  - wijkteam*\n");
 * ```
 */
export function formatQuantedaYaml(lexicon: Lexicon): string {
  const problems: InputError[] = [];
  const categories = new Map<string, string[]>(lexicon.categories.map((c) => [c, []]));
  for (const entry of lexicon.entries) {
    if (entryMode(entry, lexicon) === "stem") {
      problems.push(
        new InputError(
          `"${entry.entry}" (mode stem) cannot be written to a quanteda dictionary, whose ` +
            "values are whole words and glob patterns",
          { file: lexicon.file, line: entry.where.line },
        ),
      );
      continue;
    }
    categories.get(entry.category)!.push(entry.entry);
  }
  throwProblems(problems, { file: lexicon.file });
  return yamlPackage().stringify(categories, { indentSeq: true });
}
