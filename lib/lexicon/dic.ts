/**
 * LIWC dictionaries (`.dic`): reading them into the project's entries, and writing a
 * lexicon as one.
 *
 * A `.dic` file has a header between two lines holding only `%`, one category per line
 * (`1<TAB>PA`), and then one entry per line with the numbers of its categories
 * (`regelen<TAB>1`). LIWC matches a word without `*` as a whole word, and a word ending
 * in `*` as a prefix: here the first is mode `exact` (or the lexicon's default mode, when
 * a `--mode` replaces it), the second mode `glob`. Words with a space are phrases.
 *
 * Real files are irregular, and the reader takes what they do: a byte-order mark, CRLF
 * line ends, blank lines, comment lines starting with `#` or `//`, runs of tabs or spaces
 * between fields, extra fields after a category's name (LIWC2015 adds a description),
 * trailing white space. What the project cannot represent is refused with the line:
 * an entry in two categories (the project counts a word for one category only), LIWC2015's
 * conditional codes (`like<TAB>(02 134)125/464`), a `*` before the end of a word, a
 * category number the header does not define.
 *
 * @module
 */
import { InputError, throwProblems } from "../io/mod.ts";
import { entryMode, type Lexicon, type RawLexiconEntry } from "./lexicon.ts";

/** How a `.dic` file's matching maps to the project's modes (written to `settings.json`). */
export const DIC_RULES =
  "LIWC .dic: a word without * matches the whole word (mode exact, or the default mode given " +
  "with --mode); a word ending in * matches every word that starts with it (mode glob); a word " +
  "with spaces is a phrase; each entry belongs to one category";

/** What {@linkcode parseDicEntries} read. */
export interface DicEntries {
  /** Categories in the order of the header. */
  categories: string[];
  entries: RawLexiconEntry[];
}

/**
 * Read the categories and entries of a LIWC `.dic` text; every problem is added to
 * `problems` (file and line named) and the rest is still read.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "%\n1\tPA\n2\t\tSR\t(Societal Resilience)\n%\n# the study's words\nregelen\t1\nzelfredza*\t\t2\neigen kracht\t2\n";
 * const problems: Parameters<typeof parseDicEntries>[2] = [];
 * const read = parseDicEntries(text, "mini.dic", problems);
 * assert.deepEqual(read.categories, ["PA", "SR"]);
 * assert.deepEqual(read.entries.map((e) => [e.category, e.entry, e.mode ?? "", e.where.line]), [
 *   ["PA", "regelen", "", 6], ["SR", "zelfredza*", "glob", 7], ["SR", "eigen kracht", "", 8],
 * ]);
 * assert.equal(problems.length, 0);
 * ```
 */
export function parseDicEntries(text: string, file: string, problems: InputError[]): DicEntries {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const fail = (line: number, problem: string, field?: string) =>
    problems.push(new InputError(problem, { file, line, field }));
  const names = new Map<string, string>();
  const definedOn = new Map<string, number>();
  const categories: string[] = [];
  const entries: RawLexiconEntry[] = [];
  let part = "before" as "before" | "header" | "entries";
  let headerLine = 0;
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const text = raw.trim();
    if (text === "" || text.startsWith("#") || text.startsWith("//")) continue;
    if (text === "%") {
      if (part === "entries") fail(line, "a third % line; a .dic file has one header between two");
      if (part === "before") headerLine = line;
      part = part === "before" ? "header" : "entries";
      continue;
    }
    if (part === "before") {
      fail(line, 'a .dic file starts with a line holding only "%", then its categories');
      part = "entries"; // read on, so that the entries' problems are reported too
      continue;
    }
    const fields = splitFields(text);
    if (part === "header") {
      const [id, name] = fields;
      if (name === undefined) {
        fail(line, `"${text}": a category line is a number and a name, e.g. "1<TAB>PA"`);
        continue;
      }
      const earlier = definedOn.get(id);
      if (earlier !== undefined) {
        fail(line, `category number ${id} is defined twice (first on line ${earlier})`);
        continue;
      }
      definedOn.set(id, line);
      names.set(id, name);
      if (!categories.includes(name)) categories.push(name);
      continue;
    }
    // An entry: the word (maybe with spaces), then category numbers.
    let ids: string[];
    let word: string;
    if (text.includes("\t")) {
      [word, ...ids] = fields;
    } else {
      // Separated by spaces only: the trailing fields that look like codes are the codes.
      const words = text.split(/\s+/);
      let cut = words.length;
      while (cut > 1 && /^[\d()/]+$/.test(words[cut - 1])) cut--;
      word = words.slice(0, cut).join(" ");
      ids = words.slice(cut);
    }
    if (ids.length === 0) {
      fail(line, `"${word}" has no category number`, "categories");
      continue;
    }
    const conditional = ids.find((id) => /[()/]/.test(id));
    if (conditional !== undefined) {
      fail(
        line,
        `"${conditional}" is a conditional category code (LIWC2015), which the project cannot ` +
          "represent; give the entry one plain category number",
        "categories",
      );
      continue;
    }
    const unknown = ids.find((id) => !names.has(id));
    if (unknown !== undefined) {
      fail(line, `category number ${unknown} is not defined in the header`, "categories");
      continue;
    }
    const inCategories = [...new Set(ids.map((id) => names.get(id)!))];
    if (inCategories.length > 1) {
      fail(
        line,
        `"${word}" is in the categories ${inCategories.join(", ")}; the project counts a word ` +
          "for one category only: keep one number, or split the dictionary",
        "categories",
      );
      continue;
    }
    const star = word.indexOf("*");
    if (star >= 0 && star !== word.length - 1) {
      fail(
        line,
        `"${word}": LIWC reads * only at the end of a word (a prefix match)`,
        "entry",
      );
      continue;
    }
    const entry: RawLexiconEntry = { category: inCategories[0], entry: word, where: { line } };
    if (star >= 0) entry.mode = "glob";
    entries.push(entry);
  }
  if (part === "header") {
    fail(headerLine, 'the header that starts here is not closed by a line holding only "%"');
  }
  return { categories, entries };
}

/** Fields of a line: separated by runs of tabs, or of white space when there is no tab. */
function splitFields(text: string): string[] {
  return (text.includes("\t") ? text.split(/\t+/) : text.split(/\s+/)).map((f) => f.trim());
}

/**
 * A lexicon as a LIWC `.dic` text: categories numbered from 1 in the lexicon's order,
 * entries in its order, a glob entry with its trailing `*`. LIWC knows no stemming and
 * no `*` inside a word: such entries are refused, each named.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "./load_lexicon.ts";
 * const lexicon = parseLexicon("category,entry,mode\nPA,regelen,\nNPG,wijkteam*,glob\n", "csv");
 * assert.equal(formatDic(lexicon), "%\n1\tPA\n2\tNPG\n%\nregelen\t1\nwijkteam*\t2\n");
 * ```
 */
export function formatDic(lexicon: Lexicon): string {
  const problems: InputError[] = [];
  const lines = ["%", ...lexicon.categories.map((c, i) => `${i + 1}\t${c}`), "%"];
  for (const entry of lexicon.entries) {
    const mode = entryMode(entry, lexicon);
    const star = entry.entry.indexOf("*");
    if (mode === "stem" || (mode === "glob" && star >= 0 && star !== entry.entry.length - 1)) {
      problems.push(
        new InputError(
          `"${entry.entry}" (mode ${mode}) cannot be written to LIWC .dic, which has whole ` +
            "words and prefixes (word*) only",
          { file: lexicon.file, line: entry.where.line },
        ),
      );
      continue;
    }
    lines.push(`${entry.entry}\t${lexicon.categories.indexOf(entry.category) + 1}`);
  }
  throwProblems(problems, { file: lexicon.file });
  return lines.join("\n") + "\n";
}
