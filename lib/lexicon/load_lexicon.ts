/**
 * Reading a lexicon from a file: CSV (`category,entry[,mode]`), YAML or JSON, and the
 * dictionary formats of LIWC (`.dic`) and quanteda (YAML; see lib/lexicon/dic.ts and
 * lib/lexicon/quanteda.ts). The study's
 * own lexicon is `data/lexicon/study.csv` (see its README for provenance).
 *
 * YAML and JSON share one shape:
 *
 * ```yaml
 * name: voorbeeld        # optional; default: the file name without extension
 * mode: exact            # optional; the mode of entries that set none (default exact)
 * categories:
 *   SR:
 *     - zelfredzaam
 *     - eigen kracht      # a phrase: matches the two words in a row
 *   NPG:
 *     - entry: wijkteam*
 *       mode: glob
 * ```
 *
 * Errors name the file, the line and, for YAML/JSON, the key path
 * (`categories.NPG[0].mode`); every problem of a lexicon is reported at once. The file is
 * decoded as strictly as a document (UTF-8 only) and may be at most
 * {@linkcode MAX_LEXICON_BYTES} long. YAML may use aliases (`*name`) only
 * {@linkcode MAX_YAML_ALIASES} times (a "billion laughs" document is refused), and the keys
 * `__proto__`, `constructor` and `prototype` are refused in YAML and JSON.
 *
 * @module
 */
import { basename, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  checkCsv,
  checkTable,
  decodeText,
  describeIssue,
  InputError,
  InputErrors,
  readFileBytes,
  sha256Hex,
  sha256HexAsync,
  sortProblems,
} from "../io/mod.ts";
import { buildLexicon, type Lexicon, type RawLexiconEntry } from "./lexicon.ts";
import { MATCH_MODES, type MatchMode } from "./match_mode.ts";
import { DIC_RULES, parseDicEntries } from "./dic.ts";
import { isQuantedaYaml, parseQuantedaEntries, QUANTEDA_RULES } from "./quanteda.ts";
import { yamlPackage } from "./yaml_package.ts";

/** The zod schema of a match mode. */
export const matchModeSchema = z.enum(MATCH_MODES);

/**
 * File formats of a lexicon: the project's CSV, YAML and JSON, LIWC's `.dic`
 * (lib/lexicon/dic.ts) and quanteda's YAML dictionaries (lib/lexicon/quanteda.ts).
 */
export const LEXICON_FORMATS = ["csv", "yaml", "json", "liwc", "quanteda"] as const;
/** A lexicon file format. */
export type LexiconFormat = typeof LEXICON_FORMATS[number];
/** The zod schema of a lexicon file format. */
export const lexiconFormatSchema = z.enum(LEXICON_FORMATS);

/** How each format's matching maps to the project's modes; recorded in a score's `settings.json`. */
export const FORMAT_RULES: Record<LexiconFormat, string> = {
  csv: "project CSV: category,entry[,mode]; an entry without mode has the lexicon's default mode",
  yaml: "project YAML: categories with entries, each with an optional mode",
  json: "project JSON: categories with entries, each with an optional mode",
  liwc: DIC_RULES,
  quanteda: QUANTEDA_RULES,
};

/** Path of the study's lexicon (Bijlage C of the dissertation). */
export const STUDY_LEXICON_PATH = fileURLToPath(
  new URL("../../data/lexicon/study.csv", import.meta.url),
);

/** The largest lexicon accepted: 10 MB (the study's lexicon is about 1 kB). */
export const MAX_LEXICON_BYTES = 10_000_000;
/** How often a YAML lexicon may use an alias (`*name`) when it is expanded. */
export const MAX_YAML_ALIASES = 100;
/** Keys refused in YAML and JSON: they name parts of JavaScript objects, not categories. */
export const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** Options of {@linkcode parseLexicon}. */
export interface ParseLexiconOptions {
  /** Name of the file in errors and results. Default: `"<lexicon>"`. */
  file?: string;
  /** The lexicon's name. Default: a `name:` in YAML/JSON, else the file name without extension. */
  name?: string;
  /** Replace the lexicon's own default mode (entries with their own mode keep it). Default: none. */
  mode?: MatchMode;
  /** SHA-256 to record. Default: the SHA-256 of `text` as UTF-8. */
  sha256?: string;
}

/**
 * Parse lexicon text in the given format and check it (see {@linkcode buildLexicon}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const csv = "category,entry,mode\nNPG,wijkteam*,glob\nSR,eigen kracht,\n";
 * const lexicon = parseLexicon(csv, "csv", { file: "mini.csv" });
 * assert.equal(lexicon.name, "mini");
 * assert.deepEqual(lexicon.entries.map((e) => [e.entry, e.mode]), [["wijkteam*", "glob"], ["eigen kracht", undefined]]);
 * assert.throws(() => parseLexicon("category,entry\nPA,regelen\nSR,regelen\n", "csv", { file: "x.csv" }), {
 *   message: 'x.csv line 3, column entry: "regelen" is already in category PA (on line 2); ' +
 *     "an entry may be in one category only",
 * });
 * ```
 */
export function parseLexicon(
  text: string,
  format: LexiconFormat,
  options: ParseLexiconOptions = {},
): Lexicon {
  const file = options.file ?? "<lexicon>";
  if (text.length > MAX_LEXICON_BYTES) {
    throw new InputError(
      `the lexicon has ${text.length} characters; at most ${MAX_LEXICON_BYTES} are accepted`,
      { file },
    );
  }
  const sha256 = options.sha256 ?? sha256Hex(new TextEncoder().encode(text));
  const fallbackName = basename(file, extname(file)).replace(/^<|>$/g, "");
  const problems: InputError[] = [];
  if (format === "yaml" && isQuantedaYaml(text)) format = "quanteda";
  const parsed: StructuredLexicon = format === "csv"
    ? { entries: parseCsvEntries(text, file, problems) }
    : format === "liwc"
    ? { entries: parseDicEntries(text, file, problems).entries }
    : format === "quanteda"
    ? { entries: parseQuantedaEntries(text, file, problems) }
    : parseStructured(text, format, file, problems);
  const build = () => ({
    ...buildLexicon(parsed.entries, {
      name: options.name ?? parsed.name ?? fallbackName,
      sha256,
      file,
      mode: options.mode ?? parsed.mode,
    }),
    format,
  });
  if (problems.length === 0) return build();
  // Report the entries' own problems too, unless every entry was already refused.
  if (parsed.entries.length > 0) {
    try {
      build();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  throw problems.length === 1 ? problems[0] : new InputErrors(sortProblems(problems), { file });
}

/** Options of {@linkcode loadLexicon}. */
export interface LoadLexiconOptions {
  /** Name of the file in errors and results. Default: the path as given. */
  displayName?: string;
  /**
   * The format. Default: from the extension (`.csv`, `.yaml`/`.yml`, `.json`, `.dic`); a
   * YAML file is read as a quanteda dictionary when it has none of the project's top keys.
   */
  format?: LexiconFormat;
  /** Replace the lexicon's own default mode; see {@linkcode ParseLexiconOptions}. Default: none. */
  mode?: MatchMode;
}

/**
 * Read and check a lexicon file; the SHA-256 recorded is that of the file's bytes. The
 * file must be UTF-8 (see `decodeText` in `lib/io/read_text.ts`) and at most
 * {@linkcode MAX_LEXICON_BYTES} long.
 */
export async function loadLexicon(
  path: string,
  options: LoadLexiconOptions = {},
): Promise<Lexicon> {
  const file = options.displayName ?? path;
  const format = options.format ?? formatOf(path, file);
  const bytes = await readFileBytes(path, { displayName: file, maxBytes: MAX_LEXICON_BYTES });
  const { text } = decodeText(bytes, file, { what: "the lexicon" });
  const sha256 = await sha256HexAsync(bytes);
  return parseLexicon(text, format, { file, mode: options.mode, sha256 });
}

/** The study's lexicon, `data/lexicon/study.csv`: 4 perspectives × 16 signal words. */
export function loadStudyLexicon(
  options: Omit<LoadLexiconOptions, "format"> = {},
): Promise<Lexicon> {
  return loadLexicon(STUDY_LEXICON_PATH, { displayName: "data/lexicon/study.csv", ...options });
}

function formatOf(path: string, file: string): LexiconFormat {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv") return "csv";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  if (extension === ".json") return "json";
  if (extension === ".dic") return "liwc";
  throw new InputError(
    `cannot tell the lexicon format from "${
      extension || "(no extension)"
    }"; use .csv, .yaml, .yml, .json or .dic`,
    { file },
  );
}

const csvRowSchema = z.object({
  category: z.string(),
  entry: z.string(),
  mode: z.preprocess(
    (raw) => typeof raw === "string" && raw.trim() === "" ? undefined : raw,
    matchModeSchema.optional(),
  ),
});

function parseCsvEntries(text: string, file: string, problems: InputError[]): RawLexiconEntry[] {
  const { header } = checkCsv(text, { file }).table;
  for (const column of header) {
    if (column !== "" && !["category", "entry", "mode"].includes(column)) {
      problems.push(
        new InputError(
          `unknown column "${column}"; a lexicon has the columns category, entry and optionally mode`,
          { file, line: 1 },
        ),
      );
    }
  }
  const schema = header.includes("mode") ? csvRowSchema : csvRowSchema.omit({ mode: true });
  const checked = checkTable(text, schema, { file });
  problems.push(...checked.problems);
  return checked.rows.map((row) => {
    const raw: RawLexiconEntry = {
      category: row.category,
      entry: row.entry,
      where: { line: row.line },
    };
    const mode = (row as { mode?: MatchMode }).mode;
    if (mode !== undefined) raw.mode = mode;
    return raw;
  });
}

interface StructuredLexicon {
  name?: string;
  mode?: MatchMode;
  entries: RawLexiconEntry[];
}

const structuredSchema = z.object({
  name: z.string().trim().min(1, "the name is empty").optional(),
  mode: matchModeSchema.optional(),
  categories: z.record(
    z.string(),
    z.array(z.unknown(), "expected a list of entries").min(1, "the category has no entries"),
    "expected a mapping from category to a list of entries",
  ),
}, "expected a mapping with the key categories").strict();

const entryObjectSchema = z.object({
  entry: z.string("the entry must be text"),
  mode: matchModeSchema.optional(),
}).strict();

function parseStructured(
  text: string,
  format: "yaml" | "json",
  file: string,
  problems: InputError[],
): StructuredLexicon {
  const nothing: StructuredLexicon = { entries: [] };
  const kind = format === "json" ? "JSON" : "YAML";
  if (format === "json") {
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /\(line (\d+) column (\d+)\)/.exec(message);
      const problem = message.replace(/ in JSON at position \d+.*$/, "");
      problems.push(
        new InputError(`not valid JSON: ${problem}`, {
          file,
          line: at ? Number(at[1]) : undefined,
          field: at ? at[2] : undefined,
        }),
      );
      return nothing;
    }
  }
  const { isScalar, LineCounter, parseDocument, visit } = yamlPackage();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const problem = `not valid ${kind}: ${error.message.split("\n")[0]}`;
    problems.push(new InputError(problem, { file, line, field: String(col) }));
  }
  if (doc.errors.length > 0) return nothing;
  const forbidden = problems.length;
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      if (!isScalar(key) || !(FORBIDDEN_KEYS as readonly unknown[]).includes(key.value)) return;
      const line = key.range ? lineCounter.linePos(key.range[0]).line : undefined;
      problems.push(
        new InputError(
          `the key "${String(key.value)}" is not allowed (it names a part of JavaScript ` +
            "objects); rename it",
          { file, line },
        ),
      );
    },
  });
  if (problems.length > forbidden) return nothing;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const key = path.length > 0 ? doc.getIn(path.slice(0, -1), true) : undefined;
    const offset = node?.range?.[0] ?? (key as { range?: number[] } | undefined)?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  const fail = (
    path: readonly PropertyKey[],
    problem: string,
    at: number | null | undefined = lineOf(path),
  ) => {
    const line = at ?? undefined;
    if (path.length === 0) return new InputError(problem, { file, line });
    return new InputError(`${keyPath(path)}: ${problem}`, { file, line });
  };
  const keyLine = (path: readonly PropertyKey[], key: string): number | undefined => {
    const map = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as {
      items?: { key?: { value?: unknown; range?: number[] } }[];
    } | null;
    const offset = map?.items?.find((pair) => pair.key?.value === key)?.key?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    problems.push(
      new InputError(
        `the ${kind} expands its aliases (*name) more than ${MAX_YAML_ALIASES} times, as a ` +
          '"billion laughs" attack does; write the entries out instead',
        { file },
      ),
    );
    return nothing;
  }
  const top = structuredSchema.safeParse(data);
  if (!top.success) {
    for (const issue of top.error.issues) {
      const raw = issue.path.length > 0 ? valueAt(data, issue.path) : undefined;
      if (issue.code === "unrecognized_keys") {
        const problem = `unknown key ${
          issue.keys.map((k) => `"${k}"`).join(", ")
        }; expected name, mode, categories`;
        problems.push(fail(issue.path, problem, keyLine(issue.path, issue.keys[0]) ?? null));
        continue;
      }
      const problem = raw === undefined && issue.path.length === 1
        ? `the key ${String(issue.path[0])} is missing`
        : describeIssue(issue, typeof raw === "string" ? raw : undefined);
      problems.push(
        fail(
          raw === undefined ? [] : issue.path,
          problem,
          raw === undefined ? null : lineOf(issue.path),
        ),
      );
    }
  }
  // With problems at the top, the entries of the categories that are lists are still checked.
  const categories = top.success ? top.data.categories : listsIn(data);
  const entries: RawLexiconEntry[] = [];
  for (const [category, items] of Object.entries(categories)) {
    items.forEach((item, index) => {
      const path = ["categories", category, index];
      const where = { path: keyPath(path), line: lineOf(path) };
      if (item === null || typeof item === "string") {
        entries.push({ category, entry: item ?? "", where });
        return;
      }
      if (typeof item !== "object") {
        problems.push(fail(path, "an entry is text or a mapping with entry (and mode)"));
        return;
      }
      const parsed = entryObjectSchema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const subPath = [...path, ...issue.path];
          if (issue.code === "unrecognized_keys") {
            const problem = `unknown key ${
              issue.keys.map((k) => `"${k}"`).join(", ")
            }; expected entry, mode`;
            problems.push(fail(subPath, problem, keyLine(subPath, issue.keys[0]) ?? null));
            continue;
          }
          const raw = valueAt(item, issue.path);
          problems.push(
            fail(subPath, describeIssue(issue, typeof raw === "string" ? raw : undefined)),
          );
        }
        return;
      }
      const raw: RawLexiconEntry = { category, entry: parsed.data.entry, where };
      if (parsed.data.mode !== undefined) raw.mode = parsed.data.mode;
      entries.push(raw);
    });
  }
  if (!top.success) return { entries };
  return { name: top.data.name, mode: top.data.mode, entries };
}

/** The categories of `data.categories` that are lists, or none. */
function listsIn(data: unknown): Record<string, unknown[]> {
  const categories = valueAt(data, ["categories"]);
  if (categories === null || typeof categories !== "object") return {};
  return Object.fromEntries(Object.entries(categories).filter(([, items]) => Array.isArray(items)));
}

/** `categories.PA[2]`, `categories["New Public"][0]`. */
export function keyPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(String(part))) {
      out += `${out === "" ? "" : "."}${String(part)}`;
    } else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at = data;
  for (const part of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

/**
 * Check a mode given as text (e.g. on the command line).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(parseMatchMode("stem"), "stem");
 * assert.throws(() => parseMatchMode("fuzzy"), { message: '"fuzzy" is not one of exact, stem, glob' });
 * ```
 */
export function parseMatchMode(text: string): MatchMode {
  const result = matchModeSchema.safeParse(text);
  if (!result.success) throw new InputError(`"${text}" is not one of ${MATCH_MODES.join(", ")}`);
  return result.data;
}
