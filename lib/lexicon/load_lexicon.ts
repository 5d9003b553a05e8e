/**
 * Reading a lexicon from a file: CSV (`category,entry[,mode]`), YAML or JSON. The study's
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
 * (`categories.NPG[0].mode`).
 *
 * @module
 */
import { basename, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { describeIssue, InputError, parseCsv, parseTable, sha256Hex } from "../io/mod.ts";
import { buildLexicon, type Lexicon, type RawLexiconEntry } from "./lexicon.ts";
import { type MatchMode, matchModeSchema } from "./match_mode.ts";

/** File formats of a lexicon. */
export const LEXICON_FORMATS = ["csv", "yaml", "json"] as const;
/** A lexicon file format. */
export type LexiconFormat = typeof LEXICON_FORMATS[number];
/** The zod schema of a lexicon file format. */
export const lexiconFormatSchema = z.enum(LEXICON_FORMATS);

/** Path of the study's lexicon (Bijlage C of the dissertation). */
export const STUDY_LEXICON_PATH = fileURLToPath(
  new URL("../../data/lexicon/study.csv", import.meta.url),
);

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
  const sha256 = options.sha256 ?? sha256Hex(new TextEncoder().encode(text));
  const fallbackName = basename(file, extname(file)).replace(/^<|>$/g, "");
  if (format === "csv") {
    const entries = parseCsvEntries(text, file);
    return buildLexicon(entries, {
      name: options.name ?? fallbackName,
      sha256,
      file,
      mode: options.mode,
    });
  }
  const parsed = parseStructured(text, format, file);
  return buildLexicon(parsed.entries, {
    name: options.name ?? parsed.name ?? fallbackName,
    sha256,
    file,
    mode: options.mode ?? parsed.mode,
  });
}

/** Options of {@linkcode loadLexicon}. */
export interface LoadLexiconOptions {
  /** Name of the file in errors and results. Default: the path as given. */
  displayName?: string;
  /** The format. Default: from the extension (`.csv`, `.yaml`/`.yml`, `.json`). */
  format?: LexiconFormat;
  /** Replace the lexicon's own default mode; see {@linkcode ParseLexiconOptions}. Default: none. */
  mode?: MatchMode;
}

/** Read and check a lexicon file; the SHA-256 recorded is that of the file's bytes. */
export async function loadLexicon(
  path: string,
  options: LoadLexiconOptions = {},
): Promise<Lexicon> {
  const file = options.displayName ?? path;
  const format = options.format ?? formatOf(path, file);
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) throw new InputError("file not found", { file });
    throw new InputError(`cannot be read: ${(error as Error).message}`, { file });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("not valid UTF-8; re-save the lexicon as UTF-8", { file });
  }
  return parseLexicon(text, format, { file, mode: options.mode, sha256: sha256Hex(bytes) });
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
  throw new InputError(
    `cannot tell the lexicon format from "${
      extension || "(no extension)"
    }"; use .csv, .yaml, .yml or .json`,
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

function parseCsvEntries(text: string, file: string): RawLexiconEntry[] {
  const { header } = parseCsv(text, { file, requiredColumns: ["category", "entry"] });
  for (const column of header) {
    if (!["category", "entry", "mode"].includes(column)) {
      throw new InputError(
        `unknown column "${column}"; a lexicon has the columns category, entry and optionally mode`,
        { file, line: 1 },
      );
    }
  }
  const schema = header.includes("mode") ? csvRowSchema : csvRowSchema.omit({ mode: true });
  return parseTable(text, schema, { file }).map((row) => {
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

function parseStructured(text: string, format: "yaml" | "json", file: string): StructuredLexicon {
  if (format === "json") {
    try {
      JSON.parse(text);
    } catch (error) {
      throw new InputError(`not valid JSON: ${(error as Error).message}`, { file });
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = lineCounter.linePos(error.pos[0]).line;
    const kind = format === "json" ? "JSON" : "YAML";
    throw new InputError(`not valid ${kind}: ${error.message.split("\n")[0]}`, { file, line });
  }
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
  const data: unknown = doc.toJS();
  const top = structuredSchema.safeParse(data);
  if (!top.success) {
    const issues = top.error.issues;
    const issue = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
    const raw = issue.path.length > 0 ? valueAt(data, issue.path) : undefined;
    const problem = issue.code === "unrecognized_keys"
      ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}; expected name, mode, categories`
      : raw === undefined && issue.path.length === 1
      ? `the key ${String(issue.path[0])} is missing`
      : describeIssue(issue, typeof raw === "string" ? raw : undefined);
    if (issue.code === "unrecognized_keys") {
      throw fail(issue.path, problem, keyLine(issue.path, issue.keys[0]) ?? null);
    }
    throw fail(
      raw === undefined ? [] : issue.path,
      problem,
      raw === undefined ? null : lineOf(issue.path),
    );
  }
  const entries: RawLexiconEntry[] = [];
  for (const [category, items] of Object.entries(top.data.categories)) {
    items.forEach((item, index) => {
      const path = ["categories", category, index];
      const where = { path: keyPath(path), line: lineOf(path) };
      if (item === null || typeof item === "string") {
        entries.push({ category, entry: item ?? "", where });
        return;
      }
      const parsed = entryObjectSchema.safeParse(item);
      if (typeof item !== "object" || !parsed.success) {
        const issue = parsed.success ? undefined : parsed.error.issues[0];
        const subPath = [...path, ...(issue?.path ?? [])];
        const raw = issue ? valueAt(item, issue.path) : undefined;
        const problem = typeof item !== "object"
          ? "an entry is text or a mapping with entry (and mode)"
          : issue!.code === "unrecognized_keys"
          ? `unknown key ${issue!.keys.map((k) => `"${k}"`).join(", ")}; expected entry, mode`
          : describeIssue(issue!, typeof raw === "string" ? raw : undefined);
        if (issue?.code === "unrecognized_keys") {
          throw fail(subPath, problem, keyLine(subPath, issue.keys[0]) ?? null);
        }
        throw fail(subPath, problem);
      }
      const raw: RawLexiconEntry = { category, entry: parsed.data.entry, where };
      if (parsed.data.mode !== undefined) raw.mode = parsed.data.mode;
      entries.push(raw);
    });
  }
  return { name: top.data.name, mode: top.data.mode, entries };
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
