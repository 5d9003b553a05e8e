/**
 * A corpus manifest: `manifest.csv` in the corpus directory, with columns `id,file` and
 * optionally `municipality,size_class,region,title,date,year,scope`, plus any columns of
 * the researcher's own (a party, a sector, a plan cycle), kept as text in `extra` so that
 * an analysis can group documents by them. Every row is validated with zod; an error names
 * the manifest, its line and the column.
 *
 * @module
 */
import { isAbsolute, join, normalize, relative, sep } from "node:path";
import { z } from "zod";
import {
  checkCsv,
  checkTable,
  decodeText,
  InputError,
  type Located,
  readFileBytes,
  sortProblems,
  throwProblems,
} from "../io/mod.ts";

// The study's size classes and regions are defined once, with the published data.
export { REGIONS, SIZE_CLASSES } from "../data/categories.ts";
export type { Region, SizeClass } from "../data/categories.ts";
import { REGIONS, SIZE_CLASSES } from "../data/categories.ts";
/** File types a corpus may hold. */
export const DOCUMENT_EXTENSIONS = [
  ".txt",
  ".md",
  ".pdf",
  ".docx",
  ".odt",
  ".html",
  ".htm",
] as const;
/** The manifest's file name inside a corpus directory. */
export const MANIFEST_FILE = "manifest.csv";

const optionalText = z.string().trim().transform((s) => s === "" ? undefined : s);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (raw) => typeof raw === "string" && raw.trim() === "" ? undefined : raw,
    z.enum(values).optional(),
  );

/** The zod schema of one manifest row (all columns; optional ones may be left out). */
export const manifestRowSchema = z.object({
  id: z.string().trim().min(1, "the id is empty").regex(
    /^[^\s/\\]+$/,
    "an id may not hold spaces or slashes",
  ),
  file: z.string().trim().min(1, "the file is empty"),
  municipality: optionalText,
  size_class: optionalEnum(SIZE_CLASSES),
  region: optionalEnum(REGIONS),
  title: optionalText,
  date: z.string().trim().superRefine((date, context) => {
    const problem = dateProblem(date);
    if (problem !== undefined) context.addIssue({ code: "custom", message: problem });
  }).transform((s) => s === "" ? undefined : s),
  year: z.string().trim().regex(/^\d{4}$/, "write the year as four digits (2015)")
    .or(z.literal("")).transform((s) => s === "" ? undefined : Number(s)),
  scope: optionalText,
});

/** How a column of the researcher's own may be named: a letter, then letters, digits or `_`. */
export const EXTRA_COLUMN_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

const DATE_FORMS = "write the date as YYYY, YYYY-MM or YYYY-MM-DD";

/**
 * What is wrong with a manifest date, or `undefined` when it is empty or a real date
 * written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(dateProblem("2014-11"), undefined);
 * assert.equal(dateProblem("2016-02-29"), undefined);
 * assert.equal(
 *   dateProblem("2014-02-29"),
 *   "not a real date (2014-02 has 28 days); write the date as YYYY, YYYY-MM or YYYY-MM-DD",
 * );
 * ```
 */
export function dateProblem(date: string): string | undefined {
  if (date === "") return undefined;
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (parts === null) return DATE_FORMS;
  const [year, month, day] = parts.slice(1).map((p) => p === undefined ? undefined : Number(p));
  if (month !== undefined && (month < 1 || month > 12)) {
    return `not a real date (there is no month ${parts[2]}); ${DATE_FORMS}`;
  }
  if (day !== undefined) {
    // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
    const days = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
    if (day < 1 || day > days) {
      return `not a real date (${parts[1]}-${parts[2]} has ${days} days); ${DATE_FORMS}`;
    }
  }
  return undefined;
}

/** The columns a manifest may have, required ones first. */
export const MANIFEST_COLUMNS = Object.keys(manifestRowSchema.shape) as readonly string[];

/**
 * One validated manifest row, with the line it came from and the values of the columns
 * of the researcher's own (trimmed text, `""` when the cell is empty), by column name.
 */
export type ManifestRow = Located<z.output<typeof manifestRowSchema>> & {
  extra: Record<string, string>;
};

/** Options of {@linkcode parseManifest}. */
export interface ParseManifestOptions {
  /** Name of the manifest in errors. Default: `"manifest.csv"`. */
  file?: string;
}

/**
 * Parse and validate manifest text. Ids must be unique and so must files; a file must
 * be a relative path inside the corpus directory with a supported extension. (Whether
 * the file exists is checked by {@linkcode loadManifest}.) Every problem is reported at
 * once: one is an {@linkcode InputError}, several an {@linkcode InputErrors} whose
 * `problems` lists them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = parseManifest("id,file,region\nalfa,alfa.txt,noord\n");
 * assert.deepEqual(rows.map((r) => [r.id, r.file, r.region, r.line]), [["alfa", "alfa.txt", "noord", 2]]);
 * assert.throws(() => parseManifest("id,file,region\nb,b.txt,Oost\n"), {
 *   message: 'manifest.csv line 2, column region: "Oost" is not one of noord, oost, zuid, west',
 * });
 * assert.throws(() => parseManifest("id,file,region\nb,b.txt,Oost\nc,c.doc,zuid\n"), {
 *   message: "manifest.csv: 2 problems\n" +
 *     'manifest.csv line 2, column region: "Oost" is not one of noord, oost, zuid, west\n' +
 *     'manifest.csv line 3, column file: "c.doc" is not a supported document; use .txt, .md, .pdf, .docx, .odt, .html, .htm',
 * });
 * ```
 */
export function parseManifest(text: string, options: ParseManifestOptions = {}): ManifestRow[] {
  const file = options.file ?? MANIFEST_FILE;
  const { header, records } = checkCsv(text, { file }).table;
  const problems: InputError[] = [];
  const known: Record<string, true> = { id: true, file: true };
  const extraColumns: string[] = [];
  for (const column of header) {
    if (MANIFEST_COLUMNS.includes(column)) known[column] = true;
    else if (EXTRA_COLUMN_NAME.test(column)) extraColumns.push(column);
    else if (column !== "") {
      problems.push(
        new InputError(
          `column name "${column}" is not usable; name a column of your own with letters, ` +
            "digits and _ (starting with a letter), like party_2018",
          { file, line: 1 },
        ),
      );
    }
  }
  const schema = manifestRowSchema.pick(known as { id: true; file: true });
  const checked = checkTable(text, schema, { file, uniqueBy: "id" });
  problems.push(...checked.problems);
  const extraByLine = new Map(
    records.map((record) => [
      record.line,
      Object.fromEntries(extraColumns.map((c) => [c, (record.values[c] ?? "").trim()])),
    ]),
  );
  const rows = checked.rows.map((row) => ({
    ...row,
    extra: extraByLine.get(row.line) ?? {},
  })) as ManifestRow[];
  for (const row of rows) {
    if (row.year !== undefined && row.date !== undefined && !row.date.startsWith(`${row.year}`)) {
      problems.push(
        new InputError(`year ${row.year} does not agree with date ${row.date}; correct one`, {
          file,
          line: row.line,
          field: "year",
        }),
      );
    }
  }
  // Paths are checked on every record, also one with problems in other fields.
  const fileProblem = new Set(
    problems.filter((p) => p.location.field === "file").map((p) => p.location.line),
  );
  const seenFiles = new Map<string, number>();
  const insideOf = new Map<number, string>();
  for (const record of records) {
    const path = record.values.file;
    if (path === undefined || fileProblem.has(record.line)) continue;
    const problem = filePathProblem(path);
    const at = { file, line: record.line, field: "file" };
    if (problem !== undefined) {
      problems.push(new InputError(problem, at));
      continue;
    }
    const inside = normalize(path.replaceAll("\\", "/"));
    const earlier = seenFiles.get(inside);
    if (earlier !== undefined) {
      problems.push(new InputError(`"${path}" is listed twice (first on line ${earlier})`, at));
    } else seenFiles.set(inside, record.line);
    insideOf.set(record.line, inside);
  }
  for (const row of rows) row.file = insideOf.get(row.line) ?? row.file;
  throwProblems(sortProblems(problems), { file });
  if (rows.length === 0) throw new InputError("the manifest lists no documents", { file });
  return rows;
}

/** Why a manifest's file path is refused, or `undefined` when it is fine. */
function filePathProblem(file: string): string | undefined {
  const path = file.replaceAll("\\", "/");
  const inside = normalize(path);
  if (
    isAbsolute(path) || /^[A-Za-z]:/.test(path) || inside === ".." ||
    inside.startsWith(`..${sep}`)
  ) {
    return `"${file}" points outside the corpus directory`;
  }
  const extension = inside.slice(inside.lastIndexOf(".")).toLowerCase();
  if (!inside.includes(".") || !(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
    return `"${file}" is not a supported document; use ${DOCUMENT_EXTENSIONS.join(", ")}`;
  }
  return undefined;
}

/** Options of {@linkcode loadManifest}. */
export interface LoadManifestOptions {
  /** How the corpus directory is named in errors. Default: the path as given. */
  displayDir?: string;
}

/**
 * Read and validate `manifest.csv` of a corpus directory; every listed file must exist
 * (and be a file, not a directory or a link out of the corpus). The manifest is decoded
 * as strictly as a document (UTF-8 only; see {@linkcode decodeText}); every problem is
 * reported at once, as by {@linkcode parseManifest}.
 */
export async function loadManifest(
  corpusDir: string,
  options: LoadManifestOptions = {},
): Promise<ManifestRow[]> {
  const displayDir = options.displayDir ?? corpusDir;
  const file = join(displayDir, MANIFEST_FILE);
  const bytes = await readFileBytes(join(corpusDir, MANIFEST_FILE), { displayName: file });
  const { text } = decodeText(bytes, file, { what: "the manifest" });
  const rows = parseManifest(text, { file });
  const root = await Deno.realPath(corpusDir);
  const problems: InputError[] = [];
  for (const row of rows) {
    const at = { file, line: row.line, field: "file" };
    let real: string;
    try {
      real = await Deno.realPath(join(corpusDir, row.file));
    } catch {
      problems.push(new InputError(`"${row.file}" does not exist in ${displayDir}`, at));
      continue;
    }
    const rel = relative(root, real);
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      problems.push(
        new InputError(`"${row.file}" points outside the corpus directory (through a link)`, at),
      );
    } else if (!(await Deno.stat(real)).isFile) {
      problems.push(new InputError(`"${row.file}" is not a file`, at));
    }
  }
  throwProblems(problems, { file });
  return rows;
}
