import assert from "node:assert/strict";
import { sha256Hex } from "../io/mod.ts";
import { keyPath, loadLexicon, loadStudyLexicon, parseLexicon } from "./load_lexicon.ts";

Deno.test("study lexicon: 4 perspectives x 16 signal words", async () => {
  const lexicon = await loadStudyLexicon();
  assert.equal(lexicon.name, "study");
  assert.deepEqual(lexicon.categories, ["PA", "NPM", "NPG", "SR"]);
  for (const category of lexicon.categories) {
    assert.equal(lexicon.entries.filter((e) => e.category === category).length, 16, category);
  }
  assert.equal(lexicon.entries.length, 64);
  // The four examples per perspective given in the dissertation's chapter 5 are in their column.
  const examples: Record<string, string[]> = {
    PA: ["regelen", "kaders", "garantie", "rechtsbescherming"],
    NPM: ["bezuiniging", "meten", "prestatie", "efficiënt"],
    NPG: ["netwerken", "verbinden", "partnerschap", "innovatie"],
    SR: ["participeren", "meedoen", "veerkracht", "zelfredzaam"],
  };
  for (const [category, words] of Object.entries(examples)) {
    for (const word of words) {
      assert.equal(lexicon.entries.find((e) => e.entry === word)?.category, category, word);
    }
  }
  const bytes = await Deno.readFile(new URL("../../data/lexicon/study.csv", import.meta.url));
  assert.equal(lexicon.sha256, sha256Hex(bytes));
  assert.equal((await loadStudyLexicon({ mode: "stem" })).mode, "stem");
});

const yaml = `name: proef
mode: stem
categories:
  SR:
    - zelfredzaam
    - eigen kracht
  NPG:
    - entry: wijkteam*
      mode: glob
    - taak
`;

Deno.test("parseLexicon: YAML and JSON give the same lexicon", () => {
  const fromYaml = parseLexicon(yaml, "yaml", { file: "proef.yaml" });
  const json = JSON.stringify(
    {
      name: "proef",
      mode: "stem",
      categories: {
        SR: ["zelfredzaam", "eigen kracht"],
        NPG: [{ entry: "wijkteam*", mode: "glob" }, "taak"],
      },
    },
    null,
    2,
  );
  const fromJson = parseLexicon(json, "json", { file: "proef.json" });
  const summary = (l: typeof fromYaml) =>
    l.entries.map((e) => [e.category, e.entry, e.mode ?? l.mode]);
  assert.deepEqual(summary(fromYaml), summary(fromJson));
  assert.deepEqual(summary(fromYaml), [
    ["SR", "zelfredzaam", "stem"],
    ["SR", "eigen kracht", "stem"],
    ["NPG", "wijkteam*", "glob"],
    ["NPG", "taak", "stem"],
  ]);
  assert.equal(fromYaml.name, "proef");
  assert.deepEqual(fromYaml.entries[3].where, { path: "categories.NPG[1]", line: 10 });
  assert.equal(parseLexicon(yaml, "yaml", { mode: "exact" }).mode, "exact");
});

Deno.test("parseLexicon: YAML errors name line and key path", () => {
  const cases: [string, string][] = [
    [
      "categories:\n  PA:\n    - regelen\n    - ''\n",
      "x.yaml line 4: categories.PA[1]: the entry is empty",
    ],
    ["categories:\n  PA:\n    -\n", "x.yaml line 3: categories.PA[0]: the entry is empty"],
    [
      "categories:\n  PA:\n    - regelen\n  SR:\n    - meedoen\n    - regelen\n",
      'x.yaml line 6: categories.SR[1]: "regelen" is already in category PA (at categories.PA[0], line 3); ' +
      "an entry may be in one category only",
    ],
    [
      "categories:\n  PA:\n    - regelen\n    - Regelen\n",
      'x.yaml line 4: categories.PA[1]: "regelen" appears twice in category PA (first at categories.PA[0], line 3)',
    ],
    [
      "categories:\n  PA:\n    - entry: regelen\n      mode: fuzzy\n",
      'x.yaml line 4: categories.PA[0].mode: "fuzzy" is not one of exact, stem, glob',
    ],
    [
      "name: x\ncategorieen:\n  PA: [a]\n",
      'x.yaml line 2: unknown key "categorieen"; expected name, mode, categories',
    ],
    ["name: x\n", "x.yaml: the key categories is missing"],
    ["- regelen\n", "x.yaml: expected a mapping with the key categories"],
    [
      "categories:\n  PA:\n    - entry: regelen\n      weight: 2\n",
      'x.yaml line 4: categories.PA[0]: unknown key "weight"; expected entry, mode',
    ],
    ["categories:\n  PA: []\n", "x.yaml line 2: categories.PA: the category has no entries"],
    [
      "categories: [1, 2\n",
      "x.yaml line 2: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseLexicon(text, "yaml", { file: "x.yaml" }), {
      name: "InputError",
      message,
    });
  }
});

Deno.test("parseLexicon: JSON errors", () => {
  const json = '{\n  "categories": {\n    "PA": ["regelen", ""]\n  }\n}\n';
  assert.throws(() => parseLexicon(json, "json", { file: "x.json" }), {
    message: "x.json line 3: categories.PA[1]: the entry is empty",
  });
  assert.throws(() => parseLexicon('{"categories": {', "json", { file: "x.json" }), {
    message: /^x\.json: not valid JSON: /,
  });
});

Deno.test("parseLexicon: CSV errors", () => {
  const cases: [string, string][] = [
    ["category,entry\nPA,regelen\nPA,\n", "x.csv line 3, column entry: the entry is empty"],
    [
      "category,entry\nPA,regelen\nPA,regelen\n",
      'x.csv line 3, column entry: "regelen" appears twice in category PA (first on line 2)',
    ],
    [
      "category,entry,mode\nPA,regelen,fuzzy\n",
      'x.csv line 2, column mode: "fuzzy" is not one of exact, stem, glob',
    ],
    [
      "category,woord\nPA,regelen\n",
      'x.csv line 1: missing column "entry"; the header has category, woord',
    ],
    [
      "category,entry,weight\nPA,regelen,1\n",
      'x.csv line 1: unknown column "weight"; a lexicon has the columns category, entry and optionally mode',
    ],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseLexicon(text, "csv", { file: "x.csv" }), {
      name: "InputError",
      message,
    });
  }
});

Deno.test("loadLexicon: format from extension, missing file", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/mini.yml`, yaml);
  const lexicon = await loadLexicon(`${dir}/mini.yml`, { displayName: "mini.yml" });
  assert.equal(lexicon.file, "mini.yml");
  assert.equal(lexicon.entries.length, 4);
  await assert.rejects(() => loadLexicon(`${dir}/weg.csv`, { displayName: "weg.csv" }), {
    message: "weg.csv: file not found",
  });
  await Deno.writeTextFile(`${dir}/mini.txt`, "x");
  await assert.rejects(() => loadLexicon(`${dir}/mini.txt`, { displayName: "mini.txt" }), {
    message: 'mini.txt: cannot tell the lexicon format from ".txt"; use .csv, .yaml, .yml or .json',
  });
  await Deno.remove(dir, { recursive: true });
});

Deno.test("keyPath quotes keys that are not identifiers", () => {
  assert.equal(
    keyPath(["categories", "New Public", 0, "mode"]),
    'categories["New Public"][0].mode',
  );
});
