/**
 * The hits behind each row of a score table: how many signal words on each perspective
 * the shares were computed from. Every uncertainty in this folder depends on them: a
 * share of 20 % from 5 hits of 25 is far less certain than one from 60 hits of 300.
 *
 * Two sources, in this order:
 *
 * 1. `corpus`: the real counts, when the shares were computed from a scored corpus
 *    (counts passed in, e.g. from {@linkcode countsFromCorpusScore}, or read back by
 *    {@linkcode loadHitCounts} from the scorer's `documents.csv`).
 * 2. `minimal`: otherwise (the printed percentages of Bijlage G) the **smallest** whole
 *    counts that reproduce the printed row (`minimalHits` of lib/audit). The true
 *    number of hits in a plan can only be this number or larger. Fewer hits mean more
 *    chance variation, so intervals and resampling built on the smallest counts are the
 *    **widest** the printed numbers allow: a conservative assumption. A finding that
 *    holds under it holds a fortiori for any larger plan; a finding that fails under it
 *    may still hold if the plans were in fact much larger. The smallest count is not an
 *    estimate of the real one.
 * 3. `minimal, one share refitted`: a printed row that no whole counts reproduce (Hoorn
 *    in Bijlage G, whose shares sum to 101.3) gets the smallest counts that reproduce
 *    all shares but one, the refitted share taking the remaining hits (the likeliest
 *    misprint, as in lib/audit `explainNoFit`).
 *
 * @module
 */
import { max, median, min } from "simple-statistics";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import {
  minimalHits,
  type MinimalHitsOptions,
  minimalHitsWithFreeShare,
} from "../audit/minimal_hits.ts";
import { type Perspective, PERSPECTIVES, projectRoot } from "../data/mod.ts";
import { InputError, parseCsv, readTextFile } from "../io/mod.ts";
import type { CorpusScore } from "../score/mod.ts";
import { formatFixed, type ScoreTable } from "../stats/mod.ts";

/** Where a row's counts come from (see the module doc). */
export const HIT_BASES = ["corpus", "minimal", "minimal, one share refitted"] as const;
/** A basis. */
export type HitBasis = typeof HIT_BASES[number];

/** The hits behind one municipality's shares. */
export interface HitCounts {
  municipality: string;
  /** Hits per perspective. */
  counts: Record<Perspective, number>;
  /** All hits. */
  N: number;
  basis: HitBasis;
  /** Empty, or what was refitted and why. */
  note: string;
}

/** Real counts by municipality, perspectives in PA, NPM, NPG, SR order. */
export type KnownCounts = ReadonlyMap<string, readonly number[]>;

/** Options of {@linkcode hitCountsFor}. */
export interface HitCountsOptions extends MinimalHitsOptions {
  /** Real counts by municipality (basis `corpus`). Default: none. */
  counts?: KnownCounts;
}

/**
 * The hits behind every row of `scores` (in row order): real counts where `options.counts`
 * has them, else the smallest counts consistent with the printed (or one-decimal)
 * shares. A row that fits neither is an `InputError`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const scores = scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: 25, NPM: 25, NPG: 25, SR: 25 },
 *   { municipality: "B", size_class: "G4", region: "west", PA: 6, NPM: 2, NPG: 58, SR: 34 },
 * ]);
 * const rows = hitCountsFor(scores, { counts: new Map([["A", [10, 10, 10, 10]]]) });
 * assert.deepEqual(rows.map((r) => [r.municipality, r.N, r.basis]), [
 *   ["A", 40, "corpus"], ["B", 50, "minimal"],
 * ]);
 * ```
 */
export function hitCountsFor(scores: ScoreTable, options: HitCountsOptions = {}): HitCounts[] {
  return scores.rows.map((row) => {
    const known = options.counts?.get(row.municipality);
    if (known !== undefined) {
      if (
        known.length !== PERSPECTIVES.length || known.some((n) => !Number.isInteger(n) || n < 0)
      ) {
        throw new InputError(
          `counts for ${row.municipality} must be ${PERSPECTIVES.length} whole numbers ≥ 0, got ${
            known.join(", ")
          }`,
        );
      }
      return withCounts(row.municipality, known, "corpus", "");
    }
    const printed = PERSPECTIVES.map((p) =>
      scores.meta.printed?.[row.municipality]?.[p] ?? formatFixed(row[p], 1)
    );
    const fit = minimalHits(printed, options);
    if (fit !== null) return withCounts(row.municipality, fit.counts, "minimal", "");
    const refits = PERSPECTIVES.map((_, i) => minimalHitsWithFreeShare(printed, i, options))
      .filter((f) => f !== null)
      .sort((a, b) => a.total - b.total || a.free - b.free);
    const best = refits[0];
    if (best === undefined) {
      throw new InputError(
        `no whole hit counts reproduce the shares ${
          printed.join(", ")
        }, even with one share left free`,
        { field: row.municipality },
      );
    }
    const sum = printed.reduce((total, text) => total + Number(text), 0);
    const free = PERSPECTIVES[best.free];
    return withCounts(
      row.municipality,
      best.counts,
      "minimal, one share refitted",
      `printed shares sum to ${formatFixed(sum, 1)}; ${free} refitted to ${best.freeShare} ` +
        `(printed ${printed[best.free]})`,
    );
  });
}

/** Columns of `robustness-hit-counts.csv`. */
export const HIT_COUNT_COLUMNS = [
  "municipality",
  "N",
  "PA",
  "NPM",
  "NPG",
  "SR",
  "basis",
  "note",
] as const;

/** Hit counts as rows for `writeTable` and `displayTable`. */
export function hitCountTableRows(hits: readonly HitCounts[]): Record<string, string | number>[] {
  return hits.map((h) => ({
    municipality: h.municipality,
    N: h.N,
    ...h.counts,
    basis: h.basis,
    note: h.note,
  }));
}

/**
 * The rows worth a look: the `count` plans with the fewest hits and every refitted row,
 * fewest hits first (ties by name order as given).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const h = (municipality: string, N: number, basis: "minimal" | "minimal, one share refitted" = "minimal") =>
 *   ({ municipality, counts: { PA: N, NPM: 0, NPG: 0, SR: 0 }, N, basis, note: "" });
 * const rows = notableHits([h("A", 50), h("B", 30), h("C", 90, "minimal, one share refitted"), h("D", 70)], 2);
 * assert.deepEqual(rows.map((r) => r.municipality), ["B", "A", "C"]);
 * ```
 */
export function notableHits(hits: readonly HitCounts[], count: number): HitCounts[] {
  const thinnest = new Set(
    [...hits].sort((a, b) => a.N - b.N).slice(0, count).map((h) => h.municipality),
  );
  return hits.filter((h) =>
    thinnest.has(h.municipality) || h.basis === "minimal, one share refitted"
  )
    .sort((a, b) => a.N - b.N);
}

/** How many hits the plans rest on: smallest, median and largest N, and the count per basis. */
export type HitSummary = {
  plans: number;
  min_N: number;
  median_N: number;
  max_N: number;
  /** Plans whose smallest perspective count is below 5 (Goodman's rule of thumb). */
  below_5: number;
  basis: string;
};

/**
 * Summary of the hit counts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const h = (N: number, PA: number) => ({ municipality: String(N), counts: { PA, NPM: 5, NPG: 5, SR: N - PA - 10 }, N, basis: "minimal" as const, note: "" });
 * assert.deepEqual(hitSummary([h(40, 2), h(50, 10), h(100, 20)]),
 *   { plans: 3, min_N: 40, median_N: 50, max_N: 100, below_5: 1, basis: "minimal 3" });
 * ```
 */
export function hitSummary(hits: readonly HitCounts[]): HitSummary {
  const Ns = hits.map((h) => h.N);
  const bases = HIT_BASES.map((b) => ({ b, n: hits.filter((h) => h.basis === b).length }))
    .filter((x) => x.n > 0);
  return {
    plans: hits.length,
    min_N: Ns.length === 0 ? NaN : min(Ns),
    median_N: Ns.length === 0 ? NaN : median(Ns),
    max_N: Ns.length === 0 ? NaN : max(Ns),
    below_5: hits.filter((h) => PERSPECTIVES.some((p) => h.counts[p] < 5)).length,
    basis: bases.map((x) => `${x.b} ${x.n}`).join(", "),
  };
}

/**
 * The same plans with every count multiplied by `factor` (same shares, `factor` times
 * the hits): for asking how the answers change if the plans were larger than the
 * smallest counts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [row] = scaleHits([{ municipality: "A", counts: { PA: 1, NPM: 2, NPG: 3, SR: 4 }, N: 10, basis: "minimal", note: "" }], 4);
 * assert.deepEqual([row.counts.SR, row.N], [16, 40]);
 * ```
 */
export function scaleHits(hits: readonly HitCounts[], factor: number): HitCounts[] {
  if (!Number.isInteger(factor) || factor < 1) {
    throw new RangeError(`factor must be a whole number ≥ 1, got ${factor}`);
  }
  return hits.map((h) => ({
    ...h,
    counts: Object.fromEntries(PERSPECTIVES.map((p) => [p, h.counts[p] * factor])) as Record<
      Perspective,
      number
    >,
    N: h.N * factor,
  }));
}

function withCounts(
  municipality: string,
  counts: readonly number[],
  basis: HitBasis,
  note: string,
): HitCounts {
  const record = Object.fromEntries(PERSPECTIVES.map((p, i) => [p, counts[i]])) as Record<
    Perspective,
    number
  >;
  return { municipality, counts: record, N: counts.reduce((a, b) => a + b, 0), basis, note };
}

/**
 * Real counts from a scoring result: per municipality (the manifest's municipality, else
 * the document id) the hits on PA, NPM, NPG and SR, summed over its documents. The
 * lexicon's categories must include the four perspectives.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const result = {
 *   categories: ["PA", "NPM", "NPG", "SR"],
 *   documents: [{ id: "x", metadata: { municipality: "X" }, categoryHits: [1, 2, 3, 4] }],
 * };
 * assert.deepEqual([...countsFromCorpusScore(result)], [["X", [1, 2, 3, 4]]]);
 * ```
 */
export function countsFromCorpusScore(
  result: Pick<CorpusScore, "categories"> & {
    documents: readonly Pick<
      CorpusScore["documents"][number],
      "id" | "metadata" | "categoryHits"
    >[];
  },
): Map<string, number[]> {
  const index = PERSPECTIVES.map((p) => result.categories.indexOf(p));
  const missing = PERSPECTIVES.filter((_, i) => index[i] < 0);
  if (missing.length > 0) {
    throw new InputError(`the lexicon has no category ${missing.join(", ")}`);
  }
  const out = new Map<string, number[]>();
  for (const doc of result.documents) {
    const name = doc.metadata.municipality ?? doc.id;
    const counts = out.get(name) ?? [0, 0, 0, 0];
    index.forEach((j, i) => counts[i] += doc.categoryHits[j]);
    out.set(name, counts);
  }
  return out;
}

/**
 * The counts behind a score table, wherever they are: for a table computed from a
 * corpus (`meta.source` `corpus`) the `hits` column of the scorer's `documents.csv`
 * (`meta.files[0]`), tied to municipalities through the manifest or `corpus.csv` that
 * `loadScoreTable` read (`meta.files[1]`, when there is one); then
 * {@linkcode hitCountsFor} (smallest counts for every row without real ones).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadScoreTable } from "../stats/mod.ts";
 * const rows = await loadHitCounts(await loadScoreTable({ source: "published" }));
 * const helmond = rows.find((r) => r.municipality === "Helmond")!;
 * assert.deepEqual([helmond.N, helmond.basis], [50, "minimal"]);
 * ```
 */
export async function loadHitCounts(
  scores: ScoreTable,
  options: MinimalHitsOptions = {},
): Promise<HitCounts[]> {
  if (scores.meta.source !== "corpus" || scores.meta.files.length === 0) {
    return hitCountsFor(scores, options);
  }
  const root = fileURLToPath(projectRoot);
  const read = async (file: string) =>
    parseCsv(await readTextFile(resolve(root, file), { displayName: file }), { file });
  const documents = await read(scores.meta.files[0]);
  if (!["document", "category", "hits"].every((c) => documents.header.includes(c))) {
    return hitCountsFor(scores, options);
  }
  const municipalityOf = new Map<string, string>();
  const placements = scores.meta.files[1];
  if (placements !== undefined && placements.endsWith(".csv")) {
    const table = await read(placements);
    const key = ["id", "document"].find((k) => table.header.includes(k));
    if (key !== undefined && table.header.includes("municipality")) {
      for (const record of table.records) {
        if (record.values.municipality !== "") {
          municipalityOf.set(record.values[key], record.values.municipality);
        }
      }
    }
  }
  const counts = new Map<string, number[]>();
  for (const record of documents.records) {
    const v = record.values;
    const i = PERSPECTIVES.indexOf(v.category as Perspective);
    if (i < 0) continue;
    if (!/^\d+$/.test(v.hits)) {
      throw new InputError(`"${v.hits}" is not a whole number of hits`, {
        file: scores.meta.files[0],
        line: record.line,
        field: "hits",
      });
    }
    const name = v.municipality || municipalityOf.get(v.document) || v.document;
    const row = counts.get(name) ?? [0, 0, 0, 0];
    row[i] += Number(v.hits);
    counts.set(name, row);
  }
  return hitCountsFor(scores, { ...options, counts });
}
