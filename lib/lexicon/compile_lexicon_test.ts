import assert from "node:assert/strict";
import { compileLexicon, globPattern } from "./compile_lexicon.ts";
import { DUTCH_STEMMER } from "./dutch_stemmer.ts";
import { parseLexicon } from "./load_lexicon.ts";

const csv = `category,entry,mode
PA,regelen,
NPG,taak,stem
NPG,wijkteam*,glob
PA,*zorgaanbod,glob
SR,eigen kracht,
SR,eigen,stem
`;

Deno.test("compileLexicon: modes per entry, stemmer recorded only when used", () => {
  const compiled = compileLexicon(parseLexicon(csv, "csv"));
  assert.deepEqual(compiled.entries.map((e) => e.mode), [
    "exact",
    "stem",
    "glob",
    "glob",
    "exact",
    "stem",
  ]);
  assert.deepEqual(compiled.modes, ["exact", "stem", "glob"]);
  assert.deepEqual(compiled.stemmer, DUTCH_STEMMER);
  const exactOnly = compileLexicon(parseLexicon("category,entry\nPA,regelen\n", "csv"));
  assert.equal(exactOnly.stemmer, null);
});

Deno.test("compileLexicon: classify by mode", () => {
  const compiled = compileLexicon(parseLexicon(csv, "csv"));
  const starts = (word: string) => compiled.classify(word).starts.map((e) => e.entry);
  assert.deepEqual(starts("regelen"), ["regelen"]);
  assert.deepEqual(starts("regelend"), []); // exact is the whole word
  assert.deepEqual(starts("regels"), []);
  assert.deepEqual(starts("taken"), ["taak"]);
  assert.deepEqual(starts("takken"), ["taak"]); // same stem; flagged by the form check
  assert.deepEqual(starts("wijkteam"), ["wijkteam*"]);
  assert.deepEqual(starts("wijkteams"), ["wijkteam*"]);
  assert.deepEqual(starts("jeugdzorgaanbod"), ["*zorgaanbod"]);
  assert.deepEqual(starts("zorgaanbod"), ["*zorgaanbod"]);
  // Longer entries first: the phrase, then the one-word stem entry.
  assert.deepEqual(starts("eigen"), ["eigen kracht", "eigen"]);
  assert.equal(compiled.classify("eigen"), compiled.classify("eigen")); // memoized
});

Deno.test("compileLexicon: a custom stemmer is recorded", () => {
  const info = { algorithm: "first four letters", package: "test", version: "0" };
  const compiled = compileLexicon(
    parseLexicon("category,entry,mode\nNPM,prestatie,stem\n", "csv"),
    {
      stemmer: { stem: (w) => w.slice(0, 4), info },
    },
  );
  assert.deepEqual(compiled.stemmer, info);
  assert.deepEqual(compiled.classify("presto").starts.map((e) => e.entry), ["prestatie"]);
});

Deno.test("globPattern: stars match letters only, anchored", () => {
  assert.equal(globPattern("zorg*").test("zorg"), true);
  assert.equal(globPattern("zorg*").test("mantelzorg"), false);
  assert.equal(globPattern("*zorg*").test("mantelzorgers"), true);
  assert.equal(globPattern("a.b*").test("axbc"), false);
});
