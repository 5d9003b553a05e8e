import assert from "node:assert/strict";
import { gridDrawing, lineHeight, placeBlocks } from "./grid.ts";
import { textsOutside, textsOutsideCells } from "./test_helpers.ts";

Deno.test("placeBlocks: bullets wrap with a hanging indent", () => {
  const placed = placeBlocks(
    [{ kind: "bullets", items: ["a rather long observation that must wrap", "short"] }],
    10,
    20,
    120,
    10,
  );
  const bullets = placed.texts.filter((t) => t.text === "\u2022");
  const words = placed.texts.filter((t) => t.text !== "\u2022");
  assert.equal(bullets.length, 2);
  assert.ok(words.length >= 4, "the first item wraps");
  assert.ok(words.every((t) => t.x > 10), "text is indented after the bullet");
  assert.equal(words[0].x, words[1].x, "continuation lines hang under the first word");
  assert.equal(placed.height, (words.length) * lineHeight(10) + 2);
});

Deno.test("gridDrawing: rows as tall as their tallest cell, no text outside its cell", () => {
  const d = gridDrawing(
    [
      { key: "a", header: [{ kind: "text", text: "First column" }], width: 120 },
      { key: "b", header: [{ kind: "text", text: "Second" }], width: 90 },
    ],
    [
      {
        header: [{ kind: "text", text: "Row one" }],
        cells: {
          a: { blocks: [{ kind: "bullets", items: ["one", "two", "three"] }], fill: "#d9d9d9" },
          b: { blocks: [{ kind: "text", text: "x" }] },
        },
      },
      {
        header: [{ kind: "text", text: "Row two" }],
        cells: {
          a: { blocks: [] },
          b: {
            blocks: [{
              kind: "chips",
              chips: [
                { label: "PA 1/4", fill: "#ffffff", stroke: "#a6a6a6", color: "#000000" },
                { label: "NPM 4/4", fill: "#595959", stroke: "#595959", color: "#ffffff" },
              ],
            }],
          },
        },
      },
    ],
  );
  const cells = d.rects.filter((r) => r.strokeWidth === 0.6);
  // Header row (2) + two rows of header cell and two cells.
  assert.equal(cells.length, 8);
  const rowOne = cells.filter((r) => r.y === cells[2].y);
  assert.equal(new Set(rowOne.map((r) => r.y2)).size, 1, "one height per row");
  assert.deepEqual(textsOutside(d), []);
  assert.deepEqual(textsOutsideCells(d, cells), []);
  // The two chips wrap onto two lines in the 90-pixel column.
  const chips = d.rects.filter((r) => r.strokeWidth === 0.8);
  assert.equal(chips.length, 2);
  assert.ok(chips[1].y > chips[0].y);
});
