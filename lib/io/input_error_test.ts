import assert from "node:assert/strict";
import {
  formatLocation,
  InputError,
  InputErrors,
  MAX_LISTED_PROBLEMS,
  sortProblems,
  throwProblems,
} from "./input_error.ts";

Deno.test("InputError: the message starts with what is known of the location", () => {
  assert.equal(formatLocation({}), "");
  assert.equal(formatLocation({ file: "a.csv" }), "a.csv: ");
  assert.equal(formatLocation({ file: "a.csv", line: 3 }), "a.csv line 3: ");
  assert.equal(formatLocation({ line: 3, field: "id" }), "line 3, column id: ");
  const error = new InputError("stuk", { file: "a.csv", line: 3, field: "id" });
  assert.equal(error.message, "a.csv line 3, column id: stuk");
  assert.equal(error.problem, "stuk");
  assert.deepEqual(error.problems, [error]);
});

Deno.test("InputErrors: a summary line, then one problem per line; nested lists flatten", () => {
  const a = new InputError("a", { file: "m.csv", line: 2 });
  const b = new InputError("b", { file: "m.csv", line: 3 });
  const c = new InputError("c", { file: "m.csv", line: 4 });
  const error = new InputErrors([a, new InputErrors([b, c])], { file: "m.csv" });
  assert.ok(error instanceof InputError);
  assert.equal(error.name, "InputErrors");
  assert.deepEqual(error.problems, [a, b, c]);
  assert.equal(
    error.message,
    "m.csv: 3 problems\nm.csv line 2: a\nm.csv line 3: b\nm.csv line 4: c",
  );
  assert.equal(new InputErrors([a, b]).message, "2 problems\nm.csv line 2: a\nm.csv line 3: b");
});

Deno.test("InputErrors: past the limit the message counts the rest", () => {
  assert.equal(MAX_LISTED_PROBLEMS, 100);
  const many = Array.from({ length: 102 }, (_, i) => new InputError("x", { line: i + 1 }));
  const lines = new InputErrors(many, { file: "f" }).message.split("\n");
  assert.equal(lines.length, 1 + 100 + 1);
  assert.equal(lines[0], "f: 102 problems");
  assert.equal(lines[100], "line 100: x");
  assert.equal(lines[101], "(and 2 more problems)");
});

Deno.test("throwProblems: nothing, the one problem, or all of them", () => {
  const a = new InputError("a", { line: 5 });
  const b = new InputError("b", { line: 2 });
  throwProblems([]);
  assert.throws(() => throwProblems([a]), (error) => error === a);
  assert.throws(() => throwProblems([a, b], { file: "f" }), {
    name: "InputErrors",
    message: "f: 2 problems\nline 5: a\nline 2: b",
  });
  const none = new InputError("c");
  assert.deepEqual(sortProblems([a, b, none]), [none, b, a]);
});
