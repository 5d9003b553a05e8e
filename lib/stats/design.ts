/**
 * The study's design on any corpus: documents scored with any lexicon (its categories in
 * its order), grouped by any manifest column, described by group and over time, with the
 * highest and lowest documents per category. Unlike the chapter 6 modules (fixed to the
 * study's four perspectives, size classes and regions), everything here comes from the
 * run: the categories from the scorer's `settings.json`, the groups from the corpus
 * manifest (`lib/corpus/groupings.ts`).
 *
 * Measures, as in the study: a document's *share* of a category is 100 × its hits in the
 * category / its hits in all categories (%); *per 1,000* is 1,000 × hits / the
 * document's words. A document without any hit has no shares; it is left out of every
 * statistic and named in {@linkcode Design.withoutHits}.
 *
 * @module
 */
import pl from "nodejs-polars";
import { mean } from "simple-statistics";
import { z } from "zod";
import { REGIONS, SIZE_CLASSES } from "../data/mod.ts";
import { parseTable } from "../io/mod.ts";

/** One scored document with its groups. */
export interface DesignDocument {
  document: string;
  /** Its group in every grouping, by grouping. */
  groups: Record<string, string>;
  /** Its year, when the manifest gives one. */
  year?: number;
  /** Words of the document. */
  tokens: number;
  /** Hits per category. */
  hits: Record<string, number>;
}

/** A scored corpus ready for the design's statistics. */
export interface Design {
  /** The lexicon's categories, in its order. */
  categories: string[];
  /** The groupings, in order (manifest column names). */
  groupings: string[];
  /** Documents with at least one hit, in the scorer's order. */
  documents: DesignDocument[];
  /** Ids of documents without any hit (no shares). */
  withoutHits: string[];
}

/** The share (%) of `category` in `doc`'s hits. */
export function categoryShare(doc: DesignDocument, category: string): number {
  const total = Object.values(doc.hits).reduce((a, b) => a + b, 0);
  return (100 * (doc.hits[category] ?? 0)) / total;
}

const documentsRowSchema = z.object({
  document: z.string().min(1),
  category: z.string().min(1),
  hits: z.string().regex(/^\d+$/, "not a whole number").transform(Number),
  tokens: z.string().regex(/^\d+$/, "not a whole number").transform(Number),
});

/**
 * Build a design from the scorer's `documents.csv` text (one row per document ×
 * category, with `hits` and `tokens`), the lexicon's categories, and each document's
 * groups and year.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const csv = "document,category,hits,share_pct,per_1000_tokens,tokens\n" +
 *   "a,X,3,75.000,30.000,100\na,Y,1,25.000,10.000,100\nb,X,0,,0.000,50\nb,Y,0,,0.000,50\n";
 * const design = designFromScores(csv, ["X", "Y"], ["party"], new Map([["a", { party: "p" }], ["b", { party: "q" }]]));
 * assert.deepEqual(design.documents, [{ document: "a", groups: { party: "p" }, tokens: 100, hits: { X: 3, Y: 1 } }]);
 * assert.deepEqual(design.withoutHits, ["b"]);
 * ```
 */
export function designFromScores(
  documentsCsv: string,
  categories: readonly string[],
  groupings: readonly string[],
  groups: ReadonlyMap<string, Record<string, string>>,
  years: ReadonlyMap<string, number> = new Map(),
  file = "scoring/documents.csv",
): Design {
  const rows = parseTable(documentsCsv, documentsRowSchema, { file, ownOutput: true });
  const byDocument = new Map<string, DesignDocument>();
  for (const row of rows) {
    let doc = byDocument.get(row.document);
    if (doc === undefined) {
      doc = {
        document: row.document,
        groups: { ...(groups.get(row.document) ?? {}) },
        ...(years.has(row.document) ? { year: years.get(row.document) } : {}),
        tokens: row.tokens,
        hits: Object.fromEntries(categories.map((c) => [c, 0])),
      };
      byDocument.set(row.document, doc);
    }
    doc.hits[row.category] = row.hits;
  }
  const all = [...byDocument.values()];
  const hasHits = (d: DesignDocument) => Object.values(d.hits).some((h) => h > 0);
  return {
    categories: [...categories],
    groupings: [...groupings],
    documents: all.filter(hasHits),
    withoutHits: all.filter((d) => !hasHits(d)).map((d) => d.document),
  };
}

/**
 * Groups of a grouping in the order to show them: the study's size classes and regions in
 * the study's order, years by number, anything else in code-point order.
 */
export function groupOrder(grouping: string, groups: Iterable<string>): string[] {
  const unique = [...new Set(groups)];
  const fixed: readonly string[] | undefined = grouping === "size_class"
    ? SIZE_CLASSES
    : grouping === "region"
    ? REGIONS
    : undefined;
  if (fixed !== undefined) {
    return [
      ...fixed.filter((g) => unique.includes(g)),
      ...unique.filter((g) => !fixed.includes(g)).sort(),
    ];
  }
  if (grouping === "year") return unique.sort((a, b) => Number(a) - Number(b));
  return unique.sort();
}

/** The columns of `tables/means-by-group.csv`. */
export const MEANS_BY_GROUP_COLUMNS = [
  "grouping",
  "group",
  "category",
  "documents",
  "mean_share",
  "median_share",
  "sd_share",
  "mean_per_1000",
] as const;

/** One row of `tables/means-by-group.csv` (numbers unrounded). */
export interface GroupMeanRow {
  grouping: string;
  group: string;
  category: string;
  documents: number;
  mean_share: number;
  median_share: number;
  /** Sample standard deviation (n − 1); `null` for a group of one. */
  sd_share: number | null;
  mean_per_1000: number;
}

/**
 * The documents in long form as a polars frame: one row per document × category, with a
 * column per grouping, `year` (null when unknown), `category`, `share` and `per_1000`.
 */
export function designFrame(design: Design): pl.DataFrame {
  const rows = design.documents.flatMap((doc) =>
    design.categories.map((category) => ({
      document: doc.document,
      ...Object.fromEntries(design.groupings.map((g) => [`g:${g}`, doc.groups[g]])),
      year: doc.year ?? null,
      category,
      share: categoryShare(doc, category),
      per_1000: (1000 * doc.hits[category]) / doc.tokens,
    }))
  );
  return pl.DataFrame(rows);
}

/**
 * Mean, median and sample standard deviation of the shares, and the mean hits per 1,000
 * words, per grouping × group × category (polars `groupBy`): grouping `all` (group
 * `all`) first, then each grouping with its groups in {@linkcode groupOrder}, categories in
 * the lexicon's order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * // Worked by hand: shares of X are 75, 25 and 50; per 1,000 words 30, 10 and 20.
 * const doc = (document: string, party: string, x: number, y: number) =>
 *   ({ document, groups: { party }, tokens: 100, hits: { X: x, Y: y } });
 * const design = { categories: ["X", "Y"], groupings: ["party"], withoutHits: [],
 *   documents: [doc("a", "p", 3, 1), doc("b", "p", 1, 3), doc("c", "q", 2, 2)] };
 * const rows = meansByGroup(design).filter((r) => r.category === "X");
 * assert.deepEqual(rows.map((r) => [r.grouping, r.group, r.documents, r.mean_share, r.median_share, r.sd_share, r.mean_per_1000]), [
 *   ["all", "all", 3, 50, 50, 25, 20],
 *   ["party", "p", 2, 50, 50, Math.sqrt(1250), 20],
 *   ["party", "q", 1, 50, 50, null, 20],
 * ]);
 * ```
 */
export function meansByGroup(design: Design): GroupMeanRow[] {
  if (design.documents.length === 0) return [];
  const frame = designFrame(design);
  const out: GroupMeanRow[] = [];
  for (const grouping of ["all", ...design.groupings]) {
    const withGroup = frame.withColumns(
      (grouping === "all" ? pl.lit("all") : pl.col(`g:${grouping}`)).alias("group"),
    );
    const summary = withGroup.groupBy(["group", "category"]).agg(
      pl.col("share").count().alias("n"),
      pl.col("share").mean().alias("mean"),
      pl.col("share").median().alias("median"),
      pl.col("share").std().alias("sd"),
      pl.col("per_1000").mean().alias("per_1000"),
    ).toRecords() as {
      group: string;
      category: string;
      n: number;
      mean: number;
      median: number;
      sd: number | null;
      per_1000: number;
    }[];
    const found = new Map(summary.map((r) => [`${r.group}\u0000${r.category}`, r]));
    const groups = grouping === "all"
      ? ["all"]
      : groupOrder(grouping, design.documents.map((d) => d.groups[grouping]));
    for (const group of groups) {
      for (const category of design.categories) {
        const r = found.get(`${group}\u0000${category}`)!;
        const n = Number(r.n);
        out.push({
          grouping,
          group,
          category,
          documents: n,
          mean_share: r.mean,
          median_share: r.median,
          sd_share: n > 1 && r.sd !== null && Number.isFinite(r.sd) ? r.sd : null,
          mean_per_1000: r.per_1000,
        });
      }
    }
  }
  return out;
}

/** The columns of `tables/shares-over-time.csv`. */
export const OVER_TIME_COLUMNS = [
  "grouping",
  "group",
  "year",
  "category",
  "documents",
  "mean_share",
] as const;

/** One row of `tables/shares-over-time.csv`. */
export interface OverTimeRow {
  grouping: string;
  group: string;
  year: number;
  category: string;
  documents: number;
  mean_share: number;
}

/**
 * The mean share of each category per year, over all documents (grouping `all`) and per
 * group of each grouping; only documents with a year count. Years ascending, categories in
 * the lexicon's order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = (document: string, year: number, x: number) =>
 *   ({ document, groups: {}, year, tokens: 10, hits: { X: x, Y: 4 - x } });
 * const design = { categories: ["X", "Y"], groupings: [], withoutHits: [],
 *   documents: [doc("a", 2019, 1), doc("b", 2019, 3), doc("c", 2023, 4)] };
 * assert.deepEqual(sharesOverTime(design).filter((r) => r.category === "X").map((r) => [r.year, r.documents, r.mean_share]),
 *   [[2019, 2, 50], [2023, 1, 100]]);
 * ```
 */
export function sharesOverTime(design: Design): OverTimeRow[] {
  const dated = design.documents.filter((d) => d.year !== undefined);
  const out: OverTimeRow[] = [];
  for (const grouping of ["all", ...design.groupings]) {
    const groups = grouping === "all"
      ? ["all"]
      : groupOrder(grouping, dated.map((d) => d.groups[grouping]));
    for (const group of groups) {
      const members = dated.filter((d) => grouping === "all" || d.groups[grouping] === group);
      const years = [...new Set(members.map((d) => d.year!))].sort((a, b) => a - b);
      for (const year of years) {
        const ofYear = members.filter((d) => d.year === year);
        for (const category of design.categories) {
          out.push({
            grouping,
            group,
            year,
            category,
            documents: ofYear.length,
            mean_share: mean(ofYear.map((d) => categoryShare(d, category))),
          });
        }
      }
    }
  }
  return out;
}

/** How many documents the top and bottom lists hold: 5, or fewer for a small corpus. */
export function extremesSize(documents: number, wanted = 5): number {
  return Math.min(wanted, Math.floor(documents / 2));
}

/** The columns of `tables/extremes.csv`. */
export const EXTREMES_COLUMNS = ["category", "end", "rank", "document", "share_pct"] as const;

/** One row of `tables/extremes.csv`. */
export interface ExtremeRow {
  category: string;
  end: "top" | "bottom";
  /** Competition rank: 1 + the number of documents ranked strictly before. */
  rank: number;
  document: string;
  share_pct: number;
}

/**
 * The k highest and k lowest documents per category, k = {@linkcode extremesSize} of the
 * documents with hits (so the two lists never share a document). Ties share a rank, and
 * documents tied with the k-th are all listed; within a tie documents come by id.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = (document: string, x: number) => ({ document, groups: {}, tokens: 10, hits: { X: x, Y: 10 - x } });
 * const design = { categories: ["X", "Y"], groupings: [], withoutHits: [],
 *   documents: [doc("a", 1), doc("b", 9), doc("c", 5), doc("d", 9), doc("e", 3)] };
 * // 5 documents: k = 2. X shares: b 90, d 90, c 50, e 30, a 10.
 * assert.deepEqual(extremes(design).filter((r) => r.category === "X").map((r) => [r.end, r.rank, r.document]),
 *   [["top", 1, "b"], ["top", 1, "d"], ["bottom", 1, "a"], ["bottom", 2, "e"]]);
 * ```
 */
export function extremes(design: Design, wanted = 5): ExtremeRow[] {
  const k = extremesSize(design.documents.length, wanted);
  const out: ExtremeRow[] = [];
  if (k === 0) return out;
  for (const category of design.categories) {
    const scored = design.documents.map((d) => ({
      document: d.document,
      share: categoryShare(d, category),
    }));
    for (const end of ["top", "bottom"] as const) {
      const sign = end === "top" ? -1 : 1;
      const sorted = [...scored].sort((a, b) =>
        sign * (a.share - b.share) || (a.document < b.document ? -1 : 1)
      );
      const cut = sorted[k - 1].share;
      sorted.forEach((row, i) => {
        if (i >= k && row.share !== cut) return;
        const rank = 1 + sorted.findIndex((other) => other.share === row.share);
        if (rank > k) return;
        out.push({ category, end, rank, document: row.document, share_pct: row.share });
      });
    }
  }
  return out;
}

/** The columns of `tables/cases.csv`. */
export const CASES_COLUMNS = ["role", "category", "document", "share_pct"] as const;

/** One selected case. */
export interface CaseRow {
  /** `highest`: the highest share in `category`; `typical`: closest to the mean shares. */
  role: "highest" | "typical";
  /** The category (empty for `typical`). */
  category: string;
  document: string;
  /** The share in `category` (`null` for `typical`). */
  share_pct: number | null;
  /** For `typical`: the Euclidean distance of its shares to the mean shares. */
  distance?: number;
  /** For `typical`: other documents exactly as close (the first by id is taken). */
  tied?: string[];
}

/**
 * Case selection for any categories: per category the document with the highest share
 * (ties: the first by id), and the most typical document, whose shares lie closest
 * (Euclidean distance over all categories) to the mean shares of all documents.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = (document: string, x: number) => ({ document, groups: {}, tokens: 10, hits: { X: x, Y: 10 - x } });
 * const design = { categories: ["X", "Y"], groupings: [], withoutHits: [],
 *   documents: [doc("a", 1), doc("b", 9), doc("c", 4)] };
 * // Means: X 46.67, Y 53.33; c (40, 60) is closest.
 * assert.deepEqual(selectCases(design).map((r) => [r.role, r.category, r.document]),
 *   [["highest", "X", "b"], ["highest", "Y", "a"], ["typical", "", "c"]]);
 * ```
 */
export function selectCases(design: Design): CaseRow[] {
  if (design.documents.length === 0) return [];
  const byId = [...design.documents].sort((a, b) => (a.document < b.document ? -1 : 1));
  // Each document's shares and, below, its distance to the mean: computed once.
  const shares = byId.map((doc) => design.categories.map((c) => categoryShare(doc, c)));
  const out: CaseRow[] = design.categories.map((category, c) => {
    let best = 0;
    for (let d = 1; d < byId.length; d++) if (shares[d][c] > shares[best][c]) best = d;
    return {
      role: "highest" as const,
      category,
      document: byId[best].document,
      share_pct: shares[best][c],
    };
  });
  const centre = design.categories.map((_, c) => mean(shares.map((row) => row[c])));
  const distances = shares.map((row) => Math.hypot(...row.map((share, c) => share - centre[c])));
  let typical = 0;
  for (let d = 1; d < byId.length; d++) if (distances[d] < distances[typical]) typical = d;
  const tied = byId.filter((_, d) =>
    d !== typical && Math.abs(distances[d] - distances[typical]) < 1e-9
  ).map((doc) => doc.document);
  out.push({
    role: "typical",
    category: "",
    document: byId[typical].document,
    share_pct: null,
    distance: distances[typical],
    ...(tied.length > 0 ? { tied } : {}),
  });
  return out;
}
