/**
 * How certain is the order of the perspectives over all municipalities (chapter 6: SR
 * most present, then NPG, NPM, and PA least, each newer perspective a little more
 * present than the older one)?
 *
 * **Two-stage bootstrap.** Each replicate draws 49 municipalities with replacement from
 * the 49 (the variation between municipalities: would the order hold for another set
 * of similar municipalities?) and then, when hit counts are given, redraws each drawn
 * municipality's hits from its multinomial (the variation within a plan, as in
 * `stability.ts`). The 49 are close to all large municipalities rather than a random
 * sample, so read the first stage as "how much the order depends on which
 * municipalities happen to be in the set". Seeded; percentile intervals.
 *
 * Reported: how often the whole order comes out the same (by arithmetic means, and by
 * the compositional centre of `compositional.ts`), and for each pair of neighbours in
 * the observed order the mean paired difference (per municipality, higher minus lower
 * share) with its interval and how often its sign holds.
 *
 * @module
 */
import { meanSimple, quantileSorted } from "simple-statistics";
import { z } from "zod";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import { formatFixed, type ScoreRow, type ScoreTable } from "../stats/mod.ts";
import { compositionalCentre, DEFAULT_DELTA } from "./compositional.ts";
import type { HitCounts } from "./hit_counts.ts";
import { mulberry32 } from "../io/mod.ts";
import { drawMultinomial } from "./sampling.ts";

/** Options of {@linkcode perspectiveOrder}. */
export interface PerspectiveOrderOptions {
  /** Replicates. Default: 2000. */
  replicates?: number;
  /** Seed. Default: 1986. */
  seed?: number;
  /** Hits per municipality; when given, each replicate also redraws them. Default: none. */
  hits?: readonly HitCounts[];
  /** Level of the intervals. Default: 0.95. */
  level?: number;
  /** δ for zeros in the compositional centre. Default: 0.5. */
  delta?: number;
}

const optionsSchema = z.object({
  replicates: z.number().int().min(1).default(2000),
  seed: z.number().int().default(1986),
  level: z.number().gt(0).lt(1).default(0.95),
  delta: z.number().gt(0).default(DEFAULT_DELTA),
});

/** One pair of neighbours in the observed order. */
export interface OrderPairRow {
  higher: Perspective;
  lower: Perspective;
  /** Mean over municipalities of (higher − lower), pp. */
  difference: number;
  interval_lower: number;
  interval_upper: number;
  /** Share of replicates in which the difference keeps its sign. */
  frequency: number;
}

/** The result of {@linkcode perspectiveOrder}. */
export interface PerspectiveOrderResult {
  /** Most to least present, by arithmetic mean. */
  order: Perspective[];
  means: Record<Perspective, number>;
  /** Share of replicates with exactly this order. */
  same_order: number;
  /** Share of replicates in which the first stays first and the last stays last. */
  same_first: number;
  same_last: number;
  /** Most to least present by compositional centre, and how often that order holds. */
  order_compositional: Perspective[];
  same_order_compositional: number;
  pairs: OrderPairRow[];
  replicates: number;
  /** Whether hits were redrawn (two stages) or only municipalities (one). */
  stages: 1 | 2;
}

/**
 * Bootstrap the order of the perspectives (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const rows = [0, 1, 2, 3, 4, 5].map((i) => ({
 *   municipality: `m${i}`, size_class: "G4", region: "west", PA: 10 + i, NPM: 20, NPG: 30, SR: 40 - i,
 * }) as const);
 * const result = perspectiveOrder(scoreTableFromRows(rows), { replicates: 200 });
 * assert.deepEqual(result.order, ["SR", "NPG", "NPM", "PA"]);
 * assert.equal(result.same_order, 1);
 * ```
 */
export function perspectiveOrder(
  scores: ScoreTable,
  options: PerspectiveOrderOptions = {},
): PerspectiveOrderResult {
  const { replicates, seed, level, delta } = optionsSchema.parse(options);
  const rows = scores.rows;
  const n = rows.length;
  const meansOf = (sample: readonly ScoreRow[]) =>
    PERSPECTIVES.map((p) => meanSimple(sample.map((r) => r[p])));
  const orderOf = (values: readonly number[]) =>
    PERSPECTIVES.map((p, i) => ({ p, v: values[i] })).sort((a, b) => b.v - a.v).map((x) => x.p);
  const observedMeans = meansOf(rows);
  const order = orderOf(observedMeans);
  const orderC = orderOf(compositionalCentre(rows, { delta }));
  const pairs = order.slice(0, -1).map((higher, i) => ({ higher, lower: order[i + 1] }));
  const pairDiffs = pairs.map(() => new Array<number>(replicates));
  const hitsByName = new Map((options.hits ?? []).map((h) => [h.municipality, h]));
  const redraw = options.hits !== undefined;
  const plans = rows.map((row) => {
    const h = hitsByName.get(row.municipality);
    if (redraw && h === undefined) throw new Error(`no hit counts for ${row.municipality}`);
    return h === undefined ? undefined : { p: PERSPECTIVES.map((q) => h.counts[q] / h.N), N: h.N };
  });
  const random = mulberry32(seed);
  let same = 0;
  let sameFirst = 0;
  let sameLast = 0;
  let sameC = 0;
  for (let b = 0; b < replicates; b++) {
    const sample: ScoreRow[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const i = random.int(n);
      const plan = plans[i];
      if (plan === undefined) {
        sample[j] = rows[i];
      } else {
        const counts = drawMultinomial(plan.p, plan.N, random);
        sample[j] = {
          ...rows[i],
          PA: (100 * counts[0]) / plan.N,
          NPM: (100 * counts[1]) / plan.N,
          NPG: (100 * counts[2]) / plan.N,
          SR: (100 * counts[3]) / plan.N,
        };
      }
    }
    const means = meansOf(sample);
    const o = orderOf(means);
    if (o.every((p, i) => p === order[i])) same++;
    if (o[0] === order[0]) sameFirst++;
    if (o[o.length - 1] === order[order.length - 1]) sameLast++;
    const oc = orderOf(compositionalCentre(sample, { delta }));
    if (oc.every((p, i) => p === orderC[i])) sameC++;
    pairs.forEach((pair, k) => {
      pairDiffs[k][b] = means[PERSPECTIVES.indexOf(pair.higher)] -
        means[PERSPECTIVES.indexOf(pair.lower)];
    });
  }
  const alpha = 1 - level;
  return {
    order,
    means: Object.fromEntries(PERSPECTIVES.map((p, i) => [p, observedMeans[i]])) as Record<
      Perspective,
      number
    >,
    same_order: same / replicates,
    same_first: sameFirst / replicates,
    same_last: sameLast / replicates,
    order_compositional: orderC,
    same_order_compositional: sameC / replicates,
    pairs: pairs.map((pair, k) => {
      const sorted = [...pairDiffs[k]].sort((a, b) => a - b);
      return {
        ...pair,
        difference: observedMeans[PERSPECTIVES.indexOf(pair.higher)] -
          observedMeans[PERSPECTIVES.indexOf(pair.lower)],
        interval_lower: quantileSorted(sorted, alpha / 2),
        interval_upper: quantileSorted(sorted, 1 - alpha / 2),
        frequency: sorted.filter((d) => d > 0).length / replicates,
      };
    }),
    replicates,
    stages: redraw ? 2 : 1,
  };
}

/** Columns of `robustness-perspective-order.csv`. */
export const ORDER_PAIR_COLUMNS = [
  "higher",
  "lower",
  "difference",
  "interval_lower",
  "interval_upper",
  "frequency_pct",
] as const;

/** Pair rows for `writeTable` (pp with 2 decimals, frequency in % with 1). */
export function orderPairTableRows(rows: readonly OrderPairRow[]): Record<string, string>[] {
  return rows.map((r) => ({
    higher: r.higher,
    lower: r.lower,
    difference: formatFixed(r.difference, 2),
    interval_lower: formatFixed(r.interval_lower, 2),
    interval_upper: formatFixed(r.interval_upper, 2),
    frequency_pct: formatFixed(100 * r.frequency, 1),
  }));
}

/** The order's summary as one display row (shares of replicates in % with 1 decimal). */
export function orderSummaryRow(result: PerspectiveOrderResult): Record<string, string> {
  return {
    order: result.order.join(" > "),
    same_order_pct: formatFixed(100 * result.same_order, 1),
    first_stays_first_pct: formatFixed(100 * result.same_first, 1),
    last_stays_last_pct: formatFixed(100 * result.same_last, 1),
    compositional_order: result.order_compositional.join(" > "),
    same_compositional_order_pct: formatFixed(100 * result.same_order_compositional, 1),
  };
}
