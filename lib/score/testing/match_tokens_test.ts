import assert from "node:assert/strict";
import { tokenize } from "../../tokens/mod.ts";
import { compileLexicon } from "../../lexicon/compile_lexicon.ts";
import { parseLexicon } from "../../lexicon/load_lexicon.ts";
import { isPhraseGap } from "../../lexicon/match_tokens.ts";
import { matchTokens } from "./plain_scorer.ts";

function matches(lexiconCsv: string, text: string) {
  const compiled = compileLexicon(parseLexicon(lexiconCsv, "csv"));
  return matchTokens(text, tokenize(text), compiled).map((m) =>
    `${m.entry.entry}@${m.tokenIndex}+${m.tokenCount}`
  );
}

Deno.test("matchTokens: phrases match words in a row, across line breaks", () => {
  const lexicon = "category,entry\nSR,eigen kracht\n";
  assert.deepEqual(matches(lexicon, "de eigen\n  kracht van"), ["eigen kracht@1+2"]);
  assert.deepEqual(matches(lexicon, "eigen-kracht"), ["eigen kracht@0+2"]);
  assert.deepEqual(matches(lexicon, "eigen. Kracht"), []);
  assert.deepEqual(matches(lexicon, "eigen, kracht"), []);
  assert.deepEqual(matches(lexicon, "de eigen"), []);
});

Deno.test("matchTokens: overlapping entries, longest first, each word once", () => {
  const lexicon = "category,entry\nSR,eigen kracht\nSR,kracht\nPA,eigen\nNPG,kracht eigen\n";
  // "eigen kracht eigen kracht": leftmost-longest takes words 0-1, then 2-3.
  assert.deepEqual(matches(lexicon, "eigen kracht eigen kracht"), [
    "eigen kracht@0+2",
    "eigen kracht@2+2",
  ]);
  // "kracht eigen kracht": the phrase "kracht eigen" starts first and wins; "kracht" is left.
  assert.deepEqual(matches(lexicon, "kracht eigen kracht"), ["kracht eigen@0+2", "kracht@2+1"]);
});

Deno.test("matchTokens: equal length, exact wins over stem wins over glob", () => {
  const lexicon = "category,entry,mode\nA,wijk*,glob\nB,wijkteam,stem\nC,wijkteams,exact\n";
  assert.deepEqual(matches(lexicon, "wijkteams wijkteam wijkje"), [
    "wijkteams@0+1",
    "wijkteam@1+1",
    "wijk*@2+1",
  ]);
});

Deno.test("isPhraseGap: white space or one hyphen", () => {
  const text = "a \n b-c - d--e";
  assert.equal(isPhraseGap(text, 1, 4), true);
  assert.equal(isPhraseGap(text, 5, 6), true);
  assert.equal(isPhraseGap(text, 7, 10), true);
  assert.equal(isPhraseGap(text, 11, 13), false);
});
