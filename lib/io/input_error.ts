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
}

/** `file line N, column F: ` with the parts that are known. */
export function formatLocation(location: InputLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  const head = parts.join(" ");
  if (location.field !== undefined) {
    return `${head}${head ? ", " : ""}column ${location.field}: `;
  }
  return head ? `${head}: ` : "";
}
