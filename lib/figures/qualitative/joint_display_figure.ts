/**
 * The joint display as a figure: one row per case municipality; on the left the shares of
 * its policy plan (Bijlage G), on the right, per case, in how many of the four components
 * the case study finds each perspective, with the dominant ones framed, and a last column
 * saying whether the phases agree. The plan's highest share is framed in the same way, so
 * agreement is visible as frames in the same column.
 *
 * @module
 */
import { textColorOn } from "../style.ts";
import { PERSPECTIVES } from "../style.ts";
import type { TopLevelSpec } from "vega-lite";
import type { Agreement, JointRow } from "../../cases/joint_display.ts";
import { CASES } from "../../cases/coding_terms.ts";
import { formatFixed } from "../../io/round.ts";
import { type Drawing, drawingSpec, emptyDrawing } from "./drawing.ts";
import { MUTED } from "./style.ts";

/** Options of {@linkcode jointDisplaySpec}. */
export interface JointDisplayOptions {
  /** Share (%) drawn in the darkest grey; higher shares are drawn as dark. Default `60`. */
  maxShare?: number;
}

/**
 * A grey from white (0) to dark grey (1), as `#rrggbb`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(greyRamp(0), "#ffffff");
 * assert.equal(greyRamp(1), "#595959");
 * assert.equal(greyRamp(2), "#595959");
 * ```
 */
export function greyRamp(t: number): string {
  const v = Math.round(255 - (255 - 0x59) * Math.min(1, Math.max(0, t)));
  const hex = v.toString(16).padStart(2, "0");
  return `#${hex}${hex}${hex}`;
}

/** Words for an agreement in the figure. */
export const AGREEMENT_TEXT: Readonly<Record<Agreement, string>> = {
  agree: "agree",
  partial: "in part",
  differ: "differ",
};

/**
 * The joint display (see the module doc). Rows are drawn in the order given, both cases of
 * a municipality on one line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const base = {
 *   municipality: "Den Haag", role: "average" as const, figure: "11.1",
 *   shares: { PA: 17.9, NPM: 27.2, NPG: 21.2, SR: 33.7 }, rank: { PA: 4, NPM: 2, NPG: 3, SR: 1 },
 *   top: ["SR" as const], breadth: { PA: 4, NPM: 3, NPG: 3, SR: 4 }, roleDominant: null,
 * };
 * const spec = jointDisplaySpec([
 *   { ...base, case: "tegenprestatie", dominant: ["SR", "NPM"], agreement: "agree" },
 *   { ...base, case: "thuiszorg", figure: "11.2", dominant: ["PA"], agreement: "differ" },
 * ]) as unknown as { layer: { data: { values: { text?: string }[] } }[] };
 * const texts = spec.layer.flatMap((l) => l.data.values.map((v) => v.text));
 * assert.ok(texts.includes("33.7"));
 * assert.ok(texts.includes("differ"));
 * ```
 */
export function jointDisplaySpec(
  rows: readonly JointRow[],
  options: JointDisplayOptions = {},
): TopLevelSpec {
  const maxShare = options.maxShare ?? 60;
  const nameW = 128;
  const shareW = 50;
  const countW = 40;
  const agreeW = 62;
  const gap = 16;
  const rowH = 30;
  const head1 = 34;
  const head2 = 22;
  const municipalities = [...new Set(rows.map((r) => r.municipality))];
  const planX = nameW;
  const caseX = CASES.map((_, i) => planX + 4 * shareW + gap + i * (4 * countW + agreeW + gap));
  const width = caseX[1] + 4 * countW + agreeW;
  const top = head1 + head2;
  const d: Drawing = emptyDrawing(width, top + municipalities.length * rowH);
  const text = (
    x: number,
    y: number,
    t: string,
    o: { weight?: "normal" | "bold"; color?: string; align?: "left" | "center"; size?: number } =
      {},
  ) =>
    d.texts.push({
      x,
      y,
      text: t,
      size: o.size ?? 11,
      weight: o.weight ?? "normal",
      color: o.color ?? "#000000",
      align: o.align ?? "center",
    });
  const box = (x: number, y: number, w: number, h: number, fill: string, framed: boolean) => {
    d.rects.push({ x, y, x2: x + w, y2: y + h, fill, stroke: "#8c8c8c", strokeWidth: 0.6 });
    if (framed) {
      d.rects.push({
        x: x + 1.5,
        y: y + 1.5,
        x2: x + w - 1.5,
        y2: y + h - 1.5,
        fill: "transparent",
        stroke: "#000000",
        strokeWidth: 2.5,
      });
    }
  };
  // Block headings.
  text(planX + 2 * shareW, 11, "policy plan", { weight: "bold" });
  text(planX + 2 * shareW, 25, "share in % (Bijlage G)", { color: MUTED, size: 10 });
  CASES.forEach((caseId, i) => {
    const mid = caseX[i] + (4 * countW + agreeW) / 2;
    text(mid, 11, `case ${caseId}`, { weight: "bold" });
    text(mid, 25, "components present (of 4)", { color: MUTED, size: 10 });
  });
  const codeHeads = (x: number, w: number) =>
    PERSPECTIVES.forEach((p, k) =>
      text(x + k * w + w / 2, head1 + head2 / 2, p, { weight: "bold" })
    );
  codeHeads(planX, shareW);
  CASES.forEach((_, i) => {
    codeHeads(caseX[i], countW);
    text(caseX[i] + 4 * countW + agreeW / 2, head1 + head2 / 2, "phases", { weight: "bold" });
  });
  municipalities.forEach((municipality, j) => {
    const y = top + j * rowH;
    const mine = rows.filter((r) => r.municipality === municipality);
    const first = mine[0];
    d.texts.push({
      x: 4,
      y: y + rowH / 2,
      text: municipality,
      size: 11,
      weight: "bold",
      color: "#000000",
      align: "left",
    });
    PERSPECTIVES.forEach((p, k) => {
      const fill = greyRamp(first.shares[p] / maxShare);
      box(planX + k * shareW, y, shareW, rowH, fill, first.top.includes(p));
      text(planX + k * shareW + shareW / 2, y + rowH / 2, formatFixed(first.shares[p], 1), {
        color: textColorOn(fill),
        weight: first.top.includes(p) ? "bold" : "normal",
      });
    });
    CASES.forEach((caseId, i) => {
      const r = mine.find((x) => x.case === caseId);
      if (r === undefined) return;
      PERSPECTIVES.forEach((p, k) => {
        const fill = greyRamp(r.breadth[p] / 4 * 0.75);
        const dominant = r.dominant.includes(p);
        box(caseX[i] + k * countW, y, countW, rowH, fill, dominant);
        text(caseX[i] + k * countW + countW / 2, y + rowH / 2, String(r.breadth[p]), {
          color: textColorOn(fill),
          weight: dominant ? "bold" : "normal",
        });
      });
      const ax = caseX[i] + 4 * countW;
      const fill = r.agreement === "agree"
        ? "#ffffff"
        : r.agreement === "partial"
        ? "#d9d9d9"
        : "#595959";
      box(ax, y, agreeW, rowH, fill, false);
      text(ax + agreeW / 2, y + rowH / 2, AGREEMENT_TEXT[r.agreement], {
        color: textColorOn(fill),
        weight: r.agreement === "differ" ? "bold" : "normal",
      });
    });
  });
  return drawingSpec(d, {
    title: "Joint display: the plan's profile next to the case study",
    subtitle: "Left: share of each perspective in the municipality's policy plan (darker = " +
      "higher; framed = highest). Right, per case: in how many of the four components the " +
      "coding matrix finds the perspective (darker = more; framed = dominant according to the " +
      "chapter). Phases: agree = the plan's leading perspectives are the dominant ones; in " +
      "part = the plan's leader is dominant but so is a perspective ranking lower in the plan; " +
      "differ = the plan's leader is not dominant in the case.",
  });
}
