import assert from "node:assert/strict";
import { sortKeys, stringifySorted } from "./sorted_json.ts";

// Expected strings written out by hand.
Deno.test("sortKeys: nested objects sorted by code unit, arrays keep their order", () => {
  // By UTF-16 code unit: "B" (0x42) < "a" (0x61) < "é" (0xE9).
  const value = { é: 1, a: { z: null, y: [3, 1, 2] }, B: [{ d: 1, c: 2 }] };
  assert.equal(
    JSON.stringify(sortKeys(value)),
    '{"B":[{"c":2,"d":1}],"a":{"y":[3,1,2],"z":null},"é":1}',
  );
  assert.equal(sortKeys("text"), "text");
  assert.equal(sortKeys(null), null);
});

Deno.test("stringifySorted: the same bytes whatever order the keys were added in", () => {
  const one = { run: { seed: 1, mode: "exact" }, files: 2 };
  const other = { files: 2, run: { mode: "exact", seed: 1 } };
  const expected = '{\n  "files": 2,\n  "run": {\n    "mode": "exact",\n    "seed": 1\n  }\n}\n';
  assert.equal(stringifySorted(one, 2), expected);
  assert.equal(stringifySorted(other, 2), expected);
});
