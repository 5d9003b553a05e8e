import assert from "node:assert/strict";
import { parseLexicon } from "./load_lexicon.ts";
import { formatQuantedaYaml } from "./quanteda.ts";
import { formatLexicon } from "./write_lexicon.ts";
import { LEXICON_FORMATS } from "./load_lexicon.ts";

// A quanteda dictionary as quanteda's own documentation writes them: keys at the top, a
// nested level, glob values, a multi-word value.
const nested = `PA:
  - regelen
  - kaders
SR:
  burgerschap:
    - meedoen
    - eigen kracht
  zelf:
    - zelfredza*
`;

Deno.test("parseLexicon yaml: a quanteda dictionary is recognised and flattened", () => {
  const lexicon = parseLexicon(nested, "yaml", { file: "q.yml" });
  assert.equal(lexicon.format, "quanteda");
  assert.deepEqual(lexicon.categories, ["PA", "SR.burgerschap", "SR.zelf"]);
  assert.deepEqual(
    lexicon.entries.map((e) => [e.category, e.entry, e.mode ?? "", e.where.line]),
    [
      ["PA", "regelen", "", 2],
      ["PA", "kaders", "", 3],
      ["SR.burgerschap", "meedoen", "", 6],
      ["SR.burgerschap", "eigen kracht", "", 7],
      ["SR.zelf", "zelfredza*", "glob", 9],
    ],
  );
  // The project's own YAML is still read as such.
  assert.equal(parseLexicon("categories:\n  PA: [regelen]\n", "yaml").format, "yaml");
});

Deno.test("parseLexicon quanteda: problems named with key path and line", () => {
  const text = "PA:\n  - regel?\n  - 12\nSR: []\nNPG:\n  sub: {}\n";
  assert.throws(() => parseLexicon(text, "yaml", { file: "q.yml" }), {
    message: "q.yml: 4 problems\n" +
      'q.yml line 2: PA[0]: "regel?" holds "?", which the project\'s glob mode has no match for\n' +
      "q.yml line 3: PA[1]: a value must be text (a word, a phrase or a glob pattern)\n" +
      "q.yml line 4: SR: the key has no values\n" +
      "q.yml line 6: NPG.sub: the level is empty",
  });
  assert.throws(() => parseLexicon("- regelen\n", "quanteda", { file: "l.yml" }), {
    message: "l.yml line 1: a quanteda dictionary is a mapping from keys to lists of values",
  });
  assert.throws(() => parseLexicon("PA: &a [regelen]\nSR: *a\n", "quanteda", { file: "a.yml" }), {
    message: "a.yml line 2: SR: aliases (*name) are not read in a dictionary; write the values out",
  });
});

Deno.test("formatQuantedaYaml: round trip; stem entries refused", () => {
  const lexicon = parseLexicon(nested, "yaml", { file: "q.yml" });
  const text = formatQuantedaYaml(lexicon);
  assert.equal(
    text,
    "PA:\n  - regelen\n  - kaders\nSR.burgerschap:\n  - meedoen\n  - eigen kracht\nSR.zelf:\n  - zelfredza*\n",
  );
  const again = parseLexicon(text, "yaml", { file: "q.yml" });
  assert.deepEqual(
    again.entries.map((e) => [e.category, e.entry, e.mode]),
    lexicon.entries.map((e) => [e.category, e.entry, e.mode]),
  );
  assert.throws(
    () =>
      formatQuantedaYaml(
        parseLexicon("category,entry,mode\nNPM,meten,stem\n", "csv", { file: "m.csv" }),
      ),
    {
      message:
        'm.csv line 2: "meten" (mode stem) cannot be written to a quanteda dictionary, whose values are whole words and glob patterns',
    },
  );
});

Deno.test("formatLexicon: every format reads back to the same entries", () => {
  const lexicon = parseLexicon(
    "category,entry,mode\nPA,regelen,\nNPG,wijkteam*,glob\nSR,eigen kracht,\nSR,zelfredzaam,\n",
    "csv",
    { file: "vier.csv" },
  );
  for (const format of LEXICON_FORMATS) {
    const text = formatLexicon(lexicon, format);
    const back = parseLexicon(text, format === "quanteda" ? "yaml" : format, {
      file: `vier.${format}`,
    });
    assert.equal(back.format, format, format);
    assert.deepEqual(back.categories, lexicon.categories, format);
    assert.deepEqual(
      back.entries.map((e) => [e.category, e.entry, e.mode]),
      lexicon.entries.map((e) => [e.category, e.entry, e.mode]),
      format,
    );
  }
});
