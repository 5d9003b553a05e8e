/**
 * The remaining conceptual figures, drawn from the small files in
 * `data/cases/conceptual/`: the comparison table of the four perspectives (Figure 3.2),
 * the analysis model (Figure 4.1), the position of municipalities between the national
 * government and the participation society (Figure 13.1), and the development of steering
 * "in other words" (Figure 13.4). The source text reduces these figures to captions or
 * flattened tables; what is drawn is what the surrounding text supports (see
 * `data/cases/README.md` for every assumption).
 *
 * @module
 */
import { type Perspective, PERSPECTIVE_NAMES, PERSPECTIVES, wrapText } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import {
  addArrow,
  appendNotes,
  type Drawing,
  drawingSpec,
  emptyDrawing,
  round,
  stackDrawings,
} from "./drawing.ts";
import { type Block, gridDrawing, lineHeight } from "./grid.ts";
import { measureText } from "../text_metrics.ts";
import { MUTED } from "./style.ts";

/** A row of Figure 3.2: a theme (Dutch and English) and a cell per perspective. */
export type ComparisonRowInput =
  & { theme_nl: string; theme_en: string }
  & Record<Perspective, string>;

/**
 * Figure 3.2: the four perspectives compared on a number of themes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const spec = comparisonTableSpec([
 *   { theme_nl: "Benadering", theme_en: "approach", PA: "legal", NPM: "economic",
 *     NPG: "political science", SR: "sociological" },
 * ]) as unknown as { layer: { data: { values: { text?: string }[] } }[] };
 * const texts = spec.layer.flatMap((l) => l.data.values.map((v) => v.text));
 * assert.ok(texts.includes("Benadering") && texts.includes("sociological"));
 * ```
 */
export function comparisonTableSpec(
  rows: readonly ComparisonRowInput[],
  options: { columnWidth?: number } = {},
): TopLevelSpec {
  const width = options.columnWidth ?? 168;
  const columns = PERSPECTIVES.map((code) => ({
    key: code,
    width,
    header: [{
      kind: "text",
      text: `${PERSPECTIVE_NAMES[code]} (${code})`,
      weight: "bold",
    }] as Block[],
  }));
  const drawing = gridDrawing(
    columns,
    rows.map((r) => ({
      header: [
        { kind: "text", text: r.theme_nl, weight: "bold" },
        { kind: "text", text: r.theme_en, weight: "normal", color: MUTED, size: 10 },
      ],
      cells: Object.fromEntries(
        PERSPECTIVES.map((c) => [c, { blocks: [{ kind: "text", text: r[c] }] }]),
      ),
    })),
    { headerWidth: 150, fontSize: 11 },
  );
  return drawingSpec(drawing, {
    title: "Figuur 3.2: Overzicht sturingsperspectieven",
    subtitle: "The four perspectives compared theme by theme (section 3.4.1). Theme names " +
      "as printed, with an English gloss; cells are short English paraphrases.",
  });
}

/** An element of the analysis model (a row of `fig-4.1.csv`). */
export interface AnalysisModelInput {
  part: "column" | "column-note" | "input" | "cell" | "option";
  row: string;
  column: string;
  label_nl: string;
  label_en: string;
}

const twoLines = (nl: string, en: string, bold = false): Block[] => [
  { kind: "text", text: nl, weight: bold ? "bold" : "normal" },
  { kind: "text", text: en, weight: "normal", color: MUTED, size: 10 },
];

/**
 * Figure 4.1: the analysis model. Two columns, institutional context and strategic
 * choice, each with what drives it (pressure from the national government; the
 * municipality's own direction) and its two options; under them the four combined
 * options of section 4.4.2.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const p = (part: "column" | "input" | "cell" | "option", row: string, column: string, nl: string) =>
 *   ({ part, row, column, label_nl: nl, label_en: nl });
 * const spec = analysisModelSpec([
 *   p("column", "", "institutional", "Institutionele context"), p("column", "", "strategic", "Strategische keuze"),
 *   p("input", "", "institutional", "druk"), p("input", "", "strategic", "eigen richting"),
 *   p("cell", "1", "institutional", "1. Meebewegen"), p("cell", "2", "institutional", "2. Tegenbewegen"),
 *   p("cell", "1", "strategic", "1. Doelgericht"), p("cell", "2", "strategic", "2. Doelzoekend"),
 *   p("option", "1", "1", "1.1"), p("option", "1", "2", "1.2"), p("option", "2", "1", "2.1"), p("option", "2", "2", "2.2"),
 * ]) as unknown as { layer: { data: { values: { text?: string }[] } }[] };
 * const texts = spec.layer.flatMap((l) => l.data.values.map((v) => v.text));
 * assert.ok(["1. Meebewegen", "2.2", "Strategische keuze", "druk"].every((t) => texts.includes(t)));
 * ```
 */
export function analysisModelSpec(parts: readonly AnalysisModelInput[]): TopLevelSpec {
  const find = (part: string, row: string, column: string) => {
    const hit = parts.find((p) => p.part === part && p.row === row && p.column === column);
    if (hit === undefined) {
      throw new Error(`Figure 4.1: no ${part} for row "${row}", column "${column}"`);
    }
    return hit;
  };
  const dims = ["institutional", "strategic"];
  const model = gridDrawing(
    dims.map((dim) => {
      const head = find("column", "", dim);
      const note = parts.find((p) => p.part === "column-note" && p.column === dim);
      return {
        key: dim,
        width: 300,
        header: [
          ...twoLines(head.label_nl, head.label_en, true),
          ...(note
            ? [{ kind: "text", text: `(${note.label_nl})`, weight: "normal", size: 10 } as Block]
            : []),
        ],
      };
    }),
    [
      {
        header: [{ kind: "text", text: "driven by", weight: "bold" }],
        cells: Object.fromEntries(dims.map((dim) => {
          const input = find("input", "", dim);
          return [dim, { blocks: twoLines(input.label_nl, input.label_en, true), fill: "#f7f7f7" }];
        })),
      },
      ...["1", "2"].map((row) => ({
        header: [{ kind: "text", text: `option ${row}`, weight: "bold" }] as Block[],
        cells: Object.fromEntries(dims.map((dim) => {
          const cell = find("cell", row, dim);
          return [dim, { blocks: twoLines(cell.label_nl, cell.label_en) }];
        })),
      })),
    ],
    { headerWidth: 130, fontSize: 11 },
  );
  const strip = (label: string) => label.replace(/^\d\.\s*/, "");
  const options = gridDrawing(
    ["1", "2"].map((column) => {
      const strategic = find("cell", column, "strategic");
      return {
        key: column,
        width: 300,
        header: twoLines(strip(strategic.label_nl), strategic.label_en, true),
      };
    }),
    ["1", "2"].map((row) => {
      const institutional = find("cell", row, "institutional");
      return {
        header: twoLines(
          strip(institutional.label_nl).split(",")[0],
          institutional.label_en.split(",")[0],
          true,
        ),
        cells: Object.fromEntries(["1", "2"].map((column) => {
          const option = find("option", row, column);
          return [column, { blocks: twoLines(option.label_nl, option.label_en, true) }];
        })),
      };
    }),
    { headerWidth: 130, fontSize: 11 },
  );
  const caption = appendNotes(emptyDrawing(model.width, 0), [
    "The four options that follow from combining both (section 4.4.2; from the text, not " +
    "part of the printed figure):",
  ], { size: 11, gap: 0, color: "#000000" });
  const drawing = stackDrawings(stackDrawings(model, caption, 14), options, 6);
  return drawingSpec(drawing, {
    title: "Figuur 4.1: Analysemodel",
    subtitle: "How the study reads the perspectives it finds (chapter 4): the institutional " +
      "context (structure) and the strategic choice (action), what drives each, and their " +
      "two options. The column layout follows the order of the flattened figure.",
  });
}

/** An element of a diagram (a row of `fig-13.1.csv` or `fig-13.4.csv`). */
export interface DiagramInput {
  kind: "actor" | "force" | "axis" | "start" | "arrow";
  id: string;
  from: string;
  to: string;
  label_nl: string;
  label_en: string;
}

/**
 * Figure 13.1: municipalities between the national government and the local
 * participation society, with the pushing and pulling forces on each side. Actors are
 * drawn left to right in file order; a force is drawn as an arrow from `from` to `to`,
 * pushes above the middle line and pulls below it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const a = (id: string) => ({ kind: "actor" as const, id, from: "", to: "", label_nl: id, label_en: id });
 * const spec = positionsSpec([a("national"), a("municipality"), a("society"),
 *   { kind: "force", id: "p", from: "national", to: "municipality", label_nl: "duwt", label_en: "pushes tasks" },
 * ]) as unknown as { layer: { data: { values: { text?: string }[] } }[] };
 * const texts = spec.layer.flatMap((l) => l.data.values.map((v) => v.text));
 * assert.ok(texts.includes("duwt") && texts.includes("pushes tasks"));
 * ```
 */
export function positionsSpec(parts: readonly DiagramInput[]): TopLevelSpec {
  const actors = parts.filter((p) => p.kind === "actor");
  const forces = parts.filter((p) => p.kind === "force");
  const boxW = Math.ceil(
    Math.max(170, ...actors.map((a) => measureText(a.label_nl, 12, "bold") + 24)),
  );
  const boxH = 64;
  const span = 230;
  const labelW = span - 24;
  const forceLines = forces.map((f) => wrapText(f.label_en, labelW, 10));
  const lh = lineHeight(10);
  const linesAbove = Math.max(0, ...forces.map((f, i) => (isPush(f) ? forceLines[i].length : 0)));
  const linesBelow = Math.max(0, ...forces.map((f, i) => (isPush(f) ? 0 : forceLines[i].length)));
  const top = Math.max(0, Math.ceil(linesAbove * lh + 10 + lh / 2 + 4 - 0.3 * boxH));
  const height = Math.ceil(top + 0.7 * boxH + 10 + linesBelow * lh + lh / 2 + 4);
  const width = actors.length * boxW + (actors.length - 1) * span;
  const d: Drawing = emptyDrawing(width, Math.max(height, top + boxH + 4));
  const xOf = (id: string) => actors.findIndex((a) => a.id === id) * (boxW + span);
  actors.forEach((a) => {
    const x = xOf(a.id);
    const middle = a.id === actors[Math.floor(actors.length / 2)]?.id;
    d.rects.push({
      x,
      y: top,
      x2: x + boxW,
      y2: top + boxH,
      fill: middle ? "#d9d9d9" : "#ffffff",
      stroke: "#000000",
      strokeWidth: middle ? 2 : 1.2,
    });
    d.texts.push(
      {
        x: x + boxW / 2,
        y: top + boxH / 2 - 8,
        text: a.label_nl,
        size: 12,
        weight: "bold",
        color: "#000000",
        align: "center",
      },
      {
        x: x + boxW / 2,
        y: top + boxH / 2 + 10,
        text: a.label_en,
        size: 10,
        weight: "normal",
        color: MUTED,
        align: "center",
      },
    );
  });
  forces.forEach((f, i) => {
    const from = xOf(f.from);
    const to = xOf(f.to);
    const leftBox = Math.min(from, to);
    const x1 = leftBox + boxW + 8;
    const x2 = leftBox + boxW + span - 8;
    const push = isPush(f);
    const y = push ? top + boxH * 0.3 : top + boxH * 0.7;
    if (from < to) addArrow(d, x1, y, x2, y, { width: 2 });
    else addArrow(d, x2, y, x1, y, { width: 2 });
    const cx = (x1 + x2) / 2;
    const lines = forceLines[i];
    const word = {
      x: cx,
      text: f.label_nl,
      size: 11,
      weight: "bold" as const,
      color: "#000000",
      align: "center" as const,
    };
    if (push) {
      d.texts.push({ ...word, y: y - 10 });
      lines.forEach((line, k) =>
        d.texts.push({
          x: cx,
          y: round(y - 10 - (lines.length - k) * lh),
          text: line,
          size: 10,
          weight: "normal",
          color: "#333333",
          align: "center",
        })
      );
    } else {
      d.texts.push({ ...word, y: y + 10 });
      lines.forEach((line, k) =>
        d.texts.push({
          x: cx,
          y: round(y + 10 + (k + 1) * lh),
          text: line,
          size: 10,
          weight: "normal",
          color: "#333333",
          align: "center",
        })
      );
    }
  });
  return drawingSpec(d, {
    title: "Figuur 13.1: De positie van gemeenten tussen rijksoverheid en participatiesamenleving",
    subtitle: "Section 13.3: on each side of the municipalities one force pushes and one pulls. " +
      "Municipalities that steer for themselves keep their balance between them. Layout " +
      "(left to right, pushes above, pulls below) is an assumption; the printed figure is " +
      "reduced to its caption.",
  });
}

function isPush(f: DiagramInput): boolean {
  return f.label_nl.toLowerCase().startsWith("duw");
}

/**
 * Figure 13.4: the development of steering in other words: four arrows around a square
 * spanned by individual-collective and freedom/trust-control/distrust.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const arrow = (id: string, from: string, to: string) =>
 *   ({ kind: "arrow" as const, id, from, to, label_nl: `Pijl ${id}`, label_en: `arrow ${id}` });
 * const spec = steeringLanguageSpec([
 *   arrow("1", "top-left", "top-right"), arrow("4", "bottom-left", "top-left"),
 * ]) as unknown as { layer: { data: { values: { text?: string }[] } }[] };
 * const texts = spec.layer.flatMap((l) => l.data.values.map((v) => v.text));
 * assert.ok(texts.includes("Pijl 1") && texts.includes("Pijl 4"));
 * ```
 */
export function steeringLanguageSpec(parts: readonly DiagramInput[]): TopLevelSpec {
  const axis = (id: string) => parts.find((p) => p.kind === "axis" && p.id === id);
  const sideLabel = (id: string) => {
    const a = axis(id);
    return a === undefined ? [] : [a.label_nl, a.label_en];
  };
  const side = Math.ceil(
    Math.max(
      ...[...sideLabel("left"), ...sideLabel("right")].map((t) => measureText(t, 11)),
      60,
    ),
  ) + 16;
  const w = 380;
  const h = 300;
  const x0 = side;
  const y0 = 56;
  const width = 2 * side + w;
  const height = y0 + h + 56;
  const d: Drawing = emptyDrawing(width, height);
  const corner: Record<string, [number, number]> = {
    "top-left": [x0, y0],
    "top-right": [x0 + w, y0],
    "bottom-right": [x0 + w, y0 + h],
    "bottom-left": [x0, y0 + h],
  };
  d.rects.push({
    x: x0,
    y: y0,
    x2: x0 + w,
    y2: y0 + h,
    fill: "#f2f2f2",
    stroke: "#f2f2f2",
    strokeWidth: 0,
  });
  const text = (x: number, y: number, t: string, o: Partial<Drawing["texts"][number]> = {}) =>
    d.texts.push({
      x: round(x),
      y: round(y),
      text: t,
      size: 11,
      weight: "normal",
      color: "#000000",
      align: "center",
      ...o,
    });
  const [ln, le] = sideLabel("left");
  const [rn, re] = sideLabel("right");
  const [tn, te] = sideLabel("top");
  const [bn, be] = sideLabel("bottom");
  if (ln) {
    text(x0 - 10, y0 + h / 2 - 7, ln, { align: "right", weight: "bold" });
    text(x0 - 10, y0 + h / 2 + 8, le, { align: "right", color: MUTED, size: 10 });
  }
  if (rn) {
    text(x0 + w + 10, y0 + h / 2 - 7, rn, { align: "left", weight: "bold" });
    text(x0 + w + 10, y0 + h / 2 + 8, re, { align: "left", color: MUTED, size: 10 });
  }
  if (tn) {
    text(x0 + w / 2, y0 - 36, tn, { weight: "bold" });
    text(x0 + w / 2, y0 - 22, te, { color: MUTED, size: 10 });
  }
  if (bn) {
    text(x0 + w / 2, y0 + h + 24, bn, { weight: "bold" });
    text(x0 + w / 2, y0 + h + 38, be, { color: MUTED, size: 10 });
  }
  const start = parts.find((p) => p.kind === "start");
  if (start && corner[start.id]) {
    const [sx, sy] = corner[start.id];
    d.rects.push({
      x: sx - 5,
      y: sy - 5,
      x2: sx + 5,
      y2: sy + 5,
      fill: "#000000",
      stroke: "#000000",
      strokeWidth: 0,
    });
    const outward = sx === x0 ? "right" : "left";
    const ox = sx + (outward === "right" ? -10 : 10);
    text(ox, sy - 14, start.label_nl, { align: outward, weight: "bold", size: 10 });
    text(ox, sy - 1, start.label_en, { align: outward, color: MUTED, size: 10 });
  }
  const inset = 12;
  for (const a of parts.filter((p) => p.kind === "arrow")) {
    const [fx, fy] = corner[a.from];
    const [tx, ty] = corner[a.to];
    const horizontal = fy === ty;
    const dx = Math.sign(tx - fx);
    const dy = Math.sign(ty - fy);
    const open = a.label_en.includes("?");
    addArrow(d, fx + dx * inset, fy + dy * inset, tx - dx * inset, ty - dy * inset, {
      width: 2.2,
      head: 11,
      dashed: open,
    });
    const lines = wrapText(a.label_en, horizontal ? w - 80 : 120, 10);
    if (horizontal) {
      const inward = fy === y0 ? 1 : -1;
      const base = fy + inward * 16;
      const all = [a.label_nl, ...lines];
      const ys = all.map((_, k) => base + inward * k * 13);
      const order = all;
      const yOrder = inward === 1 ? ys : [...ys].reverse();
      order.forEach((t, k) =>
        text(
          (fx + tx) / 2,
          yOrder[k],
          t,
          t === a.label_nl ? { weight: "bold", size: 10 } : { size: 10, color: "#333333" },
        )
      );
    } else {
      const inward = fx === x0 ? 1 : -1;
      const x = fx + inward * 16;
      const align = inward === 1 ? "left" : "right";
      const all = [a.label_nl, ...lines];
      const y = (fy + ty) / 2 - ((all.length - 1) * 13) / 2;
      all.forEach((t, k) =>
        text(
          x,
          y + k * 13,
          t,
          t === a.label_nl
            ? { weight: "bold", size: 10, align }
            : { size: 10, color: "#333333", align },
        )
      );
    }
  }
  return drawingSpec(d, {
    title: "Figuur 13.4: Ontwikkeling van sturing in andere taal",
    subtitle: "Section 13.3: from a state of nature, the social contract builds the welfare " +
      "state (1), distrust adds conditions and control (2), the participation society strikes " +
      "collective provisions (3); the open question is a move back to freedom and trust (4, " +
      "dashed). The same moves can be read between municipalities and the national government. " +
      "Placement of corners and arrows is an assumption.",
  });
}
