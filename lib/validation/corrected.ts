/**
 * Scores corrected for precision, and what the conclusions do when weak entries go.
 *
 * - **Weighted shares.** A document's share of a category counts each hit with its
 *   entry's precision: `Σ_e p_e · hits_e` over the category's entries, divided by the same
 *   sum over all categories. An entry with no coded hit takes its category's pooled
 *   precision, and a category with nothing coded counts its hits fully (precision 1).
 *   The interval comes from drawing every entry's precision from its Jeffreys posterior
 *   Beta(relevant + ½, coded − relevant + ½), seeded, and taking the central 95% of the
 *   weighted shares.
 * - **Dropping weak entries.** The corpus is scored again without the entries whose
 *   precision is below a threshold; group means (by size class and by region) and the
 *   case selection (the chapter-6 rule over the documents, as in lib/robustness's lexicon
 *   sensitivity) are compared: all entries, weighted by precision, weak entries dropped.
 * - **Which entries matter.** The leave-one-entry-out influence of lib/robustness, with
 *   each entry's precision beside it, most influential first: an entry that moves the
 *   results a lot and has low precision is the first to check.
 *
 * @module
 */
import type { Corpus } from "../corpus/mod.ts";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import { buildLexicon, type Lexicon } from "../lexicon/mod.ts";
import { deriveSeed, mulberry32, type Random } from "../io/seeded_random.ts";
import {
  documentSelection,
  type DocumentShares,
  leaveOneEntryOut,
  scaledListLength,
} from "../robustness/mod.ts";
import { ROLES } from "../select/mod.ts";
import { type CorpusScore, scoreCorpus } from "../score/mod.ts";
import { formatFixed } from "../stats/mod.ts";
import type { PrecisionRow } from "./precision.ts";

/** Relevant and coded hits of an entry, as used for the correction. */
export interface EntryPrecision {
  relevant: number;
  coded: number;
  /** The precision used: the entry's, its category's, or 1 (see the module doc). */
  precision: number;
}

/** The precision used for each entry of `score` (see the module doc), by `category:entry`. */
export function entryPrecisions(
  score: Pick<CorpusScore, "entries">,
  rows: readonly PrecisionRow[],
): Map<string, EntryPrecision> {
  const byName = new Map(rows.map((r) => [`${r.level}:${r.name}`, r]));
  const out = new Map<string, EntryPrecision>();
  for (const e of score.entries) {
    const own = byName.get(`entry:${e.category}:${e.entry}`);
    const pooled = byName.get(`category:${e.category}`);
    const used = own !== undefined && own.coded > 0 ? own : pooled;
    out.set(`${e.category}:${e.entry}`, {
      relevant: used?.relevant ?? 0,
      coded: used?.coded ?? 0,
      precision: used?.precision ?? 1,
    });
  }
  return out;
}

/** One document × category: the share as scored and weighted by precision (in %). */
export interface CorrectedShareRow {
  document: string;
  category: string;
  hits: number;
  share: number | null;
  weighted: number | null;
  low: number | null;
  high: number | null;
}

/** Columns of `corrected-shares.csv`. */
export const CORRECTED_SHARE_COLUMNS = [
  "document",
  "category",
  "hits",
  "share",
  "weighted",
  "low",
  "high",
] as const;

/** Options of {@linkcode correctedShares}. */
export interface CorrectedOptions {
  /** Base seed of the draws. Default: `1`. */
  seed?: number;
  /** Draws of the entries' precisions. Default: `1000`. */
  replicates?: number;
  /** Level of the intervals. Default: `0.95`. */
  level?: number;
}

/**
 * Shares weighted by precision, with intervals (see the module doc); documents in corpus
 * order, categories in lexicon order. A document without hits has `null` shares.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const score = {
 *   categories: ["PA", "SR"],
 *   entries: [{ category: "PA", entry: "regels", mode: "exact" as const }, { category: "SR", entry: "samen", mode: "exact" as const }],
 *   documents: [{ id: "a", categoryHits: [2, 2], entryHits: [2, 2] }],
 * };
 * const precision = new Map([["PA:regels", { relevant: 1, coded: 2, precision: 0.5 }], ["SR:samen", { relevant: 4, coded: 4, precision: 1 }]]);
 * const [pa, sr] = correctedShares(score as never, precision, { replicates: 200 });
 * // By hand: PA 2 × 0.5 = 1, SR 2 × 1 = 2: weighted shares 33.3 % and 66.7 %.
 * assert.deepEqual([pa.share, pa.weighted!.toFixed(1), sr.weighted!.toFixed(1)], [50, "33.3", "66.7"]);
 * assert.ok(pa.low! < pa.weighted! && pa.weighted! < pa.high!);
 * ```
 */
export function correctedShares(
  score: Pick<CorpusScore, "categories" | "entries" | "documents">,
  precision: ReadonlyMap<string, EntryPrecision>,
  options: CorrectedOptions = {},
): CorrectedShareRow[] {
  const replicates = options.replicates ?? 1000;
  const alpha = 1 - (options.level ?? 0.95);
  const random = mulberry32(deriveSeed(options.seed ?? 1, 3));
  const used = score.entries.map((e) => precision.get(`${e.category}:${e.entry}`)!);
  const categoryOf = score.entries.map((e) => score.categories.indexOf(e.category));
  const weighted = (doc: { entryHits: number[] }, p: readonly number[]) => {
    const sums = score.categories.map(() => 0);
    doc.entryHits.forEach((h, i) => sums[categoryOf[i]] += h * p[i]);
    const total = sums.reduce((a, b) => a + b, 0);
    return sums.map((s) => total === 0 ? null : (100 * s) / total);
  };
  const draws = Array.from(
    { length: replicates },
    () =>
      used.map((u) =>
        u.coded === 0 ? u.precision : betaDraw(u.relevant + 0.5, u.coded - u.relevant + 0.5, random)
      ),
  );
  return score.documents.flatMap((doc) => {
    const total = doc.categoryHits.reduce((a, b) => a + b, 0);
    const point = weighted(doc, used.map((u) => u.precision));
    const replicateShares = draws.map((p) => weighted(doc, p));
    return score.categories.map((category, c) => {
      const values = replicateShares.map((r) => r[c]).filter((v) => v !== null)
        .sort((a, b) => a - b);
      const at = (q: number) =>
        values.length === 0
          ? null
          : values[Math.min(values.length - 1, Math.floor(q * values.length))];
      return {
        document: doc.id,
        category,
        hits: doc.categoryHits[c],
        share: total === 0 ? null : (100 * doc.categoryHits[c]) / total,
        weighted: point[c],
        low: at(alpha / 2),
        high: at(1 - alpha / 2),
      };
    });
  });
}

/** Corrected share rows for `corrected-shares.csv` (1 decimal). */
export function correctedShareTableRows(
  rows: readonly CorrectedShareRow[],
): Record<string, string | number>[] {
  const fixed = (v: number | null) => v === null ? "" : formatFixed(v, 1);
  return rows.map((r) => ({
    ...r,
    share: fixed(r.share),
    weighted: fixed(r.weighted),
    low: fixed(r.low),
    high: fixed(r.high),
  }));
}

/** A draw from Beta(a, b), as X / (X + Y) of two Gamma draws. */
export function betaDraw(a: number, b: number, random: Random): number {
  const x = gammaDraw(a, random);
  const y = gammaDraw(b, random);
  return x / (x + y);
}

/** A draw from Gamma(shape, 1): Marsaglia & Tsang (2000), with the boost for shape < 1. */
function gammaDraw(shape: number, random: Random): number {
  if (shape < 1) return gammaDraw(shape + 1, random) * Math.pow(1 - random.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = 1 - random.next();
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Shares of a scoring as lib/robustness's DocumentShares (by perspective). */
function sharesFrom(
  score: CorpusScore,
  weights?: readonly number[],
): DocumentShares[] {
  const names = score.documents.map((d) => d.metadata.municipality ?? d.id);
  const unique = new Set(names).size === names.length;
  return score.documents.map((doc, d) => {
    const sums = PERSPECTIVES.map(() => 0);
    doc.entryHits.forEach((h, i) => {
      const p = PERSPECTIVES.indexOf(score.entries[i].category as Perspective);
      if (p >= 0) sums[p] += h * (weights?.[i] ?? 1);
    });
    const total = sums.reduce((a, b) => a + b, 0);
    return {
      document: doc.id,
      name: unique ? names[d] : doc.id,
      total,
      shares: total === 0
        ? null
        : Object.fromEntries(PERSPECTIVES.map((p, k) => [p, (100 * sums[k]) / total])) as Record<
          Perspective,
          number
        >,
    };
  });
}

/** The variants compared by {@linkcode thresholdEffect}. */
export const VARIANTS = ["all", "weighted", "dropped"] as const;

/** One group × perspective: the mean share under each variant. */
export interface GroupMeanChange {
  grouping: "size_class" | "region";
  group: string;
  perspective: Perspective;
  n: number;
  all: number | null;
  weighted: number | null;
  dropped: number | null;
}

/** One role of the case selection under each variant. */
export interface SelectionChange {
  role: string;
  all: string;
  weighted: string;
  dropped: string;
}

/** What {@linkcode thresholdEffect} found. */
export interface ThresholdEffect {
  threshold: number;
  /** Entries dropped, as `category:entry`. */
  dropped: string[];
  means: GroupMeanChange[];
  selection: SelectionChange[];
}

/** Columns of `threshold-means.csv` and `threshold-selection.csv`. */
export const THRESHOLD_COLUMNS = {
  means: ["grouping", "group", "perspective", "n", "all", "weighted", "dropped"],
  selection: ["role", "all", "weighted", "dropped"],
} as const;

/**
 * Group means and case selection with all entries, weighted by precision, and without
 * the entries whose precision (point estimate, from at least one coded hit) is below
 * `threshold` (see the module doc). Documents without hits take no part.
 */
export async function thresholdEffect(
  corpus: Corpus,
  lexicon: Lexicon,
  precision: ReadonlyMap<string, EntryPrecision>,
  threshold: number,
): Promise<ThresholdEffect> {
  const baseline = await scoreCorpus(corpus, lexicon);
  const weights = baseline.entries.map((e) => precision.get(`${e.category}:${e.entry}`)!);
  const weak = new Set(
    baseline.entries
      .filter((_, i) => weights[i].coded > 0 && weights[i].precision < threshold)
      .map((e) => `${e.category}:${e.entry}`),
  );
  const kept = lexicon.entries.filter((e) => !weak.has(`${e.category}:${e.entry}`));
  const variants: Record<typeof VARIANTS[number], DocumentShares[]> = {
    all: sharesFrom(baseline),
    weighted: sharesFrom(baseline, weights.map((w) => w.precision)),
    dropped: kept.length === 0 ? sharesFrom(baseline, weights.map(() => 0)) : sharesFrom(
      await scoreCorpus(
        corpus,
        buildLexicon(kept, { name: lexicon.name, sha256: lexicon.sha256, mode: lexicon.mode }),
      ),
    ),
  };
  const means: GroupMeanChange[] = [];
  for (const grouping of ["size_class", "region"] as const) {
    const groups = [
      ...new Set(corpus.documents.map((d) => d.metadata[grouping] ?? "").filter((g) => g !== "")),
    ].sort();
    for (const group of groups) {
      const members = corpus.documents.flatMap((d, i) => d.metadata[grouping] === group ? [i] : []);
      for (const perspective of PERSPECTIVES) {
        const mean = (shares: DocumentShares[]) => {
          const values = members.flatMap((i) => shares[i].shares?.[perspective] ?? []);
          return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
        };
        means.push({
          grouping,
          group,
          perspective,
          n: members.length,
          all: mean(variants.all),
          weighted: mean(variants.weighted),
          dropped: mean(variants.dropped),
        });
      }
    }
  }
  const listLength = scaledListLength(corpus.documents.length);
  const picks = Object.fromEntries(
    VARIANTS.map((v) => [v, documentSelection(variants[v], listLength)]),
  ) as Record<typeof VARIANTS[number], Map<string, string>>;
  const selection = ROLES.map((role) => ({
    role,
    all: picks.all.get(role) ?? "—",
    weighted: picks.weighted.get(role) ?? "—",
    dropped: picks.dropped.get(role) ?? "—",
  }));
  return { threshold, dropped: [...weak], means, selection };
}

/** Group mean rows for `threshold-means.csv` (1 decimal). */
export function thresholdMeanTableRows(
  rows: readonly GroupMeanChange[],
): Record<string, string | number>[] {
  const fixed = (v: number | null) => v === null ? "" : formatFixed(v, 1);
  return rows.map((r) => ({
    ...r,
    all: fixed(r.all),
    weighted: fixed(r.weighted),
    dropped: fixed(r.dropped),
  }));
}

/** One entry: its influence on the results and its precision. */
export interface InfluenceRow {
  category: string;
  entry: string;
  hits: number;
  coded: number;
  precision: number | null;
  /** Largest change of a document's share when the entry is left out (pp). */
  max_change: number;
  selection_changes: string;
}

/** Columns of `entry-influence.csv`. */
export const INFLUENCE_COLUMNS = [
  "category",
  "entry",
  "hits",
  "coded",
  "precision",
  "max_change_pp",
  "selection_changes",
] as const;

/**
 * Every entry with hits, most influential first (largest share change, then hits, then
 * lexicon order), with its own precision (`null` when none of its hits was coded).
 */
export async function entryInfluence(
  corpus: Corpus,
  lexicon: Lexicon,
  rows: readonly PrecisionRow[],
): Promise<InfluenceRow[]> {
  const result = await leaveOneEntryOut(corpus, lexicon);
  const own = new Map(rows.filter((r) => r.level === "entry").map((r) => [r.name, r]));
  return result.entries
    .filter((e) => e.hits > 0)
    .map((e) => {
      const p = own.get(`${e.category}:${e.entry}`);
      return {
        category: e.category,
        entry: e.entry,
        hits: e.hits,
        coded: p?.coded ?? 0,
        precision: p?.coded ? p.precision : null,
        max_change: e.max_change,
        selection_changes: e.selection_changes.join("; "),
      };
    })
    .map((row, order) => ({ row, order }))
    .sort((a, b) =>
      b.row.max_change - a.row.max_change || b.row.hits - a.row.hits || a.order - b.order
    )
    .map(({ row }) => row);
}

/** Influence rows for `entry-influence.csv`. */
export function influenceTableRows(
  rows: readonly InfluenceRow[],
): Record<string, string | number>[] {
  return rows.map((r) => ({
    category: r.category,
    entry: r.entry,
    hits: r.hits,
    coded: r.coded,
    precision: r.precision === null ? "" : formatFixed(r.precision, 3),
    max_change_pp: formatFixed(r.max_change, 1),
    selection_changes: r.selection_changes,
  }));
}
