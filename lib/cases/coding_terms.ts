/**
 * The closed vocabularies of the qualitative phase (chapters 5.3, 7-12 and Bijlagen E-F):
 * the two cases, the four components every case is examined on, and the terms in which
 * chapter 12 interprets each choice (moving with or against the national government,
 * forms of isomorphism and path dependence, goal-directed or goal-seeking strategy).
 *
 * @module
 */
import { PERSPECTIVES } from "../data/categories.ts";

/** The two cases studied in every municipality (section 5.3.1). */
export const CASES = ["tegenprestatie", "thuiszorg"] as const;
/** A case. */
export type CaseId = typeof CASES[number];

/** How the dissertation names each case in chapter 12 (the law it sits under). */
export const CASE_LAWS: Readonly<Record<CaseId, string>> = {
  tegenprestatie: "Participatiewet",
  thuiszorg: "Wmo 2015",
};

/** The four components of each case, in the order of the coding matrices (section 5.3.1). */
export const COMPONENTS = ["Beleid", "Organisatie", "Bekostiging", "Aansturing"] as const;
/** A component. */
export type Component = typeof COMPONENTS[number];

/** English glosses of the components, for readers without Dutch. */
export const COMPONENT_GLOSSES: Readonly<Record<Component, string>> = {
  Beleid: "policy",
  Organisatie: "organisation",
  Bekostiging: "funding",
  Aansturing: "management",
};

/** Why a municipality was selected (chapter 6): high on one perspective, or average. */
export const CASE_ROLES = [...PERSPECTIVES, "average"] as const;
/** A selection role. */
export type CaseRole = typeof CASE_ROLES[number];

/**
 * Moving with or against the national government, with the shades chapter 12 uses
 * ("deels meebewegen", "overwegend meebewegen", "deels tegenbewegen").
 */
export const MOVEMENTS = [
  "with",
  "mostly_with",
  "partly_with",
  "partly_against",
  "against",
] as const;
/** A movement. */
export type Movement = typeof MOVEMENTS[number];

/** Is a movement on the "with" side (isomorphism) rather than the "against" side? */
export function movesWith(movement: Movement): boolean {
  return movement === "with" || movement === "mostly_with" || movement === "partly_with";
}

/**
 * Forms of institutional isomorphism named in the chapters (section 4.2.1): coercion,
 * split where the text does so into formal (the law) and informal (money) coercion;
 * mimetic; normative; or `unspecified` when the text sees isomorphism but names no form.
 */
export const ISOMORPHISM_FORMS = [
  "coercive",
  "coercive-formal",
  "coercive-informal",
  "mimetic",
  "normative",
  "unspecified",
] as const;
/** A form of isomorphism. */
export type IsomorphismForm = typeof ISOMORPHISM_FORMS[number];

/** Path dependence as the chapters name it: its two variants of Bijlage F, or unspecified. */
export const PATH_DEPENDENCE_FORMS = ["unspecified", "layering", "conversion"] as const;
/** A form of path dependence. */
export type PathDependenceForm = typeof PATH_DEPENDENCE_FORMS[number];

/** The two kinds of strategic choice (section 4.3, Bijlage F-2). */
export const STRATEGIES = ["goal-directed", "goal-seeking"] as const;
/** A strategy. */
export type Strategy = typeof STRATEGIES[number];

/**
 * The number of the coding-matrix figure of a case: `chapter.1` for the tegenprestatie,
 * `chapter.2` for home care.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(matrixFigure(7, "thuiszorg"), "7.2");
 * ```
 */
export function matrixFigure(chapter: number, caseId: CaseId): string {
  return `${chapter}.${caseId === "tegenprestatie" ? 1 : 2}`;
}

/**
 * The section in which a chapter describes one component of one case: `chapter.2.k` for
 * the tegenprestatie, `chapter.3.k` for home care, `k` the component's place (1-4).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(componentSection(7, "thuiszorg", "Organisatie"), "7.3.2");
 * ```
 */
export function componentSection(chapter: number, caseId: CaseId, component: Component): string {
  return `${chapter}.${caseId === "tegenprestatie" ? 2 : 3}.${COMPONENTS.indexOf(component) + 1}`;
}
