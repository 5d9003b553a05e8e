/**
 * The worked example of notebook 12: a sample of the invented sample corpus, coded by the
 * project's maintainers (not by independent coders; see data/README.md, `validation/`).
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { readTextFile } from "../io/mod.ts";
import type { SampleDescription } from "./kwic_sample.ts";
import { type CodedSheet, loadSample, parseHitSheet, parsePassageSheet } from "./sheets.ts";

/** The files of the worked example, as named in messages (relative to the project). */
export const WORKED_EXAMPLE = {
  sample: "data/validation/sample-coding-sample.json",
  hits: "data/validation/sample-coding.csv",
  passages: "data/validation/sample-coding-passages.csv",
} as const;

/** The worked example's sample and its coded sheets. */
export interface WorkedExample {
  sample: SampleDescription;
  hits: CodedSheet;
  passages: CodedSheet;
}

const pathOf = (file: string) => fileURLToPath(new URL(`../../${file}`, import.meta.url));

/**
 * Read the worked example, its sheets checked against its sample.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const { sample, hits, passages } = await loadWorkedExample();
 * assert.equal(sample.hit_units.length, 52);
 * // data/README.md: nine hits coded 0, three passages coded SR.
 * assert.equal([...hits.codes.values()].filter((c) => c === "0").length, 9);
 * assert.equal([...passages.codes.values()].filter((c) => c === "SR").length, 3);
 * ```
 */
export async function loadWorkedExample(): Promise<WorkedExample> {
  const sample = await loadSample(pathOf(WORKED_EXAMPLE.sample), WORKED_EXAMPLE.sample);
  const read = (file: string) => readTextFile(pathOf(file), { displayName: file });
  return {
    sample,
    hits: parseHitSheet(await read(WORKED_EXAMPLE.hits), sample, WORKED_EXAMPLE.hits),
    passages: parsePassageSheet(
      await read(WORKED_EXAMPLE.passages),
      sample,
      WORKED_EXAMPLE.passages,
    ),
  };
}
