/**
 * Showing that bad input is refused: run a reader on a deliberately bad input and keep
 * the message it refuses it with, so a notebook can display what a user would see.
 *
 * @module
 */
import { InputError } from "../io/mod.ts";

/** A row of {@linkcode refusals}. */
export interface RefusalRow {
  /** What was wrong with the input, as the caller describes it. */
  input: string;
  /** The message of the {@linkcode InputError} it was refused with. */
  message: string;
}

/**
 * Run `read` and return the message of the {@linkcode InputError} it throws. Throws an
 * `Error` when `read` accepts the input (the demonstration would be wrong), and rethrows
 * any other error (a bug, not a refusal).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseManifest } from "./manifest.ts";
 * assert.equal(
 *   await refusedWith(() => parseManifest("id,file,region\nkust,kust.txt,Kust\n")),
 *   'manifest.csv line 2, column region: "Kust" is not one of noord, oost, zuid, west',
 * );
 * await assert.rejects(() => refusedWith(() => 1), {
 *   message: "the input was accepted, but it should have been refused",
 * });
 * ```
 */
export async function refusedWith(read: () => unknown): Promise<string> {
  try {
    await read();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error("the input was accepted, but it should have been refused");
}

/**
 * {@linkcode refusedWith} for several inputs, described by the keys of `cases`, in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseManifest } from "./manifest.ts";
 * assert.deepEqual(await refusals({ "no file column": () => parseManifest("id\na\n") }), [
 *   { input: "no file column", message: 'manifest.csv line 1: missing column "file"; the header has id' },
 * ]);
 * ```
 */
export async function refusals(
  cases: Readonly<Record<string, () => unknown>>,
): Promise<RefusalRow[]> {
  const rows: RefusalRow[] = [];
  for (const [input, read] of Object.entries(cases)) {
    rows.push({ input, message: await refusedWith(read) });
  }
  return rows;
}
