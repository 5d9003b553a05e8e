/**
 * A corpus manifest: `manifest.csv` in the corpus directory, with columns `id,file` and
 * optionally `municipality,size_class,region,title,date,scope`. Every row is validated
 * with zod; an error names the manifest, its line and the column.
 *
 * @module
 */
import { isAbsolute, join, normalize, relative, sep } from "node:path";
import { z } from "zod";
import { InputError, type Located, parseCsv, parseTable } from "../io/mod.ts";

// The study's size classes and regions are defined once, with the published data.
export { REGIONS, SIZE_CLASSES } from "../data/categories.ts";
export type { Region, SizeClass } from "../data/categories.ts";
import { REGIONS, SIZE_CLASSES } from "../data/categories.ts";
/** File types a corpus may hold. */
export const DOCUMENT_EXTENSIONS = [".txt", ".md", ".pdf"] as const;
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
  date: z.string().trim().regex(
    /^(\d{4}(-\d{2}(-\d{2})?)?)?$/,
    "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
  ).transform((s) => s === "" ? undefined : s),
  scope: optionalText,
});

/** The columns a manifest may have, required ones first. */
export const MANIFEST_COLUMNS = Object.keys(manifestRowSchema.shape) as readonly string[];

/** One validated manifest row, with the line it came from. */
export type ManifestRow = Located<z.output<typeof manifestRowSchema>>;

/** Options of {@linkcode parseManifest}. */
export interface ParseManifestOptions {
  /** Name of the manifest in errors. Default: `"manifest.csv"`. */
  file?: string;
}

/**
 * Parse and validate manifest text. Ids must be unique and so must files; a file must
 * be a relative path inside the corpus directory with a supported extension. (Whether
 * the file exists is checked by {@linkcode loadManifest}.)
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = parseManifest("id,file,region\nalfa,alfa.txt,noord\n");
 * assert.deepEqual(rows.map((r) => [r.id, r.file, r.region, r.line]), [["alfa", "alfa.txt", "noord", 2]]);
 * assert.throws(() => parseManifest("id,file,region\nb,b.txt,Oost\n"), {
 *   message: 'manifest.csv line 2, column region: "Oost" is not one of noord, oost, zuid, west',
 * });
 * ```
 */
export function parseManifest(text: string, options: ParseManifestOptions = {}): ManifestRow[] {
  const file = options.file ?? MANIFEST_FILE;
  const { header } = parseCsv(text, { file, requiredColumns: ["id", "file"] });
  for (const column of header) {
    if (!MANIFEST_COLUMNS.includes(column)) {
      throw new InputError(
        `unknown column "${column}"; a manifest has the columns ${MANIFEST_COLUMNS.join(", ")}`,
        { file, line: 1 },
      );
    }
  }
  const mask = Object.fromEntries(header.map((c) => [c, true as const]));
  const schema = manifestRowSchema.pick(mask as { id: true; file: true });
  const rows = parseTable(text, schema, { file, uniqueBy: "id" }) as ManifestRow[];
  if (rows.length === 0) throw new InputError("the manifest lists no documents", { file });
  const seenFiles = new Map<string, number>();
  for (const row of rows) {
    const at = { file, line: row.line, field: "file" };
    const path = row.file.replaceAll("\\", "/");
    const inside = normalize(path);
    if (
      isAbsolute(path) || /^[A-Za-z]:/.test(path) || inside === ".." ||
      inside.startsWith(`..${sep}`)
    ) {
      throw new InputError(`"${row.file}" points outside the corpus directory`, at);
    }
    const extension = inside.slice(inside.lastIndexOf(".")).toLowerCase();
    if (!inside.includes(".") || !(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
      throw new InputError(
        `"${row.file}" is not a supported document; use ${DOCUMENT_EXTENSIONS.join(", ")}`,
        at,
      );
    }
    const earlier = seenFiles.get(inside);
    if (earlier !== undefined) {
      throw new InputError(`"${row.file}" is listed twice (first on line ${earlier})`, at);
    }
    seenFiles.set(inside, row.line);
    row.file = inside;
  }
  return rows;
}

/** Options of {@linkcode loadManifest}. */
export interface LoadManifestOptions {
  /** How the corpus directory is named in errors. Default: the path as given. */
  displayDir?: string;
}

/**
 * Read and validate `manifest.csv` of a corpus directory; every listed file must exist
 * (and be a file, not a directory or a link out of the corpus).
 */
export async function loadManifest(
  corpusDir: string,
  options: LoadManifestOptions = {},
): Promise<ManifestRow[]> {
  const displayDir = options.displayDir ?? corpusDir;
  const file = join(displayDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await Deno.readTextFile(join(corpusDir, MANIFEST_FILE));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) throw new InputError("file not found", { file });
    throw new InputError(`cannot be read: ${(error as Error).message}`, { file });
  }
  const rows = parseManifest(text, { file });
  const root = await Deno.realPath(corpusDir);
  for (const row of rows) {
    const at = { file, line: row.line, field: "file" };
    let real: string;
    try {
      real = await Deno.realPath(join(corpusDir, row.file));
    } catch {
      throw new InputError(`"${row.file}" does not exist in ${displayDir}`, at);
    }
    const rel = relative(root, real);
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new InputError(
        `"${row.file}" points outside the corpus directory (through a link)`,
        at,
      );
    }
    if (!(await Deno.stat(real)).isFile) {
      throw new InputError(`"${row.file}" is not a file`, at);
    }
  }
  return rows;
}
