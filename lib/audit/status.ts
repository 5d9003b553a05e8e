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

/** Relative band of `about` and `almost` (15 %). A judgement call, stated in the notes. */
export const VERBAL_BAND = 0.15;

/**
 * Whether a hedged claim holds: `about v` within ±15 % of v; `almost v` below v but
 * within 15 %; `more_than v` above v; `less_than v` below v; `at_most v` not above v.
 * The band is a judgement call (the text's words are not precise), so every note also
 * shows the exact value. `exact` claims go through {@linkcode classifyNumber} instead.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(classifyClaim("about", 1 / 5, 0.207), "match"); // "one in five"
 * assert.equal(classifyClaim("almost", 1 / 3, 0.311), "match"); // "nearly one in three"
 * assert.equal(classifyClaim("more_than", 2, 2.18), "match"); // "a bit over twice"
 * assert.equal(classifyClaim("almost", 1 / 2, 0.52), "mismatch");
 * ```
 */
export function classifyClaim(
  qualifier: Exclude<Qualifier, "exact">,
  claimed: number,
  reproduced: number,
): AuditStatus {
  const kind = qualifierSchema.parse(qualifier);
  if (!Number.isFinite(reproduced)) return "mismatch";
  const holds = {
    exact: Math.abs(reproduced - claimed) < EPSILON,
    about: Math.abs(reproduced - claimed) <= VERBAL_BAND * Math.abs(claimed) + EPSILON,
    almost: reproduced < claimed && reproduced >= (1 - VERBAL_BAND) * claimed - EPSILON,
    more_than: reproduced > claimed,
    less_than: reproduced < claimed,
    at_most: reproduced <= claimed + EPSILON,
  }[kind];
  return holds ? "match" : "mismatch";
}
