import assert from "node:assert/strict";
import { decimalsOf, halfUnit } from "./rounding.ts";

Deno.test("decimalsOf and halfUnit", () => {
  assert.equal(decimalsOf("4.40"), 2);
  assert.equal(halfUnit(2), 0.005);
});
