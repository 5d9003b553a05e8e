/**
 * Everything of the qualitative phase in one call, loaded and checked against each
 * other: the five municipalities, their 10 coding matrices, the verdicts, the
 * interpretations, the text of sections x.4, and the indicator tables of Bijlagen E-F.
 *
 * @module
 */
import { InputError } from "../io/mod.ts";
import { dataPath, displayPath, type LoadOptions } from "../data/mod.ts";
import { type CaseMunicipality, loadCaseMunicipalities } from "./municipalities.ts";
import { type CodeRow, loadCodes } from "./codes.ts";
import { loadVerdicts, type Verdict } from "./verdicts.ts";
import { type Interpretation, loadInterpretations } from "./interpretations.ts";
import { loadTextPresence, type TextPresence } from "./text_presence.ts";
import {
  type ContextIndicator,
  loadContextIndicators,
  loadPerspectiveIndicators,
  type PerspectiveIndicator,
} from "./indicators.ts";
import { buildMatrices, type CaseMatrix, presenceBreadth } from "./matrix.ts";
import { CASE_FILES } from "./paths.ts";

/** The whole qualitative phase as validated data. */
export interface CaseStudy {
  municipalities: CaseMunicipality[];
  codes: CodeRow[];
  matrices: CaseMatrix[];
  verdicts: Verdict[];
  interpretations: Interpretation[];
  textPresence: TextPresence[];
  perspectiveIndicators: PerspectiveIndicator[];
  contextIndicators: ContextIndicator[];
}

/** Paths of the files {@linkcode loadCaseStudy} reads; each defaults to `data/cases/…`. */
export interface CaseStudyPaths {
  municipalities?: LoadOptions["path"];
  codes?: LoadOptions["path"];
  verdicts?: LoadOptions["path"];
  interpretations?: LoadOptions["path"];
  textPresence?: LoadOptions["path"];
  perspectiveIndicators?: LoadOptions["path"];
  contextIndicators?: LoadOptions["path"];
}

/**
 * Check the files against each other: every dominant perspective of a verdict is
 * present in at least one component of its matrix, and every interpretation explains
 * exactly the dominant perspectives of its verdict (in any order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const matrix = {
 *   municipality: "Oss", case: "thuiszorg" as const, chapter: 9, figure: "9.2",
 *   cells: [{ component: "Beleid" as const, perspective: "SR" as const, present: true,
 *     codes: [], section: "9.3.1", note: "" }],
 * };
 * const verdict = { municipality: "Oss", case: "thuiszorg" as const, dominant: ["NPG" as const],
 *   emphasis: null, section: "9.4", source_line: 7147, summary: "s", note: "", line: 4 };
 * assert.throws(() => checkAgainstMatrices([matrix], [verdict], [], "v.csv", "i.csv"), {
 *   message: 'v.csv line 4, column dominant: "NPG" is absent from every component of Figure 9.2',
 * });
 * ```
 */
export function checkAgainstMatrices(
  matrices: readonly CaseMatrix[],
  verdicts: readonly Verdict[],
  interpretations: readonly Interpretation[],
  verdictsFile: string,
  interpretationsFile: string,
): void {
  for (const verdict of verdicts) {
    const matrix = matrices.find((m) =>
      m.municipality === verdict.municipality && m.case === verdict.case
    );
    if (matrix === undefined) {
      throw new InputError(`no coding matrix for ${verdict.municipality} / ${verdict.case}`, {
        file: verdictsFile,
        line: verdict.line,
      });
    }
    const breadth = presenceBreadth(matrix);
    for (const p of verdict.dominant) {
      if (breadth[p] === 0) {
        throw new InputError(
          `"${p}" is absent from every component of Figure ${matrix.figure}`,
          { file: verdictsFile, line: verdict.line, field: "dominant" },
        );
      }
    }
  }
  for (const reading of interpretations) {
    const verdict = verdicts.find((v) =>
      v.municipality === reading.municipality && v.case === reading.case
    );
    if (verdict === undefined) continue;
    const same = reading.explains.length === verdict.dominant.length &&
      reading.explains.every((p) => verdict.dominant.includes(p));
    if (!same) {
      throw new InputError(
        `"${reading.explains.join("+")}" differs from the dominant ` +
          `${verdict.dominant.join("+")} of ${verdictsFile} line ${verdict.line}`,
        { file: interpretationsFile, line: reading.line, field: "explains" },
      );
    }
  }
}

/**
 * Load and cross-check every file of `data/cases/` (except the conceptual figures).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const study = await loadCaseStudy();
 * assert.equal(study.matrices.length, 10);
 * assert.equal(study.verdicts.length, 10);
 * ```
 */
export async function loadCaseStudy(paths: CaseStudyPaths = {}): Promise<CaseStudy> {
  const municipalities = await loadCaseMunicipalities({ path: paths.municipalities });
  const names = municipalities.map((m) => m.municipality);
  const codes = await loadCodes(municipalities, { path: paths.codes });
  const verdicts = await loadVerdicts(names, { path: paths.verdicts });
  const interpretations = await loadInterpretations(names, { path: paths.interpretations });
  const textPresence = await loadTextPresence(names, { path: paths.textPresence });
  const perspectiveIndicators = await loadPerspectiveIndicators({
    path: paths.perspectiveIndicators,
  });
  const contextIndicators = await loadContextIndicators({ path: paths.contextIndicators });
  const matrices = buildMatrices(codes);
  checkAgainstMatrices(
    matrices,
    verdicts,
    interpretations,
    displayPath(paths.verdicts ?? dataPath(CASE_FILES.verdicts)),
    displayPath(paths.interpretations ?? dataPath(CASE_FILES.interpretations)),
  );
  return {
    municipalities,
    codes,
    matrices,
    verdicts,
    interpretations,
    textPresence,
    perspectiveIndicators,
    contextIndicators,
  };
}

/**
 * The matrix of a figure (e.g. `"7.1"`) and the dominant perspectives of its verdict.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const study = await loadCaseStudy();
 * const { matrix, dominant } = matrixFigureData(study, "11.2");
 * assert.deepEqual([matrix.municipality, matrix.case, dominant], ["Den Haag", "thuiszorg", ["PA"]]);
 * ```
 */
export function matrixFigureData(
  study: Pick<CaseStudy, "matrices" | "verdicts">,
  figure: string,
): { matrix: CaseMatrix; dominant: Verdict["dominant"] } {
  const matrix = study.matrices.find((m) => m.figure === figure);
  if (matrix === undefined) {
    throw new Error(
      `no coding matrix for Figure ${figure}; there are ${
        study.matrices.map((m) => m.figure).join(", ")
      }`,
    );
  }
  const verdict = study.verdicts.find((v) =>
    v.municipality === matrix.municipality && v.case === matrix.case
  );
  if (verdict === undefined) throw new Error(`no verdict for Figure ${figure}`);
  return { matrix, dominant: verdict.dominant };
}
