/**
 * The one input type of the chapter 6 analyses: a score table, i.e. one row per
 * municipality with its size class, region and its share (%) of signal words for each of
 * the four perspectives, together with metadata saying where the shares came from.
 *
 * Two sources produce it: the printed percentages of Bijlage G
 * ({@linkcode scoreTableFromPublished}) and shares computed from the corpus by the scorer
 * ({@linkcode scoreTableFromCorpus}). Every function in `lib/stats`, `lib/select` and
 * `lib/audit` takes a score table, so a notebook switches source by building a different
 * table (see `loadScoreTable`).
 *
 * @module
 */
import { z } from "zod";
import { describeIssue, InputError } from "../io/mod.ts";
import {
  type Perspective,
  PERSPECTIVES,
  type PublishedScore,
  type Region,
  REGIONS,
  SIZE_CLASSES,
  type SizeClass,
} from "../data/mod.ts";

/** One municipality's shares (in %, the four summing to about 100). */
export interface ScoreRow {
  municipality: string;
  size_class: SizeClass;
  region: Region;
  PA: number;
  NPM: number;
  NPG: number;
  SR: number;
}

/** Where the shares of a score table come from. */
export const SCORE_SOURCES = ["published", "corpus"] as const;
/** `published` (Bijlage G as printed) or `corpus` (computed from the documents). */
export type ScoreSource = typeof SCORE_SOURCES[number];

/** What a score table knows about itself; it travels with every result. */
export interface ScoreTableMeta {
  /** `published` or `corpus`. */
  source: ScoreSource;
  /** One line for a reader, e.g. `Bijlage G as printed (data/published/bijlage-g.csv)`. */
  description: string;
  /** The files the shares were read from, as shown to users. */
  files: string[];
  /**
   * For printed shares: each share as printed (`"58.0"`, `"27"`), by municipality and
   * perspective; the audit needs the printed precision. Absent for computed shares.
   */
  printed?: Record<string, Record<Perspective, string>>;
  /**
   * For computed shares: the scorer's settings passed through unchanged (lexicon hash,
   * match mode, stemmer, corpus manifest, …). Empty for printed shares.
   */
  settings: Record<string, string | number | boolean>;
}

/** Rows plus metadata; see the module doc. */
export interface ScoreTable {
  rows: ScoreRow[];
  meta: ScoreTableMeta;
}

/** Options of {@linkcode scoreTableFromPublished}. */
export interface FromPublishedOptions {
  /** File the rows were read from, for the metadata. Default: `"data/published/bijlage-g.csv"`. */
  file?: string;
}

/**
 * A score table from the printed percentages of Bijlage G (as loaded by
 * `loadPublishedScores` in `lib/data`). Keeps the printed text of every share.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parsePublishedScores } from "../data/mod.ts";
 * const printed = parsePublishedScores(
 *   "municipality,size_class,region,PA,NPM,NPG,SR\nHelmond,100.000-,zuid,6.0,2.0,58.0,34.0\n",
 * );
 * const table = scoreTableFromPublished(printed);
 * assert.equal(table.rows[0].NPG, 58);
 * assert.equal(table.meta.printed?.Helmond.NPG, "58.0");
 * ```
 */
export function scoreTableFromPublished(
  rows: readonly PublishedScore[],
  options: FromPublishedOptions = {},
): ScoreTable {
  const file = options.file ?? "data/published/bijlage-g.csv";
  return {
    rows: rows.map((row) => ({
      municipality: row.municipality,
      size_class: row.size_class,
      region: row.region,
      PA: row.PA,
      NPM: row.NPM,
      NPG: row.NPG,
      SR: row.SR,
    })),
    meta: {
      source: "published",
      description: `Bijlage G as printed (${file})`,
      files: [file],
      printed: Object.fromEntries(rows.map((row) => [row.municipality, { ...row.printed }])),
      settings: {},
    },
  };
}

/**
 * One category share of one municipality's document, as the corpus scorer reports it.
 * `document` is optional and only used in messages.
 */
export interface CorpusShareRow {
  municipality: string;
  document?: string;
  size_class: SizeClass;
  region: Region;
  /** A perspective code; other categories are rejected. */
  category: string;
  /** Share of the document's signal-word hits in this category, in %. */
  share_pct: number;
  /** Line of the input file the row came from, for messages. Default: the row's 1-based index. */
  line?: number;
}

/** Options of {@linkcode scoreTableFromCorpus}. */
export interface FromCorpusOptions {
  /** The scorer's settings (lexicon hash, match mode, …), copied into the metadata. Default: `{}`. */
  settings?: Record<string, string | number | boolean>;
  /** Files the rows came from, for the metadata and messages. Default: `[]`. */
  files?: string[];
  /** One line for a reader. Default: `"computed from the corpus"`. */
  description?: string;
}

const corpusRowSchema = z.object({
  municipality: z.string().min(1),
  document: z.string().optional(),
  size_class: z.enum(SIZE_CLASSES),
  region: z.enum(REGIONS),
  category: z.enum(PERSPECTIVES),
  share_pct: z.number().min(0).max(100),
});

/**
 * A score table from per-document category shares in long form (one row per
 * municipality and category). A category missing for a municipality counts as a share of
 * 0 (a scorer may leave out categories without hits); a municipality or category given
 * twice, an unknown category or a share outside 0-100 is an `InputError`. Rows come out
 * sorted by municipality.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const table = scoreTableFromCorpus([
 *   { municipality: "Oss", size_class: "100.000-", region: "zuid", category: "NPG", share_pct: 60 },
 *   { municipality: "Oss", size_class: "100.000-", region: "zuid", category: "SR", share_pct: 40 },
 * ], { settings: { lexicon_sha256: "abc" } });
 * assert.deepEqual(table.rows[0], {
 *   municipality: "Oss", size_class: "100.000-", region: "zuid", PA: 0, NPM: 0, NPG: 60, SR: 40,
 * });
 * assert.equal(table.meta.settings.lexicon_sha256, "abc");
 * ```
 */
export function scoreTableFromCorpus(
  rows: readonly CorpusShareRow[],
  options: FromCorpusOptions = {},
): ScoreTable {
  const file = options.files?.[0] ?? "<corpus scores>";
  const byMunicipality = new Map<string, ScoreRow>();
  const seen = new Set<string>();
  rows.forEach((raw, index) => {
    const line = raw.line ?? index + 1;
    const parsed = corpusRowSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue.path[0] ?? "");
      const value = (raw as unknown as Record<string, unknown>)[field];
      throw new InputError(describeIssue(issue, value === undefined ? undefined : String(value)), {
        file,
        line,
        field,
      });
    }
    const row = parsed.data;
    const key = `${row.municipality}\u0000${row.category}`;
    if (seen.has(key)) {
      throw new InputError(`${row.municipality} has category ${row.category} twice`, {
        file,
        line,
        field: "category",
      });
    }
    seen.add(key);
    let target = byMunicipality.get(row.municipality);
    if (target === undefined) {
      target = {
        municipality: row.municipality,
        size_class: row.size_class,
        region: row.region,
        PA: 0,
        NPM: 0,
        NPG: 0,
        SR: 0,
      };
      byMunicipality.set(row.municipality, target);
    } else if (target.size_class !== row.size_class || target.region !== row.region) {
      throw new InputError(
        `${row.municipality} is given as ${row.size_class}/${row.region} here but ` +
          `${target.size_class}/${target.region} before`,
        { file, line, field: "size_class" },
      );
    }
    target[row.category] = row.share_pct;
  });
  return {
    rows: [...byMunicipality.values()].sort((a, b) => compareNames(a.municipality, b.municipality)),
    meta: {
      source: "corpus",
      description: options.description ?? "computed from the corpus",
      files: options.files ?? [],
      settings: { ...(options.settings ?? {}) },
    },
  };
}

const scoreRowSchema = z.object({
  municipality: z.string().min(1),
  size_class: z.enum(SIZE_CLASSES),
  region: z.enum(REGIONS),
  PA: z.number().min(0).max(100),
  NPM: z.number().min(0).max(100),
  NPG: z.number().min(0).max(100),
  SR: z.number().min(0).max(100),
});

/** Options of {@linkcode scoreTableFromRows}. */
export interface FromRowsOptions {
  /** Default: `"corpus"`. */
  source?: ScoreSource;
  /** Default: `"rows given in code"`. */
  description?: string;
  /** Default: `{}`. */
  settings?: Record<string, string | number | boolean>;
}

/**
 * A score table from rows already in wide form, e.g. a small table written inline in a
 * test or a notebook. Rows are validated (shares 0-100, known size class and region,
 * unique municipalities); an invalid row is an `InputError` naming its 1-based index.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const table = scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: 10, NPM: 20, NPG: 30, SR: 40 },
 * ]);
 * assert.equal(table.meta.source, "corpus");
 * assert.throws(() => scoreTableFromRows([{ ...table.rows[0], region: "Oost" as "oost" }]), {
 *   message: 'rows line 1, column region: "Oost" is not one of noord, oost, zuid, west',
 * });
 * ```
 */
export function scoreTableFromRows(
  rows: readonly ScoreRow[],
  options: FromRowsOptions = {},
): ScoreTable {
  const seen = new Set<string>();
  const valid = rows.map((row, index) => {
    const parsed = scoreRowSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue.path[0] ?? "");
      const raw = (row as unknown as Record<string, unknown>)[field];
      throw new InputError(describeIssue(issue, raw === undefined ? undefined : String(raw)), {
        file: "rows",
        line: index + 1,
        field,
      });
    }
    if (seen.has(parsed.data.municipality)) {
      throw new InputError(`"${parsed.data.municipality}" appears twice`, {
        file: "rows",
        line: index + 1,
        field: "municipality",
      });
    }
    seen.add(parsed.data.municipality);
    return parsed.data;
  });
  return {
    rows: valid,
    meta: {
      source: options.source ?? "corpus",
      description: options.description ?? "rows given in code",
      files: [],
      settings: { ...(options.settings ?? {}) },
    },
  };
}

/** The share of `row` on `perspective`. */
export function shareOf(row: ScoreRow, perspective: Perspective): number {
  return row[perspective];
}

const collator = new Intl.Collator("nl", { sensitivity: "base" });

/**
 * Order municipality names the Dutch way (case and accents ignored), then by code point,
 * so the order is total and the same on every machine.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(["Oss", "Arnhem", "Ede"].sort(compareNames), ["Arnhem", "Ede", "Oss"]);
 * ```
 */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
