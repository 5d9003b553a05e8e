import assert from "node:assert/strict";
import { InputError } from "../io/mod.ts";
import {
  DEFAULT_CORPUS,
  DEFAULT_LEXICON,
  displayPathOf,
  notebookParams,
  PARAM_ENV,
  paramsTable,
  PROJECT_ROOT,
} from "./params.ts";

Deno.test("notebookParams: defaults when nothing is set", () => {
  const params = notebookParams({ env: {}, root: "/work/project" });
  assert.deepEqual(params, {
    corpus: {
      path: "/work/project/data/corpus/sample",
      display: "data/corpus/sample",
      isDefault: true,
    },
    lexicon: {
      path: "/work/project/data/lexicon/study.csv",
      display: "data/lexicon/study.csv",
      isDefault: true,
    },
    mode: "exact",
    modeIsDefault: true,
    groupBy: [],
    cleaningOff: [],
  });
});

Deno.test("notebookParams: empty or blank values mean the default", () => {
  const params = notebookParams({
    env: { STURINGSTAAL_CORPUS: "", STURINGSTAAL_LEXICON: "  ", STURINGSTAAL_MODE: " " },
    root: "/r",
  });
  assert.equal(params.corpus.display, DEFAULT_CORPUS);
  assert.equal(params.lexicon.display, DEFAULT_LEXICON);
  assert.equal(params.mode, "exact");
  assert.deepEqual([params.corpus.isDefault, params.lexicon.isDefault, params.modeIsDefault], [
    true,
    true,
    true,
  ]);
});

Deno.test("notebookParams: relative paths are taken from the project root", () => {
  const params = notebookParams({
    env: {
      STURINGSTAAL_CORPUS: "runs/../corpora/plans/",
      STURINGSTAAL_LEXICON: "data/lexicon/example.yaml",
      STURINGSTAAL_MODE: " stem ",
    },
    root: "/r",
  });
  assert.deepEqual(params.corpus, {
    path: "/r/corpora/plans",
    display: "corpora/plans",
    isDefault: false,
  });
  assert.deepEqual(params.lexicon, {
    path: "/r/data/lexicon/example.yaml",
    display: "data/lexicon/example.yaml",
    isDefault: false,
  });
  assert.equal(params.mode, "stem");
  assert.equal(params.modeIsDefault, false);
});

Deno.test("notebookParams: paths outside the project never show the machine's folders", () => {
  const params = notebookParams({
    env: { STURINGSTAAL_CORPUS: "/home/someone/plans-2015", STURINGSTAAL_LEXICON: "../lex.csv" },
    root: "/work/project",
  });
  assert.equal(params.corpus.path, "/home/someone/plans-2015");
  assert.equal(params.corpus.display, ".../plans-2015");
  assert.equal(params.lexicon.path, "/work/lex.csv");
  assert.equal(params.lexicon.display, "../lex.csv");
});

Deno.test("notebookParams: an absolute path inside the project is shown relative to it", () => {
  const params = notebookParams({
    env: { STURINGSTAAL_CORPUS: `${PROJECT_ROOT}/data/corpus/sample` },
  });
  assert.equal(params.corpus.path, `${PROJECT_ROOT}/data/corpus/sample`);
  assert.equal(params.corpus.display, "data/corpus/sample");
  assert.equal(params.corpus.isDefault, false);
});

Deno.test("notebookParams: a wrong mode names the variable and the allowed values", () => {
  assert.throws(() => notebookParams({ env: { STURINGSTAAL_MODE: "Stem" } }), {
    name: "InputError",
    message: 'environment variable STURINGSTAAL_MODE: "Stem" is not one of exact, stem, glob',
  });
  assert.throws(
    () => notebookParams({ env: { STURINGSTAAL_MODE: " fuzzy  " } }),
    (error) =>
      error instanceof InputError &&
      error.message ===
        'environment variable STURINGSTAAL_MODE: "fuzzy" is not one of exact, stem, glob',
  );
});

Deno.test("notebookParams: reads the process environment by default", () => {
  const saved = Object.fromEntries(
    Object.values(PARAM_ENV).map((name) => [name, Deno.env.get(name)]),
  );
  try {
    Deno.env.set(PARAM_ENV.mode, "glob");
    Deno.env.set(PARAM_ENV.corpus, "data/corpus/other");
    Deno.env.delete(PARAM_ENV.lexicon);
    const params = notebookParams();
    assert.equal(params.mode, "glob");
    assert.equal(params.corpus.display, "data/corpus/other");
    assert.equal(params.corpus.path, `${PROJECT_ROOT}/data/corpus/other`);
    assert.equal(params.lexicon.display, "data/lexicon/study.csv");
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Deno.env.delete(name);
      else Deno.env.set(name, value);
    }
  }
});

Deno.test("displayPathOf: the project root itself, and a sibling folder with a similar name", () => {
  assert.equal(displayPathOf("/p", "/p", "/p"), ".");
  assert.equal(displayPathOf("/p2/x", "/p2/x", "/p"), ".../x");
  assert.equal(displayPathOf("/p2/x", "../p2/x", "/p"), "../p2/x");
});

Deno.test("paramsTable: display paths and where each value came from", () => {
  const params = notebookParams({
    env: { STURINGSTAAL_CORPUS: "/elsewhere/corpus", STURINGSTAAL_MODE: "stem" },
    root: "/p",
  });
  assert.deepEqual(paramsTable(params), [
    { variable: "STURINGSTAAL_CORPUS", value: ".../corpus", source: "set" },
    { variable: "STURINGSTAAL_LEXICON", value: "data/lexicon/study.csv", source: "default" },
    { variable: "STURINGSTAAL_MODE", value: "stem", source: "set" },
  ]);
});

Deno.test("notebookParams: cleaning steps switched off, in the order they run; an unknown one names the variable", () => {
  const params = notebookParams({ env: { STURINGSTAAL_NO_CLEAN: " hyphens, page-numbers " } });
  assert.deepEqual(params.cleaningOff, ["page-numbers", "hyphens"]);
  assert.deepEqual(paramsTable(params).at(-1), {
    variable: "STURINGSTAAL_NO_CLEAN",
    value: "page-numbers,hyphens",
    source: "set",
  });
  assert.throws(() => notebookParams({ env: { STURINGSTAAL_NO_CLEAN: "hyphens,kopteksten" } }), {
    name: "InputError",
    message: 'environment variable STURINGSTAAL_NO_CLEAN: "kopteksten" is not a cleaning step; ' +
      "the steps are page-numbers, headers-footers, footnote-marks, contents, columns, ligatures, hyphens",
  });
});
