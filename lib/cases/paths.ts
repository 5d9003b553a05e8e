/**
 * Where the coded data of the qualitative phase lives: `data/cases/` (coding matrices,
 * verdicts, interpretations, indicators) and `data/cases/conceptual/` (the conceptual
 * figures).
 *
 * @module
 */

/** Folder of the case files, relative to `data/`. */
export const CASES_DIR = "cases";

/** The files of `data/cases/`, relative to `data/`. */
export const CASE_FILES = {
  municipalities: `${CASES_DIR}/municipalities.csv`,
  codes: `${CASES_DIR}/codes.csv`,
  verdicts: `${CASES_DIR}/verdicts.csv`,
  interpretations: `${CASES_DIR}/interpretations.csv`,
  textPresence: `${CASES_DIR}/text-presence.csv`,
  perspectiveIndicators: `${CASES_DIR}/indicators-perspectives.csv`,
  contextIndicators: `${CASES_DIR}/indicators-context.csv`,
  quadrantAxes: `${CASES_DIR}/conceptual/quadrant-axes.csv`,
  quadrantVariants: `${CASES_DIR}/conceptual/quadrant-variants.csv`,
  comparisonTable: `${CASES_DIR}/conceptual/fig-3.2.csv`,
  analysisModel: `${CASES_DIR}/conceptual/fig-4.1.csv`,
  positions: `${CASES_DIR}/conceptual/fig-13.1.csv`,
  steeringLanguage: `${CASES_DIR}/conceptual/fig-13.4.csv`,
} as const;
