/**
 * A corpus: a directory of documents (`.txt`, `.md`, `.pdf`, `.docx`, `.odt`, `.html`),
 * optionally described by a `manifest.csv`. Documents are read one at a time by {@linkcode iterateCorpus}, so a
 * corpus of any size can be scored without holding it in memory; {@linkcode loadCorpus}
 * reads them all, for small corpora and notebooks.
 *
 * @module
 */
import { basename, extname, join } from "node:path";
import { InputError } from "../io/mod.ts";
import {
  type CorpusDocument,
  type DocumentSource,
  readDocument,
  type ReadDocumentOptions,
} from "./document.ts";
import { DOCUMENT_EXTENSIONS, loadManifest, MANIFEST_FILE } from "./manifest.ts";
import type { CleaningStep } from "./cleaning_steps.ts";
import { exists } from "../io/exists.ts";

/** The documents of a corpus, found but not yet read. */
export interface CorpusListing {
  /** The corpus directory as given. */
  dir: string;
  /** Whether the corpus has a manifest. */
  manifest: boolean;
  /** In manifest order, or sorted by id without a manifest. */
  sources: DocumentSource[];
  /** What is in the folder but is not read, sorted by name (see {@linkcode skippedEntries}). */
  skipped: SkippedEntry[];
}

/** Something in a corpus folder that is not read as a document, and why. */
export interface SkippedEntry {
  name: string;
  reason: string;
}

/** A corpus read into memory. */
export interface Corpus {
  dir: string;
  manifest: boolean;
  documents: CorpusDocument[];
  /** The cleaning steps switched off when it was read, if any (a scoring records them). */
  cleaningOff?: CleaningStep[];
}

/** Options of {@linkcode listCorpus}. */
export interface ListCorpusOptions {
  /** How the corpus directory is named in errors and reports. Default: the path as given. */
  displayDir?: string;
}

/** Options of {@linkcode iterateCorpus} and {@linkcode loadCorpus}. */
export interface ReadCorpusOptions extends ListCorpusOptions, ReadDocumentOptions {}

/**
 * Find the documents of a corpus directory. With `manifest.csv`, the manifest's rows
 * (validated, see lib/corpus/manifest.ts). Without one, every file of a type in
 * `DOCUMENT_EXTENSIONS` directly in the directory, except `README.md` and names starting with a dot;
 * the id is the file name without extension and documents are sorted by id (two files
 * with the same id are an error).
 */
export async function listCorpus(
  dir: string,
  options: ListCorpusOptions = {},
): Promise<CorpusListing> {
  const displayDir = options.displayDir ?? dir;
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(dir);
  } catch {
    throw new InputError("corpus directory not found", { file: displayDir });
  }
  if (!info.isDirectory) {
    throw new InputError("the corpus is not a directory", { file: displayDir });
  }
  const source = (id: string, file: string, metadata = {}): DocumentSource => ({
    id,
    file,
    path: join(dir, file),
    displayPath: join(displayDir, file),
    metadata,
  });
  if (await exists(join(dir, MANIFEST_FILE))) {
    const rows = await loadManifest(dir, { displayDir });
    const sources = rows.map(({ id, file, line, ...metadata }) => ({
      ...source(id, file, metadata),
      line,
    }));
    const listed = new Set(rows.map((row) => row.file.split(/[\\/]/)[0]));
    return { dir, manifest: true, sources, skipped: await skippedEntries(dir, listed) };
  }
  const byId = new Map<string, string>();
  const skipped = await skippedEntries(dir);
  const notRead = new Set(skipped.map((entry) => entry.name));
  for await (const entry of Deno.readDir(dir)) {
    if (notRead.has(entry.name)) continue;
    const id = basename(entry.name, extname(entry.name));
    const other = byId.get(id);
    if (other !== undefined) {
      const [a, b] = [other, entry.name].sort();
      throw new InputError(
        `two files would have the id "${id}" (${a}, ${b}); add a ${MANIFEST_FILE} to tell them apart`,
        { file: displayDir },
      );
    }
    byId.set(id, entry.name);
  }
  if (byId.size === 0) {
    throw new InputError(
      `no documents (${DOCUMENT_EXTENSIONS.join(", ")}) and no ${MANIFEST_FILE} found`,
      { file: displayDir },
    );
  }
  const ids = [...byId.keys()].sort(compareIds);
  return {
    dir,
    manifest: false,
    sources: ids.map((id) => source(id, byId.get(id)!)),
    skipped,
  };
}

/**
 * What in a corpus folder is not read, and why: hidden files, sub-folders, symbolic links,
 * files of a type that is not read, `README.md`, and (with a manifest) files it does not
 * list. `listed` holds the names a manifest lists; without one, every file of a document
 * type is read.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * for (const name of ["a.txt", "b.xlsx", ".c.txt", "README.md"]) await Deno.writeTextFile(`${dir}/${name}`, "x");
 * await Deno.mkdir(`${dir}/oud`);
 * assert.deepEqual(await skippedEntries(dir), [
 *   { name: ".c.txt", reason: "a hidden file" },
 *   { name: "README.md", reason: "a description of the corpus, not a document" },
 *   { name: "b.xlsx", reason: "not a type of document that is read (.txt, .md, .pdf, .docx, .odt, .html, .htm)" },
 *   { name: "oud", reason: "a folder: sub-folders are not read" },
 * ]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function skippedEntries(
  dir: string,
  listed?: ReadonlySet<string>,
): Promise<SkippedEntry[]> {
  const skipped: SkippedEntry[] = [];
  for await (const entry of Deno.readDir(dir)) {
    const name = entry.name;
    if (listed !== undefined && (name === MANIFEST_FILE || listed.has(name))) continue;
    const reason = name.startsWith(".")
      ? "a hidden file"
      : entry.isSymlink
      ? "a symbolic link: links are not followed"
      : entry.isDirectory
      ? "a folder: sub-folders are not read"
      : !entry.isFile
      ? "not a regular file"
      : name.toLowerCase() === "readme.md"
      ? "a description of the corpus, not a document"
      : !(DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())
      ? `not a type of document that is read (${DOCUMENT_EXTENSIONS.join(", ")})`
      : listed !== undefined
      ? `not listed in ${MANIFEST_FILE}`
      : undefined;
    if (reason !== undefined) skipped.push({ name, reason });
  }
  return skipped.sort((a, b) => compareIds(a.name, b.name));
}

/**
 * Read the documents of a corpus one at a time, in listing order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/b.txt`, "Tweede document.");
 * await Deno.writeTextFile(`${dir}/a.md`, "# Eerste\n\nDocument.");
 * const ids: string[] = [];
 * for await (const doc of iterateCorpus(dir)) ids.push(`${doc.id}:${doc.report.tokens}`);
 * assert.deepEqual(ids, ["a:2", "b:2"]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function* iterateCorpus(
  corpus: string | CorpusListing,
  options: ReadCorpusOptions = {},
): AsyncGenerator<CorpusDocument> {
  const listing = typeof corpus === "string" ? await listCorpus(corpus, options) : corpus;
  for (const source of listing.sources) yield await readDocument(source, options);
}

/** Read a whole corpus into memory; see {@linkcode iterateCorpus}. */
export async function loadCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<Corpus> {
  const listing = await listCorpus(dir, options);
  const documents: CorpusDocument[] = [];
  for await (const doc of iterateCorpus(listing, options)) documents.push(doc);
  const off = options.cleaning?.off ?? [];
  return {
    dir,
    manifest: listing.manifest,
    documents,
    ...(off.length > 0 ? { cleaningOff: [...off] } : {}),
  };
}

/** Sort ids by code point, so that the order is the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
