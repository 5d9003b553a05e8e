import assert from "node:assert/strict";
import { buildLexicon, describeLocation, type RawLexiconEntry } from "./lexicon.ts";

const header = { name: "t", sha256: "0", file: "t.csv" };
const at = (line: number) => ({ line });

Deno.test("buildLexicon: normalizes entries and keeps category order", () => {
  const lexicon = buildLexicon([
    { category: " PA ", entry: " Regelen ", where: at(2) },
    { category: "SR", entry: "eigen\tkracht", where: at(3) },
    { category: "PA", entry: "cre\u0065\u0308ren", where: at(4) },
  ], header);
  assert.deepEqual(lexicon.categories, ["PA", "SR"]);
  assert.deepEqual(lexicon.entries.map((e) => e.entry), ["regelen", "eigen kracht", "creëren"]);
  assert.equal(lexicon.mode, "exact");
});

Deno.test("buildLexicon: error messages for CSV locations", () => {
  const cases: [RawLexiconEntry[], string][] = [
    [
      [{ category: "PA", entry: " ", where: at(2) }],
      "t.csv line 2, column entry: the entry is empty",
    ],
    [
      [{ category: "", entry: "x", where: at(2) }],
      "t.csv line 2, column category: the category is empty",
    ],
    [
      [{ category: "PA", entry: "regelen", where: at(2) }, {
        category: "PA",
        entry: "Regelen",
        where: at(5),
      }],
      't.csv line 5, column entry: "regelen" appears twice in category PA (first on line 2)',
    ],
    [
      [{ category: "NPG", entry: "taak", where: at(2) }, {
        category: "SR",
        entry: "taak",
        where: at(3),
      }],
      't.csv line 3, column entry: "taak" is already in category NPG (on line 2); an entry may be in one category only',
    ],
    [
      [{ category: "PA", entry: "wmo-loket", where: at(2) }],
      't.csv line 2, column entry: "wmo-loket" holds "-", which the tokenizer never puts inside a word; ' +
      "an entry is words of letters separated by spaces",
    ],
    [
      [{ category: "PA", entry: "wijkteam*", where: at(2) }],
      't.csv line 2, column entry: "wijkteam*" holds "*" but its mode is exact; give it mode glob',
    ],
    [
      [{ category: "PA", entry: "* team", mode: "glob", where: at(2) }],
      't.csv line 2, column entry: "* team": every word of a pattern needs a letter',
    ],
    [[], "t.csv: the lexicon has no entries"],
  ];
  for (const [raw, message] of cases) {
    assert.throws(() => buildLexicon(raw, header), { name: "InputError", message });
  }
});

Deno.test("buildLexicon: YAML locations name the key path", () => {
  const raw: RawLexiconEntry[] = [
    { category: "PA", entry: "regelen", where: { path: "categories.PA[0]", line: 3 } },
    { category: "SR", entry: "regelen", where: { path: "categories.SR[0]", line: 5 } },
  ];
  assert.throws(() => buildLexicon(raw, { ...header, file: "t.yaml" }), {
    message: 't.yaml line 5: categories.SR[0]: "regelen" is already in category PA ' +
      "(at categories.PA[0], line 3); an entry may be in one category only",
  });
  assert.equal(describeLocation({}), "earlier");
});
