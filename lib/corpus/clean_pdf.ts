/**
 * The cleaning steps that need a PDF's layout (see lib/corpus/cleaning_steps.ts): page
 * numbers, running headers and footers, a table of contents, and two columns put in
 * reading order. They look at all pages of one document at once (a running header is a
 * line that repeats on most pages), so memory holds the lines of one document's pages
 * with their places: about the size of its text, never more than one document.
 *
 * @module
 */
import { type CleaningStep, recordStep, type StepEffects, stepIsOn } from "./cleaning_steps.ts";
import type { PdfLine, PdfPage } from "./extract_pdf.ts";
import { median } from "simple-statistics";

/** What {@linkcode cleanPdfPages} returns. */
export interface CleanedPdf {
  /** The text of each page: its lines, in reading order, joined by line breaks. */
  pages: string[];
  /** What each step did. */
  effects: StepEffects;
}

/**
 * Run the layout steps on the pages of one PDF, in this order (each skipped when in `off`):
 *
 * 1. `page-numbers`: among the two top and two bottom lines of a page (in its top or
 *    bottom eighth), one that is only a page number (`3`, `- 3 -`, `Pagina 3`, `3 van 12`, `3/12`, `iv`) is removed;
 * 2. `headers-footers`: among the three top and three bottom lines of a page (in its top or
 *    bottom eighth), a line that
 *    occurs, at the same height and with the same text (digits aside), on more than half
 *    of the pages and on at least two, is removed from every page it is on;
 * 3. `footnote-marks` happened while the lines were read (lib/corpus/extract_pdf.ts); it
 *    is only counted here;
 * 4. `contents`: a run of at least three lines that end in a dot leader (with or without
 *    a page number after it), with a heading `Inhoud`, `Inhoudsopgave` or `Contents` just
 *    before it, is removed (a line between two such lines, an entry that wraps, too); right
 *    after such a heading, lines that end in a page number without a leader count too;
 * 5. `columns`: on a page where at least three lines start at the same place in the
 *    middle third of the page and others end before it, where the lines on either side
 *    fill most of their column (text, not a table) and where the file goes across the
 *    columns (a left line, then the right line beside it, at least twice), the lines
 *    between two lines that cross that place (a heading over both columns) are read left
 *    column first, each column top to bottom. A file in reading order already (as
 *    LibreOffice and Chromium write it) is left as it is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const line = (text: string, y: number, x = 72) => ({ text, x, right: x + 6 * text.length, y, size: 10 });
 * const page = (n: number, body: string) => ({
 *   width: 595, height: 842, footnoteMarks: 0,
 *   lines: [line("Samen sterk in de wijk", 800), line(body, 700), line(String(n), 40, 295)],
 * });
 * const { pages, effects } = cleanPdfPages([page(1, "Eerste."), page(2, "Tweede."), page(3, "Derde.")]);
 * assert.deepEqual(pages, ["Eerste.", "Tweede.", "Derde."]);
 * assert.deepEqual([effects["page-numbers"]?.lines, effects["headers-footers"]?.lines], [3, 3]);
 * ```
 */
export function cleanPdfPages(
  pdfPages: readonly PdfPage[],
  off: readonly CleaningStep[] = [],
): CleanedPdf {
  const effects: StepEffects = {};
  let pages = pdfPages.map((page) => page.lines.filter((line) => line.text.trim() !== ""));
  const remove = (step: CleaningStep, drop: (line: PdfLine, page: number) => boolean) => {
    pages = pages.map((lines, p) =>
      lines.filter((line) => {
        if (!drop(line, p)) return true;
        recordStep(effects, step, { lines: 1, removed: line.text });
        return false;
      })
    );
  };
  if (stepIsOn(off, "page-numbers")) {
    const edges = pages.map((lines, p) => edgeLines(lines, 2, pdfPages[p].height));
    remove("page-numbers", (line, p) => edges[p].has(line) && PAGE_NUMBER.test(line.text));
  }
  if (stepIsOn(off, "headers-footers")) {
    const running = runningLines(pages, pdfPages.map((page) => page.height));
    remove("headers-footers", (line, p) => running[p].has(line));
  }
  const marks = pdfPages.reduce((sum, page) => sum + page.footnoteMarks, 0);
  if (marks > 0) recordStep(effects, "footnote-marks", { changes: marks });
  if (stepIsOn(off, "contents")) {
    const contents = contentsLines(pages.flat());
    remove("contents", (line) => contents.has(line));
  }
  const texts = pages.map((lines, p) => {
    const ordered = stepIsOn(off, "columns") ? readingOrder(lines, pdfPages[p].width) : lines;
    const moved = ordered.filter((line, i) => line !== lines[i]).length;
    const text = ordered.map((line) => line.text).join("\n");
    if (moved > 0) {
      const before = lines.map((line) => line.text).join("\n");
      recordStep(effects, "columns", {
        lines: moved,
        changes: moved,
        removed: before,
        added: text,
      });
    }
    return text;
  });
  return { pages: texts, effects };
}

/** A page number on a line of its own, as municipalities' documents print them. */
const PAGE_NUMBER =
  /^\s*[-–—]?\s*(?:(?:pagina|page|blz\.?|p\.)\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:\/|van|of|\|)\s*\d{1,4})?\s*[-–—]?\s*$/i;

/**
 * The `n` top and `n` bottom lines of a page (by height) that are in its top or bottom
 * eighth, where headers and footers are printed (a page's margins are wider than that).
 */
function edgeLines(lines: readonly PdfLine[], n: number, height: number): Set<PdfLine> {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  const top = byHeight.slice(0, n).filter((line) => line.y > (7 / 8) * height);
  const bottom = byHeight.slice(-n).filter((line) => line.y < height / 8);
  return new Set([...top, ...bottom]);
}

/** Per page, its lines that are running headers or footers (see {@linkcode cleanPdfPages}). */
function runningLines(pages: readonly PdfLine[][], heights: readonly number[]): Set<PdfLine>[] {
  const key = (line: PdfLine) =>
    `${Math.round(line.y)}|${
      line.text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim()
    }`;
  const pagesWith = new Map<string, number>();
  const edges = pages.map((lines, p) => [...edgeLines(lines, 3, heights[p])]);
  for (const lines of edges) {
    for (const k of new Set(lines.map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const repeats = (k: string) => {
    const n = pagesWith.get(k) ?? 0;
    return n >= 2 && n > pages.length / 2;
  };
  return edges.map((lines) => new Set(lines.filter((line) => repeats(key(line)))));
}

/** A line of a table of contents: it ends in a dot leader, perhaps with a page number after it. */
const CONTENTS_ENTRY = /(?:\.{4,}|…{2,}|(?:\. ){4,})\s*(?:\d{1,4}|[ivxlcdm]{1,6})?\s*$/i;
/** An entry of a table of contents without a leader: text, space, a page number. */
const NUMBERED_ENTRY = /\p{L}.*\s\d{1,4}\s*$/u;
/** The heading of a table of contents. */
export const CONTENTS_HEADING = /^\s*(?:inhoud(?:sopgave|stafel)?|contents|table of contents)\s*$/i;

/** The lines of tables of contents among a document's lines (see {@linkcode cleanPdfPages}). */
function contentsLines(lines: readonly PdfLine[]): Set<PdfLine> {
  const found = new Set<PdfLine>();
  // Right after a heading `Inhoud`, an entry may also end in its page number without a
  // leader (`1 Inleiding 3`), as tables of contents without dots print it.
  let afterHeading = false;
  const entry = lines.map((line) => {
    if (CONTENTS_HEADING.test(line.text)) {
      afterHeading = true;
      return false;
    }
    const numbered = afterHeading && NUMBERED_ENTRY.test(line.text);
    afterHeading = numbered || (afterHeading && CONTENTS_ENTRY.test(line.text));
    return numbered || CONTENTS_ENTRY.test(line.text);
  });
  let i = 0;
  while (i < lines.length) {
    if (!entry[i]) {
      i++;
      continue;
    }
    let end = i;
    // An entry that wraps: one line without a leader between two with one.
    while (
      end + 1 < lines.length && (entry[end + 1] || (entry[end + 2] && end + 2 < lines.length))
    ) {
      end += entry[end + 1] ? 1 : 2;
    }
    const run = lines.slice(i, end + 1);
    if (run.filter((_, k) => entry[i + k]).length >= 3) {
      for (const line of run) found.add(line);
      if (i > 0 && CONTENTS_HEADING.test(lines[i - 1].text)) found.add(lines[i - 1]);
    }
    i = end + 1;
  }
  return found;
}

/**
 * The lines of a page in reading order when it is set in two columns (see
 * {@linkcode cleanPdfPages}); the lines as they are otherwise.
 */
function readingOrder(lines: readonly PdfLine[], width: number): readonly PdfLine[] {
  const starts = new Map<number, number>();
  for (const line of lines) {
    const x = Math.round(line.x);
    if (x > width / 3 && x < (2 * width) / 3) starts.set(x, (starts.get(x) ?? 0) + 1);
  }
  const [gutter, count] = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  if (count < 3) return lines;
  const isRight = (line: PdfLine) => line.x >= gutter - 1;
  const isLeft = (line: PdfLine) => line.right <= gutter - 1;
  const left = lines.filter(isLeft);
  const right = lines.filter(isRight);
  if (left.length < 3) return lines;
  // Columns of text, not a table: most lines fill most of their column.
  const filled = (side: PdfLine[], from: number, to: number) =>
    median(side.map((line) => line.right - line.x)) >= 0.6 * (to - from);
  const leftEdge = Math.min(...left.map((line) => line.x));
  const rightEdge = Math.max(...right.map((line) => line.right));
  if (!filled(left, leftEdge, gutter) || !filled(right, gutter, rightEdge)) return lines;
  // Only where the file goes across the columns (a left line, then the right line beside
  // it): a file in reading order already (as LibreOffice and Chromium write) is left alone.
  const across = lines.filter((line, i) =>
    i > 0 && isLeft(line) !== isLeft(lines[i - 1]) &&
    Math.abs(line.y - lines[i - 1].y) < line.size / 2
  ).length;
  if (across < 2) return lines;
  const top = [...lines].sort((a, b) => b.y - a.y);
  const ordered: PdfLine[] = [];
  let leftBand: PdfLine[] = [];
  let rightBand: PdfLine[] = [];
  const flush = () => {
    ordered.push(...leftBand, ...rightBand);
    leftBand = [];
    rightBand = [];
  };
  for (const line of top) {
    if (isRight(line)) rightBand.push(line);
    else if (isLeft(line)) leftBand.push(line);
    else {
      flush();
      ordered.push(line);
    }
  }
  flush();
  // Nothing to gain where the file already had the lines in this order.
  return ordered.every((line, i) => line === lines[i]) ? lines : ordered;
}
