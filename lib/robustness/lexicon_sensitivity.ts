/**
 * How much do the shares, and the case selection, hang on single signal words and on
 * the match mode? Run on a corpus (the documents themselves, not printed percentages):
 *
 * - **Leave one entry out.** The corpus is scored again with the lexicon minus one
 *   entry, for every entry that has hits (an entry without hits never won a word, so
 *   dropping it changes nothing). Influence of an entry: the largest absolute change, in
 *   percentage points, of any document's share on any perspective; and whether the case
 *   selection over the corpus's documents changes. Scoring again (rather than
 *   subtracting the entry's hits) is exact also when a dropped entry frees words for
 *   another entry (stem and glob modes, phrases).
 * - **Match modes side by side.** Shares per document and perspective under `exact`,
 *   `stem` and `glob`.
 * - **Which entries carry a perspective.** Per perspective: the entries with hits, the
 *   share of the perspective's hits that comes from its top entry and its top three, and
 *   how many entries make up half of its hits.
 *
 * The case selection over documents is the pure chapter-6 rule (`selectCases` of
 * lib/select, no constraints: those belong to the study's municipalities), with the
 * list length scaled to the corpus: round(5 · documents / 49), at least 1 (the study's
 * five of 49). Documents without hits take no part.
 *
 * @module
 */
import type { Corpus } from "../corpus/mod.ts";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import { buildLexicon, type Lexicon, MATCH_MODES, type MatchMode } from "../lexicon/mod.ts";
import { type CorpusScore, scoreCorpus } from "../score/mod.ts";
import { ROLES, selectCases } from "../select/mod.ts";
import { formatFixed, type ScoreRow, type ScoreTable } from "../stats/mod.ts";

/** Options of the lexicon sensitivity functions. */
export interface LexiconSensitivityOptions {
  /** Match mode. Default: the lexicon's. */
  mode?: MatchMode;
  /** List length of the selection's average role. Default: round(5 · documents / 49), at least 1. */
  listLength?: number;
}

/** One document's shares (%) per perspective; `null` for a document without hits. */
export interface DocumentShares {
  document: string;
  /** The name used in the selection: the manifest's municipality when unique, else the id. */
  name: string;
  total: number;
  shares: Record<Perspective, number> | null;
}

/**
 * Shares per document from a scoring result (by category name, so a lexicon missing a
 * category gives 0 for it).
 */
export function documentShares(result: CorpusScore): DocumentShares[] {
  const names = result.documents.map((d) => d.metadata.municipality ?? d.id);
  const unique = new Set(names).size === names.length;
  return result.documents.map((doc, i) => {
    const hitsOf = (p: Perspective) => {
      const j = result.categories.indexOf(p);
      return j < 0 ? 0 : doc.categoryHits[j];
    };
    const counts = PERSPECTIVES.map(hitsOf);
    const total = counts.reduce((a, b) => a + b, 0);
    return {
      document: doc.id,
      name: unique ? names[i] : doc.id,
      total,
      shares: total === 0
        ? null
        : Object.fromEntries(PERSPECTIVES.map((p, k) => [p, (100 * counts[k]) / total])) as Record<
          Perspective,
          number
        >,
    };
  });
}

/** The default list length for `n` documents: round(5n / 49), at least 1. */
export function scaledListLength(n: number): number {
  return Math.max(1, Math.round((5 * n) / 49));
}

/**
 * The pure rule's selection over the documents with hits, as `role → name` (roles
 * without a pick are left out). Size class and region play no part in the rule; the
 * table built for it carries placeholders.
 */
export function documentSelection(
  shares: readonly DocumentShares[],
  listLength: number,
): Map<string, string> {
  const rows: ScoreRow[] = shares.filter((d) => d.shares !== null).map((d) => ({
    municipality: d.name,
    size_class: "100.000-",
    region: "west",
    ...d.shares!,
  }));
  if (rows.length === 0) return new Map();
  const table: ScoreTable = {
    rows,
    meta: { source: "corpus", description: "documents", files: [], settings: {} },
  };
  return new Map(selectCases(table, [], { listLength }).map((c) => [c.role, c.municipality]));
}

/** The influence of one entry. */
export interface EntryInfluenceRow {
  category: string;
  entry: string;
  /** Hits of the entry over the corpus. */
  hits: number;
  /** Largest |change| of a document's share on a perspective when the entry is dropped (pp). */
  max_change: number;
  /** Where that largest change is, e.g. `veenhoven NPM`; empty without change. */
  where: string;
  /** Documents left without any hit when the entry is dropped. */
  emptied: string[];
  /** Roles whose pick changes, e.g. `NPM: A → B`; empty when the selection holds. */
  selection_changes: string[];
}

/** The result of {@linkcode leaveOneEntryOut}. */
export interface LeaveOneOutResult {
  mode: MatchMode;
  listLength: number;
  baseline: CorpusScore;
  selection: Map<string, string>;
  entries: EntryInfluenceRow[];
}

/**
 * Leave each entry with hits out in turn (see the module doc). Rows in lexicon order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regels\nNPM,resultaat\nNPG,netwerk\nSR,meedoen\nSR,samen\n", "csv");
 * const doc = (id: string, text: string) => ({
 *   id, file: `${id}.txt`, path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: text.length, tokens: 0, cleaning: {} as never },
 * });
 * const corpus = { dir: "x", manifest: false, documents: [doc("a", "regels resultaat netwerk meedoen samen")] };
 * const result = await leaveOneEntryOut(corpus, lexicon);
 * const samen = result.entries.find((e) => e.entry === "samen")!;
 * assert.equal(samen.max_change.toFixed(1), "15.0"); // SR from 40 % to 25 %
 * ```
 */
export async function leaveOneEntryOut(
  corpus: Corpus,
  lexicon: Lexicon,
  options: LexiconSensitivityOptions = {},
): Promise<LeaveOneOutResult> {
  const mode = options.mode ?? lexicon.mode;
  const baseline = await scoreCorpus(corpus, lexicon, { mode });
  const base = documentShares(baseline);
  const listLength = options.listLength ?? scaledListLength(base.length);
  const selection = documentSelection(base, listLength);
  const totals = baseline.entries.map((_, i) =>
    baseline.documents.reduce((s, d) => s + d.entryHits[i], 0)
  );
  const entries: EntryInfluenceRow[] = [];
  for (let i = 0; i < lexicon.entries.length; i++) {
    const entry = lexicon.entries[i];
    const row: EntryInfluenceRow = {
      category: entry.category,
      entry: entry.entry,
      hits: totals[i],
      max_change: 0,
      where: "",
      emptied: [],
      selection_changes: [],
    };
    entries.push(row);
    if (totals[i] === 0) continue;
    const reduced = buildLexicon(lexicon.entries.filter((_, j) => j !== i), {
      name: lexicon.name,
      sha256: lexicon.sha256,
      file: lexicon.file,
      mode: lexicon.mode,
    });
    const variant = documentShares(await scoreCorpus(corpus, reduced, { mode }));
    variant.forEach((doc, d) => {
      const before = base[d].shares;
      if (before === null) return;
      if (doc.shares === null) {
        row.emptied.push(doc.document);
        return;
      }
      for (const p of PERSPECTIVES) {
        const change = Math.abs(doc.shares[p] - before[p]);
        if (change > row.max_change + 1e-12) {
          row.max_change = change;
          row.where = `${doc.document} ${p}`;
        }
      }
    });
    const picks = documentSelection(variant, listLength);
    for (const role of ROLES) {
      const a = selection.get(role) ?? "—";
      const b = picks.get(role) ?? "—";
      if (a !== b) row.selection_changes.push(`${role}: ${a} → ${b}`);
    }
  }
  return { mode, listLength, baseline, selection, entries };
}

/** Columns of `robustness-lexicon-entries.csv`. */
export const ENTRY_INFLUENCE_COLUMNS = [
  "category",
  "entry",
  "hits",
  "max_change_pp",
  "where",
  "emptied",
  "selection_changes",
] as const;

/** Influence rows for `writeTable` (pp with 1 decimal; lists joined with `; `). */
export function entryInfluenceTableRows(
  rows: readonly EntryInfluenceRow[],
): Record<string, string | number>[] {
  return rows.map((r) => ({
    category: r.category,
    entry: r.entry,
    hits: r.hits,
    max_change_pp: formatFixed(r.max_change, 1),
    where: r.where,
    emptied: r.emptied.join("; "),
    selection_changes: r.selection_changes.join("; "),
  }));
}

/** One document × perspective under every mode. */
export type ModeShareRow = Record<string, string | number | null>;

/** The result of {@linkcode compareMatchModes}. */
export interface ModeSharesResult {
  modes: MatchMode[];
  /** `document`, `perspective`, then `hits_<mode>` and `share_<mode>` per mode. */
  rows: ModeShareRow[];
  columns: string[];
  /** Per mode the pure rule's selection over the documents, as `role: name` joined by `, `. */
  selections: { mode: MatchMode; selection: string }[];
  /** Largest |share difference| between any two modes, over documents and perspectives (pp). */
  max_difference: number;
}

/**
 * Score the corpus under every match mode and put the shares side by side.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regel\nNPM,doel\nNPG,netwerk\nSR,samen\n", "csv");
 * const doc = { id: "a", file: "a.txt", path: "", displayPath: "", metadata: {},
 *   text: "regels regel doelen netwerk samen",
 *   report: { pages: 1, characters: 33, tokens: 0, cleaning: {} as never } };
 * const result = await compareMatchModes({ dir: "x", manifest: false, documents: [doc] }, lexicon);
 * const pa = result.rows.find((r) => r.perspective === "PA")!;
 * assert.deepEqual([pa.hits_exact, pa.hits_stem], [1, 2]);
 * ```
 */
export async function compareMatchModes(
  corpus: Corpus,
  lexicon: Lexicon,
  options: LexiconSensitivityOptions = {},
): Promise<ModeSharesResult> {
  const modes = [...MATCH_MODES];
  const results: CorpusScore[] = [];
  for (const mode of modes) results.push(await scoreCorpus(corpus, lexicon, { mode }));
  const shares = results.map(documentShares);
  const listLength = options.listLength ?? scaledListLength(shares[0].length);
  const rows: ModeShareRow[] = [];
  let maxDifference = 0;
  shares[0].forEach((doc, d) => {
    for (const p of PERSPECTIVES) {
      const row: ModeShareRow = { document: doc.document, perspective: p };
      const values: number[] = [];
      modes.forEach((mode, m) => {
        const j = results[m].categories.indexOf(p);
        row[`hits_${mode}`] = j < 0 ? 0 : results[m].documents[d].categoryHits[j];
        const share = shares[m][d].shares?.[p] ?? null;
        row[`share_${mode}`] = share;
        if (share !== null) values.push(share);
      });
      if (values.length > 1) {
        maxDifference = Math.max(maxDifference, Math.max(...values) - Math.min(...values));
      }
      rows.push(row);
    }
  });
  return {
    modes,
    rows,
    columns: [
      "document",
      "perspective",
      ...modes.flatMap((m) => [`hits_${m}`, `share_${m}`]),
    ],
    selections: modes.map((mode, m) => {
      const picks = documentSelection(shares[m], listLength);
      return {
        mode,
        selection: ROLES.map((role) => `${role}: ${picks.get(role) ?? "—"}`).join(", "),
      };
    }),
    max_difference: maxDifference,
  };
}

/** How concentrated a perspective's hits are on its entries. */
export interface EntryConcentrationRow {
  category: string;
  /** Entries of the category, and those with at least one hit. */
  entries: number;
  entries_with_hits: number;
  hits: number;
  top_entry: string;
  /** Share of the category's hits from its top entry and from its top three (%). */
  top1_pct: number;
  top3_pct: number;
  /** Fewest entries that together hold at least half of the category's hits. */
  entries_for_half: number;
}

/**
 * Per category of the lexicon (lexicon order), how its hits over the corpus spread over
 * its entries. Ties between entries with equal hits are broken by lexicon order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const result = {
 *   categories: ["SR"],
 *   entries: [{ category: "SR", entry: "a", mode: "exact" }, { category: "SR", entry: "b", mode: "exact" }],
 *   documents: [{ entryHits: [3, 1] }],
 * } as const;
 * assert.deepEqual(entryConcentration(result)[0], {
 *   category: "SR", entries: 2, entries_with_hits: 2, hits: 4, top_entry: "a",
 *   top1_pct: 75, top3_pct: 100, entries_for_half: 1,
 * });
 * ```
 */
export function entryConcentration(
  result: {
    readonly categories: readonly string[];
    readonly entries: readonly { category: string; entry: string }[];
    readonly documents: readonly { readonly entryHits: readonly number[] }[];
  },
): EntryConcentrationRow[] {
  const totals = result.entries.map((_, i) =>
    result.documents.reduce((s, d) => s + d.entryHits[i], 0)
  );
  return result.categories.map((category) => {
    const mine = result.entries.map((e, i) => ({ entry: e.entry, hits: totals[i], i }))
      .filter((_, i) => result.entries[i].category === category)
      .sort((a, b) => b.hits - a.hits || a.i - b.i);
    const hits = mine.reduce((s, e) => s + e.hits, 0);
    let running = 0;
    let forHalf = 0;
    for (const e of mine) {
      if (hits === 0 || running * 2 >= hits) break;
      running += e.hits;
      forHalf++;
    }
    const pct = (x: number) => hits === 0 ? 0 : (100 * x) / hits;
    return {
      category,
      entries: mine.length,
      entries_with_hits: mine.filter((e) => e.hits > 0).length,
      hits,
      top_entry: hits === 0 ? "" : mine[0].entry,
      top1_pct: pct(mine[0]?.hits ?? 0),
      top3_pct: pct(mine.slice(0, 3).reduce((s, e) => s + e.hits, 0)),
      entries_for_half: forHalf,
    };
  });
}

/**
 * The `count` entries with the largest influence (ties: lexicon order), entries without
 * hits left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const e = (entry: string, hits: number, max_change: number) =>
 *   ({ category: "SR", entry, hits, max_change, where: "", emptied: [], selection_changes: [] });
 * assert.deepEqual(mostInfluential([e("a", 1, 2), e("b", 2, 9), e("c", 0, 0)], 5).map((x) => x.entry), ["b", "a"]);
 * ```
 */
export function mostInfluential(
  rows: readonly EntryInfluenceRow[],
  count: number,
): EntryInfluenceRow[] {
  return rows.map((r, i) => ({ r, i })).filter(({ r }) => r.hits > 0)
    .sort((a, b) => b.r.max_change - a.r.max_change || a.i - b.i)
    .slice(0, count)
    .map(({ r }) => r);
}

/** Columns of `robustness-lexicon-concentration.csv`. */
export const ENTRY_CONCENTRATION_COLUMNS = [
  "category",
  "entries",
  "entries_with_hits",
  "hits",
  "top_entry",
  "top1_pct",
  "top3_pct",
  "entries_for_half",
] as const;

/** Concentration rows for `writeTable` (percentages with 1 decimal). */
export function entryConcentrationTableRows(
  rows: readonly EntryConcentrationRow[],
): Record<string, string | number>[] {
  return rows.map((r) => ({
    ...r,
    top1_pct: formatFixed(r.top1_pct, 1),
    top3_pct: formatFixed(r.top3_pct, 1),
  }));
}
