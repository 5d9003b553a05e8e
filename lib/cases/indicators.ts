/**
 * The operationalisation of the qualitative phase as indicator tables, paraphrased:
 * Bijlage E (each perspective on each component: two indicators and an approach) and
 * Bijlage F (institutional context and strategic choice: indicators, variants and the
 * approach of each option).
 *
 * @module
 */
import { z } from "zod";
import { InputError, type Located, parseTable, readTextFile } from "../io/mod.ts";
import { inputFile, type LoadOptions, nameString } from "../data/mod.ts";
import { PERSPECTIVES } from "../data/categories.ts";
import { COMPONENTS } from "./coding_terms.ts";
import { optionalEnum } from "./schema.ts";
import { CASE_FILES } from "./paths.ts";

/** One row of `data/cases/indicators-perspectives.csv` (Bijlage E). */
export const perspectiveIndicatorSchema = z.object({
  component: z.enum(COMPONENTS),
  perspective: z.enum(PERSPECTIVES),
  kind: z.enum(["indicator", "approach"]),
  label: nameString,
});

/** A validated Bijlage E row. */
export type PerspectiveIndicator = Located<z.output<typeof perspectiveIndicatorSchema>>;

/**
 * Validate a Bijlage E file: every component and perspective has at least one indicator
 * and exactly one approach.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "component,perspective,kind,label\nBeleid,PA,approch,rules lead\n";
 * assert.throws(() => parsePerspectiveIndicators(text, "e.csv"), {
 *   message: 'e.csv line 2, column kind: "approch" is not one of indicator, approach',
 * });
 * ```
 */
export function parsePerspectiveIndicators(
  text: string,
  file = `data/${CASE_FILES.perspectiveIndicators}`,
): PerspectiveIndicator[] {
  const rows = parseTable(text, perspectiveIndicatorSchema, { file });
  for (const component of COMPONENTS) {
    for (const perspective of PERSPECTIVES) {
      const cell = rows.filter((r) => r.component === component && r.perspective === perspective);
      const approaches = cell.filter((r) => r.kind === "approach").length;
      if (approaches !== 1 || cell.length < 2) {
        throw new InputError(
          `${component} / ${perspective} needs one approach and at least one indicator ` +
            `(found ${approaches} and ${cell.length - approaches})`,
          { file },
        );
      }
    }
  }
  return rows;
}

/** Load `data/cases/indicators-perspectives.csv` (or `options.path`). */
export async function loadPerspectiveIndicators(
  options: LoadOptions = {},
): Promise<PerspectiveIndicator[]> {
  const { path, display } = inputFile(CASE_FILES.perspectiveIndicators, options);
  return parsePerspectiveIndicators(await readTextFile(path, { displayName: display }), display);
}

/** The options of each dimension of Bijlage F. */
export const CONTEXT_OPTIONS = {
  institutional: ["with", "against"],
  strategic: ["goal-directed", "goal-seeking"],
} as const;

/** One row of `data/cases/indicators-context.csv` (Bijlage F). */
export const contextIndicatorSchema = z.object({
  dimension: z.enum(["institutional", "strategic"]),
  option: z.enum(["with", "against", "goal-directed", "goal-seeking"]),
  kind: z.enum(["indicator", "approach"]),
  /** For the institutional context: the form the indicator points to, if any. */
  variant: optionalEnum(["coercive", "mimetic", "normative", "layering", "conversion"]),
  label: nameString,
});

/** A validated Bijlage F row. */
export type ContextIndicator = Located<z.output<typeof contextIndicatorSchema>>;

/**
 * Validate a Bijlage F file: each option belongs to its dimension, isomorphism variants
 * only under "with" and path-dependence variants only under "against".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "dimension,option,kind,variant,label\nstrategic,with,indicator,,early plans\n";
 * assert.throws(() => parseContextIndicators(text, "f.csv"), {
 *   message: 'f.csv line 2, column option: "with" is not one of goal-directed, goal-seeking',
 * });
 * ```
 */
export function parseContextIndicators(
  text: string,
  file = `data/${CASE_FILES.contextIndicators}`,
): ContextIndicator[] {
  const rows = parseTable(text, contextIndicatorSchema, { file });
  const withVariants = ["coercive", "mimetic", "normative"];
  for (const row of rows) {
    const allowed: readonly string[] = CONTEXT_OPTIONS[row.dimension];
    if (!allowed.includes(row.option)) {
      throw new InputError(`"${row.option}" is not one of ${allowed.join(", ")}`, {
        file,
        line: row.line,
        field: "option",
      });
    }
    if (row.variant !== null) {
      const fits = row.option === "with"
        ? withVariants.includes(row.variant)
        : row.option === "against" && !withVariants.includes(row.variant);
      if (!fits) {
        throw new InputError(`"${row.variant}" does not belong to option ${row.option}`, {
          file,
          line: row.line,
          field: "variant",
        });
      }
    }
  }
  return rows;
}

/** Load `data/cases/indicators-context.csv` (or `options.path`). */
export async function loadContextIndicators(
  options: LoadOptions = {},
): Promise<ContextIndicator[]> {
  const { path, display } = inputFile(CASE_FILES.contextIndicators, options);
  return parseContextIndicators(await readTextFile(path, { displayName: display }), display);
}

/** Bijlage E as one row per component and perspective: its indicators and its approach. */
export interface IndicatorTableRow {
  [key: string]: string;
  component: string;
  perspective: string;
  indicators: string;
  approach: string;
}

/**
 * Bijlage E pivoted for reading: indicators joined with `; `.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = indicatorTable([
 *   { component: "Beleid", perspective: "PA", kind: "indicator", label: "a", line: 2 },
 *   { component: "Beleid", perspective: "PA", kind: "indicator", label: "b", line: 3 },
 *   { component: "Beleid", perspective: "PA", kind: "approach", label: "c", line: 4 },
 * ]);
 * assert.deepEqual(rows, [{ component: "Beleid", perspective: "PA", indicators: "a; b", approach: "c" }]);
 * ```
 */
export function indicatorTable(rows: readonly PerspectiveIndicator[]): IndicatorTableRow[] {
  const out: IndicatorTableRow[] = [];
  for (const component of COMPONENTS) {
    for (const perspective of PERSPECTIVES) {
      const cell = rows.filter((r) => r.component === component && r.perspective === perspective);
      if (cell.length === 0) continue;
      out.push({
        component,
        perspective,
        indicators: cell.filter((r) => r.kind === "indicator").map((r) => r.label).join("; "),
        approach: cell.filter((r) => r.kind === "approach").map((r) => r.label).join("; "),
      });
    }
  }
  return out;
}

/** Bijlage F as rows for reading: dimension, option, kind, variant and label. */
export function contextIndicatorTable(rows: readonly ContextIndicator[]): Record<string, string>[] {
  return rows.map((r) => ({
    dimension: r.dimension,
    option: r.option,
    kind: r.kind,
    variant: r.variant ?? "",
    label: r.label,
  }));
}
