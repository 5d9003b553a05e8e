/**
 * Figures 12.1 and 12.2 redrawn from the coded data: one row per municipality, one
 * column per case. 12.1 gives the paraphrased finding and, as chips, the state of every
 * perspective (dominant, present in n of 4 components, absent); 12.2 gives how the case
 * is read: moving with or against the national government, the form of isomorphism or
 * path dependence, the strategy, and which perspectives this explains.
 *
 * @module
 */
import { PERSPECTIVES } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import type { InterpretationSynthesisRow, PresenceSynthesisRow } from "../../cases/synthesis.ts";
import { movementText } from "../../cases/synthesis.ts";
import { CASE_LAWS, type CaseId, CASES, type Movement } from "../../cases/coding_terms.ts";
import { drawingSpec } from "./drawing.ts";
import { type Block, type Chip, type GridColumn, gridDrawing, type GridRow } from "./grid.ts";
import { DOMINANT_FILL, LINE_GREY, MUTED, PRESENT_FILL, stateChip } from "./style.ts";

/** Options of the synthesis figures. */
export interface SynthesisFigureOptions {
  /** Width of each case column. Default `330`. */
  columnWidth?: number;
}

const caseColumns = (width: number): GridColumn[] =>
  CASES.map((caseId) => ({
    key: caseId,
    width,
    header: [
      { kind: "text", text: `Casus ${CASE_LAWS[caseId]}`, weight: "bold" },
      { kind: "text", text: `(${caseId})`, weight: "normal", color: MUTED, size: 10 },
    ],
  }));

const roleText = (role: string) => role === "average" ? "average on all four" : `high on ${role}`;

function municipalityHeader(m: { municipality: string; chapter: number; role?: string }): Block[] {
  return [
    { kind: "text", text: m.municipality, weight: "bold" },
    ...(m.role === undefined ? [] : [{
      kind: "text",
      text: `exploratory phase: ${roleText(m.role)}`,
      weight: "normal",
      color: MUTED,
      size: 10,
    } as Block]),
    { kind: "text", text: `chapter ${m.chapter}`, weight: "normal", color: MUTED, size: 10 },
  ];
}

function byMunicipality<T extends { municipality: string; chapter: number; case: CaseId }>(
  rows: readonly T[],
): { municipality: string; chapter: number; cases: Partial<Record<CaseId, T>> }[] {
  const out: { municipality: string; chapter: number; cases: Partial<Record<CaseId, T>> }[] = [];
  for (const row of rows) {
    let entry = out.find((e) => e.municipality === row.municipality);
    if (entry === undefined) {
      entry = { municipality: row.municipality, chapter: row.chapter, cases: {} };
      out.push(entry);
    }
    entry.cases[row.case] = row;
  }
  return out;
}

/**
 * Figure 12.1: presence of the perspectives in both cases of every municipality.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = {
 *   municipality: "Oss", chapter: 9, role: "NPG" as const, case: "thuiszorg" as const,
 *   figure: "9.2", dominant: ["NPG" as const, "SR" as const], emphasis: null, summary: "good service",
 *   breadth: { PA: 3, NPM: 4, NPG: 4, SR: 4 },
 *   state: { PA: "present" as const, NPM: "present" as const, NPG: "dominant" as const, SR: "dominant" as const },
 * };
 * const spec = presenceSynthesisSpec([row]) as unknown as { layer: { data: { values: { text?: string }[] } }[] };
 * const texts = spec.layer.flatMap((l) => l.data.values.map((v) => v.text));
 * assert.ok(texts.includes("NPG 4/4"));
 * assert.ok(texts.includes("dominant: NPG + SR"));
 * ```
 */
export function presenceSynthesisSpec(
  rows: readonly PresenceSynthesisRow[],
  options: SynthesisFigureOptions = {},
): TopLevelSpec {
  const gridRows: GridRow[] = byMunicipality(rows).map((m) => {
    const any = Object.values(m.cases)[0]!;
    return {
      header: municipalityHeader({ ...m, role: any.role }),
      cells: Object.fromEntries(CASES.map((caseId) => {
        const r = m.cases[caseId];
        if (r === undefined) return [caseId, { blocks: [] }];
        const chips: Chip[] = PERSPECTIVES.map((p) =>
          stateChip(`${p} ${r.breadth[p]}/4`, r.state[p])
        );
        const blocks: Block[] = [
          { kind: "text", text: r.summary },
          { kind: "chips", chips },
          { kind: "text", text: `dominant: ${r.dominant.join(" + ")}`, weight: "bold" },
        ];
        return [caseId, { blocks }];
      })),
    };
  });
  const drawing = gridDrawing(caseColumns(options.columnWidth ?? 330), gridRows, {
    headerWidth: 150,
  });
  return drawingSpec(drawing, {
    title: "Figuur 12.1: Aanwezigheid van de sturingsperspectieven in de gemeenten, beide casussen",
    subtitle: "Each cell paraphrases the chapter's finding. Chips: dark = dominant perspective " +
      "(the chapter's verdict), grey = present but not dominant, white = absent; n/4 = in how " +
      "many of the four components (Beleid, Organisatie, Bekostiging, Aansturing) the coding " +
      "matrix finds the perspective.",
  });
}

/** The fill of a movement chip: light for with, mid grey for partly, dark for against. */
export function movementFill(movement: Movement): string {
  if (movement === "with" || movement === "mostly_with") return PRESENT_FILL;
  if (movement === "partly_with" || movement === "partly_against") return "#a6a6a6";
  return DOMINANT_FILL;
}

function movementChip(what: string, movement: Movement): Chip {
  const fill = movementFill(movement);
  return {
    label: `${what}: ${movementText(movement)}`,
    fill,
    stroke: fill === "#ffffff" ? LINE_GREY : fill,
    color: fill === DOMINANT_FILL ? "#ffffff" : "#000000",
    weight: fill === DOMINANT_FILL ? "bold" : "normal",
  };
}

const FORM_TEXT: Record<string, string> = {
  "coercive": "coercive",
  "coercive-formal": "coercive (formal: the law)",
  "coercive-informal": "coercive (informal: money)",
  "mimetic": "mimetic",
  "normative": "normative",
  "unspecified": "form not named",
};

/** The lines of text describing one reading (used in the figure and the notebook). */
export function readingLines(r: InterpretationSynthesisRow): string[] {
  const lines: string[] = [];
  if (r.isomorphism.length > 0) {
    lines.push(`isomorphism: ${r.isomorphism.map((f) => FORM_TEXT[f]).join(", ")}`);
  }
  if (r.path_dependence !== null) {
    lines.push(
      `path dependence: ${
        r.path_dependence === "unspecified" ? "form not named" : r.path_dependence
      }`,
    );
  }
  lines.push(`strategy: ${r.strategy.join(" + ")}`);
  return lines;
}

/**
 * Figure 12.2: how the choices in both cases of every municipality are read.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = {
 *   municipality: "Den Haag", chapter: 11, case: "thuiszorg" as const, law: "partly_against" as const,
 *   approach: "against" as const, isomorphism: [], path_dependence: "layering" as const,
 *   strategy: ["goal-directed" as const, "goal-seeking" as const], explains: ["PA" as const],
 *   clear: false, section: "11.5", strategy_note: "", note: "",
 * };
 * const spec = interpretationSynthesisSpec([row]) as unknown as {
 *   layer: { data: { values: { text?: string; fill?: string }[] } }[];
 * };
 * const values = spec.layer.flatMap((l) => l.data.values);
 * assert.ok(values.some((v) => v.text === "approach: against"));
 * assert.ok(values.some((v) => v.fill === "#595959"));
 * assert.ok(values.some((v) => v.text === "path dependence: layering"));
 * ```
 */
export function interpretationSynthesisSpec(
  rows: readonly InterpretationSynthesisRow[],
  options: SynthesisFigureOptions = {},
): TopLevelSpec {
  const gridRows: GridRow[] = byMunicipality(rows).map((m) => ({
    header: municipalityHeader(m),
    cells: Object.fromEntries(CASES.map((caseId) => {
      const r = m.cases[caseId];
      if (r === undefined) return [caseId, { blocks: [] }];
      const blocks: Block[] = [
        {
          kind: "chips",
          chips: [movementChip("law", r.law), movementChip("approach", r.approach)],
        },
        ...readingLines(r).map((text) => ({ kind: "text", text }) as Block),
        {
          kind: "text",
          text: `explains ${r.clear ? "the clear presence of " : ""}${r.explains.join(" + ")} ` +
            `(section ${r.section})`,
          weight: "bold",
        },
      ];
      return [caseId, { blocks }];
    })),
  }));
  const drawing = gridDrawing(caseColumns(options.columnWidth ?? 330), gridRows, {
    headerWidth: 130,
  });
  return drawingSpec(drawing, {
    title: "Figuur 12.2: Duiding van de sturingsperspectieven in de gemeenten, beide casussen",
    subtitle: "Moving with or against the national government, in applying the law and in the " +
      "local approach to the tegenprestatie or home care (light = with, mid grey = partly, " +
      "dark = against); the form of isomorphism or path dependence where the chapter names " +
      "one; the strategy; and the perspectives the reading makes understandable.",
  });
}
