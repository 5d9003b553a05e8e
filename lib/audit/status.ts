/**
 * How a published number compares with its recomputation.
 *
 * - `match`: the recomputed value, rounded to the printed precision (halves away from
 *   zero), is the printed value.
 * - `rounding`: not a match, but the gap is no larger than rounding can explain. The
 *   recomputation starts from printed (rounded) inputs, so the exact value can lie up to
 *   `inputUncertainty` away from it (for a mean of n shares each printed to one decimal:
 *   n · 0.05 / n = 0.05; in general the sum of the inputs' half-units divided by n), and
 *   the published number itself can be up to half a unit of its last digit away from the
 *   exact value. So: |published − recomputed| ≤ inputUncertainty + halfUnit(printed).
 * - `mismatch`: a larger gap; the note gives a likely cause.
 * - `not_checked`: the data cannot confirm or refute the number (e.g. a population bound).
 *
 * Verbal claims ("about one in five", "more than twice") use {@linkcode classifyClaim}.
 *
 * @module
 */
import { z } from "zod";
import { halfUnit, roundHalfAway } from "../stats/mod.ts";

/** The four statuses, from best to worst. */
export const AUDIT_STATUSES = ["match", "rounding", "mismatch", "not_checked"] as const;
/** An audit status. */
export type AuditStatus = typeof AUDIT_STATUSES[number];

/** Options of {@linkcode classifyNumber}. */
export interface ClassifyOptions {
  /**
   * How far the exact value can be from the recomputed one because the inputs were
   * rounded (see the module doc). Default: 0 (inputs exact, or the same printed value).
   */
  inputUncertainty?: number;
}

/** Slack for binary floating point in the comparisons. */
const EPSILON = 1e-9;

/**
 * Classify a printed number against its recomputation (see the module doc).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(classifyNumber(20.7, 1, 20.702), "match");
 * // G4 PA: printed 18.6, recomputed from four printed shares 18.525 (±0.05): rounding
 * assert.equal(classifyNumber(18.6, 1, 18.525, { inputUncertainty: 0.05 }), "rounding");
 * assert.equal(classifyNumber(21.2, 1, 20.702, { inputUncertainty: 0.05 }), "mismatch");
 * assert.equal(classifyNumber(31, 0, 31.076), "match"); // printed without decimals
 * ```
 */
export function classifyNumber(
  published: number,
  publishedDecimals: number,
  reproduced: number,
  options: ClassifyOptions = {},
): AuditStatus {
  const inputUncertainty = options.inputUncertainty ?? 0;
  if (!Number.isFinite(reproduced)) return "mismatch";
  if (Math.abs(roundHalfAway(reproduced, publishedDecimals) - published) < EPSILON) {
    return "match";
  }
  const bound = inputUncertainty + halfUnit(publishedDecimals);
  return Math.abs(published - reproduced) <= bound + EPSILON ? "rounding" : "mismatch";
}

/** How a number in the text is hedged. */
export const QUALIFIERS = [
  "exact",
  "about",
  "almost",
  "more_than",
  "less_than",
  "at_most",
] as const;
/** A qualifier. */
export type Qualifier = typeof QUALIFIERS[number];
const qualifierSchema = z.enum(QUALIFIERS);

/**
 * The round values a hedged verbal quantity is read against, by unit: the fractions the
 * chapter itself speaks in (one in five, one in three, half, three in four, with none and
 * all), ratios in steps of a half, percentages in steps of 5. A judgement call, stated in
 * notebook 07.
 */
export const ROUND_VALUES: Record<"fraction" | "ratio" | "percent", (v: number) => number[]> = {
  fraction: () => [0, 1 / 5, 1 / 3, 1 / 2, 3 / 4, 1],
  ratio: (v) => Array.from({ length: Math.ceil(v * 2) + 3 }, (_, i) => i / 2),
  percent: (v) => Array.from({ length: Math.ceil(v / 5) + 3 }, (_, i) => i * 5),
};

/** The round value nearest to `value` (the lower one on a tie). */
export function nearestRound(unit: keyof typeof ROUND_VALUES, value: number): number {
  let best = NaN;
  for (const candidate of ROUND_VALUES[unit](value)) {
    if (Number.isNaN(best) || Math.abs(candidate - value) < Math.abs(best - value) - EPSILON) {
      best = candidate;
    }
  }
  return best;
}

/**
 * Whether a hedged claim holds. For a round verbal quantity (a fraction, a ratio, a
 * percentage): the data's value must be on the stated side of the claimed value (`almost`:
 * below; `more_than`, the chapter's *ruim*: above; `about`: either) and nearer to it than to
 * any other round value of its kind ({@linkcode ROUND_VALUES}), so that the words are the
 * best round description of the data. `less_than` and `at_most` (bounds, ranks) hold as
 * plain comparisons. `exact` claims go through {@linkcode classifyNumber} instead.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(classifyClaim("about", 1 / 5, 0.207, "fraction"), "match"); // "one in five"
 * assert.equal(classifyClaim("almost", 1 / 3, 0.311, "fraction"), "match"); // "nearly one in three"
 * assert.equal(classifyClaim("more_than", 2, 2.18, "ratio"), "match"); // "a bit over twice"
 * assert.equal(classifyClaim("more_than", 2, 2.3, "ratio"), "mismatch"); // nearer to 2.5
 * assert.equal(classifyClaim("almost", 1 / 2, 0.52, "fraction"), "mismatch"); // not below
 * ```
 */
export function classifyClaim(
  qualifier: Exclude<Qualifier, "exact">,
  claimed: number,
  reproduced: number,
  unit: string,
): AuditStatus {
  const kind = qualifierSchema.parse(qualifier);
  if (!Number.isFinite(reproduced)) return "mismatch";
  const round = unit === "fraction" || unit === "ratio" || unit === "percent" ? unit : undefined;
  const nearest = () =>
    round === undefined || Math.abs(nearestRound(round, reproduced) - claimed) < EPSILON;
  const holds = {
    exact: Math.abs(reproduced - claimed) < EPSILON,
    about: nearest(),
    almost: reproduced < claimed && nearest(),
    more_than: reproduced > claimed && nearest(),
    less_than: reproduced < claimed,
    at_most: reproduced <= claimed + EPSILON,
  }[kind];
  return holds ? "match" : "mismatch";
}
