/**
 * How stable is each case-selection strategy's pick? For every pick of the observed
 * score table (strategy, role, document), the share of replicate tables on which the same
 * strategy gives the same document for the same role. The replicates are any score
 * tables: the multinomial bootstrap of `resampleScoreTables` (hits falling differently),
 * or the tables of lexicon variants (an entry left out, another match mode).
 *
 * @module
 */
import type { Corpus } from "../corpus/mod.ts";
import { buildLexicon, type Lexicon, MATCH_MODES, type MatchMode } from "../lexicon/mod.ts";
import { scoreCorpus } from "../score/mod.ts";
import { formatFixed, type ScoreRow, type ScoreTable } from "../stats/mod.ts";
import type { StrategyPick } from "../select/mod.ts";
import { documentShares } from "./lexicon_sensitivity.ts";

/** One observed pick and how often it comes out again. */
export interface PickStabilityRow {
  strategy: string;
  role: string;
  document: string;
  /** Replicates on which the same strategy picks the same document for the same role. */
  kept: number;
  replicates: number;
}

const key = (p: { strategy: string; role: string; document: string }) =>
  `${p.strategy}\u0000${p.role}\u0000${p.document}`;

/**
 * Count, for each of `observed`, the replicates on which `pick` gives it again.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * import { extremeCases } from "../select/mod.ts";
 * const table = (pa: number) => scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: pa, NPM: 100 - pa, NPG: 0, SR: 0 },
 *   { municipality: "B", size_class: "G4", region: "west", PA: 50, NPM: 50, NPG: 0, SR: 0 },
 * ]);
 * // Observed A has the highest PA (60); it keeps it in one of the two replicates (55, 45).
 * const rows = pickStability(extremeCases(table(60)), [table(55), table(45)], extremeCases);
 * assert.deepEqual([rows[0].role, rows[0].document, rows[0].kept, rows[0].replicates], ["PA highest", "A", 1, 2]);
 * ```
 */
export function pickStability(
  observed: readonly StrategyPick[],
  replicates: Iterable<ScoreTable>,
  pick: (scores: ScoreTable) => StrategyPick[],
): PickStabilityRow[] {
  const counts = new Map(observed.map((p) => [key(p), 0]));
  let n = 0;
  for (const table of replicates) {
    n++;
    for (const k of new Set(pick(table).map(key))) {
      if (counts.has(k)) counts.set(k, counts.get(k)! + 1);
    }
  }
  return observed.map((p) => ({
    strategy: p.strategy,
    role: p.role,
    document: p.document,
    kept: counts.get(key(p))!,
    replicates: n,
  }));
}

/** One strategy's stability: the mean and the lowest share of its picks kept. */
export interface StrategyStabilitySummary {
  strategy: string;
  picks: number;
  /** Mean share of replicates (%) in which a pick is kept. */
  mean_kept_pct: number;
  /** The least stable pick and its share (%). */
  weakest: string;
  weakest_kept_pct: number;
}

/**
 * Per strategy (in order of first appearance), the mean share of its picks kept and its
 * weakest pick.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = summariseStability([
 *   { strategy: "s", role: "a", document: "A", kept: 3, replicates: 4 },
 *   { strategy: "s", role: "b", document: "B", kept: 1, replicates: 4 },
 * ]);
 * // (75 % + 25 %) / 2 = 50 %; the weakest is B at 25 %.
 * assert.deepEqual(rows, [{ strategy: "s", picks: 2, mean_kept_pct: 50, weakest: "b: B", weakest_kept_pct: 25 }]);
 * ```
 */
export function summariseStability(rows: readonly PickStabilityRow[]): StrategyStabilitySummary[] {
  const strategies = [...new Set(rows.map((r) => r.strategy))];
  return strategies.map((strategy) => {
    const own = rows.filter((r) => r.strategy === strategy);
    const pct = (r: PickStabilityRow) => (100 * r.kept) / r.replicates;
    const weakest = own.reduce((a, b) => (pct(b) < pct(a) ? b : a));
    return {
      strategy,
      picks: own.length,
      mean_kept_pct: own.reduce((sum, r) => sum + pct(r), 0) / own.length,
      weakest: `${weakest.role}: ${weakest.document}`,
      weakest_kept_pct: pct(weakest),
    };
  });
}

/** Columns of `outputs/tables/case-strategies-stability.csv`. */
export const PICK_STABILITY_COLUMNS = ["strategy", "role", "document", "kept_pct"] as const;

/** Rows for `writeTable`: the share kept in %, 1 decimal. */
export function pickStabilityTableRows(
  rows: readonly PickStabilityRow[],
): Record<string, string>[] {
  return rows.map((r) => ({
    strategy: r.strategy,
    role: r.role,
    document: r.document,
    kept_pct: formatFixed((100 * r.kept) / r.replicates, 1),
  }));
}

/** One lexicon variant's score table. */
export interface LexiconVariant {
  /** E.g. `mode stem` or `without NPM resultaat`. */
  variant: string;
  scores: ScoreTable;
}

/**
 * The score tables of the lexicon variants of the robustness notebook: the corpus scored
 * in each other match mode, and with each entry that has hits left out. Each row keeps the
 * size class and region of `scores` (matched by municipality, as `documentShares` names a
 * document); a document that a variant leaves without hits drops out of that table.
 * `options.mode` is the baseline match mode (default: the lexicon's).
 */
export async function lexiconVariantTables(
  corpus: Corpus,
  lexicon: Lexicon,
  scores: ScoreTable,
  options: { mode?: MatchMode } = {},
): Promise<LexiconVariant[]> {
  const base = options.mode ?? lexicon.mode;
  const placed = new Map(scores.rows.map((r) => [r.municipality, r]));
  const tableOf = async (variant: string, reduced: Lexicon, mode = base) => {
    const rows: ScoreRow[] = documentShares(await scoreCorpus(corpus, reduced, { mode }))
      .flatMap((d) => {
        const row = placed.get(d.name);
        return row === undefined || d.shares === null ? [] : [{ ...row, ...d.shares }];
      });
    return {
      variant,
      scores: {
        rows,
        meta: { ...scores.meta, description: `${scores.meta.description}, ${variant}` },
      },
    };
  };
  const variants: LexiconVariant[] = [];
  for (const mode of MATCH_MODES.filter((m) => m !== base)) {
    variants.push(await tableOf(`mode ${mode}`, lexicon, mode));
  }
  const baseline = await scoreCorpus(corpus, lexicon, { mode: base });
  for (let i = 0; i < lexicon.entries.length; i++) {
    if (baseline.documents.every((d) => d.entryHits[i] === 0)) continue;
    const entry = lexicon.entries[i];
    const reduced = buildLexicon(lexicon.entries.filter((_, j) => j !== i), {
      name: lexicon.name,
      sha256: lexicon.sha256,
      file: lexicon.file,
      mode: lexicon.mode,
    });
    variants.push(await tableOf(`without ${entry.category} ${entry.entry}`, reduced));
  }
  return variants;
}
