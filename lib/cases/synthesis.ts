/**
 * The comparison of chapter 12 computed from the coded data: Figure 12.1 (which
 * perspectives are present and dominant in every case) and Figure 12.2 (how each case is
 * read: moving with or against the national government, isomorphism or path dependence,
 * goal-directed or goal-seeking strategy), plus counts and plain-language statements.
 *
 * @module
 */
import { type Perspective, PERSPECTIVES } from "../data/categories.ts";
import {
  type CaseId,
  type CaseRole,
  CASES,
  type IsomorphismForm,
  type Movement,
  movesWith,
  type PathDependenceForm,
  type Strategy,
} from "./coding_terms.ts";
import { type CaseMatrix, presenceBreadth } from "./matrix.ts";
import type { Verdict } from "./verdicts.ts";
import type { Interpretation } from "./interpretations.ts";

/** What a synthesis needs to know of a municipality. */
export interface MunicipalityRole {
  municipality: string;
  chapter: number;
  role: CaseRole;
}

/** How a perspective stands in one case: dominant, present but not dominant, or absent. */
export type PerspectiveState = "dominant" | "present" | "absent";

/** One cell of Figure 12.1: one case of one municipality. */
export interface PresenceSynthesisRow {
  municipality: string;
  chapter: number;
  role: CaseRole;
  case: CaseId;
  figure: string;
  dominant: Perspective[];
  emphasis: Perspective | null;
  summary: string;
  /** In how many of the four components each perspective is present. */
  breadth: Record<Perspective, number>;
  state: Record<Perspective, PerspectiveState>;
}

/**
 * Figure 12.1 as rows: for every municipality (in chapter order) and case, the dominant
 * perspectives of the verdict, the breadth of every perspective in the matrix and the
 * state of each perspective.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const cells = (["PA", "NPM", "NPG", "SR"] as const).map((perspective) => ({
 *   component: "Beleid" as const, perspective, present: perspective !== "PA",
 *   codes: [], section: "9.3.1", note: "",
 * }));
 * const [row] = presenceSynthesis(
 *   [{ municipality: "Oss", chapter: 9, role: "NPG" }],
 *   [{ municipality: "Oss", case: "thuiszorg", chapter: 9, figure: "9.2", cells }],
 *   [{ municipality: "Oss", case: "thuiszorg", dominant: ["NPG", "SR"], emphasis: "NPG",
 *      section: "9.4", source_line: 7147, summary: "good service", note: "", line: 2 }],
 * );
 * assert.deepEqual(row.state, { PA: "absent", NPM: "present", NPG: "dominant", SR: "dominant" });
 * assert.deepEqual(row.breadth, { PA: 0, NPM: 1, NPG: 1, SR: 1 });
 * ```
 */
export function presenceSynthesis(
  municipalities: readonly MunicipalityRole[],
  matrices: readonly CaseMatrix[],
  verdicts: readonly Verdict[],
): PresenceSynthesisRow[] {
  const ordered = [...municipalities].sort((a, b) => a.chapter - b.chapter);
  return ordered.flatMap((m) =>
    CASES.flatMap((caseId) => {
      const matrix = matrices.find((x) => x.municipality === m.municipality && x.case === caseId);
      const verdict = verdicts.find((v) => v.municipality === m.municipality && v.case === caseId);
      if (matrix === undefined || verdict === undefined) return [];
      const breadth = presenceBreadth(matrix);
      const state = Object.fromEntries(PERSPECTIVES.map((p) => [
        p,
        verdict.dominant.includes(p) ? "dominant" : breadth[p] > 0 ? "present" : "absent",
      ])) as Record<Perspective, PerspectiveState>;
      return [{
        municipality: m.municipality,
        chapter: m.chapter,
        role: m.role,
        case: caseId,
        figure: matrix.figure,
        dominant: verdict.dominant,
        emphasis: verdict.emphasis,
        summary: verdict.summary,
        breadth,
        state,
      }];
    })
  );
}

/** Columns of the table of Figure 12.1. */
export const PRESENCE_SYNTHESIS_COLUMNS = [
  "municipality",
  "role",
  "case",
  "figure",
  "dominant",
  "emphasis",
  "PA",
  "NPM",
  "NPG",
  "SR",
  "summary",
] as const;

/** Figure 12.1 as table rows (`PA`…`SR`: components present, 0-4). */
export function presenceSynthesisTable(
  rows: readonly PresenceSynthesisRow[],
): Record<string, string | number>[] {
  return rows.map((r) => ({
    municipality: r.municipality,
    role: r.role,
    case: r.case,
    figure: r.figure,
    dominant: r.dominant.join("+"),
    emphasis: r.emphasis ?? "",
    ...r.breadth,
    summary: r.summary,
  }));
}

/** One cell of Figure 12.2: how one case of one municipality is read. */
export interface InterpretationSynthesisRow {
  municipality: string;
  chapter: number;
  case: CaseId;
  law: Movement;
  approach: Movement;
  isomorphism: IsomorphismForm[];
  path_dependence: PathDependenceForm | null;
  strategy: Strategy[];
  explains: Perspective[];
  clear: boolean;
  section: string;
  strategy_note: string;
  note: string;
}

/** Figure 12.2 as rows, municipalities in chapter order, tegenprestatie first. */
export function interpretationSynthesis(
  municipalities: readonly MunicipalityRole[],
  interpretations: readonly Interpretation[],
): InterpretationSynthesisRow[] {
  const ordered = [...municipalities].sort((a, b) => a.chapter - b.chapter);
  return ordered.flatMap((m) =>
    CASES.flatMap((caseId) => {
      const r = interpretations.find((x) => x.municipality === m.municipality && x.case === caseId);
      if (r === undefined) return [];
      return [{
        municipality: r.municipality,
        chapter: m.chapter,
        case: r.case,
        law: r.law,
        approach: r.approach,
        isomorphism: r.isomorphism,
        path_dependence: r.path_dependence,
        strategy: r.strategy,
        explains: r.explains,
        clear: r.clear,
        section: r.section,
        strategy_note: r.strategy_note,
        note: r.note,
      }];
    })
  );
}

/** Words for a movement, e.g. `"partly with"`. */
export function movementText(movement: Movement): string {
  return movement.replace("_", " ");
}

/** Columns of the table of Figure 12.2. */
export const INTERPRETATION_SYNTHESIS_COLUMNS = [
  "municipality",
  "case",
  "law",
  "approach",
  "isomorphism",
  "path_dependence",
  "strategy",
  "explains",
  "clear",
  "section",
] as const;

/** Figure 12.2 as table rows. */
export function interpretationSynthesisTable(
  rows: readonly InterpretationSynthesisRow[],
): Record<string, string>[] {
  return rows.map((r) => ({
    municipality: r.municipality,
    case: r.case,
    law: movementText(r.law),
    approach: movementText(r.approach),
    isomorphism: r.isomorphism.join("; "),
    path_dependence: r.path_dependence ?? "",
    strategy: r.strategy.join("; "),
    explains: r.explains.join("+"),
    clear: r.clear ? "yes" : "no",
    section: r.section,
  }));
}

/** Counts over the ten cases that chapter 12 states in words. */
export interface SynthesisTallies {
  cases: number;
  /** Cases whose dominant perspectives are exactly SR and NPM (the national line). */
  srNpm: string[];
  /** Cases with another dominant perspective or combination. */
  exceptions: string[];
  /** Cases that move against the national government in their local approach. */
  againstApproach: string[];
  /** Cases that move with the national government in applying the law (fully or in part). */
  withLaw: string[];
  /** Cases the text reads as goal-directed, and cases with a goal-seeking element. */
  goalDirected: string[];
  goalSeeking: string[];
  /** Cases where the text names coercion (any kind) and where it names path dependence. */
  coercion: string[];
  pathDependence: string[];
  /** Cases where every perspective is present in at least one component. */
  allFourPresent: string[];
}

const label = (r: { municipality: string; case: CaseId }) => `${r.municipality} ${r.case}`;

/**
 * Count the ten cases the way chapter 12 talks about them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t = synthesisTallies([], []);
 * assert.equal(t.cases, 0);
 * assert.deepEqual(t.srNpm, []);
 * ```
 */
export function synthesisTallies(
  presence: readonly PresenceSynthesisRow[],
  readings: readonly InterpretationSynthesisRow[],
): SynthesisTallies {
  const isSrNpm = (d: Perspective[]) => d.length === 2 && d.includes("SR") && d.includes("NPM");
  return {
    cases: presence.length,
    srNpm: presence.filter((r) => isSrNpm(r.dominant)).map(label),
    exceptions: presence.filter((r) => !isSrNpm(r.dominant)).map(label),
    againstApproach: readings.filter((r) => !movesWith(r.approach)).map(label),
    withLaw: readings.filter((r) => movesWith(r.law)).map(label),
    goalDirected: readings.filter((r) => r.strategy.includes("goal-directed")).map(label),
    goalSeeking: readings.filter((r) => r.strategy.includes("goal-seeking")).map(label),
    coercion: readings.filter((r) => r.isomorphism.some((f) => f.startsWith("coercive")))
      .map(label),
    pathDependence: readings.filter((r) => r.path_dependence !== null).map(label),
    allFourPresent: presence.filter((r) => PERSPECTIVES.every((p) => r.breadth[p] > 0))
      .map(label),
  };
}

/**
 * The findings of chapter 12 restated from the counts, one sentence each.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const t = { cases: 2, srNpm: ["A thuiszorg"], exceptions: ["A tegenprestatie"],
 *   againstApproach: [], withLaw: ["A thuiszorg", "A tegenprestatie"], goalDirected: [],
 *   goalSeeking: [], coercion: [], pathDependence: [], allFourPresent: [] };
 * assert.equal(synthesisStatements(t)[0],
 *   "1 of 2 cases combine SR and NPM as dominant perspectives (A thuiszorg); the other 1 " +
 *   "are exceptions: A tegenprestatie.");
 * ```
 */
export function synthesisStatements(t: SynthesisTallies): string[] {
  const list = (xs: string[]) => (xs.length === 0 ? "none" : xs.join(", "));
  return [
    `${t.srNpm.length} of ${t.cases} cases combine SR and NPM as dominant perspectives ` +
    `(${list(t.srNpm)}); the other ${t.exceptions.length} are exceptions: ${list(t.exceptions)}.`,
    `${t.allFourPresent.length} of ${t.cases} cases show all four perspectives in at least ` +
    `one component.`,
    `${t.withLaw.length} of ${t.cases} cases move (at least partly) with the national ` +
    `government in applying the law; ${t.againstApproach.length} move against it in their ` +
    `local approach: ${list(t.againstApproach)}.`,
    `The text names coercion in ${t.coercion.length} cases and path dependence in ` +
    `${t.pathDependence.length}: ${list(t.pathDependence)}.`,
    `${t.goalDirected.length} of ${t.cases} cases are read as goal-directed; ` +
    `${t.goalSeeking.length} also show a goal-seeking element: ${list(t.goalSeeking)}.`,
  ];
}
