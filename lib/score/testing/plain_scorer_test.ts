import assert from "node:assert/strict";
import { cleanText } from "../../corpus/mod.ts";
import {
  compileLexicon,
  loadStudyLexicon,
  parseLexicon,
  withDefaultMode,
} from "../../lexicon/mod.ts";
import { scoreText } from "./plain_scorer.ts";

const lexiconCsv = `category,entry,mode
PA,regelen,
PA,*zorgaanbod,glob
NPM,meten,stem
NPG,wijkteam*,glob
NPG,taak,stem
SR,eigen kracht,
SR,participatiesamenleving,
`;

// Worked out by hand, word by word:
//  1 De 2 gemeente 3 wil 4 het 5 jeugdzorgaanbod[PA glob] 6 goed 7 regelen[PA exact]
//  8 en 9 meten[NPM stem] 10 Het 11 wijkteam[NPG glob] 12 heeft 13 taken[NPG stem]
//  14 met[NPM stem: stem collision with meten] 15 eigen 16 kracht[SR phrase: 15-16]
//  17 van 18 de 19 participatiesamenleving[SR exact] 20 Regelen[PA exact] 21 regels[no]
const text = "De gemeente wil het jeugdzorgaanbod goed regelen en meten. Het wijkteam heeft " +
  "taken met eigen\nkracht van de participatiesamenleving. Regelen, regels.";

Deno.test("scoreText: counts worked out by hand", () => {
  const score = scoreText(text, compileLexicon(parseLexicon(lexiconCsv, "csv")));
  assert.equal(score.tokens, 21);
  assert.deepEqual(score.entryHits, [2, 1, 2, 1, 1, 1, 1]);
  assert.deepEqual(score.categoryHits, [3, 2, 2, 2]);
  assert.equal(score.matchedTokens, 10);
  assert.deepEqual(
    score.hits.map((h) => [h.entry, h.match, h.tokenIndex]),
    [
      ["*zorgaanbod", "jeugdzorgaanbod", 4],
      ["regelen", "regelen", 6],
      ["meten", "meten", 8],
      ["wijkteam*", "wijkteam", 10],
      ["taak", "taken", 12],
      ["meten", "met", 13],
      ["eigen kracht", "eigen kracht", 14],
      ["participatiesamenleving", "participatiesamenleving", 18],
      ["regelen", "Regelen", 19],
    ],
  );
  const phrase = score.hits[6];
  assert.equal(text.slice(phrase.start, phrase.end), "eigen\nkracht");
  // Eight words each side (here fewer on the right), from word to word.
  assert.equal(phrase.left, "regelen en meten. Het wijkteam heeft taken met");
  assert.equal(phrase.right, "van de participatiesamenleving. Regelen, regels");
});

Deno.test("scoreText: the same text in exact mode", () => {
  const exact = compileLexicon(withDefaultMode(
    parseLexicon(
      "category,entry\nPA,regelen\nNPM,meten\nNPG,taak\nSR,eigen kracht\n",
      "csv",
    ),
    "exact",
  ));
  assert.deepEqual(scoreText(text, exact).categoryHits, [2, 1, 0, 1]);
});

const studyText = "Wij willen meten en sturen op resultaat. Efficiënt en doelmatig werken, " +
  "samenwerken in netwerken met het middenveld, meedoen en zelfredzaam zijn; de zelfredzaamheid " +
  "van inwoners, hun betrokkenheid, en de taken en de taak van het wijkteam en de wijkteams.";

Deno.test("scoreText: shares of a document's hits sum to 100", async () => {
  const study = compileLexicon(await loadStudyLexicon());
  const { categoryHits } = scoreText(studyText, study);
  const total = categoryHits.reduce((a, b) => a + b, 0);
  assert.ok(total > 0);
  const shares = categoryHits.map((h) => (h / total) * 100);
  assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 100) < 1e-9);
});

Deno.test("scoreText: every exact hit is also a stem hit (study lexicon)", async () => {
  const lexicon = await loadStudyLexicon();
  const exact = scoreText(studyText, compileLexicon(lexicon));
  const stem = scoreText(studyText, compileLexicon(withDefaultMode(lexicon, "stem")));
  const stemHits = new Set(stem.hits.map((h) => `${h.tokenIndex}:${h.entry}`));
  assert.ok(exact.hits.length >= 10);
  for (const hit of exact.hits) {
    assert.ok(stemHits.has(`${hit.tokenIndex}:${hit.entry}`), hit.match);
  }
  assert.ok(stem.hits.length > exact.hits.length); // taken, wijkteams, zelfredzaamheid, met
});

/** Re-wrap a text at `width` characters, breaking lines only at spaces. */
function rewrap(text: string, width: number, lineEnd = "\n"): string {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines.join(lineEnd);
}

Deno.test("scoreText: counts do not change when the text is re-wrapped", async () => {
  const lexicons = [
    compileLexicon(await loadStudyLexicon()),
    compileLexicon(parseLexicon(lexiconCsv, "csv")),
  ];
  const texts = [text, studyText, "Het zorg- en welzijnsaanbod; de participatie-samenleving."];
  for (const lexicon of lexicons) {
    for (const original of texts) {
      const expected = scoreText(cleanText(original).text, lexicon).entryHits;
      for (const width of [12, 25, 40, 80]) {
        for (const lineEnd of ["\n", "\r\n", "  \n  "]) {
          const wrapped = cleanText(rewrap(original, width, lineEnd)).text;
          assert.deepEqual(scoreText(wrapped, lexicon).entryHits, expected, `width ${width}`);
        }
      }
    }
  }
});
