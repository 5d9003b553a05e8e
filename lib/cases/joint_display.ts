/**
 * The joint display of the two phases (mixed-methods integration): for each case
 * municipality, the quantitative profile of its policy plan (the shares of Bijlage G)
 * next to what the case study found in each case (in how many components each
 * perspective is present, and which are dominant), with the comparison spelled out:
 * does the plan's leading perspective lead in the case too?
 *
 * @module
 */
import { type Perspective, PERSPECTIVES } from "../data/categories.ts";
import { formatFixed } from "../io/round.ts";
import type { CaseId, CaseRole } from "./coding_terms.ts";
import type { PresenceSynthesisRow } from "./synthesis.ts";

/** A municipality's published shares (%), e.g. its row of Bijlage G. */
export type Shares = { municipality: string } & Record<Perspective, number>;

/**
 * How the phases compare in one case:
 * - `agree`: the plan's highest-share perspective is dominant in the case, and every
 *   dominant perspective is among the plan's top two (ties share a rank);
 * - `partial`: the plan's leading perspective is dominant, but another dominant one ranks
 *   lower in the plan;
 * - `differ`: the plan's leading perspective is not among the dominant ones.
 */
export type Agreement = "agree" | "partial" | "differ";

/** One row of the joint display: one case of one municipality. */
export interface JointRow {
  municipality: string;
  role: CaseRole;
  case: CaseId;
  figure: string;
  /** Shares of the four perspectives in the plan (Bijlage G). */
  shares: Record<Perspective, number>;
  /** Rank of each share, 1 = highest; equal shares share the better rank (1, 2, 2, 4). */
  rank: Record<Perspective, number>;
  /** The perspective(s) with the highest share. */
  top: Perspective[];
  /** In how many of the four components the case study finds each perspective. */
  breadth: Record<Perspective, number>;
  dominant: Perspective[];
  agreement: Agreement;
  /** Is the perspective the municipality was selected for dominant here? `null` for `average`. */
  roleDominant: boolean | null;
}

/**
 * Competition ranks of four shares: 1 for the highest, ties share the better rank.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(shareRanks({ PA: 14.6, NPM: 18.8, NPG: 47.9, SR: 18.8 }),
 *   { PA: 4, NPM: 2, NPG: 1, SR: 2 });
 * ```
 */
export function shareRanks(shares: Record<Perspective, number>): Record<Perspective, number> {
  return Object.fromEntries(PERSPECTIVES.map((p) => [
    p,
    1 + PERSPECTIVES.filter((q) => shares[q] > shares[p]).length,
  ])) as Record<Perspective, number>;
}

/**
 * Classify one case (see {@linkcode Agreement}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rank = { PA: 1, NPM: 2, NPG: 4, SR: 3 };
 * assert.equal(compareCase(rank, ["PA", "SR"]), "partial");
 * assert.equal(compareCase(rank, ["PA", "NPM"]), "agree");
 * assert.equal(compareCase(rank, ["SR", "NPM"]), "differ");
 * ```
 */
export function compareCase(
  rank: Record<Perspective, number>,
  dominant: readonly Perspective[],
): Agreement {
  if (!dominant.some((p) => rank[p] === 1)) return "differ";
  return dominant.every((p) => rank[p] <= 2) ? "agree" : "partial";
}

/**
 * Join the shares of the plans with the case-study rows of Figure 12.1. Every case
 * municipality must have shares.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const [row] = jointDisplay(
 *   [{ municipality: "Den Haag", PA: 17.9, NPM: 27.2, NPG: 21.2, SR: 33.7 }],
 *   [{ municipality: "Den Haag", chapter: 11, role: "average", case: "thuiszorg",
 *      figure: "11.2", dominant: ["PA"], emphasis: null, summary: "",
 *      breadth: { PA: 4, NPM: 3, NPG: 4, SR: 4 },
 *      state: { PA: "dominant", NPM: "present", NPG: "present", SR: "present" } }],
 * );
 * assert.deepEqual([row.top, row.rank.PA, row.agreement, row.roleDominant],
 *   [["SR"], 4, "differ", null]);
 * ```
 */
export function jointDisplay(
  shares: readonly Shares[],
  presence: readonly PresenceSynthesisRow[],
): JointRow[] {
  return presence.map((row) => {
    const plan = shares.find((s) => s.municipality === row.municipality);
    if (plan === undefined) throw new Error(`no published shares for ${row.municipality}`);
    const own = { PA: plan.PA, NPM: plan.NPM, NPG: plan.NPG, SR: plan.SR };
    const rank = shareRanks(own);
    return {
      municipality: row.municipality,
      role: row.role,
      case: row.case,
      figure: row.figure,
      shares: own,
      rank,
      top: PERSPECTIVES.filter((p) => rank[p] === 1),
      breadth: row.breadth,
      dominant: row.dominant,
      agreement: compareCase(rank, row.dominant),
      roleDominant: row.role === "average" ? null : row.dominant.includes(row.role as Perspective),
    };
  });
}

/** Columns of the joint-display table. */
export const JOINT_COLUMNS = [
  "municipality",
  "role",
  "case",
  "plan_PA",
  "plan_NPM",
  "plan_NPG",
  "plan_SR",
  "plan_top",
  "case_PA",
  "case_NPM",
  "case_NPG",
  "case_SR",
  "dominant",
  "agreement",
] as const;

/** The joint display as table rows (`plan_*`: shares in %, `case_*`: components 0-4). */
export function jointTable(rows: readonly JointRow[]): Record<string, string | number>[] {
  return rows.map((r) => ({
    municipality: r.municipality,
    role: r.role,
    case: r.case,
    ...Object.fromEntries(PERSPECTIVES.map((p) => [`plan_${p}`, formatFixed(r.shares[p], 1)])),
    plan_top: r.top.join("+"),
    ...Object.fromEntries(PERSPECTIVES.map((p) => [`case_${p}`, r.breadth[p]])),
    dominant: r.dominant.join("+"),
    agreement: r.agreement,
  }));
}

/** A statement of where the two phases agree or differ, with the cases it is about. */
export interface JointStatement {
  topic: "overall" | Agreement | "role" | "breadth";
  cases: string[];
  text: string;
}

const pct = (v: number) => `${formatFixed(v, 1)}%`;
const join = (ps: readonly Perspective[]) => ps.join(" + ");
const caseName = (r: JointRow) => `${r.municipality} (${r.case})`;

/** One sentence on one case: the plan's profile against the case study's verdict. */
export function describeCase(r: JointRow): string {
  const place = (p: Perspective) => {
    const joint = PERSPECTIVES.some((q) => q !== p && r.rank[q] === r.rank[p]);
    return `${joint ? "joint " : ""}${ordinal(r.rank[p])} in the plan at ${pct(r.shares[p])}`;
  };
  const lead = r.top.map((p) => `${p} (${pct(r.shares[p])})`).join(" and ");
  const others = r.dominant.filter((p) => !r.top.includes(p)).map((p) => `${p} ranks ${place(p)}`);
  const missing = r.top.filter((p) => !r.dominant.includes(p))
    .map((p) => `${p} is present in ${r.breadth[p]} of 4 components but not dominant`);
  const detail = [...others, ...missing];
  return `${caseName(r)}: the plan is led by ${lead}, the case study finds ` +
    `${join(r.dominant)}` + (detail.length > 0 ? `; ${detail.join("; ")}` : "") + ".";
}

function ordinal(n: number): string {
  return n === 1 ? "1st" : n === 2 ? "2nd" : n === 3 ? "3rd" : `${n}th`;
}

/**
 * Where the phases agree and differ, as statements computed from the joint rows: the
 * overall count, each kind of agreement with its cases, whether the perspective each
 * municipality was selected for returns as dominant, and whether all four perspectives
 * appear in both phases.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = {
 *   municipality: "Oss", role: "NPG" as const, case: "thuiszorg" as const, figure: "9.2",
 *   shares: { PA: 14.6, NPM: 18.8, NPG: 47.9, SR: 18.8 },
 *   rank: { PA: 4, NPM: 2, NPG: 1, SR: 2 }, top: ["NPG" as const],
 *   breadth: { PA: 3, NPM: 4, NPG: 4, SR: 4 }, dominant: ["NPG" as const, "SR" as const],
 *   agreement: "agree" as const, roleDominant: true,
 * };
 * const [overall] = jointStatements([row]);
 * assert.equal(overall.text,
 *   "In 1 of 1 cases the perspective with the highest share in the plan is also dominant in the case study.");
 * ```
 */
export function jointStatements(rows: readonly JointRow[]): JointStatement[] {
  const n = rows.length;
  const topDominant = rows.filter((r) => r.agreement !== "differ");
  const out: JointStatement[] = [{
    topic: "overall",
    cases: topDominant.map(caseName),
    text: `In ${topDominant.length} of ${n} cases the perspective with the highest share in ` +
      `the plan is also dominant in the case study.`,
  }];
  const heads: Record<Agreement, string> = {
    agree: "The phases agree (the plan's leading perspectives are the dominant ones)",
    partial: "The phases agree in part (the plan's leading perspective is dominant, " +
      "but so is one that ranks lower in the plan)",
    differ: "The phases differ (the plan's leading perspective is not dominant in the case)",
  };
  for (const kind of ["agree", "partial", "differ"] as const) {
    const these = rows.filter((r) => r.agreement === kind);
    if (these.length === 0) continue;
    out.push({
      topic: kind,
      cases: these.map(caseName),
      text: `${heads[kind]} in ${these.length} of ${n} cases. ` +
        these.map(describeCase).join(" "),
    });
  }
  const selected = rows.filter((r) => r.roleDominant !== null);
  const kept = selected.filter((r) => r.roleDominant);
  const lost = selected.filter((r) => !r.roleDominant);
  out.push({
    topic: "role",
    cases: lost.map(caseName),
    text: `Of the ${selected.length} cases of municipalities selected for a high share of one ` +
      `perspective, ${kept.length} have that perspective among the dominant ones` +
      (lost.length === 0
        ? "."
        : `; not so in ${lost.map((r) => `${caseName(r)}, selected for ${r.role}`).join(", ")}.`),
  });
  const minShare = Math.min(...rows.flatMap((r) => PERSPECTIVES.map((p) => r.shares[p])));
  const minBreadth = Math.min(...rows.flatMap((r) => PERSPECTIVES.map((p) => r.breadth[p])));
  out.push({
    topic: "breadth",
    cases: rows.map(caseName),
    text: `Both phases find every perspective everywhere: the lowest share of any perspective ` +
      `in these plans is ${pct(minShare)}, and every perspective is present in at least ` +
      `${minBreadth} of 4 components in every case.`,
  });
  if (minShare <= 0 || minBreadth === 0) {
    out[out.length - 1].text = `Not every perspective appears in both phases: lowest share ` +
      `${pct(minShare)}, lowest number of components ${minBreadth} of 4.`;
  }
  return out;
}

/**
 * Throw unless the cases of each kind of agreement are exactly those given (as
 * `"Municipality case"`). A notebook calls this under its prose, so the prose cannot
 * silently go stale when the data change.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = { municipality: "Oss", case: "thuiszorg", agreement: "agree" } as JointRow;
 * assertAgreements([row], { agree: ["Oss thuiszorg"], partial: [], differ: [] });
 * assert.throws(() => assertAgreements([row], { agree: [], partial: [], differ: ["Oss thuiszorg"] }), {
 *   message: 'agreement "agree": expected none, found Oss thuiszorg',
 * });
 * ```
 */
export function assertAgreements(
  rows: readonly JointRow[],
  expected: Readonly<Record<Agreement, readonly string[]>>,
): void {
  for (const kind of ["agree", "partial", "differ"] as const) {
    const found = rows.filter((r) => r.agreement === kind).map((r) =>
      `${r.municipality} ${r.case}`
    );
    const want = [...expected[kind]];
    if (found.join("|") !== want.join("|")) {
      throw new Error(
        `agreement "${kind}": expected ${want.length === 0 ? "none" : want.join(", ")}, ` +
          `found ${found.length === 0 ? "none" : found.join(", ")}`,
      );
    }
  }
}
