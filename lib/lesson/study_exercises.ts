/**
 * The checkers of the lesson's exercises on the study itself (parts 5 and 7 of the
 * lesson): walking the case-selection rule with one refusal, and reading the joint
 * display. Expected answers come from `lib/select` and `lib/cases` on the published data.
 *
 * @module
 */
import { loadMunicipalities, loadPublishedScores, type Perspective } from "../data/mod.ts";
import { formatFixed } from "../io/mod.ts";
import {
  type Constraint,
  loadConstraints,
  ordinalPlace,
  type ProvinceOf,
  selectCases,
  type SelectedCase,
} from "../select/mod.ts";
import { loadScoreTable, type ScoreTable } from "../stats/mod.ts";
import {
  CASES,
  describeCase,
  jointDisplay,
  type JointRow,
  loadCaseStudy,
  presenceSynthesis,
} from "../cases/mod.ts";
import { answerItems, foldName } from "./answers.ts";
import { show } from "./scoring_exercises.ts";
import { isPlaceholder, notAnswered, type Verdict, verdict } from "./verdict.ts";

/** Options of {@linkcode checkOneRefusal}. */
export interface OneRefusalOptions {
  /** Default: the published shares (`loadScoreTable({ source: "published" })`). */
  scores?: ScoreTable;
  /** Provinces. Default: `loadMunicipalities()`. */
  municipalities?: readonly ProvinceOf[];
  /** The practical constraints. Default: `loadConstraints()`. */
  constraints?: readonly Constraint[];
  /** The role asked about. Default: `"NPG"`. */
  perspective?: Perspective;
  /** The province limit, as in the published selection. Default: `1`. */
  maxPerProvince?: number;
}

/** The three selections exercise 4 compares, for one role. */
export interface OneRefusal {
  /** The plain rule's pick (with the province limit). */
  rule: SelectedCase;
  /** The pick when only the rule's pick declines. */
  oneOut: SelectedCase;
  /** The pick with every constraint of the study. */
  published: SelectedCase;
  /** Every municipality of the score table, highest share on the role first. */
  ranking: { municipality: string; share: number; place: number }[];
}

/**
 * The rule's pick for a role, the pick when only that municipality declines, and the
 * published pick (see {@linkcode checkOneRefusal}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const walk = await oneRefusal();
 * assert.deepEqual([walk.rule, walk.oneOut, walk.published].map((c) => c.municipality),
 *   ["Helmond", "Arnhem", "Oss"]);
 * ```
 */
export async function oneRefusal(options: OneRefusalOptions = {}): Promise<OneRefusal> {
  const scores = options.scores ?? await loadScoreTable({ source: "published" });
  const municipalities = options.municipalities ?? await loadMunicipalities();
  const constraints = options.constraints ?? await loadConstraints();
  const role = options.perspective ?? "NPG";
  const maxPerProvince = options.maxPerProvince ?? 1;
  const pick = (given: readonly Constraint[]) => {
    const found = selectCases(scores, municipalities, { constraints: [...given], maxPerProvince })
      .find((c) => c.role === role);
    if (found === undefined) throw new Error(`no municipality can take the role ${role}`);
    return found;
  };
  const rule = pick([]);
  const refusal =
    constraints.find((c) =>
      c.municipality === rule.municipality && c.constraint !== "preferred_access"
    ) ?? {
      municipality: rule.municipality,
      constraint: "declined" as const,
      reason: "assumed for the exercise",
      footnote: 0,
    };
  const sorted = [...scores.rows].sort((a, b) => b[role] - a[role]);
  return {
    rule,
    oneOut: pick([refusal]),
    published: pick(constraints),
    ranking: sorted.map((r) => ({
      municipality: r.municipality,
      share: r[role],
      place: 1 + sorted.filter((o) => o[role] > r[role]).length,
    })),
  };
}

/**
 * Exercise 4: which municipality the rule picks for NPG when only its first choice
 * (Helmond) declines. Expected: `selectCases` with that one refusal and the province
 * limit. Names are compared case- and accent-insensitively. The verdict on a correct
 * answer explains why the published case is a different one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal((await checkOneRefusal(undefined)).status, "not answered yet");
 * ```
 */
export async function checkOneRefusal(
  answer: unknown,
  options: OneRefusalOptions = {},
): Promise<Verdict> {
  const exercise = "Exercise 4";
  if (isPlaceholder(answer)) {
    return notAnswered(exercise, "answer4", 'a municipality\'s name in quotes, e.g. `"Ede"`');
  }
  if (typeof answer !== "string") {
    return verdict(
      exercise,
      "not yet",
      `\`${show(answer)}\` is not a name.`,
      'Write the municipality\'s name as text between quotes, e.g. `"Ede"`.',
    );
  }
  const walk = await oneRefusal(options);
  const role = walk.rule.role;
  const named = walk.ranking.find((r) => foldName(r.municipality) === foldName(answer));
  if (named === undefined) {
    return verdict(
      exercise,
      "not yet",
      `\`${show(answer)}\` is not one of the ${walk.ranking.length} municipalities with a plan.`,
      "Copy the name from the ranking above.",
    );
  }
  const at = (c: { municipality: string; place: number; value?: number; share?: number }) =>
    `${c.municipality} (${ordinalPlace(c.place, "highest")} ${role}, ` +
    `${formatFixed(c.value ?? c.share ?? NaN, 1)}%)`;
  if (named.municipality === walk.oneOut.municipality) {
    const extra = walk.published.passedOver.filter((p) =>
      p.municipality !== walk.rule.municipality && p.because.length > 0
    );
    const refusals = walk.published.passedOver.filter((p) => p.because.length > 0).length;
    const story = walk.published.municipality === walk.oneOut.municipality
      ? "In the study that is also the published case."
      : extra.length === 0
      ? `With the study's own constraints the ${role} case is ${walk.published.municipality}.`
      : `In the study ${
        extra.map((p) => `${p.municipality} dropped out as well (${p.because.join("; ")})`)
          .join(", ")
      }, so the walk went on to ${at(walk.published)}. That is why the published ${role} ` +
        `case is ${walk.published.municipality}: ${refusals} municipalities above it dropped out.`;
    return verdict(
      exercise,
      "correct",
      `With only ${walk.rule.municipality} out, the walk down the ${role} ranking stops at ` +
        `${at(walk.oneOut)}. ${story}`,
    );
  }
  if (named.municipality === walk.rule.municipality) {
    return verdict(
      exercise,
      "not yet",
      `${walk.rule.municipality} is the rule's first choice, and it is the one that declined.`,
      "Take the next municipality down the ranking that the rule lets through.",
    );
  }
  if (named.municipality === walk.published.municipality) {
    return verdict(
      exercise,
      "not yet",
      `${walk.published.municipality} is the case the study ended up with, but getting there ` +
        "took more than one municipality dropping out.",
      `With only ${walk.rule.municipality} gone, who is next in the ${role} ranking, and does ` +
        "the limit of one case per province let it through?",
    );
  }
  return verdict(
    exercise,
    "not yet",
    `${at(named)} is not the next one the rule would take.`,
    named.place > walk.oneOut.place
      ? "A municipality higher in the ranking passes the rule: check each one from the top, " +
        "skipping only the one that declined and any whose province already has a case."
      : "Is its province already taken by an earlier role? Then the rule skips it.",
  );
}

/** Options of {@linkcode checkDifferingCases}. */
export interface DifferingCasesOptions {
  /** The joint display. Default: {@linkcode loadJointRows}`()`. */
  joint?: readonly JointRow[];
}

/**
 * The joint display of the published data: plan shares (Bijlage G) next to the case
 * study's verdicts, one row per case.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = await loadJointRows();
 * assert.equal(rows.length, 10);
 * ```
 */
export async function loadJointRows(): Promise<JointRow[]> {
  const study = await loadCaseStudy();
  const presence = presenceSynthesis(study.municipalities, study.matrices, study.verdicts);
  return jointDisplay(await loadPublishedScores(), presence);
}

const CASE_ALIASES: Readonly<Record<string, (typeof CASES)[number]>> = {
  "home care": "thuiszorg",
  "homecare": "thuiszorg",
  "thuis zorg": "thuiszorg",
};

/** Read `"Den Haag thuiszorg"` (any case, order or punctuation) as a municipality and a case. */
function readCase(
  item: string,
  municipalities: readonly string[],
): { municipality?: string; case?: string } {
  const folded = ` ${foldName(item)} `;
  const municipality = municipalities.find((m) => folded.includes(` ${foldName(m)} `));
  const direct = CASES.find((c) => folded.includes(` ${c} `));
  const alias = Object.keys(CASE_ALIASES).find((a) => folded.includes(` ${a} `));
  return { municipality, case: direct ?? (alias === undefined ? undefined : CASE_ALIASES[alias]) };
}

const AGREEMENT_WORDS = { agree: "agree", partial: "agree in part", differ: "differ" } as const;

/**
 * Exercise 5: in which cases the two phases differ (the plan's leading perspective is not
 * dominant in the case). Expected: the joint rows with agreement `differ`. The answer is
 * an array of `"Municipality case"` strings or one string with commas, in any order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal((await checkDifferingCases([])).status, "not answered yet");
 * ```
 */
export async function checkDifferingCases(
  answer: unknown,
  options: DifferingCasesOptions = {},
): Promise<Verdict> {
  const exercise = "Exercise 5";
  if (isPlaceholder(answer)) {
    return notAnswered(
      exercise,
      "answer5",
      'a list such as `["Oss tegenprestatie", "Zwolle thuiszorg"]`',
    );
  }
  const items = answerItems(answer);
  const format = 'Write each case as "municipality case", e.g. `["Oss tegenprestatie"]`.';
  if (items.length === 0) {
    return verdict(exercise, "not yet", `\`${show(answer)}\` names no case.`, format);
  }
  const joint = options.joint ?? await loadJointRows();
  const names = [...new Set(joint.map((r) => r.municipality))];
  const read = items.map((item) => ({ item, ...readCase(item, names) }));
  const unreadable = read.filter((r) => r.municipality === undefined);
  if (unreadable.length > 0) {
    return verdict(
      exercise,
      "not yet",
      `${unreadable.map((r) => `"${r.item}"`).join(", ")} names none of the five case ` +
        `municipalities (${names.join(", ")}).`,
      format,
    );
  }
  const caseless = read.filter((r) => r.case === undefined);
  if (caseless.length > 0) {
    return verdict(
      exercise,
      "not yet",
      `${caseless.map((r) => `"${r.item}"`).join(", ")}: which case?`,
      `Every municipality was studied on two cases (${CASES.join(", ")}); name the case too.`,
    );
  }
  const rowOf = (r: { municipality?: string; case?: string }) =>
    joint.find((j) => j.municipality === r.municipality && j.case === r.case)!;
  const chosen = [...new Set(read.map(rowOf))];
  const expected = joint.filter((r) => r.agreement === "differ");
  const wrong = chosen.filter((r) => r.agreement !== "differ");
  const right = chosen.filter((r) => r.agreement === "differ");
  const label = (r: JointRow) => `${r.municipality} ${r.case}`;
  if (wrong.length > 0) {
    return verdict(
      exercise,
      "not yet",
      wrong.map((r) =>
        `In ${label(r)} the phases ${AGREEMENT_WORDS[r.agreement]}: the plan's leader ` +
        `${r.top.join(" + ")} is dominant in the case too.`
      ).join(" "),
      "A case differs when the perspective with the plan's highest share (framed on the " +
        "left) is not framed among the case's dominant perspectives.",
    );
  }
  if (right.length < expected.length) {
    const more = expected.length - right.length;
    return verdict(
      exercise,
      "not yet",
      `${right.map(label).join(", ")}: right, but ${more} more case${
        more === 1 ? " differs" : "s differ"
      }.`,
      "Check every row, both cases of each municipality.",
    );
  }
  return verdict(
    exercise,
    "correct",
    `The phases differ in ${expected.map(label).join(" and ")}. ` +
      expected.map(describeCase).join(" "),
  );
}
