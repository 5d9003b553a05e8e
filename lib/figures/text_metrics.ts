/**
 * Text measurement with the font the project ships (DejaVu Sans, from the pinned npm
 * package `dejavu-fonts-ttf`), so that Vega lays out labels with real widths instead of
 * its headless estimate. Same font, same widths, on every machine: figures stay
 * byte-stable.
 *
 * @module
 */
import opentype from "opentype.js";

/** The font family written into every figure. */
export const FONT_FAMILY = "DejaVu Sans";

const fontDir = new URL("../../node_modules/dejavu-fonts-ttf/ttf/", import.meta.url);

/** The font files used for measuring and for rasterising, by weight. */
export const FONT_FILES = {
  regular: new URL("DejaVuSans.ttf", fontDir),
  bold: new URL("DejaVuSans-Bold.ttf", fontDir),
} as const;

interface OpentypeFont {
  getAdvanceWidth(text: string, fontSize: number, options?: { kerning?: boolean }): number;
}

let fonts: { regular: OpentypeFont; bold: OpentypeFont } | undefined;

function loadFonts() {
  if (!fonts) {
    const parse = (url: URL): OpentypeFont => {
      const bytes = Deno.readFileSync(url);
      return opentype.parse(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
        {},
      );
    };
    fonts = { regular: parse(FONT_FILES.regular), bold: parse(FONT_FILES.bold) };
  }
  return fonts;
}

/** Is a Vega font weight bold? (`"bold"`, `"bolder"`, or 600 and up.) */
export function isBold(weight: string | number | undefined): boolean {
  if (weight === undefined) return false;
  if (typeof weight === "number") return weight >= 600;
  return weight === "bold" || weight === "bolder" || Number(weight) >= 600;
}

/**
 * Width in pixels of `text` at `fontSize` in DejaVu Sans (bold when asked), with kerning.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const narrow = measureText("iii", 10);
 * const wide = measureText("WWW", 10);
 * assert.ok(wide > 2 * narrow);
 * assert.ok(measureText("NPM", 12, "bold") > measureText("NPM", 12));
 * ```
 */
export function measureText(
  text: string,
  fontSize: number,
  weight?: string | number,
): number {
  const font = isBold(weight) ? loadFonts().bold : loadFonts().regular;
  return font.getAdvanceWidth(text, fontSize, { kerning: true });
}
