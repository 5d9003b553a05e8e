/**
 * Precision of the lexicon from coded hits, and agreement between coders.
 *
 * - **Precision** of an entry: the share of its coded hits that express its category
 *   (code `1`), with a Wilson 95% interval. Of a category: its coded hits pooled. The
 *   pooled share is the category's precision when the sample takes every hit of every
 *   entry, or the same share of each; when frequent entries are capped at `--per-entry`,
 *   rare entries weigh more in it than in the corpus (the corrected scores use the
 *   entries' own precisions, so they are not affected). Precision comes from the first
 *   sheet; hits left uncoded (empty code) are not counted.
 * - **Agreement**: Krippendorff's alpha for nominal data over the sheets (coders), per
 *   category and over all hits, with the hits the coders disagree on. With one sheet it
 *   cannot be computed.
 *
 * @module
 */
import { formatFixed } from "../stats/mod.ts";
import { type AlphaResult, nominalAlpha } from "./krippendorff.ts";
import type { SampleDescription } from "./kwic_sample.ts";
import type { CodedSheet } from "./sheets.ts";
import { wilsonInterval } from "./wilson.ts";

/** Levels of a precision row. */
export const PRECISION_LEVELS = ["entry", "category"] as const;

/** One row of `precision.csv`. */
export interface PrecisionRow {
  level: typeof PRECISION_LEVELS[number];
  /** The entry (`PA:regelen`) or the category (`PA`). */
  name: string;
  category: string;
  /** The entry; empty on a category row. */
  entry: string;
  coded: number;
  relevant: number;
  precision: number | null;
  low: number | null;
  high: number | null;
}

/** Columns of `precision.csv`. */
export const PRECISION_COLUMNS = [
  "level",
  "name",
  "coded",
  "relevant",
  "precision",
  "low",
  "high",
] as const;

/**
 * Precision per entry (every entry of the sample with hits in the corpus, in lexicon
 * order) and per category (lexicon order), from one coded sheet.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const unit = (id: string, entry: string) => ({ id, document: "a", category: "PA", entry, match: entry, token_index: 0 });
 * const sample = {
 *   lexicon: { name: "x", sha256: "0", categories: ["PA"] },
 *   entries: [{ category: "PA", entry: "regels", hits: 3, sampled: 3 }, { category: "PA", entry: "kaders", hits: 1, sampled: 1 }],
 *   hit_units: [unit("h001", "regels"), unit("h002", "regels"), unit("h003", "regels"), unit("h004", "kaders")],
 * };
 * const codes = new Map([["h001", "1"], ["h002", "0"], ["h003", "1"], ["h004", ""]]);
 * const rows = precisionRows(sample as never, { file: "a.csv", codes });
 * assert.deepEqual(rows.map((r) => [r.name, r.coded, r.relevant]), [["PA:regels", 3, 2], ["PA:kaders", 0, 0], ["PA", 3, 2]]);
 * assert.equal(rows[0].precision!.toFixed(3), "0.667");
 * ```
 */
export function precisionRows(
  sample: Pick<SampleDescription, "lexicon" | "entries" | "hit_units">,
  sheet: CodedSheet,
): PrecisionRow[] {
  const tally = (units: SampleDescription["hit_units"]) => {
    const codes = units.map((u) => sheet.codes.get(u.id) ?? "").filter((c) => c !== "");
    return { coded: codes.length, relevant: codes.filter((c) => c === "1").length };
  };
  const row = (
    level: PrecisionRow["level"],
    category: string,
    entry: string,
    units: SampleDescription["hit_units"],
  ): PrecisionRow => {
    const { coded, relevant } = tally(units);
    const { estimate, low, high } = wilsonInterval(relevant, coded);
    const name = level === "entry" ? `${category}:${entry}` : category;
    return { level, name, category, entry, coded, relevant, precision: estimate, low, high };
  };
  const entries = sample.entries.filter((e) => e.hits > 0).map((e) =>
    row(
      "entry",
      e.category,
      e.entry,
      sample.hit_units.filter((u) => u.category === e.category && u.entry === e.entry),
    )
  );
  const categories = sample.lexicon.categories.map((c) =>
    row("category", c, "", sample.hit_units.filter((u) => u.category === c))
  );
  return [...entries, ...categories];
}

/** Precision rows for `precision.csv` (proportions with 3 decimals; empty when nothing is coded). */
export function precisionTableRows(
  rows: readonly PrecisionRow[],
): Record<string, string | number>[] {
  const fixed = (v: number | null) => v === null ? "" : formatFixed(v, 3);
  return rows.map((r) => ({
    level: r.level,
    name: r.name,
    coded: r.coded,
    relevant: r.relevant,
    precision: fixed(r.precision),
    low: fixed(r.low),
    high: fixed(r.high),
  }));
}

/** One row of `agreement.csv`. */
export interface AgreementRow extends AlphaResult {
  /** A category, `all` (every hit), or `passages` (the passage sheets). */
  scope: string;
}

/** Columns of `agreement.csv` (`units`: units coded by two or more coders). */
export const AGREEMENT_COLUMNS = ["scope", "alpha", "units"] as const;

/** A hit or passage the coders coded differently. */
export interface Disagreement {
  id: string;
  scope: string;
  /** `file=code` per sheet, `; `-separated (`-` for not coded). */
  codes: string;
}

/** Columns of `disagreements.csv`. */
export const DISAGREEMENT_COLUMNS = ["id", "scope", "codes"] as const;

/**
 * Krippendorff's alpha of the hit sheets per category (lexicon order) and over all hits.
 * An empty code is a missing value (the coder did not code the hit).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const units = [0, 1, 2, 3].map((i) => ({ id: `h${i}`, document: "a", category: "PA", entry: "x", match: "x", token_index: i }));
 * const sample = { lexicon: { name: "x", sha256: "0", categories: ["PA"] }, hit_units: units };
 * const a = { file: "a.csv", codes: new Map([["h0", "1"], ["h1", "1"], ["h2", "0"], ["h3", "0"]]) };
 * const b = { file: "b.csv", codes: new Map([["h0", "1"], ["h1", "1"], ["h2", "0"], ["h3", "1"]]) };
 * const { rows, disagreements } = hitAgreement(sample as never, [a, b]);
 * // By hand: o_00 = 2, o_11 = 4, o_01 = o_10 = 1; n_0 = 3, n_1 = 5; alpha = 1 - 7 * 2 / 30 = 0.533.
 * assert.equal(rows[0].alpha!.toFixed(3), "0.533");
 * assert.deepEqual(disagreements, [{ id: "h3", scope: "PA", codes: "a.csv=0; b.csv=1" }]);
 * ```
 */
export function hitAgreement(
  sample: Pick<SampleDescription, "lexicon" | "hit_units">,
  sheets: readonly CodedSheet[],
): { rows: AgreementRow[]; disagreements: Disagreement[] } {
  const valuesOf = (id: string) =>
    sheets.map((s) => {
      const code = s.codes.get(id);
      return code === undefined || code === "" ? null : code;
    });
  const alphaOver = (scope: string, units: SampleDescription["hit_units"]): AgreementRow => ({
    scope,
    ...nominalAlpha(units.map((u) => valuesOf(u.id))),
  });
  const rows = [
    ...sample.lexicon.categories.map((c) =>
      alphaOver(c, sample.hit_units.filter((u) => u.category === c))
    ),
    alphaOver("all", sample.hit_units),
  ];
  const disagreements = sample.hit_units.flatMap((u) =>
    disagreementOf(u.id, u.category, sheets, valuesOf(u.id))
  );
  return { rows, disagreements };
}

/**
 * Krippendorff's alpha of the passage sheets (the category each coder saw in a passage;
 * an empty code is the value "none", not a missing value).
 */
export function passageAgreement(
  sample: Pick<SampleDescription, "passage_units">,
  sheets: readonly CodedSheet[],
): { row: AgreementRow; disagreements: Disagreement[] } {
  const valuesOf = (id: string) => sheets.map((s) => s.codes.get(id) || "none");
  const units = sample.passage_units;
  return {
    row: { scope: "passages", ...nominalAlpha(units.map((u) => valuesOf(u.id))) },
    disagreements: units.flatMap((u) => disagreementOf(u.id, "passages", sheets, valuesOf(u.id))),
  };
}

function disagreementOf(
  id: string,
  scope: string,
  sheets: readonly CodedSheet[],
  values: readonly (string | null)[],
): Disagreement[] {
  const coded = values.filter((v) => v !== null);
  if (new Set(coded).size < 2) return [];
  const codes = sheets.map((s, i) => `${s.file}=${values[i] ?? "-"}`).join("; ");
  return [{ id, scope, codes }];
}

/** Agreement rows for `agreement.csv` (alpha with 3 decimals; empty when undefined). */
export function agreementTableRows(
  rows: readonly AgreementRow[],
): Record<string, string | number>[] {
  return rows.map((r) => ({
    scope: r.scope,
    alpha: r.alpha === null ? "" : formatFixed(r.alpha, 3),
    units: r.units,
  }));
}
