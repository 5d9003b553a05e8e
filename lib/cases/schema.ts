/**
 * Zod pieces for the coded data of the qualitative phase: section numbers, yes/no,
 * combinations of perspectives written `PA+SR`, and `;`-separated lists.
 *
 * @module
 */
import { z } from "zod";
import { type Perspective, PERSPECTIVES } from "../data/categories.ts";

/** A dissertation section number such as `7.3.2` (two or three parts). */
export const sectionString = z.string().regex(
  /^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/,
  "write a section number such as 7.3.2",
);

/** `yes` or `no`, as written in the case files. */
export const yesNo = z.enum(["yes", "no"]).transform((v) => v === "yes");

const perspectiveSet = new RegExp(`^(${PERSPECTIVES.join("|")})(\\+(${PERSPECTIVES.join("|")}))*$`);

/**
 * One or more perspectives joined by `+` (`SR+NPM`), in the order the text names them,
 * none twice.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(perspectiveCombination.parse("SR+NPM"), ["SR", "NPM"]);
 * assert.equal(perspectiveCombination.safeParse("SR+SR").success, false);
 * assert.equal(perspectiveCombination.safeParse("PA+XX").success, false);
 * ```
 */
export const perspectiveCombination = z.string()
  .regex(perspectiveSet, `not one or more of ${PERSPECTIVES.join(", ")} joined by "+"`)
  .transform((v) => v.split("+") as Perspective[])
  .refine((list) => new Set(list).size === list.length, "names a perspective twice");

/**
 * A `;`-separated list of values from `values`; empty text is the empty list unless
 * `nonEmpty`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const list = listOf(["a", "b"] as const);
 * assert.deepEqual(list.parse("a;b"), ["a", "b"]);
 * assert.deepEqual(list.parse(""), []);
 * assert.equal(list.safeParse("a;c").success, false);
 * ```
 */
export function listOf<const T extends readonly [string, ...string[]]>(
  values: T,
  options: { nonEmpty?: boolean } = {},
) {
  const item = z.enum(values);
  const text = options.nonEmpty
    ? z.string().regex(/^[\s\S]+$/, "give at least one value")
    : z.string();
  return text
    .transform((v) => (v === "" ? [] : v.split(";")))
    .pipe(z.array(item));
}

/** An optional value from `values`: empty text is `null`. */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.string()
    .transform((v) => (v === "" ? null : v))
    .pipe(z.enum(values).nullable());
}

/** Free text (a code, a note): no leading or trailing space; may be empty. */
export const freeText = z.string().regex(
  /^(\S(.*\S)?)?$/,
  "must not start or end with a space",
);
