import assert from "node:assert/strict";
import { loadConstraints, parseConstraints } from "./constraints.ts";

Deno.test("the constraints file holds footnotes 62-64", async () => {
  const constraints = await loadConstraints();
  assert.deepEqual(constraints.map((c) => [c.municipality, c.constraint, c.footnote]), [
    ["Helmond", "declined", 62],
    ["Arnhem", "no_response", 62],
    ["Deventer", "no_response", 63],
    ["Den Haag", "preferred_access", 64],
  ]);
});

Deno.test("a footnote that is not a number is named with file, line and column", () => {
  assert.throws(
    () => parseConstraints("municipality,constraint,reason,footnote\nOss,declined,x,6x\n", "c.csv"),
    { message: 'c.csv line 2, column footnote: "6x": not a whole number' },
  );
});
