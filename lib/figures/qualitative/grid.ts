/**
 * Tables drawn as figures whose cells hold wrapped text: a header row, a header column,
 * and cells made of blocks (a paragraph, a bulleted list, a row of small labelled
 * chips). Every block is wrapped to its cell's width with measured text, every row is as
 * tall as its tallest cell, so text can neither overlap nor leave its cell. The coding
 * matrices, the comparison tables of Figures 3.2, 4.1, 12.1 and 12.2 are built on it.
 *
 * @module
 */
import { wrapText } from "../style.ts";
import { measureText } from "../text_metrics.ts";
import { type Drawing, emptyDrawing, round, type TextMark } from "./drawing.ts";

/** A paragraph of text. */
export interface TextBlock {
  kind: "text";
  text: string;
  weight?: "normal" | "bold";
  italic?: boolean;
  color?: string;
  /** Font size; default: the grid's body size. */
  size?: number;
  align?: "left" | "center";
}

/** A bulleted list; continuation lines are indented under the first word. */
export interface BulletBlock {
  kind: "bullets";
  items: readonly string[];
}

/** A small labelled box, e.g. a perspective code shaded by its state. */
export interface Chip {
  label: string;
  fill: string;
  stroke: string;
  color: string;
  weight?: "normal" | "bold";
}

/** A row of chips (wrapping to the next line when the cell is full). */
export interface ChipBlock {
  kind: "chips";
  chips: readonly Chip[];
}

/** Anything a cell can hold. */
export type Block = TextBlock | BulletBlock | ChipBlock;

/** A body cell: its blocks and background. */
export interface GridCell {
  blocks: readonly Block[];
  /** Background; default white. */
  fill?: string;
}

/** A column of the grid. */
export interface GridColumn {
  key: string;
  /** Header blocks (drawn bold on the header fill). */
  header: readonly Block[];
  width: number;
  /** Draw a frame around the whole column (e.g. a dominant perspective). Default none. */
  frame?: { color: string; width: number };
}

/** A row of the grid: its header cell and a cell per column key. */
export interface GridRow {
  header: readonly Block[];
  cells: Readonly<Record<string, GridCell>>;
}

/** Options of {@linkcode gridDrawing}. */
export interface GridOptions {
  /** Width of the header column. Default `110`. */
  headerWidth?: number;
  /** Font size of body text. Default `10`. */
  fontSize?: number;
  /** Font size of header text. Default `11`. */
  headerSize?: number;
  /** Inner padding of a cell. Default `6`. */
  padding?: number;
  /** Background of the header row and column. Default `"#f2f2f2"`. */
  headerFill?: string;
  /** Colour of the cell borders. Default `"#8c8c8c"`. */
  borderColor?: string;
}

const BULLET = "\u2022";

/** Line height for a font size: 1.3 times the size, rounded. */
export function lineHeight(size: number): number {
  return Math.round(size * 1.3);
}

interface Placed {
  texts: TextMark[];
  rects: Drawing["rects"];
  height: number;
}

/**
 * Lay out blocks in a box of inner width `width` with its top-left inner corner at
 * (`x`, `y`); returns the marks and the height used.
 */
export function placeBlocks(
  blocks: readonly Block[],
  x: number,
  y: number,
  width: number,
  fontSize: number,
  defaults: { weight?: "normal" | "bold" } = {},
): Placed {
  const texts: TextMark[] = [];
  const rects: Drawing["rects"] = [];
  let cursor = y;
  blocks.forEach((block, i) => {
    if (i > 0) cursor += 3;
    if (block.kind === "text") {
      const size = block.size ?? fontSize;
      const weight = block.weight ?? defaults.weight ?? "normal";
      const lh = lineHeight(size);
      const center = block.align === "center";
      for (const line of wrapText(block.text, width, size, weight)) {
        texts.push({
          x: round(center ? x + width / 2 : x),
          y: round(cursor + lh / 2),
          text: line,
          size,
          weight,
          color: block.color ?? "#000000",
          align: center ? "center" : "left",
          italic: block.italic,
        });
        cursor += lh;
      }
    } else if (block.kind === "bullets") {
      const lh = lineHeight(fontSize);
      const indent = Math.ceil(measureText(`${BULLET} `, fontSize)) + 1;
      block.items.forEach((item, k) => {
        if (k > 0) cursor += 2;
        texts.push({
          x: round(x),
          y: round(cursor + lh / 2),
          text: BULLET,
          size: fontSize,
          weight: "normal",
          color: "#000000",
          align: "left",
        });
        for (const line of wrapText(item, width - indent, fontSize)) {
          texts.push({
            x: round(x + indent),
            y: round(cursor + lh / 2),
            text: line,
            size: fontSize,
            weight: "normal",
            color: "#000000",
            align: "left",
          });
          cursor += lh;
        }
      });
    } else {
      const h = lineHeight(fontSize) + 4;
      let cx = x;
      for (const chip of block.chips) {
        const w = Math.ceil(measureText(chip.label, fontSize, chip.weight)) + 10;
        if (cx > x && cx + w > x + width) {
          cx = x;
          cursor += h + 3;
        }
        rects.push({
          x: cx,
          y: cursor,
          x2: cx + w,
          y2: cursor + h,
          fill: chip.fill,
          stroke: chip.stroke,
          strokeWidth: 0.8,
        });
        texts.push({
          x: round(cx + w / 2),
          y: round(cursor + h / 2),
          text: chip.label,
          size: fontSize,
          weight: chip.weight ?? "normal",
          color: chip.color,
          align: "center",
        });
        cx += w + 4;
      }
      cursor += h;
    }
  });
  return { texts, rects, height: cursor - y };
}

/**
 * Lay out a grid: header row on top, header column on the left, rows as tall as their
 * tallest cell. Returns a {@linkcode Drawing}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const d = gridDrawing(
 *   [{ key: "PA", header: [{ kind: "text", text: "PA" }], width: 120 }],
 *   [{ header: [{ kind: "text", text: "Beleid" }],
 *      cells: { PA: { blocks: [{ kind: "bullets", items: ["a", "b"] }], fill: "#d9d9d9" } } }],
 * );
 * assert.equal(d.width, 230);
 * assert.deepEqual(d.texts.filter((t) => t.text !== "\u2022").map((t) => t.text),
 *   ["PA", "Beleid", "a", "b"]);
 * assert.ok(d.rects.some((r) => r.fill === "#d9d9d9"));
 * ```
 */
export function gridDrawing(
  columns: readonly GridColumn[],
  rows: readonly GridRow[],
  options: GridOptions = {},
): Drawing {
  const headerWidth = options.headerWidth ?? 110;
  const fontSize = options.fontSize ?? 10;
  const headerSize = options.headerSize ?? 11;
  const pad = options.padding ?? 6;
  const headerFill = options.headerFill ?? "#f2f2f2";
  const border = options.borderColor ?? "#8c8c8c";
  const xs: number[] = [];
  let x = headerWidth;
  for (const c of columns) {
    xs.push(x);
    x += c.width;
  }
  const width = x;
  const drawing = emptyDrawing(width, 0);
  const place = (blocks: readonly Block[], left: number, top: number, w: number, bold: boolean) =>
    placeBlocks(blocks, left + pad, top + pad, w - 2 * pad, bold ? headerSize : fontSize, {
      weight: bold ? "bold" : "normal",
    });
  // Header row.
  const headerCells = columns.map((c, i) => place(c.header, xs[i], 0, c.width, true));
  const headerHeight =
    Math.ceil(Math.max(lineHeight(headerSize), ...headerCells.map((p) => p.height))) +
    2 * pad;
  const cellsToDraw: {
    x: number;
    y: number;
    w: number;
    h: number;
    fill: string;
    placed: Placed;
  }[] = [];
  columns.forEach((c, i) =>
    cellsToDraw.push({
      x: xs[i],
      y: 0,
      w: c.width,
      h: headerHeight,
      fill: headerFill,
      placed: headerCells[i],
    })
  );
  let y = headerHeight;
  for (const row of rows) {
    const head = place(row.header, 0, y, headerWidth, true);
    const body = columns.map((c, i) =>
      place(row.cells[c.key]?.blocks ?? [], xs[i], y, c.width, false)
    );
    const h = Math.ceil(Math.max(head.height, ...body.map((b) => b.height))) + 2 * pad;
    cellsToDraw.push({ x: 0, y, w: headerWidth, h, fill: headerFill, placed: head });
    columns.forEach((c, i) =>
      cellsToDraw.push({
        x: xs[i],
        y,
        w: c.width,
        h,
        fill: row.cells[c.key]?.fill ?? "#ffffff",
        placed: body[i],
      })
    );
    y += h;
  }
  for (const cell of cellsToDraw) {
    drawing.rects.push({
      x: cell.x,
      y: cell.y,
      x2: cell.x + cell.w,
      y2: cell.y + cell.h,
      fill: cell.fill,
      stroke: border,
      strokeWidth: 0.6,
    });
  }
  for (const cell of cellsToDraw) {
    drawing.rects.push(...cell.placed.rects);
    drawing.texts.push(...cell.placed.texts);
  }
  columns.forEach((c, i) => {
    if (c.frame === undefined) return;
    const inset = c.frame.width / 2;
    drawing.lines.push(
      ...[
        [xs[i] + inset, inset, xs[i] + c.width - inset, inset],
        [xs[i] + inset, y - inset, xs[i] + c.width - inset, y - inset],
        [xs[i] + inset, inset, xs[i] + inset, y - inset],
        [xs[i] + c.width - inset, inset, xs[i] + c.width - inset, y - inset],
      ].map(([x1, y1, x2, y2]) => ({
        x: x1,
        y: y1,
        x2,
        y2,
        color: c.frame!.color,
        width: c.frame!.width,
      })),
    );
  });
  drawing.height = y;
  return drawing;
}
