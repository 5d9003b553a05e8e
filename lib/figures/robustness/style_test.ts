import assert from "node:assert/strict";
import { PERSPECTIVE_GREYS, titleBlock } from "../style.ts";
import { labelWidth, niceMax } from "./style.ts";

Deno.test("style helpers", () => {
  assert.equal(niceMax(0.2, 5), 5);
  assert.equal(niceMax(41.3, 10), 50);
  assert.equal(labelWidth([]), 20);
  assert.deepEqual(Object.keys(PERSPECTIVE_GREYS), ["PA", "NPM", "NPG", "SR"]);
  const block = titleBlock({ title: "A title", subtitle: "word ".repeat(200) }, 300);
  assert.ok((block.subtitle?.length ?? 0) > 1);
});
