/**
 * The cleaning steps by name, each switchable, and what each did to a document: the text
 * it took out and the text it put in, so that a scorer can say how each step changed the
 * words and the hits (lib/score writes this as `cleaning.csv`).
 *
 * @module
 */
/**
 * The cleaning steps, in the order they run:
 *
 * - `page-numbers`: a line that is only a page number (`3`, `- 3 -`, `Pagina 3 van 12`,
 *   `iv`) at the top or foot of a PDF page;
 * - `headers-footers`: running headers and footers of a PDF, lines that repeat in the same
 *   place at the top or foot of most pages (digits aside, so `Pagina 3` and `Pagina 4` are
 *   the same line);
 * - `footnote-marks`: footnote reference marks of a PDF, small raised digits (`regie¹`);
 * - `contents`: a table of contents, a run of lines that end in a dot leader or a page
 *   number after a tab or a leader, with its heading (`Inhoud`, `Inhoudsopgave`);
 * - `columns`: the lines of a PDF page set in two columns read column by column (the left
 *   one to its foot, then the right one), from the positions of the text;
 * - `ligatures`: the typographic ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ written as their letters;
 * - `hyphens`: a word broken by a hyphen at a line end joined (see lib/corpus/clean_text.ts).
 *
 * Soft hyphens are always removed and line ends always normalised (they never carry words).
 * The names a user gives (`--no-clean`) are checked by lib/corpus/cleaning_step_list.ts.
 */
export const CLEANING_STEPS = [
  "page-numbers",
  "headers-footers",
  "footnote-marks",
  "contents",
  "columns",
  "ligatures",
  "hyphens",
] as const;

/** One of {@linkcode CLEANING_STEPS}. */
export type CleaningStep = typeof CLEANING_STEPS[number];

/** What one step did to one document. */
export interface StepEffect {
  /** Lines removed (`columns`: lines read in another order). */
  lines: number;
  /** Changes made: lines removed or moved, marks removed, ligatures or hyphens resolved. */
  changes: number;
  /** Pieces of text the step took out (or, for `columns`, the lines as they were). */
  removed: string[];
  /** Pieces of text the step put in their place (empty for a step that only removes). */
  added: string[];
}

/** What each step did to a document; a step that did nothing, or did not run, is absent. */
export type StepEffects = Partial<Record<CleaningStep, StepEffect>>;

/** Record a change of `step` into `effects`. */
export function recordStep(
  effects: StepEffects,
  step: CleaningStep,
  change: { lines?: number; changes?: number; removed?: string; added?: string },
): void {
  const effect = effects[step] ??= { lines: 0, changes: 0, removed: [], added: [] };
  effect.lines += change.lines ?? 0;
  effect.changes += change.changes ?? 1;
  if (change.removed !== undefined) effect.removed.push(change.removed);
  if (change.added !== undefined) effect.added.push(change.added);
}

/** Whether a step runs, given the steps switched off. */
export function stepIsOn(off: readonly CleaningStep[] | undefined, step: CleaningStep): boolean {
  return off === undefined || !off.includes(step);
}
