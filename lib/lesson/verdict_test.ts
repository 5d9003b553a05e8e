import assert from "node:assert/strict";
import { isPlaceholder, notAnswered, verdict } from "./verdict.ts";

Deno.test("a correct verdict has no hint and shows its status in bold", () => {
  const v = verdict("Exercise 2", "correct", "9 / 14 × 100 = 64.3%.");
  assert.equal(v.hint, "");
  assert.equal(v.markdown, "**Exercise 2: correct.** 9 / 14 × 100 = 64.3%.\n");
  assert.deepEqual(v[Symbol.for("Jupyter.display")](), {
    "text/markdown": v.markdown,
    "text/plain": v.markdown,
  });
});

Deno.test("the placeholder verdict names the variable and says what to write", () => {
  const v = notAnswered("Exercise 4", "answer4", "a name");
  assert.equal(v.status, "not answered yet");
  assert.equal(
    v.markdown,
    "**Exercise 4: not answered yet.** `answer4` is still `undefined`.\n\n" +
      "*Hint:* Replace `undefined` in the cell above with a name, run that cell, then run " +
      "this one again.\n",
  );
});

Deno.test("an unknown status is refused", () => {
  assert.throws(() => verdict("Exercise 1", "maybe" as never, ""));
});

Deno.test("placeholders: nothing, blank text, an empty list; zero and false are answers", () => {
  assert.deepEqual(
    [undefined, null, "", " \n", [], 0, false, "0", ["x"]].map(isPlaceholder),
    [true, true, true, true, true, false, false, false, false],
  );
});
