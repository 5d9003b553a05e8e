/**
 * The study's grey tones (the note under Figure 6.8 names black, dark grey, grey and light
 * grey) as colours, and the text colour that reads on each: shared by the chapter-6, the
 * qualitative and the scoring figures.
 *
 * @module
 */

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
