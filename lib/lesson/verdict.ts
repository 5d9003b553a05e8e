/**
 * What an exercise checker says about a student's answer: `correct`, `not yet` (with a
 * hint), or `not answered yet` (the placeholder is still in place). A verdict is a plain
 * object that the Deno Jupyter kernel shows as Markdown when it is the value of a cell, so
 * a check cell never throws on a wrong or missing answer and `deno task reproduce` runs
 * the lesson as committed.
 *
 * @module
 */
import { z } from "zod";

/** The three things a checker can say. */
export const VERDICT_STATUSES = ["correct", "not yet", "not answered yet"] as const;
/** One of {@linkcode VERDICT_STATUSES}. */
export type VerdictStatus = typeof VERDICT_STATUSES[number];
const statusSchema = z.enum(VERDICT_STATUSES);

/** A checker's answer. */
export interface Verdict {
  /** The exercise, e.g. `Exercise 3`. */
  exercise: string;
  status: VerdictStatus;
  /** What was found: why the answer is right, or what is wrong with it. */
  message: string;
  /** For `not yet` and `not answered yet`: where to look next. Empty for `correct`. */
  hint: string;
  /** The Markdown shown in the notebook. */
  markdown: string;
  [key: symbol]: () => Record<string, string>;
}

/**
 * Make a verdict that displays itself in Jupyter as Markdown (with a plain-text fallback).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const v = verdict("Exercise 1", "not yet", "You counted 7.", "Look at the capitals.");
 * assert.equal(v.markdown, "**Exercise 1: not yet.** You counted 7.\n\n*Hint:* Look at the capitals.\n");
 * assert.equal(v[Symbol.for("Jupyter.display")]()["text/markdown"], v.markdown);
 * ```
 */
export function verdict(
  exercise: string,
  status: VerdictStatus,
  message: string,
  hint = "",
): Verdict {
  const checked = statusSchema.parse(status);
  const head = `**${exercise}: ${checked}.**`;
  const markdown = [message === "" ? head : `${head} ${message}`, hint && `*Hint:* ${hint}`]
    .filter((part) => part !== "").join("\n\n") + "\n";
  return {
    exercise,
    status: checked,
    message,
    hint,
    markdown,
    [Symbol.for("Jupyter.display")]: () => ({ "text/markdown": markdown, "text/plain": markdown }),
  };
}

/**
 * Is the answer still the placeholder? `undefined`, `null`, an empty (or blank) string and
 * an empty array all count as "not answered".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual([undefined, null, "  ", [], 0, "x"].map(isPlaceholder),
 *   [true, true, true, true, false, false]);
 * ```
 */
export function isPlaceholder(answer: unknown): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer === "string") return answer.trim() === "";
  if (Array.isArray(answer)) return answer.length === 0;
  return false;
}

/** The verdict for a placeholder: what to do to answer. */
export function notAnswered(exercise: string, variable: string, what: string): Verdict {
  return verdict(
    exercise,
    "not answered yet",
    `\`${variable}\` is still \`undefined\`.`,
    `Replace \`undefined\` in the cell above with ${what}, run that cell, then run this one again.`,
  );
}
