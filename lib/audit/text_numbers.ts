/**
 * Auditing the numbers in the running text of sections 6.2-6.6
 * (`data/published/chapter-6-text.csv`, loaded by `loadPublishedText`). Each row states
 * a machine-readable quantity (`mean:PA:all`, `score:Zwolle:PA`, `rank_high:Oss:NPG`,
 * …); this module recomputes it from a score table and the published case selection.
 *
 * Quantities and how they are recomputed:
 *
 * | quantity | recomputed as |
 * |---|---|
 * | `count:municipalities:analysed` | rows of the score table |
 * | `count:municipalities:size_class=X` / `region=X` | rows in that group |
 * | `count:municipalities:all_perspectives_present` | rows with all four shares above 0 |
 * | `count:perspectives:present_in_all_municipalities` | perspectives above 0 everywhere |
 * | `count:extreme_list_length` | the list length used (a parameter, 5) |
 * | `count:top_scorers` | distinct municipalities at place 1 of a top list |
 * | `count:selected_cases[:province=P:if=M]` | published selection (plus M, if not in it) |
 * | `count:provinces:selected_cases` | distinct provinces of the published selection |
 * | `mean:P:G` | mean share of P in group G (`all`, `size_class=X`, `region=X`) |
 * | `min_of_means:all` / `max_of_means:all` | smallest / largest of the four means |
 * | `rank_high` / `rank_low` `:mean:P:all` | place of P's mean among the four |
 * | `rank_high` / `rank_low` `:range:P` | place of P's range (max − min) among the four |
 * | `rank_high` / `rank_low` `:M:P` | M's place on P, from the top / bottom |
 * | `score:M:P` | M's share on P |
 * | `max:P:by=M` / `min:P:by=M` | largest / smallest share on P (and whether it is M's) |
 * | `fraction_of_signal_words:mean:P:all` / `:M:P` | mean or share ÷ 100 |
 * | `ratio_to_mean:M:P` | M's share ÷ mean of P |
 * | `share_of_municipalities:region=X` | fraction of the municipalities in X |
 * | `share:selected_cases_of_analysed` | selected ÷ analysed, in % |
 * | `not_in_extreme_lists:M` | number of top/bottom lists M is in (claim: none) |
 * | `population_bound:…` | not in the data (`not_checked`), except a size-class bound |
 *
 * Anything else is reported as `not_checked`.
 *
 * @module
 */
import { type Perspective, PERSPECTIVES, type PublishedNumber } from "../data/mod.ts";
import {
  decimalsOf,
  describeByGroup,
  formatFixed,
  placeOf,
  rankExtremes,
  type ScoreRow,
  type ScoreTable,
} from "../stats/mod.ts";
import type { ProvinceOf, SelectedCase } from "../select/mod.ts";
import { type AuditRow, meanUncertainty, printedShare, shareUncertainty } from "./audit_row.ts";
import { likelyCause, type NamedValue } from "./likely_cause.ts";
import {
  type AuditStatus,
  classifyClaim,
  classifyNumber,
  nearestRound,
  type Qualifier,
} from "./status.ts";

/** What the text audit recomputes from. */
export interface TextAuditContext {
  scores: ScoreTable;
  /** The published selection (`selectCases` with the constraints). */
  selection: readonly SelectedCase[];
  /** Province of each municipality (`loadMunicipalities()`). */
  provinces: readonly ProvinceOf[];
  /** Length of the top and bottom lists. Default: 5. */
  listLength?: number;
}

/** A recomputed quantity. */
export interface Evaluation {
  value: number;
  /** How far the exact value can be from `value` because inputs were rounded. */
  uncertainty?: number;
  /** Numbers a misprint may have come from (for the likely cause). */
  candidates?: NamedValue[];
  /** Extra words for the note. */
  note?: string;
  /** A status forced by the evaluation (e.g. the maximum belongs to someone else). */
  status?: AuditStatus;
  /** The reproduced column, when a number alone would mislead. */
  display?: string;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  about: "about ",
  almost: "almost ",
  more_than: "more than ",
  less_than: "less than ",
  at_most: "at most ",
};

/**
 * Audit every number of the chapter 6 text; one row each, in file order.
 */
export function auditTextNumbers(
  numbers: readonly PublishedNumber[],
  context: TextAuditContext,
): AuditRow[] {
  const cache = new Evaluator(context);
  return numbers.map((number) => {
    const item = `text ${number.id} (section ${number.section}, line ${number.source_line})`;
    const published = `${QUALIFIER_WORDS[number.qualifier]}${number.valuePrinted}`;
    const evaluation = cache.evaluate(number.quantity, number.qualifier);
    if (evaluation === null) {
      return {
        item,
        published,
        reproduced: "",
        status: "not_checked",
        note: `${number.quantity}: the data cannot check this`,
      };
    }
    const reproduced = evaluation.display ?? display(evaluation.value, number);
    let status: AuditStatus;
    if (evaluation.status !== undefined) status = evaluation.status;
    else if (number.qualifier !== "exact") {
      status = classifyClaim(number.qualifier, number.value, evaluation.value, number.unit);
    } else if (number.valuePrinted.includes("/")) {
      status = Math.abs(number.value - evaluation.value) < 1e-9 ? "match" : "mismatch";
    } else {
      status = classifyNumber(number.value, decimalsOf(number.valuePrinted), evaluation.value, {
        inputUncertainty: evaluation.uncertainty ?? 0,
      });
    }
    const notes: string[] = [];
    if (evaluation.note) notes.push(evaluation.note);
    if (
      number.qualifier !== "exact" &&
      (number.unit === "fraction" || number.unit === "ratio" || number.unit === "percent")
    ) {
      const nearest = nearestRound(number.unit, evaluation.value);
      notes.push(
        Math.abs(nearest - number.value) < 1e-9
          ? `"${number.printed}": the nearest round value, on the stated side`
          : `"${number.printed}": the nearest round value is ${roundText(number.unit, nearest)}`,
      );
    }
    if (
      status === "mismatch" && number.qualifier === "exact" && !number.valuePrinted.includes("/")
    ) {
      const cause = likelyCause(number.valuePrinted, evaluation.value, evaluation.candidates ?? []);
      if (cause) notes.push(`likely cause: ${cause}`);
    }
    return { item, published, reproduced, status, note: notes.join("; ") };
  });
}

function display(value: number, number: PublishedNumber): string {
  if (Number.isInteger(value)) return String(value);
  if (number.unit === "fraction" || number.unit === "ratio") return formatFixed(value, 3);
  return formatFixed(value, decimalsOf(number.valuePrinted) + 2);
}

class Evaluator {
  readonly scores: ScoreTable;
  readonly context: TextAuditContext;
  readonly listLength: number;
  readonly means = new Map<string, number>();

  constructor(context: TextAuditContext) {
    this.context = context;
    this.scores = context.scores;
    this.listLength = context.listLength ?? 5;
    for (const grouping of ["all", "size_class", "region"] as const) {
      for (const s of describeByGroup(this.scores, grouping)) {
        const key = grouping === "all" ? "all" : `${grouping}=${s.group}`;
        this.means.set(`${s.perspective}:${key}`, s.mean);
      }
    }
  }

  members(group: string): ScoreRow[] {
    if (group === "all") return this.scores.rows;
    const [field, value] = group.split("=");
    if (field !== "size_class" && field !== "region") return [];
    return this.scores.rows.filter((r) => r[field] === value);
  }

  row(municipality: string): ScoreRow | undefined {
    return this.scores.rows.find((r) => r.municipality === municipality);
  }

  mean(perspective: Perspective, group = "all"): number | undefined {
    return this.means.get(`${perspective}:${group}`);
  }

  meanCandidates(group = "all"): NamedValue[] {
    return PERSPECTIVES.map((p) => ({ label: `the ${p} mean`, value: this.mean(p, group)! }));
  }

  shareCandidates(municipality: string): NamedValue[] {
    const row = this.row(municipality);
    const own = row === undefined
      ? []
      : PERSPECTIVES.map((p) => ({ label: `${municipality}'s ${p} share`, value: row[p] }));
    return [...own, ...this.meanCandidates()];
  }

  provinceOf(municipality: string): string | undefined {
    return this.context.provinces.find((p) => p.municipality === municipality)?.province;
  }

  evaluate(quantity: string, qualifier: Qualifier): Evaluation | null {
    const parts = quantity.split(":");
    const [kind] = parts;
    const isPerspective = (x: string | undefined): x is Perspective =>
      (PERSPECTIVES as readonly string[]).includes(x ?? "");
    const rows = this.scores.rows;

    switch (kind) {
      case "count":
        return this.count(parts.slice(1));
      case "mean": {
        const [, p, group = "all"] = parts;
        if (!isPerspective(p)) return null;
        const value = this.mean(p, group);
        if (value === undefined) return null;
        return {
          value,
          uncertainty: meanUncertainty(this.scores, this.members(group), p),
          candidates: this.meanCandidates(group),
        };
      }
      case "min_of_means":
      case "max_of_means": {
        const values = PERSPECTIVES.map((p) => this.mean(p)!);
        const value = kind === "min_of_means" ? Math.min(...values) : Math.max(...values);
        const p = PERSPECTIVES[values.indexOf(value)];
        return {
          value,
          uncertainty: meanUncertainty(this.scores, rows, p),
          candidates: this.meanCandidates(),
          note: `the ${p} mean`,
        };
      }
      case "rank_high":
      case "rank_low": {
        const high = kind === "rank_high";
        if (parts[1] === "mean" && isPerspective(parts[2])) {
          const p = parts[2];
          const values = PERSPECTIVES.map((q) => this.mean(q)!);
          const mine = this.mean(p)!;
          const place = 1 + values.filter((v) => high ? v > mine : v < mine).length;
          return { value: place, note: `${p} mean ${formatFixed(mine, 1)} among the four means` };
        }
        if (parts[1] === "range" && isPerspective(parts[2])) {
          const range = (q: Perspective) =>
            Math.max(...rows.map((r) => r[q])) - Math.min(...rows.map((r) => r[q]));
          const mine = range(parts[2]);
          const place = 1 + PERSPECTIVES.filter((q) => high ? range(q) > mine : range(q) < mine)
            .length;
          return {
            value: place,
            note: `ranges ${
              PERSPECTIVES.map((q) => `${q} ${formatFixed(range(q), 1)}`).join(", ")
            }`,
          };
        }
        const [, municipality, p] = parts;
        if (!isPerspective(p)) return null;
        const place = placeOf(this.scores, municipality, p, high ? "top" : "bottom");
        if (place === undefined) return null;
        return { value: place, note: `${municipality} ${p} ${this.row(municipality)![p]}` };
      }
      case "score": {
        const [, municipality, p] = parts;
        const row = this.row(municipality);
        if (row === undefined || !isPerspective(p)) return null;
        return {
          value: row[p],
          uncertainty: shareUncertainty(this.scores, municipality, p),
          candidates: this.shareCandidates(municipality),
          display: printedShare(this.scores, row, p),
        };
      }
      case "max":
      case "min": {
        const p = parts[1];
        const by = parts.find((x) => x.startsWith("by="))?.slice(3);
        if (!isPerspective(p)) return null;
        const values = rows.map((r) => r[p]);
        const value = kind === "max" ? Math.max(...values) : Math.min(...values);
        const holderRows = rows.filter((r) => r[p] === value);
        const holders = holderRows.map((r) => r.municipality);
        const wrongHolder = by !== undefined && !holders.includes(by);
        return {
          value,
          uncertainty: holders.length > 0 ? shareUncertainty(this.scores, holders[0], p) : 0,
          candidates: by === undefined ? [] : this.shareCandidates(by),
          note: `${kind === "max" ? "highest" : "lowest"} ${p}: ${holders.join(", ")}`,
          ...(holderRows.length > 0
            ? { display: printedShare(this.scores, holderRows[0], p) }
            : {}),
          ...(wrongHolder ? { status: "mismatch" as const } : {}),
        };
      }
      case "fraction_of_signal_words": {
        if (parts[1] === "mean" && isPerspective(parts[2])) {
          const value = this.mean(parts[2])! / 100;
          return { value, note: `1 in ${formatFixed(1 / value, 1)}` };
        }
        const [, municipality, p] = parts;
        const row = this.row(municipality);
        if (row === undefined || !isPerspective(p)) return null;
        const value = row[p] / 100;
        return {
          value,
          note: `${municipality} ${p} ${row[p]}%: 1 in ${formatFixed(1 / value, 2)}`,
        };
      }
      case "ratio_to_mean": {
        const [, municipality, p] = parts;
        const row = this.row(municipality);
        if (row === undefined || !isPerspective(p)) return null;
        const mean = this.mean(p)!;
        return {
          value: row[p] / mean,
          note: `${row[p]} / ${formatFixed(mean, 3)}`,
        };
      }
      case "share_of_municipalities": {
        const group = parts[1] ?? "";
        const members = this.members(group);
        return { value: members.length / rows.length, note: `${members.length} of ${rows.length}` };
      }
      case "share": {
        if (parts[1] !== "selected_cases_of_analysed") return null;
        const n = this.context.selection.length;
        return { value: (100 * n) / rows.length, note: `${n} of ${rows.length}` };
      }
      case "not_in_extreme_lists": {
        const municipality = parts[1];
        const lists: string[] = [];
        for (const p of PERSPECTIVES) {
          for (const e of rankExtremes(this.scores, p, { listLength: this.listLength })) {
            if (e.municipality === municipality) lists.push(`${p} ${e.list} ${e.rank}`);
          }
        }
        return {
          value: lists.length,
          status: lists.length === 0 ? "match" : "mismatch",
          display: lists.length === 0 ? "in no list" : lists.join(", "),
          note: `${municipality} checked against all ${
            PERSPECTIVES.length * 2
          } top and bottom lists`,
        };
      }
      case "population_bound": {
        const [, subject, bound] = parts;
        const row = this.row(subject);
        if (row !== undefined && bound === "max" && qualifier === "less_than") {
          const below = row.size_class === "100.000-";
          return {
            value: below ? 1 : 0,
            status: below ? "match" : "mismatch",
            display: `size class ${row.size_class}`,
            note: "checked through the size class of Bijlage G (no population figures in the data)",
          };
        }
        return null;
      }
      default:
        return null;
    }
  }

  count(parts: string[]): Evaluation | null {
    const rows = this.scores.rows;
    const [what, detail, condition] = parts;
    if (what === "municipalities") {
      if (detail === "analysed") return { value: rows.length };
      if (detail === "all_perspectives_present") {
        return { value: rows.filter((r) => PERSPECTIVES.every((p) => r[p] > 0)).length };
      }
      if (detail?.includes("=")) return { value: this.members(detail).length };
      return null;
    }
    if (what === "perspectives" && detail === "present_in_all_municipalities") {
      return { value: PERSPECTIVES.filter((p) => rows.every((r) => r[p] > 0)).length };
    }
    if (what === "extreme_list_length") {
      return { value: this.listLength, note: "a parameter of the recomputation" };
    }
    if (what === "top_scorers") {
      const tops = new Set<string>();
      for (const p of PERSPECTIVES) {
        for (const e of rankExtremes(this.scores, p, { listLength: 1 })) {
          if (e.list === "top") tops.add(e.municipality);
        }
      }
      return { value: tops.size, note: [...tops].join(", ") };
    }
    if (what === "selected_cases") {
      const selection = this.context.selection;
      if (detail === undefined) {
        return { value: selection.length, note: selection.map((c) => c.municipality).join(", ") };
      }
      const province = detail.startsWith("province=") ? detail.slice(9) : undefined;
      const extra = condition?.startsWith("if=") ? condition.slice(3) : undefined;
      if (province === undefined) return null;
      const names = selection.filter((c) => c.province === province).map((c) => c.municipality);
      if (extra !== undefined && !names.includes(extra) && this.provinceOf(extra) === province) {
        names.push(extra);
      }
      return { value: names.length, note: `${province}: ${names.join(", ")}` };
    }
    if (what === "provinces" && detail === "selected_cases") {
      const provinces = new Set(this.context.selection.map((c) => c.province));
      return { value: provinces.size, note: [...provinces].join(", ") };
    }
    return null;
  }
}

/** A round value as words for a note: `1/2`, `2.5`, `10%`. */
function roundText(unit: "fraction" | "ratio" | "percent", value: number): string {
  if (unit === "percent") return `${value}%`;
  if (unit === "ratio") return String(value);
  const fractions: [number, string][] = [[0, "0"], [1 / 5, "1/5"], [1 / 3, "1/3"], [1 / 2, "1/2"], [
    3 / 4,
    "3/4",
  ], [1, "1"]];
  return fractions.find(([v]) => Math.abs(v - value) < 1e-9)?.[1] ?? String(value);
}
