/**
 * Document length and the measure: the study's share (a category's hits as % of a
 * document's hits) ignores how long a document is; hits per 1,000 words do not; presence
 * (at least one hit) ignores how often. Side by side, with the conclusions each supports:
 * the order of the categories by their mean, the group with the highest mean per
 * category (by size class and by region), and the document highest on each category.
 * A conclusion holds when all three measures give it (presence cannot rank documents and
 * is left out of that conclusion).
 *
 * @module
 */
import type { CorpusScore } from "../score/mod.ts";
import { formatFixed } from "../stats/mod.ts";

/** The three measures. */
export const LENGTH_MEASURES = ["share", "per_1000", "presence"] as const;
/** One of {@linkcode LENGTH_MEASURES}. */
export type LengthMeasure = typeof LENGTH_MEASURES[number];

/** A mean of each measure over a group of documents. */
export interface LengthMeanRow {
  grouping: "all" | "size_class" | "region";
  group: string;
  category: string;
  n: number;
  /** Mean share (%), over documents with hits. */
  share: number | null;
  /** Mean hits per 1,000 words, over documents with words. */
  per_1000: number | null;
  /** % of documents with at least one hit of the category. */
  presence: number | null;
}

/** Columns of `length-means.csv`. */
export const LENGTH_MEAN_COLUMNS = [
  "grouping",
  "group",
  "category",
  "n",
  "share",
  "per_1000",
  "presence",
] as const;

/** A conclusion under each measure. */
export interface LengthConclusionRow {
  conclusion: string;
  share: string;
  per_1000: string;
  presence: string;
  /** `yes` when every measure that applies gives the same answer. */
  holds: "yes" | "no";
}

/** Columns of `length-conclusions.csv`. */
export const LENGTH_CONCLUSION_COLUMNS = [
  "conclusion",
  "share",
  "per_1000",
  "presence",
  "holds",
] as const;

function valuesOf(score: Pick<CorpusScore, "documents">, c: number) {
  return score.documents.map((doc) => {
    const total = doc.categoryHits.reduce((a, b) => a + b, 0);
    return {
      share: total === 0 ? null : (100 * doc.categoryHits[c]) / total,
      per_1000: doc.tokens === 0 ? null : (1000 * doc.categoryHits[c]) / doc.tokens,
      presence: doc.tokens === 0 ? null : doc.categoryHits[c] > 0 ? 100 : 0,
    };
  });
}

const mean = (values: (number | null)[]) => {
  const kept = values.filter((v): v is number => v !== null);
  return kept.length === 0 ? null : kept.reduce((a, b) => a + b, 0) / kept.length;
};

/**
 * Means of the three measures overall and per size class and region (groups sorted),
 * categories in lexicon order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = (id: string, tokens: number, hits: number[]) => ({ id, tokens, categoryHits: hits, metadata: {} });
 * // A short plan with one PA hit and a long plan with 10 PA and 10 SR hits.
 * const score = { categories: ["PA", "SR"], documents: [doc("a", 100, [1, 0]), doc("b", 10000, [10, 10])] };
 * const [pa, sr] = lengthMeans(score as never);
 * assert.deepEqual([pa.share, pa.per_1000, pa.presence], [75, 5.5, 100]);
 * assert.deepEqual([sr.share, sr.per_1000, sr.presence], [25, 0.5, 50]);
 * ```
 */
export function lengthMeans(
  score: Pick<CorpusScore, "categories" | "documents">,
): LengthMeanRow[] {
  const rows: LengthMeanRow[] = [];
  const perCategory = score.categories.map((_, c) => valuesOf(score, c));
  for (const grouping of ["all", "size_class", "region"] as const) {
    const groupOf = (i: number) =>
      grouping === "all" ? "all" : score.documents[i].metadata[grouping] ?? "";
    const groups = [...new Set(score.documents.map((_, i) => groupOf(i)))]
      .filter((g) => g !== "").sort();
    for (const group of groups) {
      const members = score.documents.flatMap((_, i) => groupOf(i) === group ? [i] : []);
      score.categories.forEach((category, c) => {
        const values = members.map((i) => perCategory[c][i]);
        rows.push({
          grouping,
          group,
          category,
          n: members.length,
          share: mean(values.map((v) => v.share)),
          per_1000: mean(values.map((v) => v.per_1000)),
          presence: mean(values.map((v) => v.presence)),
        });
      });
    }
  }
  return rows;
}

/**
 * The conclusions under each measure (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = (id: string, tokens: number, hits: number[]) => ({ id, tokens, categoryHits: hits, metadata: {} });
 * const score = { categories: ["PA", "SR"], documents: [doc("a", 100, [1, 0]), doc("b", 10000, [10, 10])] };
 * const [order, topPa] = lengthConclusions(score as never);
 * assert.deepEqual(order, { conclusion: "order of the categories by their mean", share: "PA > SR", per_1000: "PA > SR", presence: "PA > SR", holds: "yes" });
 * // By share the short plan "a" is highest on PA (100 %); per 1,000 words too (10 against 1).
 * assert.deepEqual([topPa.share, topPa.per_1000, topPa.holds], ["a", "a", "yes"]);
 * ```
 */
export function lengthConclusions(
  score: Pick<CorpusScore, "categories" | "documents">,
): LengthConclusionRow[] {
  const means = lengthMeans(score);
  const rows: LengthConclusionRow[] = [];
  const fmt = (v: number | null) => v === null ? -Infinity : Number(formatFixed(v, 6));
  const highest = (items: { name: string; value: number | null }[]) => {
    const top = Math.max(...items.map((i) => fmt(i.value)));
    if (top === -Infinity) return "—";
    return items.filter((i) => fmt(i.value) === top).map((i) => i.name).join(" = ");
  };
  const order = (measure: LengthMeasure) => {
    const overall = means.filter((m) => m.grouping === "all");
    const sorted = [...overall].sort((a, b) => fmt(b[measure]) - fmt(a[measure]));
    return sorted.map((m, i) =>
      (i === 0 ? "" : fmt(m[measure]) === fmt(sorted[i - 1][measure]) ? " = " : " > ") + m.category
    ).join("");
  };
  const row = (conclusion: string, answers: Record<LengthMeasure, string>, skip = false) => {
    const given = skip ? [answers.share, answers.per_1000] : Object.values(answers);
    rows.push({ conclusion, ...answers, holds: new Set(given).size === 1 ? "yes" : "no" });
  };
  row("order of the categories by their mean", {
    share: order("share"),
    per_1000: order("per_1000"),
    presence: order("presence"),
  });
  score.categories.forEach((category, c) => {
    const values = valuesOf(score, c);
    const docs = (measure: "share" | "per_1000") =>
      highest(score.documents.map((d, i) => ({ name: d.id, value: values[i][measure] })));
    row(`document highest on ${category}`, {
      share: docs("share"),
      per_1000: docs("per_1000"),
      presence: "(cannot rank)",
    }, true);
  });
  for (const grouping of ["size_class", "region"] as const) {
    for (const category of score.categories) {
      const groups = means.filter((m) => m.grouping === grouping && m.category === category);
      if (groups.length < 2) continue;
      const top = (measure: LengthMeasure) =>
        highest(groups.map((g) => ({ name: g.group, value: g[measure] })));
      row(`${grouping} with the highest mean on ${category}`, {
        share: top("share"),
        per_1000: top("per_1000"),
        presence: top("presence"),
      });
    }
  }
  return rows;
}

/** Mean rows for `length-means.csv` (2 decimals). */
export function lengthMeanTableRows(
  rows: readonly LengthMeanRow[],
): Record<string, string | number>[] {
  const fixed = (v: number | null) => v === null ? "" : formatFixed(v, 2);
  return rows.map((r) => ({
    ...r,
    share: fixed(r.share),
    per_1000: fixed(r.per_1000),
    presence: fixed(r.presence),
  }));
}
