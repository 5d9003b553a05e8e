/**
 * The one figure style of every family of figures (chapter 6, scoring, qualitative,
 * robustness): the perspectives (codes in the dissertation's order, English names, the grey
 * of each), the grey tones of the study and the text colour that reads on each, the font
 * sizes, text wrapping measured in the shipped DejaVu Sans, and the title block.
 *
 * @module
 */
import { type Perspective, PERSPECTIVES } from "../data/categories.ts";
import { measureText } from "./text_metrics.ts";

export { type Perspective, PERSPECTIVES };

/** English names of the perspectives (`data/perspectives.csv`, column `name_en`). */
export const PERSPECTIVE_NAMES: Readonly<Record<Perspective, string>> = {
  PA: "Public Administration",
  NPM: "New Public Management",
  NPG: "New Public Governance",
  SR: "Societal Resilience",
};

/**
 * The grey tones named in the note under Figure 6.8, as colours: black, dark grey, grey
 * and light grey.
 */
export const GREY_TONES: Readonly<Record<string, string>> = {
  "black": "#000000",
  "dark grey": "#595959",
  "grey": "#a6a6a6",
  "light grey": "#d9d9d9",
};

/**
 * The colour of a grey tone: a name from {@linkcode GREY_TONES} or a `#rrggbb` colour.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(greyHex("dark grey"), "#595959");
 * assert.equal(greyHex("#123456"), "#123456");
 * assert.throws(() => greyHex("blue"), {
 *   message: 'grey tone "blue" is not one of black, dark grey, grey, light grey or a #rrggbb colour',
 * });
 * ```
 */
export function greyHex(grey: string): string {
  const named = GREY_TONES[grey];
  if (named !== undefined) return named;
  if (/^#[0-9a-fA-F]{6}$/.test(grey)) return grey.toLowerCase();
  throw new Error(
    `grey tone "${grey}" is not one of ${Object.keys(GREY_TONES).join(", ")} or a #rrggbb colour`,
  );
}

/**
 * Black or white, whichever reads better on `background` (a `#rrggbb` colour): white on
 * colours darker than mid grey (WCAG relative luminance below 0.18).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(textColorOn("#000000"), "#ffffff");
 * assert.equal(textColorOn("#595959"), "#ffffff");
 * assert.equal(textColorOn("#a6a6a6"), "#000000");
 * ```
 */
export function textColorOn(background: string): "#ffffff" | "#000000" {
  const channel = (i: number) => {
    const c = parseInt(background.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance < 0.18 ? "#ffffff" : "#000000";
}

/**
 * The colour of each perspective: its grey in `data/perspectives.csv` (the note under
 * Figure 6.8), black for PA to light grey for SR.
 */
export const PERSPECTIVE_GREYS: Readonly<Record<Perspective, string>> = {
  PA: GREY_TONES["black"],
  NPM: GREY_TONES["dark grey"],
  NPG: GREY_TONES["grey"],
  SR: GREY_TONES["light grey"],
};

/** Font sizes of the house style (`baseConfig` in `./render.ts`). */
export const TEXT = {
  titleSize: 14,
  subtitleSize: 11,
  labelSize: 11,
  headerSize: 12,
} as const;

/** The title block of a figure: the (Dutch) figure title and an (English) subtitle. */
export interface FigureText {
  /** E.g. `"Figuur 6.1: Aanwezigheid perspectieven (in %)"`. */
  title: string;
  /** One sentence or two; wrapped to the figure's width. Default: none. */
  subtitle?: string;
}

/**
 * Break `text` into lines no wider than `maxWidth` pixels in DejaVu Sans at `size` (bold
 * if asked); an explicit `\n` starts a new line. A single word wider than a line is cut,
 * so no line is ever wider than `maxWidth`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(wrapText("one two three", 1000, 11), ["one two three"]);
 * assert.deepEqual(wrapText("one two three", 35, 11), ["one", "two", "three"]);
 * assert.ok(wrapText("Tegenbewegen", 40, 11).length > 1);
 * assert.deepEqual(wrapText("a\nb", 1000, 11), ["a", "b"]);
 * ```
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  weight: "normal" | "bold" = "normal",
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (line !== "" && measureText(candidate, size, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
      // A word wider than a whole line is cut (never happens with sensible widths).
      while (measureText(line, size, weight) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measureText(line.slice(0, cut), size, weight) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The widest line of `lines` in pixels. */
export function widest(lines: readonly string[], size: number, weight?: "normal" | "bold"): number {
  return Math.max(0, ...lines.map((l) => measureText(l, size, weight)));
}

/** Options of {@linkcode titleBlock}. */
export interface TitleBlockOptions {
  /**
   * The narrowest the subtitle is wrapped to, in pixels. Default: 320 (the chapter-6 and
   * robustness figures); the diagrams of the qualitative phase use 360, the scoring
   * figure 0.
   */
  minWidth?: number;
}

/**
 * A Vega-Lite title block: the title on one line, the subtitle wrapped to the widest of
 * `width`, the title itself (so a long title never forces a needlessly narrow subtitle)
 * and `minWidth`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.deepEqual(titleBlock({ title: "T" }, 400), { text: "T" });
 * assert.deepEqual(titleBlock({ title: "T", subtitle: "a b" }, 400), { text: "T", subtitle: ["a b"] });
 * ```
 */
export function titleBlock(
  text: FigureText,
  width: number,
  options: TitleBlockOptions = {},
): { text: string; subtitle?: string[] } {
  if (text.subtitle === undefined) return { text: text.title };
  const titleWidth = measureText(text.title, TEXT.titleSize, "bold");
  const wrapAt = Math.max(width, titleWidth, options.minWidth ?? 320);
  return { text: text.title, subtitle: wrapText(text.subtitle, wrapAt, TEXT.subtitleSize) };
}
