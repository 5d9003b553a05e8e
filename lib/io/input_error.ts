/**
 * The one error type for bad input: it says which file, which line and which field are
 * wrong, what was found, and (where it can) what would be accepted.
 *
 * @module
 */

/** Where in an input the problem is. Every part is optional, but give what is known. */
export interface InputLocation {
  /** Path of the file, as the user would type it (relative to the project where possible). */
  file?: string;
  /** 1-based line number in the file. */
  line?: number;
  /** Column or field name. */
  field?: string;
}

/**
 * Bad input: a malformed row, a missing file, a wrong encoding, an unknown category.
 *
 * The message starts with the location, e.g.
 * `data/municipalities.csv line 12, column region: "Oost" is not one of noord, oost, zuid, west`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const error = new InputError("not a number", { file: "a.csv", line: 3, field: "PA" });
 * assert.deepEqual(error.message, "a.csv line 3, column PA: not a number");
 * ```
 */
export class InputError extends Error {
  readonly location: InputLocation;
  readonly problem: string;

  constructor(problem: string, location: InputLocation = {}) {
    super(`${formatLocation(location)}${problem}`);
    this.name = "InputError";
    this.problem = problem;
    this.location = location;
  }

  /** Every problem this error stands for: itself, or the list of an {@linkcode InputErrors}. */
  get problems(): readonly InputError[] {
    return [this];
  }
}

/**
 * `file line N, column F: ` with the parts that are known; a field that is a command-line
 * option (`--workers`) is called an option, not a column.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(formatLocation({ file: "m.csv", line: 3, field: "region" }), "m.csv line 3, column region: ");
 * assert.equal(formatLocation({ field: "--workers" }), "option --workers: ");
 * ```
 */
export function formatLocation(location: InputLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  const head = parts.join(" ");
  if (location.field !== undefined) {
    const kind = location.field.startsWith("--") ? "option" : "column";
    return `${head}${head ? ", " : ""}${kind} ${location.field}: `;
  }
  return head ? `${head}: ` : "";
}

/** At most this many problems are written out in the message of {@linkcode InputErrors}. */
export const MAX_LISTED_PROBLEMS = 100;

/**
 * Several problems of one input at once, e.g. every bad row of a manifest. It is an
 * {@linkcode InputError} (so code that catches one catches this too); `problems` holds
 * each problem, and the message lists them one per line under a summary line
 * (`manifest.csv: 3 problems`). Past {@linkcode MAX_LISTED_PROBLEMS} the message only
 * counts the rest; `problems` always holds them all.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const error = new InputErrors([
 *   new InputError("the id is empty", { file: "m.csv", line: 2, field: "id" }),
 *   new InputError('"kust" is not one of noord, oost, zuid, west', { file: "m.csv", line: 3, field: "region" }),
 * ], { file: "m.csv" });
 * assert.equal(error.message, "m.csv: 2 problems\n" +
 *   "m.csv line 2, column id: the id is empty\n" +
 *   'm.csv line 3, column region: "kust" is not one of noord, oost, zuid, west');
 * assert.equal(error.problems.length, 2);
 * ```
 */
export class InputErrors extends InputError {
  readonly #problems: readonly InputError[];

  constructor(problems: readonly InputError[], location: Pick<InputLocation, "file"> = {}) {
    const all = problems.flatMap((p) => p.problems);
    const listed = all.slice(0, MAX_LISTED_PROBLEMS).map((p) => p.message);
    if (all.length > MAX_LISTED_PROBLEMS) {
      listed.push(`(and ${all.length - MAX_LISTED_PROBLEMS} more problems)`);
    }
    super([`${all.length} problems`, ...listed].join("\n"), location);
    this.name = "InputErrors";
    this.#problems = all;
  }

  override get problems(): readonly InputError[] {
    return this.#problems;
  }
}

/**
 * Throw what `problems` holds: nothing when it is empty, the problem itself when there is
 * one, an {@linkcode InputErrors} when there are more.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * throwProblems([]);
 * assert.throws(() => throwProblems([new InputError("stuk", { file: "a.csv", line: 2 })]), {
 *   name: "InputError",
 *   message: "a.csv line 2: stuk",
 * });
 * ```
 */
export function throwProblems(
  problems: readonly InputError[],
  location: Pick<InputLocation, "file"> = {},
): void {
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new InputErrors(problems, location);
}

/**
 * The problems in file order: by line (problems without a line first), keeping the
 * order of problems on the same line.
 */
export function sortProblems(problems: readonly InputError[]): InputError[] {
  return [...problems].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
}
