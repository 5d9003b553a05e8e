/**
 * `loadScoreTable()`: the one switch between the published percentages and shares
 * computed from the corpus. Notebooks call it without arguments; the environment variable
 * `STURINGSTAAL_SCORES` decides:
 *
 * - unset, empty or `published` (the default): Bijlage G as printed
 *   (`data/published/bijlage-g.csv`);
 * - `run`: the shares notebook `02-scoring` wrote in this run's outputs
 *   (`scoring/documents.csv` under the outputs directory; see lib/outputs). This is what
 *   `deno task analyse` sets, so every chapter-6 notebook uses the user's corpus.
 * - `RESULT` or `RESULT,MANIFEST`: shares computed by the scorer (`lib/score`).
 *   `RESULT` is the scorer's output directory or its `documents.csv` (long form
 *   `document,category,share_pct`, one row per document × category; a wide form
 *   `document,PA,NPM,NPG,SR` is accepted too). When the long form has a `hits` column (as
 *   the scorer writes it), shares are recomputed exactly from the hits, since `share_pct`
 *   is written rounded. Each document is tied to a municipality,
 *   size class and region by, in this order: `MANIFEST` if given (a corpus manifest,
 *   or a corpus directory holding `manifest.csv`, keyed by `id` or `document`); else
 *   `corpus.csv` beside `documents.csv` (the scorer writes it from the manifest); else
 *   the document id is taken as the municipality's name. A size class or region still
 *   missing is looked up in `data/municipalities.csv`. The scorer's `settings.json`
 *   beside `documents.csv` (lexicon hash, match mode, stemmer, …) is copied into the
 *   table's `meta.settings`, nested keys joined with dots (`lexicon.sha256`); lists are
 *   left out. Documents without any hit (empty `share_pct`) have no shares and are left
 *   out; their ids are listed in `meta.settings.documents_without_hits`.
 *
 * Relative paths are taken from the project root (not the notebook's folder), e.g.
 * `STURINGSTAAL_SCORES=runs/full deno task reproduce`.
 *
 * @module
 */
import { dirname, isAbsolute, join } from "node:path";
import pl from "nodejs-polars";
import { fileURLToPath } from "node:url";
import {
  InputError,
  type Located,
  outputsDir,
  parseCsv,
  parseTable,
  readTextFile,
} from "../io/mod.ts";
import { parseManifest } from "../corpus/mod.ts";
import {
  displayPath,
  loadMunicipalities,
  type LoadOptions,
  loadPublishedScores,
  PERSPECTIVES,
  projectRoot,
} from "../data/mod.ts";
import { placementRowSchema, resultForm, type ResultRow, resultRowSchema } from "./score_files.ts";
import {
  type CorpusShareRow,
  type ScoreTable,
  scoreTableFromCorpus,
  scoreTableFromPublished,
} from "./score_table.ts";
import { exists } from "../io/exists.ts";

/** The environment variable that picks the scores. */
export const SCORES_ENV = "STURINGSTAAL_SCORES";

/** Options of {@linkcode loadScoreTable}. */
export interface LoadScoreTableOptions {
  /**
   * `"published"` or `"RESULT[,MANIFEST]"` as described in the module doc.
   * Default: the value of `STURINGSTAAL_SCORES`, or `"published"` when it is unset or empty.
   */
  source?: string;
  /** Where `data/municipalities.csv` is, for the corpus case. Default: the project's. */
  municipalities?: LoadOptions;
}

/** Parsed form of a `STURINGSTAAL_SCORES` value (paths absolute). */
export type ScoreSourceSpec =
  | { kind: "published" }
  | { kind: "corpus"; result: string; manifest?: string };

/**
 * Read a `STURINGSTAAL_SCORES` value. Relative paths are resolved from the project root.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(parseScoreSource(""), { kind: "published" });
 * assert.deepEqual(parseScoreSource("/r/documents.csv,/c/manifest.csv"), {
 *   kind: "corpus", result: "/r/documents.csv", manifest: "/c/manifest.csv",
 * });
 * ```
 */
export function parseScoreSource(value: string): ScoreSourceSpec {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed === "published") return { kind: "published" };
  if (trimmed === "run") return { kind: "corpus", result: join(outputsDir(), "scoring") };
  const [result, manifest, ...rest] = trimmed.split(",").map((part) => part.trim());
  if (rest.length > 0 || result === "" || manifest === "") {
    throw new InputError(
      `"${value}" is neither "published", "run", "RESULT" nor "RESULT,MANIFEST"`,
      { field: SCORES_ENV },
    );
  }
  return manifest === undefined
    ? { kind: "corpus", result: fromRoot(result) }
    : { kind: "corpus", result: fromRoot(result), manifest: fromRoot(manifest) };
}

/**
 * The score table every chapter 6 notebook starts from; see the module doc for the switch.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const table = await loadScoreTable({ source: "published" });
 * assert.equal(table.rows.length, 49);
 * assert.equal(table.meta.source, "published");
 * ```
 */
export async function loadScoreTable(options: LoadScoreTableOptions = {}): Promise<ScoreTable> {
  const spec = parseScoreSource(options.source ?? Deno.env.get(SCORES_ENV) ?? "");
  if (spec.kind === "published") return scoreTableFromPublished(await loadPublishedScores());
  return await loadCorpusScores(spec.result, spec.manifest, options.municipalities);
}

async function loadCorpusScores(
  result: string,
  manifest: string | undefined,
  municipalitiesOptions: LoadOptions = {},
): Promise<ScoreTable> {
  const documentsPath = (await isDirectory(result)) ? join(result, "documents.csv") : result;
  const folder = dirname(documentsPath);
  const documentsFile = displayPath(documentsPath);
  const text = await readTextFile(documentsPath, { displayName: documentsFile });
  const { header } = parseCsv(text, { file: documentsFile, requiredColumns: ["document"] });
  const form = resultForm(header);
  if (form === undefined) {
    throw new InputError(
      `expected columns category and share_pct (long form) or ${
        PERSPECTIVES.join(", ")
      } (wide form); the header has ${header.join(", ")}`,
      { file: documentsFile, line: 1 },
    );
  }
  const schema = resultRowSchema(form, header.includes("municipality"));
  const documents = parseTable(text, schema, { file: documentsFile, ownOutput: true }) as Located<
    Partial<ResultRow> & { document: string }
  >[];

  const files = [documentsFile];
  const placements: (Placement & { document: string })[] = [];
  if (manifest !== undefined) {
    const path = (await isDirectory(manifest)) ? join(manifest, "manifest.csv") : manifest;
    const file = displayPath(path);
    files.push(file);
    for (const row of parseManifest(await readTextFile(path, { displayName: file }), { file })) {
      placements.push({ ...row, document: row.id });
    }
  } else if (await exists(join(folder, "corpus.csv"))) {
    const path = join(folder, "corpus.csv");
    const file = displayPath(path);
    files.push(file);
    const text = await readTextFile(path, { displayName: file });
    const { header } = parseCsv(text, { file, requiredColumns: ["document"] });
    const schema = placementRowSchema("document", header);
    for (const row of parseTable(text, schema, { file, ownOutput: true })) {
      placements.push({ ...(row as Placement), document: row.document! });
    }
  }
  const placed = placeDocuments(
    documents,
    placements,
    await loadMunicipalities(municipalitiesOptions),
  );
  const totals = new Map<string, number>();
  if (form === "long_hits") {
    for (const row of documents) {
      totals.set(row.document, (totals.get(row.document) ?? 0) + row.hits!);
    }
  }
  const shares: CorpusShareRow[] = [];
  const withoutHits = new Set<string>();
  documents.forEach((row, i) => {
    const document = row.document;
    const { municipality, size_class, region } = placed[i];
    if (size_class === null || region === null) {
      throw new InputError(
        `no size class and region for document "${document}" (municipality "${municipality}"): ` +
          "give them in the corpus manifest, or use a municipality of data/municipalities.csv",
        { file: documentsFile, line: row.line, field: "document" },
      );
    }
    // With hits the shares are recomputed exactly from the counts (share_pct is written
    // rounded); otherwise share_pct, or the four wide columns, as written.
    const total = totals.get(document);
    const cells = form === "wide"
      ? PERSPECTIVES.map((p) => ({ category: p as string, share: row[p]! }))
      : [{
        category: row.category!,
        share: total === undefined
          ? row.share_pct!
          : total === 0
          ? null
          : (100 * row.hits!) / total,
      }];
    for (const cell of cells) {
      if (cell.share === null) {
        withoutHits.add(document);
        continue;
      }
      shares.push({
        municipality,
        document,
        size_class: size_class as CorpusShareRow["size_class"],
        region: region as CorpusShareRow["region"],
        category: cell.category,
        share_pct: cell.share,
        line: row.line,
      });
    }
  });

  const settings: Record<string, string | number | boolean> = {};
  const settingsPath = join(folder, "settings.json");
  if (await exists(settingsPath)) {
    files.push(displayPath(settingsPath));
    flatten(JSON.parse(await Deno.readTextFile(settingsPath)), "", settings);
  }
  if (withoutHits.size > 0) settings.documents_without_hits = [...withoutHits].join(";");
  return scoreTableFromCorpus(shares, {
    files,
    settings,
    description: `computed from the corpus (${files[0]})`,
  });
}

/** Where each row of `documents` belongs. */
interface PlacedRow {
  municipality: string;
  size_class: string | null;
  region: string | null;
}

/**
 * Place every row of `documents` (a join, in polars): left-join the documents with the
 * placements (the manifest, or the scorer's `corpus.csv`) on the document id; the
 * municipality is the row's own, else the placement's, else the id; then left-join with
 * `data/municipalities.csv` on the municipality, the placement's size class and region
 * winning over the table's. Rows come back in the order of `documents`.
 */
export function placeDocuments(
  documents: readonly { document: string; municipality?: string }[],
  placements: readonly (Placement & { document: string })[],
  known: readonly { municipality: string; size_class: string; region: string }[],
): PlacedRow[] {
  const text = (name: string, values: readonly (string | undefined)[]) =>
    pl.Series(name, values.map((v) => (v === undefined || v === "" ? null : v)), pl.Utf8);
  const docs = pl.DataFrame([
    text("document", documents.map((d) => d.document)),
    text("own_municipality", documents.map((d) => d.municipality)),
  ]);
  const placed = pl.DataFrame([
    text("document", placements.map((p) => p.document)),
    text("placed_municipality", placements.map((p) => p.municipality)),
    text("placed_size_class", placements.map((p) => p.size_class)),
    text("placed_region", placements.map((p) => p.region)),
  ]);
  const table = pl.DataFrame([
    text("municipality", known.map((k) => k.municipality)),
    text("known_size_class", known.map((k) => k.size_class)),
    text("known_region", known.map((k) => k.region)),
  ]);
  return docs.join(placed, { on: "document", how: "left" })
    .withColumns(
      pl.col("own_municipality").fillNull(pl.col("placed_municipality"))
        .fillNull(pl.col("document")).alias("municipality"),
    )
    .join(table, { on: "municipality", how: "left" })
    .withColumns(
      pl.col("placed_size_class").fillNull(pl.col("known_size_class")).alias("size_class"),
      pl.col("placed_region").fillNull(pl.col("known_region")).alias("region"),
    )
    .select("municipality", "size_class", "region")
    .toRecords() as unknown as PlacedRow[];
}

/** Where a document belongs, as a manifest or the scorer's `corpus.csv` says. */
interface Placement {
  municipality?: string;
  size_class?: string;
  region?: string;
}

/**
 * Copy the scalar values of a nested object into `out`, keys joined with dots; lists and
 * `null` are left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const out = {};
 * flatten({ lexicon: { sha256: "ab", entries: 64 }, mode: "stem", corpus: { ids: ["a"] } }, "", out);
 * assert.deepEqual(out, { "lexicon.sha256": "ab", "lexicon.entries": 64, mode: "stem" });
 * ```
 */
export function flatten(
  value: unknown,
  prefix: string,
  out: Record<string, string | number | boolean>,
): void {
  if (value === null || Array.isArray(value)) return;
  if (typeof value === "object") {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      flatten(inner, prefix === "" ? key : `${prefix}.${key}`, out);
    }
    return;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    out[prefix] = value;
  }
}

function fromRoot(path: string): string {
  return isAbsolute(path) ? path : join(fileURLToPath(projectRoot), path);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isDirectory;
  } catch {
    return false;
  }
}
