import assert from "node:assert/strict";
import { compileLexicon, parseLexicon } from "../lexicon/mod.ts";
import { scoreCleaningSteps } from "./cleaning_effects.ts";
import { Scorer } from "./scorer.ts";

Deno.test("scoreCleaningSteps: a phrase never runs from one piece into the next", () => {
  const lexicon = parseLexicon("category,entry\nSR,eigen kracht\nPA,regie\n", "csv");
  const scorer = new Scorer(compileLexicon(lexicon));
  // Two running headers that end and start with the halves of the phrase: no hit; a
  // header holding the whole phrase: one (counted by hand).
  const removed = ["Plan voor eigen", "kracht en regie", "Met eigen kracht"];
  const [score] = scoreCleaningSteps(
    { "headers-footers": { lines: 3, changes: 3, removed, added: [] } },
    scorer,
  );
  assert.deepEqual(score, {
    step: "headers-footers",
    lines: 3,
    changes: 3,
    words: 9,
    categoryHits: [1, 1],
  });
});
