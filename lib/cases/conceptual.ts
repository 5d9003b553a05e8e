/**
 * The small data files behind the conceptual figures (`data/cases/conceptual/`): the
 * axes of the four-quadrant model (3.1, 13.2, 13.3) and the relabelled quadrants of
 * 13.2 and 13.3, the comparison table 3.2, the analysis model 4.1, the position of
 * municipalities 13.1 and the steering cycle 13.4. Each loader validates with zod.
 *
 * @module
 */
import { z } from "zod";
import { InputError, type Located, parseTable, readTextFile } from "../io/mod.ts";
import { inputFile, type LoadOptions, nameString } from "../data/mod.ts";
import { PERSPECTIVES } from "../data/categories.ts";
import { freeText } from "./schema.ts";
import { CASE_FILES } from "./paths.ts";

async function load<S extends z.ZodObject>(
  file: string,
  schema: S,
  options: LoadOptions,
): Promise<{ rows: Located<z.output<S>>[]; display: string }> {
  const { path, display } = inputFile(file, options);
  const text = await readTextFile(path, { displayName: display });
  return { rows: parseTable(text, schema, { file: display }), display };
}

/** One end of an axis of the quadrant model. */
export const quadrantAxisSchema = z.object({
  axis: z.enum(["horizontal", "vertical"]),
  end: z.enum(["left", "right", "bottom", "top"]),
  label_nl: nameString,
  label_en: nameString,
});

/** A validated axis end. */
export type QuadrantAxis = Located<z.output<typeof quadrantAxisSchema>>;

/** Load the axes of the quadrant model: exactly the four ends, each once. */
export async function loadQuadrantAxes(options: LoadOptions = {}): Promise<QuadrantAxis[]> {
  const { rows, display } = await load(CASE_FILES.quadrantAxes, quadrantAxisSchema, options);
  return checkAxes(rows, display);
}

/**
 * Throw unless the axes name each end once and each end belongs to its axis.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = (axis: "horizontal" | "vertical", end: "left" | "right" | "bottom" | "top", line: number) =>
 *   ({ axis, end, label_nl: end, label_en: end, line });
 * assert.throws(() => checkAxes([row("vertical", "left", 2)], "a.csv"), {
 *   message: 'a.csv line 2, column end: "left" is not an end of the vertical axis',
 * });
 * ```
 */
export function checkAxes(rows: QuadrantAxis[], file: string): QuadrantAxis[] {
  const ends = { horizontal: ["left", "right"], vertical: ["bottom", "top"] };
  for (const row of rows) {
    if (!ends[row.axis].includes(row.end)) {
      throw new InputError(`"${row.end}" is not an end of the ${row.axis} axis`, {
        file,
        line: row.line,
        field: "end",
      });
    }
  }
  for (const end of ["left", "right", "bottom", "top"]) {
    const n = rows.filter((r) => r.end === end).length;
    if (n !== 1) throw new InputError(`end "${end}" appears ${n} times, expected once`, { file });
  }
  return rows;
}

/** A quadrant as relabelled in Figures 13.2 and 13.3 (`frame`: the outer frame of 13.3). */
export const quadrantVariantSchema = z.object({
  figure: z.enum(["13.2", "13.3"]),
  code: z.enum([...PERSPECTIVES, "frame"]),
  name: freeText,
  label: nameString,
});

/** A validated quadrant label. */
export type QuadrantVariant = Located<z.output<typeof quadrantVariantSchema>>;

/** Load the relabelled quadrants of Figures 13.2 and 13.3. */
export async function loadQuadrantVariants(options: LoadOptions = {}): Promise<QuadrantVariant[]> {
  const { rows, display } = await load(
    CASE_FILES.quadrantVariants,
    quadrantVariantSchema,
    options,
  );
  for (const figure of ["13.2", "13.3"]) {
    for (const code of PERSPECTIVES) {
      if (!rows.some((r) => r.figure === figure && r.code === code)) {
        throw new InputError(`Figure ${figure} has no quadrant ${code}`, { file: display });
      }
    }
  }
  return rows;
}

/** One row of the comparison table of Figure 3.2: a theme and a short cell per perspective. */
export const comparisonRowSchema = z.object({
  theme_nl: nameString,
  theme_en: nameString,
  PA: nameString,
  NPM: nameString,
  NPG: nameString,
  SR: nameString,
});

/** A validated row of Figure 3.2. */
export type ComparisonRow = Located<z.output<typeof comparisonRowSchema>>;

/** Load the comparison table of Figure 3.2. */
export async function loadComparisonTable(options: LoadOptions = {}): Promise<ComparisonRow[]> {
  return (await load(CASE_FILES.comparisonTable, comparisonRowSchema, options)).rows;
}

/** One element of the analysis model of Figure 4.1. */
export const analysisModelSchema = z.object({
  part: z.enum(["column", "column-note", "input", "cell", "option"]),
  row: freeText,
  column: freeText,
  label_nl: nameString,
  label_en: nameString,
});

/** A validated element of Figure 4.1. */
export type AnalysisModelPart = Located<z.output<typeof analysisModelSchema>>;

/** Load the analysis model of Figure 4.1. */
export async function loadAnalysisModel(options: LoadOptions = {}): Promise<AnalysisModelPart[]> {
  return (await load(CASE_FILES.analysisModel, analysisModelSchema, options)).rows;
}

/** One element of a drawn diagram (Figures 13.1 and 13.4): a box, axis, start or arrow. */
export const diagramPartSchema = z.object({
  kind: z.enum(["actor", "force", "axis", "start", "arrow"]),
  id: nameString,
  from: freeText,
  to: freeText,
  label_nl: nameString,
  label_en: nameString,
});

/** A validated diagram element. */
export type DiagramPart = Located<z.output<typeof diagramPartSchema>>;

/**
 * Throw unless every arrow or force starts and ends at a known place (`places`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const part = { kind: "force" as const, id: "f", from: "a", to: "x", label_nl: "d", label_en: "d", line: 3 };
 * assert.throws(() => checkDiagram([part], ["a", "b"], "d.csv"), {
 *   message: 'd.csv line 3, column to: "x" is not one of a, b',
 * });
 * ```
 */
export function checkDiagram(
  parts: DiagramPart[],
  places: readonly string[],
  file: string,
): DiagramPart[] {
  for (const part of parts) {
    if (part.kind !== "force" && part.kind !== "arrow") continue;
    for (const field of ["from", "to"] as const) {
      if (!places.includes(part[field])) {
        throw new InputError(`"${part[field]}" is not one of ${places.join(", ")}`, {
          file,
          line: part.line,
          field,
        });
      }
    }
  }
  return parts;
}

/** Load Figure 13.1: the three actors and the pushing and pulling forces between them. */
export async function loadPositions(options: LoadOptions = {}): Promise<DiagramPart[]> {
  const { rows, display } = await load(CASE_FILES.positions, diagramPartSchema, options);
  return checkDiagram(rows, rows.filter((r) => r.kind === "actor").map((r) => r.id), display);
}

/** The corners of the square of Figure 13.4. */
export const CORNERS = ["top-left", "top-right", "bottom-right", "bottom-left"] as const;

/** Load Figure 13.4: axes, start and the four arrows between corners. */
export async function loadSteeringLanguage(options: LoadOptions = {}): Promise<DiagramPart[]> {
  const { rows, display } = await load(CASE_FILES.steeringLanguage, diagramPartSchema, options);
  return checkDiagram(rows, CORNERS, display);
}

/**
 * The labels at the four axis ends, in Dutch (`nl`, as printed) or English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const axes = await loadQuadrantAxes();
 * assert.deepEqual(axisEnds(axes), {
 *   left: "overheid", right: "samenleving", bottom: "randvoorwaarden", top: "resultaten",
 * });
 * ```
 */
export function axisEnds(
  axes: readonly QuadrantAxis[],
  language: "nl" | "en" = "nl",
): Record<"left" | "right" | "bottom" | "top", string> {
  const label = (end: string) => {
    const row = axes.find((a) => a.end === end);
    if (row === undefined) throw new Error(`no axis end "${end}"`);
    return language === "nl" ? row.label_nl : row.label_en;
  };
  return { left: label("left"), right: label("right"), bottom: label("bottom"), top: label("top") };
}

/** The relabelled quadrants of one figure (without the frame). */
export function quadrantLabels(
  variants: readonly QuadrantVariant[],
  figure: "13.2" | "13.3",
): QuadrantVariant[] {
  return variants.filter((v) => v.figure === figure && v.code !== "frame");
}

/** The label of the frame of a figure, if it has one (Figure 13.3). */
export function frameLabel(
  variants: readonly QuadrantVariant[],
  figure: "13.2" | "13.3",
): string | undefined {
  return variants.find((v) => v.figure === figure && v.code === "frame")?.label;
}
