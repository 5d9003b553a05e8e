import assert from "node:assert/strict";
import { sha256Hex } from "../io/mod.ts";
import {
  keyPath,
  loadLexicon,
  loadStudyLexicon,
  MAX_LEXICON_BYTES,
  MAX_YAML_ALIASES,
  parseLexicon,
} from "./load_lexicon.ts";

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
      "x.yaml: 2 problems\nx.yaml: the key categories is missing\n" +
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
      "x.yaml line 2, column 1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseLexicon(text, "yaml", { file: "x.yaml" }), { message });
  }
});

Deno.test("parseLexicon: JSON errors", () => {
  const json = '{\n  "categories": {\n    "PA": ["regelen", ""]\n  }\n}\n';
  assert.throws(() => parseLexicon(json, "json", { file: "x.json" }), {
    message: "x.json line 3: categories.PA[1]: the entry is empty",
  });
  // The position is V8's own: line 1, column 17 is just after the "{" that opens the mapping.
  assert.throws(() => parseLexicon('{"categories": {', "json", { file: "x.json" }), {
    message: "x.json line 1, column 17: not valid JSON: Expected property name or '}'",
  });
  assert.throws(() => parseLexicon('{"categories": {"PA": ["a"], "PA": ["b"]}}', "json"), {
    message: "<lexicon> line 1, column 30: not valid JSON: Map keys must be unique",
  });
});

Deno.test("parseLexicon: __proto__, constructor and prototype keys are refused (issue 11)", () => {
  const json =
    '{\n  "categories": {\n    "__proto__": ["a"],\n    "PA": [{"entry": "b", "constructor": 1}]\n  }\n}';
  assert.throws(() => parseLexicon(json, "json", { file: "x.json" }), {
    message: "x.json: 2 problems\n" +
      'x.json line 3: the key "__proto__" is not allowed (it names a part of JavaScript objects); rename it\n' +
      'x.json line 4: the key "constructor" is not allowed (it names a part of JavaScript objects); rename it',
  });
  assert.throws(() => parseLexicon("categories:\n  prototype: [a]\n", "yaml", { file: "x.yaml" }), {
    message:
      'x.yaml line 2: the key "prototype" is not allowed (it names a part of JavaScript objects); rename it',
  });
  assert.equal(({} as Record<string, unknown>).a, undefined);
});

Deno.test("parseLexicon: a YAML alias bomb is refused quickly (issue 11)", () => {
  // "Billion laughs": each level repeats the one before nine times, 9^7 entries in all.
  const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (const name of "bcdefg") {
    const previous = String.fromCharCode(name.charCodeAt(0) - 1);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
  }
  const bomb = `${levels.join("\n")}\ncategories:\n  PA: *g\n`;
  assert.equal(MAX_YAML_ALIASES, 100);
  const start = performance.now();
  assert.throws(() => parseLexicon(bomb, "yaml", { file: "bom.yaml" }), {
    message: "bom.yaml: the YAML expands its aliases (*name) more than 100 times, as a " +
      '"billion laughs" attack does; write the entries out instead',
  });
  assert.ok(performance.now() - start < 2000);
  // A few aliases are fine.
  const few = "shared: &w [regelen]\ncategories:\n  PA: *w\n";
  assert.throws(() => parseLexicon(few, "yaml", { file: "y.yaml" }), {
    message: 'y.yaml line 1: unknown key "shared"; expected name, mode, categories',
  });
});

Deno.test("parseLexicon: every problem of a YAML lexicon at once", () => {
  const text = "categories:\n  PA:\n    - ''\n    - entry: a\n      mode: fuzzy\n  SR: []\n";
  assert.throws(() => parseLexicon(text, "yaml", { file: "x.yaml" }), {
    message: "x.yaml: 3 problems\n" +
      "x.yaml line 3: categories.PA[0]: the entry is empty\n" +
      'x.yaml line 5: categories.PA[1].mode: "fuzzy" is not one of exact, stem, glob\n' +
      "x.yaml line 6: categories.SR: the category has no entries",
  });
});

Deno.test("parseLexicon: too large a lexicon is refused, saying the limit", () => {
  assert.equal(MAX_LEXICON_BYTES, 10_000_000);
  assert.throws(() => parseLexicon("x".repeat(10_000_001), "csv", { file: "groot.csv" }), {
    message: "groot.csv: the lexicon has 10000001 characters; at most 10000000 are accepted",
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
      "x.csv: 2 problems\n" +
      'x.csv line 1: unknown column "woord"; a lexicon has the columns category, entry and optionally mode\n' +
      'x.csv line 1: missing column "entry"; the header has category, woord',
    ],
    [
      // Every bad row at once: a CSV problem, a mode, and the checks of the entries.
      "category,entry,mode\nPA,regelen,\nPA,wmo-loket,\nSR,eigen,fuzzy\nNPG,regelen,\nSR\n",
      "x.csv: 4 problems\n" +
      'x.csv line 3, column entry: "wmo-loket" holds "-", which the tokenizer never puts inside a word; ' +
      "an entry is words of letters separated by spaces\n" +
      'x.csv line 4, column mode: "fuzzy" is not one of exact, stem, glob\n' +
      'x.csv line 5, column entry: "regelen" is already in category PA (on line 2); ' +
      "an entry may be in one category only\n" +
      "x.csv line 6: expected 3 fields (category,entry,mode), found 1",
    ],
    [
      "category,entry,weight\nPA,regelen,1\n",
      'x.csv line 1: unknown column "weight"; a lexicon has the columns category, entry and optionally mode',
    ],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseLexicon(text, "csv", { file: "x.csv" }), { message });
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
  // "category,entry\nPA,café" with é as the Windows-1252 byte 0xe9 (offset 18, line 2).
  const latin1 = [...new TextEncoder().encode("category,entry\nPA,caf"), 0xe9, 0x0a];
  await Deno.writeFile(`${dir}/oud.csv`, Uint8Array.from(latin1));
  await assert.rejects(() => loadLexicon(`${dir}/oud.csv`, { displayName: "oud.csv" }), {
    message: "oud.csv line 2: the lexicon is not UTF-8 but looks like Windows-1252 " +
      '(byte 0xe9 = "é" at offset 21); re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
  });
  await Deno.writeFile(`${dir}/breed.csv`, Uint8Array.from([0xff, 0xfe, 0x61, 0x00]));
  await assert.rejects(() => loadLexicon(`${dir}/breed.csv`, { displayName: "breed.csv" }), {
    message: "breed.csv: the lexicon is UTF-16 LE (it starts with a UTF-16 LE byte order mark); " +
      "re-save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)",
  });
  await Deno.writeFile(`${dir}/groot.csv`, new Uint8Array(MAX_LEXICON_BYTES + 1));
  await assert.rejects(() => loadLexicon(`${dir}/groot.csv`, { displayName: "groot.csv" }), {
    message: "groot.csv: the file has 10000001 bytes; at most 10000000 are accepted",
  });
  await Deno.writeTextFile(`${dir}/mini.txt`, "x");
  await assert.rejects(() => loadLexicon(`${dir}/mini.txt`, { displayName: "mini.txt" }), {
    message:
      'mini.txt: cannot tell the lexicon format from ".txt"; use .csv, .yaml, .yml, .json or .dic',
  });
  await Deno.remove(dir, { recursive: true });
});

Deno.test("keyPath quotes keys that are not identifiers", () => {
  assert.equal(
    keyPath(["categories", "New Public", 0, "mode"]),
    'categories["New Public"][0].mode',
  );
});
