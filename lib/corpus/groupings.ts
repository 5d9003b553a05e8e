/**
 * Which groups each document belongs to, for an analysis of any corpus: the groupings
 * come from the manifest (`--group-by COL[,COL]`), or, when none are asked for and every
 * document is one of the study's municipalities, the study's own two (size class and
 * region, from the manifest or looked up in `data/municipalities.csv`). Documents need not
 * be municipalities: without a grouping the analysis describes the corpus as a whole.
 *
 * The year of a document (for shares over time) is its manifest column `year`, else the
 * first four digits of its `date`.
 *
 * The validation gate (`validate_corpus.ts`) and the notebooks call the same
 * {@linkcode resolveGroupings}, so a corpus that validates groups the same way in every
 * notebook.
 *
 * @module
 */
import { join } from "node:path";
import { InputError } from "../io/mod.ts";
import type { DocumentSource } from "./document.ts";
import { MANIFEST_COLUMNS, MANIFEST_FILE } from "./manifest.ts";

/** The study's groupings, in its order. */
export const STUDY_GROUPINGS = ["size_class", "region"] as const;

/** What the study's table of municipalities says of one municipality. */
export interface KnownPlace {
  municipality: string;
  size_class: string;
  region: string;
}

/** How the groupings of a run were decided. */
export type GroupingSource = "given" | "study" | "none";

/** Every document's groups and year. */
export interface ResolvedGroupings {
  /** The groupings, in order (column names). */
  groupings: string[];
  /** `given` (`--group-by`), `study` (size class and region by default) or `none`. */
  source: GroupingSource;
  /** Per document id: its group in every grouping. */
  groups: Map<string, Record<string, string>>;
  /** Per document id: its year, when the manifest gives one. */
  years: Map<string, number>;
  /** Problems (file, line, column): nothing runs while there are any. */
  problems: InputError[];
  /** What the user should know (e.g. why there is no grouping). */
  warnings: string[];
}

/** Options of {@linkcode resolveGroupings}. */
export interface ResolveGroupingsOptions {
  /** Columns to group by (`--group-by`). Default: the study's, when they apply; else none. */
  groupBy?: readonly string[];
  /** Whether the corpus has a manifest. Default: `true` when any document has a line. */
  manifest?: boolean;
  /** How the corpus folder is shown in messages. Default: `"corpus"`. */
  displayDir?: string;
}

/**
 * Resolve the groupings of `sources` (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = (id: string, line: number, extra: Record<string, string>) =>
 *   ({ id, file: `${id}.txt`, path: "", displayPath: "", line, metadata: { extra } });
 * const sources = [doc("a", 2, { party: "groen" }), doc("b", 3, { party: "" })];
 * const result = resolveGroupings(sources, [], { groupBy: ["party"], displayDir: "plans" });
 * assert.deepEqual(result.groups.get("a"), { party: "groen" });
 * assert.deepEqual(result.problems.map((p) => p.message), [
 *   'plans/manifest.csv line 3, column party: document "b" has no value; every document ' +
 *   "needs one to be grouped by party",
 * ]);
 * ```
 */
export function resolveGroupings(
  sources: readonly DocumentSource[],
  known: readonly KnownPlace[],
  options: ResolveGroupingsOptions = {},
): ResolvedGroupings {
  const displayDir = options.displayDir ?? "corpus";
  const manifestFile = join(displayDir, MANIFEST_FILE);
  const hasManifest = options.manifest ?? sources.some((s) => s.line !== undefined);
  const places = new Map(known.map((k) => [k.municipality, k]));
  const result: ResolvedGroupings = {
    groupings: [],
    source: "none",
    groups: new Map(sources.map((s) => [s.id, {}])),
    years: new Map(),
    problems: [],
    warnings: [],
  };
  for (const source of sources) {
    const year = source.metadata.year ?? yearOfDate(source.metadata.date);
    if (year !== undefined) result.years.set(source.id, year);
  }
  const studyValue = (source: DocumentSource, column: "size_class" | "region") => {
    const place = places.get(source.metadata.municipality ?? source.id);
    return source.metadata[column] ?? place?.[column];
  };
  const valueOf = (source: DocumentSource, column: string): string | undefined => {
    if (column === "size_class" || column === "region") return studyValue(source, column);
    if (column === "year") return result.years.get(source.id)?.toString();
    const own = source.metadata.extra?.[column];
    if (own !== undefined) return own === "" ? undefined : own;
    const value = (source.metadata as Record<string, unknown>)[column];
    return value === undefined || value === "" ? undefined : String(value);
  };

  if (options.groupBy === undefined || options.groupBy.length === 0) {
    const unplaced = sources.filter((s) =>
      studyValue(s, "size_class") === undefined || studyValue(s, "region") === undefined
    );
    if (unplaced.length === 0) {
      result.source = "study";
      result.groupings = [...STUDY_GROUPINGS];
      for (const source of sources) {
        result.groups.set(source.id, {
          size_class: studyValue(source, "size_class")!,
          region: studyValue(source, "region")!,
        });
      }
    } else {
      const which = sources.length === 1
        ? "the only document is"
        : `${unplaced.length} of ${sources.length} documents ${
          unplaced.length === 1 ? "is" : "are"
        }`;
      result.warnings.push(
        `${which} not among the study's municipalities, so the documents are not grouped by the ` +
          "study's size class and region; to compare groups, give a manifest column with " +
          "--group-by COLUMN",
      );
    }
    return result;
  }

  const seen = new Set<string>();
  const extraColumns = new Set(sources.flatMap((s) => Object.keys(s.metadata.extra ?? {})));
  // The columns that hold a value for some document: those are the ones to group by.
  const available = [
    ...MANIFEST_COLUMNS.filter((c) =>
      c !== "file" && c !== "id" &&
      sources.some((s) => (s.metadata as Record<string, unknown>)[c] !== undefined)
    ),
    ...extraColumns,
  ];
  for (const column of options.groupBy) {
    if (seen.has(column)) {
      result.problems.push(new InputError(`--group-by names "${column}" twice`));
      continue;
    }
    seen.add(column);
    if (column === "id" || column === "file") {
      result.problems.push(
        new InputError(`--group-by ${column}: every document is a group of its own there`),
      );
      continue;
    }
    const study = (STUDY_GROUPINGS as readonly string[]).includes(column);
    if (!hasManifest && !study) {
      result.problems.push(
        new InputError(
          `--group-by ${column}: the corpus has no ${MANIFEST_FILE}; add one with columns ` +
            `id, file and ${column}`,
          { file: displayDir },
        ),
      );
      continue;
    }
    if (!study && !available.includes(column)) {
      result.problems.push(
        new InputError(
          `--group-by ${column}: the manifest has no column "${column}"; columns with values: ${
            available.join(", ") || "none"
          }`,
          { file: manifestFile, line: 1 },
        ),
      );
      continue;
    }
    result.groupings.push(column);
    for (const source of sources) {
      const value = valueOf(source, column);
      if (value === undefined) {
        result.problems.push(
          new InputError(
            `document "${source.id}" has no value; every document needs one to be grouped ` +
              `by ${column}${
                study
                  ? " (or a municipality of data/municipalities.csv in column municipality)"
                  : ""
              }`,
            hasManifest
              ? { file: manifestFile, line: source.line, field: column }
              : { file: source.displayPath },
          ),
        );
      } else result.groups.get(source.id)![column] = value;
    }
  }
  result.source = "given";
  return result;
}

/**
 * The year of a manifest date (`2014`, `2014-11`, `2014-11-03`), or `undefined`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(yearOfDate("2014-11"), 2014);
 * assert.equal(yearOfDate(undefined), undefined);
 * ```
 */
export function yearOfDate(date: string | undefined): number | undefined {
  return date === undefined || !/^\d{4}/.test(date) ? undefined : Number(date.slice(0, 4));
}
