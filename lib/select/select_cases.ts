/**
 * Case selection as a rule with parameters (section 6.5 of the dissertation).
 *
 * The rule: for each perspective (PA, NPM, NPG, SR, in that order) the municipality with
 * the highest share, and then one `average` municipality: one that is in no top or bottom
 * list of Figures 6.4-6.7 and is closest to the mean profile (the four overall means).
 *
 * The same walk gives the published selection once the practical constraints are added:
 * for each role the candidates are taken in ranking order (highest share first; for
 * `average`, smallest distance first) and the first one that passes is selected. A
 * candidate does not pass when it was already selected for another role, when a
 * `declined` or `no_response` constraint names it, or when its province already has
 * `maxPerProvince` cases (municipalities whose province is not known are exempt). For `average`, eligible candidates with a `preferred_access`
 * constraint are tried before the others (see `constraints.ts`).
 *
 * Ties in a ranking are broken by name (Dutch alphabetical order).
 *
 * @module
 */
import { z } from "zod";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import {
  compareNames,
  extremeListMembership,
  formatFixed,
  meanProfile,
  type ScoreTable,
} from "../stats/mod.ts";
import { type Constraint, describeKind } from "./constraints.ts";
import { type Distance, DISTANCES, profileDistance } from "./distance.ts";

/** The five roles, in the order they are filled. */
export const ROLES = [...PERSPECTIVES, "average"] as const;
/** A perspective code or `average`. */
export type Role = typeof ROLES[number];

/** Options of {@linkcode selectCases}. */
export interface SelectCasesOptions {
  /** Practical constraints (see `constraints.ts`). Default: none, i.e. the pure rule. */
  constraints?: readonly Constraint[];
  /** Most cases one province may hold; `null` for no limit. Default: `null`. */
  maxPerProvince?: number | null;
  /** Distance to the mean profile for the `average` role. Default: `"euclidean"`. */
  distance?: Distance;
  /** Length of the top and bottom lists that disqualify for `average`. Default: 5. */
  listLength?: number;
}

const optionsSchema = z.object({
  // Constraints are not checked again: a Constraint was validated where it was read
  // (constraintSchema, lib/select/constraints.ts).
  maxPerProvince: z.number().int().min(1).nullable().default(null),
  distance: z.enum(DISTANCES).default("euclidean"),
  listLength: z.number().int().min(1).default(5),
});

/** A candidate that came before the selected one in a role's ranking but did not pass. */
export interface PassedOver {
  municipality: string;
  /** Share on the role's perspective, or distance to the mean profile for `average`. */
  value: number;
  /** Place in the role's ranking (1 = highest share, or closest). */
  place: number;
  /** Why it did not pass, e.g. `no response (footnote 63)`. Empty when skipped for a preferred one. */
  because: string[];
}

/** One selected case and how it was reached. */
export interface SelectedCase {
  role: Role;
  municipality: string;
  province: string;
  /** Share on the role's perspective (%), or distance to the mean profile (pp) for `average`. */
  value: number;
  /** Place in the role's ranking (see {@linkcode PassedOver.place}). */
  place: number;
  /** Candidates ranked above it that were not taken. */
  passedOver: PassedOver[];
  /** The `preferred_access` constraint that put it first, if any. */
  preferred?: Constraint;
  /** For `average`: how many municipalities are in no top or bottom list. */
  eligible?: number;
  /** One line saying why this municipality has this role. */
  reason: string;
}

/**
 * The province of a municipality missing from the `provinces` list (e.g. in an invented
 * corpus); the province limit does not apply to it.
 */
export const UNKNOWN_PROVINCE = "unknown";

/** A municipality's province, as in `data/municipalities.csv`. */
export interface ProvinceOf {
  municipality: string;
  province: string;
}

interface Ranked {
  municipality: string;
  value: number;
  place: number;
}

/**
 * Select the cases: the pure rule with the default options, the published selection with
 * the constraints and `maxPerProvince: 1` (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const row = (municipality: string, PA: number, NPM: number, NPG: number, SR: number) =>
 *   ({ municipality, size_class: "G4", region: "west", PA, NPM, NPG, SR }) as const;
 * const scores = scoreTableFromRows([
 *   row("A", 70, 10, 10, 10), row("B", 10, 70, 10, 10), row("C", 10, 10, 70, 10),
 *   row("D", 10, 10, 10, 70), row("E", 20, 25, 25, 30), row("F", 60, 10, 10, 20),
 * ]);
 * const provinces = ["A", "B", "C", "D", "E", "F"].map((municipality) =>
 *   ({ municipality, province: municipality === "F" ? "Y" : "X" }));
 * const rule = selectCases(scores, provinces, { listLength: 1 });
 * assert.deepEqual(rule.map((c) => c.municipality), ["A", "B", "C", "D", "E"]);
 * const constrained = selectCases(scores, provinces, {
 *   listLength: 1,
 *   constraints: [{ municipality: "A", constraint: "declined", reason: "said no", footnote: 1 }],
 * });
 * assert.equal(constrained[0].municipality, "F");
 * assert.equal(constrained[0].reason, "2nd highest PA (60.0); passed over: A 70.0 (declined, footnote 1)");
 * ```
 */
export function selectCases(
  scores: ScoreTable,
  provinces: readonly ProvinceOf[],
  options: SelectCasesOptions = {},
): SelectedCase[] {
  const { maxPerProvince, distance, listLength } = optionsSchema.parse(options);
  const constraints = options.constraints ?? [];
  const known = new Map(provinces.map((p) => [p.municipality, p.province]));
  const provinceOf = new Map(
    scores.rows.map((r) => [r.municipality, known.get(r.municipality) ?? UNKNOWN_PROVINCE]),
  );
  const blocking = constraints.filter((c) => c.constraint !== "preferred_access");
  const preferred = constraints.filter((c) => c.constraint === "preferred_access");
  const selected: SelectedCase[] = [];

  const obstacles = (municipality: string): string[] => {
    const because: string[] = [];
    const earlier = selected.find((s) => s.municipality === municipality);
    if (earlier !== undefined) because.push(`already selected for ${earlier.role}`);
    for (const c of blocking.filter((c) => c.municipality === municipality)) {
      because.push(`${describeKind(c.constraint)}, footnote ${c.footnote}`);
    }
    if (maxPerProvince !== null) {
      const province = provinceOf.get(municipality)!;
      const holders = selected.filter((s) => s.province === province);
      if (province !== UNKNOWN_PROVINCE && holders.length >= maxPerProvince) {
        because.push(`${province} already has ${holders.map((s) => s.municipality).join(", ")}`);
      }
    }
    return because;
  };

  for (const perspective of PERSPECTIVES) {
    const ranking = rankBy(
      scores.rows.map((r) => ({ municipality: r.municipality, value: r[perspective] })),
      "descending",
    );
    const { pick, passedOver } = walk(ranking, obstacles);
    if (pick === undefined) continue;
    selected.push({
      role: perspective,
      municipality: pick.municipality,
      province: provinceOf.get(pick.municipality)!,
      value: pick.value,
      place: pick.place,
      passedOver,
      reason: perspectiveReason(perspective, pick, passedOver),
    });
  }

  const inLists = extremeListMembership(scores, { listLength });
  const mean = meanProfile(scores);
  const eligible = rankBy(
    scores.rows
      .filter((r) => !inLists.has(r.municipality))
      .map((r) => ({ municipality: r.municipality, value: profileDistance(r, mean, distance) })),
    "ascending",
  );
  const preferredNames = new Set(preferred.map((c) => c.municipality));
  const preferredFirst = [
    ...eligible.filter((c) => preferredNames.has(c.municipality)),
    ...eligible.filter((c) => !preferredNames.has(c.municipality)),
  ];
  const { pick, passedOver } = walk(preferredFirst, obstacles);
  if (pick !== undefined) {
    const preference = preferred.find((c) => c.municipality === pick.municipality);
    const closer = eligible.filter((c) => c.place < pick.place);
    const skipped = closer.map((c) => {
      const failed = passedOver.find((p) => p.municipality === c.municipality);
      return failed ?? { ...c, because: [] };
    });
    selected.push({
      role: "average",
      municipality: pick.municipality,
      province: provinceOf.get(pick.municipality)!,
      value: pick.value,
      place: pick.place,
      passedOver: skipped,
      ...(preference === undefined ? {} : { preferred: preference }),
      eligible: eligible.length,
      reason: averageReason(pick, skipped, preference, distance, listLength, eligible.length),
    });
  }
  return selected;
}

function rankBy(
  items: { municipality: string; value: number }[],
  order: "ascending" | "descending",
): Ranked[] {
  const sign = order === "ascending" ? 1 : -1;
  const sorted = [...items].sort((a, b) =>
    sign * (a.value - b.value) || compareNames(a.municipality, b.municipality)
  );
  return sorted.map((item) => ({
    ...item,
    place: 1 + sorted.filter((other) => sign * (other.value - item.value) < 0).length,
  }));
}

function walk(
  ranking: Ranked[],
  obstacles: (municipality: string) => string[],
): { pick?: Ranked; passedOver: PassedOver[] } {
  const passedOver: PassedOver[] = [];
  for (const candidate of ranking) {
    const because = obstacles(candidate.municipality);
    if (because.length === 0) return { pick: candidate, passedOver };
    passedOver.push({ ...candidate, because });
  }
  return { passedOver };
}

/**
 * `"highest"`, `"2nd highest"`, `"3rd highest"`, … (`"lowest"`, … with `"lowest"`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(ordinalPlace(1, "highest"), "highest");
 * assert.equal(ordinalPlace(3, "highest"), "3rd highest");
 * assert.equal(ordinalPlace(11, "closest"), "11th closest");
 * ```
 */
export function ordinalPlace(place: number, word: string): string {
  if (place === 1) return word;
  const tens = place % 100;
  const suffix = tens >= 11 && tens <= 13
    ? "th"
    : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[place % 10] ?? "th";
  return `${place}${suffix} ${word}`;
}

function describePassed(passed: PassedOver[]): string {
  return passed.map((p) => `${p.municipality} ${formatFixed(p.value, 1)} (${p.because.join("; ")})`)
    .join(", ");
}

function perspectiveReason(perspective: Perspective, pick: Ranked, passed: PassedOver[]): string {
  const head = `${ordinalPlace(pick.place, "highest")} ${perspective} (${
    formatFixed(pick.value, 1)
  })`;
  return passed.length === 0 ? head : `${head}; passed over: ${describePassed(passed)}`;
}

function averageReason(
  pick: Ranked,
  skipped: PassedOver[],
  preference: Constraint | undefined,
  distance: Distance,
  listLength: number,
  eligible: number,
): string {
  const head = `${ordinalPlace(pick.place, "closest")} to the mean profile ` +
    `(${distance} distance ${formatFixed(pick.value, 1)} pp) of the ${eligible} municipalities ` +
    `in no top-${listLength} or bottom-${listLength} list`;
  const failed = skipped.filter((s) => s.because.length > 0);
  const parts = [head];
  if (preference !== undefined && skipped.length > 0) {
    parts.push(
      `taken ahead of ${skipped.length} closer ${skipped.length === 1 ? "one" : "ones"} (${
        skipped.map((s) => s.municipality).join(", ")
      }) because ${preference.reason} (footnote ${preference.footnote})`,
    );
  } else if (failed.length > 0) {
    parts.push(`passed over: ${describePassed(failed)}`);
  }
  return parts.join("; ");
}

/** One row of `outputs/tables/case-selection.csv`. */
export interface CaseSelectionRow {
  /** `rule` (no constraints) or `published` (rule plus constraints). */
  selection: "rule" | "published";
  role: Role;
  municipality: string;
  /** Share on the role's perspective, or distance to the mean profile for `average`, 1 decimal. */
  score: string;
  reason: string;
}

/** Columns of `outputs/tables/case-selection.csv`. */
export const CASE_SELECTION_COLUMNS = [
  "selection",
  "role",
  "municipality",
  "score",
  "reason",
] as const;

/** Both selections as rows for `writeTable` (rule first, each in role order). */
export function caseSelectionRows(
  rule: readonly SelectedCase[],
  published: readonly SelectedCase[],
): CaseSelectionRow[] {
  const rows = (selection: "rule" | "published", cases: readonly SelectedCase[]) =>
    cases.map((c) => ({
      selection,
      role: c.role,
      municipality: c.municipality,
      score: formatFixed(c.value, 1),
      reason: c.reason,
    }));
  return [...rows("rule", rule), ...rows("published", published)];
}

/** What the constraints changed, role by role. */
export interface SelectionChange {
  role: Role;
  rule: string;
  published: string;
  changed: boolean;
  /** Empty when unchanged; otherwise why the rule's choice was not taken. */
  why: string;
}

/**
 * Compare the pure rule with the constrained selection, role by role.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const pick = (municipality: string, passedOver: { municipality: string; because: string[] }[] = []) =>
 *   ({ role: "PA", municipality, province: "X", value: 1, place: 1, reason: "", passedOver:
 *     passedOver.map((p) => ({ ...p, value: 1, place: 1 })) }) as const;
 * const [change] = compareSelections([pick("A")], [pick("F", [{ municipality: "A", because: ["declined, footnote 1"] }])]);
 * assert.deepEqual(change, { role: "PA", rule: "A", published: "F", changed: true, why: "A: declined, footnote 1" });
 * ```
 */
export function compareSelections(
  rule: readonly SelectedCase[],
  published: readonly SelectedCase[],
): SelectionChange[] {
  return ROLES.map((role) => {
    const a = rule.find((c) => c.role === role);
    const b = published.find((c) => c.role === role);
    const changed = a?.municipality !== b?.municipality;
    let why = "";
    if (changed && b !== undefined) {
      if (b.preferred !== undefined) {
        why =
          `${b.municipality} preferred: ${b.preferred.reason} (footnote ${b.preferred.footnote})`;
      } else {
        why = b.passedOver.filter((p) => p.because.length > 0)
          .map((p) => `${p.municipality}: ${p.because.join("; ")}`).join(" | ");
      }
    }
    return {
      role,
      rule: a?.municipality ?? "",
      published: b?.municipality ?? "",
      changed,
      why,
    };
  });
}

/** A selected case next to the case the dissertation studied for the same role. */
export interface StudiedComparison {
  role: Role;
  selected: string;
  studied: string;
  agrees: boolean;
}

/**
 * Compare a selection with the municipalities studied in chapters 7-11, role by role.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = compareWithStudied(
 *   [{ role: "PA", municipality: "Haarlemmermeer" }],
 *   [{ role: "PA", municipality: "Haarlemmermeer" }, { role: "NPM", municipality: "Zwolle" }],
 * );
 * assert.deepEqual(rows.map((r) => r.agrees), [true, false, true, true, true]);
 * ```
 */
export function compareWithStudied(
  selection: readonly { role: Role; municipality: string }[],
  studied: readonly { role: Role; municipality: string }[],
): StudiedComparison[] {
  return ROLES.map((role) => {
    const selected = selection.find((c) => c.role === role)?.municipality ?? "";
    const theirs = studied.find((c) => c.role === role)?.municipality ?? "";
    return { role, selected, studied: theirs, agrees: selected === theirs };
  });
}

/** One line of {@linkcode averageByDistance}. */
export interface AverageChoice {
  distance: Distance;
  /** The pure rule's average municipality with this distance. */
  rule: string;
  rule_distance: number;
  /** The constrained selection's average municipality with this distance. */
  published: string;
  published_place: number;
}

/**
 * How the `average` role depends on the distance: the rule's and the constrained
 * selection's choice under each distance. `options` are those of the constrained
 * selection; its `distance` is overridden.
 */
export function averageByDistance(
  scores: ScoreTable,
  provinces: readonly ProvinceOf[],
  options: SelectCasesOptions = {},
): AverageChoice[] {
  return DISTANCES.map((distance) => {
    const rule = selectCases(scores, provinces, { distance, listLength: options.listLength })
      .find((c) => c.role === "average");
    const published = selectCases(scores, provinces, { ...options, distance })
      .find((c) => c.role === "average");
    return {
      distance,
      rule: rule?.municipality ?? "",
      rule_distance: rule?.value ?? NaN,
      published: published?.municipality ?? "",
      published_place: published?.place ?? NaN,
    };
  });
}
