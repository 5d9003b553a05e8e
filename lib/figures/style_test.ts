import assert from "node:assert/strict";
import { greyHex, PERSPECTIVE_GREYS, PERSPECTIVES, titleBlock, wrapText } from "./style.ts";
import { measureText } from "./text_metrics.ts";

Deno.test("wrapText and titleBlock: no subtitle line is wider than the figure", () => {
  const text =
    "The five municipalities chosen for the case studies, per perspective, with the mean.";
  for (const line of wrapText(text, 200, 11)) assert.ok(measureText(line, 11) <= 200);
  const block = titleBlock({ title: "Figuur 6.1: kort", subtitle: text }, 330);
  assert.equal(block.text, "Figuur 6.1: kort");
  assert.ok(block.subtitle!.length >= 2);
  for (const line of block.subtitle!) assert.ok(measureText(line, 11) <= 330);
  assert.deepEqual(titleBlock({ title: "t" }, 100), { text: "t" });
});

Deno.test("titleBlock: the subtitle is wrapped to at least minWidth", () => {
  // At 11 px DejaVu Sans "aaaa" is 27 px and "aaaa bbbb" 58 px: one line at 320 (the
  // default), two at a 40 px figure with minWidth 0.
  const text = { title: "t", subtitle: "aaaa bbbb" };
  assert.deepEqual(titleBlock(text, 40), { text: "t", subtitle: ["aaaa bbbb"] });
  assert.deepEqual(titleBlock(text, 40, { minWidth: 0 }).subtitle, ["aaaa", "bbbb"]);
});

Deno.test("the perspectives' greys are the tones the note under Figure 6.8 names", () => {
  // data/perspectives.csv: PA black, NPM dark grey, NPG grey, SR light grey.
  const named = ["black", "dark grey", "grey", "light grey"];
  assert.deepEqual(PERSPECTIVES.map((p) => PERSPECTIVE_GREYS[p]), named.map(greyHex));
  assert.deepEqual(PERSPECTIVES.map((p) => PERSPECTIVE_GREYS[p]), [
    "#000000",
    "#595959",
    "#a6a6a6",
    "#d9d9d9",
  ]);
});
