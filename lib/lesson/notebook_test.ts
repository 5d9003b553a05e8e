import assert from "node:assert/strict";
import { KERNEL_NAME } from "../reproduce/jupyter.ts";
import { type NotebookJson, sourceNotebookProblems } from "../reproduce/normalize_notebook.ts";
import { CHECKERS, EXERCISES } from "./exercises.ts";
import * as lesson from "./mod.ts";

const NOTEBOOK = "notebooks/lesson-mixed-methods.ipynb";
const notebook: NotebookJson = JSON.parse(
  await Deno.readTextFile(new URL(`../../${NOTEBOOK}`, import.meta.url)),
);
const text = (source: unknown) => Array.isArray(source) ? source.join("") : String(source);
const code = notebook.cells.filter((c) => c.cell_type === "code").map((c) => text(c.source));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

Deno.test("the lesson notebook is fit to run: kernel, cell ids, no saved outputs", () => {
  assert.deepEqual(sourceNotebookProblems(notebook, KERNEL_NAME), []);
});

Deno.test("the lesson has 3 to 5 exercises, numbered in order, one variable each", () => {
  assert.ok(EXERCISES.length >= 3 && EXERCISES.length <= 5);
  assert.deepEqual(EXERCISES.map((e) => e.number), EXERCISES.map((_, i) => i + 1));
  assert.equal(new Set(EXERCISES.map((e) => e.variable)).size, EXERCISES.length);
  assert.deepEqual(Object.keys(CHECKERS).sort(), EXERCISES.map((e) => e.checker).sort());
});

for (const exercise of EXERCISES) {
  Deno.test(`exercise ${exercise.number}: an answer cell with the placeholder, then a cell calling ${exercise.checker}`, () => {
    const answerCell = new RegExp(`^const ${exercise.variable} = undefined; // your answer`, "m");
    const at = code.map((source, i) => answerCell.test(source) ? i : -1).filter((i) => i >= 0);
    assert.equal(at.length, 1, `one cell declares ${exercise.variable} with the placeholder`);
    const check = code[at[0] + 1]?.trim();
    assert.equal(check, `await ${exercise.checker}(${exercise.variable})`);
    assert.equal(typeof (lesson as Record<string, unknown>)[exercise.checker], "function");
    const imports = code.find((source) => source.includes('from "../lib/lesson/mod.ts"')) ?? "";
    const block = imports.match(/import \{([^}]*)\} from "\.\.\/lib\/lesson\/mod\.ts"/)?.[1] ?? "";
    assert.match(
      block,
      new RegExp(`\\b${escape(exercise.checker)}\\b`),
      "imported from lib/lesson",
    );
  });
}

Deno.test("the exercises come in the notebook in their numbered order", () => {
  const positions = EXERCISES.map((e) =>
    code.findIndex((source) => source.startsWith(`const ${e.variable} = undefined;`))
  );
  assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
});

Deno.test("every checker call in the notebook names an existing checker and its own answer", () => {
  const calls = code.flatMap((source) => [...source.matchAll(/\b(check\w+)\(\s*(answer\d+)/g)]);
  assert.equal(calls.length, EXERCISES.length);
  for (const [, checker, variable] of calls) {
    const exercise = EXERCISES.find((e) => e.checker === checker);
    assert.ok(exercise, `${checker} is a checker of lib/lesson`);
    assert.equal(variable, exercise.variable);
  }
});

Deno.test("as committed, every check cell says 'not answered yet' and does not throw", async () => {
  for (const exercise of EXERCISES) {
    const verdict = await CHECKERS[exercise.checker](undefined);
    assert.equal(verdict.status, "not answered yet", exercise.checker);
    assert.equal(verdict.exercise, `Exercise ${exercise.number}`);
  }
});
