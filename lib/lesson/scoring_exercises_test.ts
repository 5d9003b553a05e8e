import assert from "node:assert/strict";
import { stemDutch } from "../lexicon/mod.ts";
import { scoreLesson } from "./lesson_scores.ts";
import { checkCollision, checkHandCount, checkShare, stemOnlyForms } from "./scoring_exercises.ts";
import { LESSON_TEXT, loadLessonCorpus } from "./texts.ts";

// The study's lexicon read as plain text, independently of lib/lexicon.
const studyCsv = await Deno.readTextFile(new URL("../../data/lexicon/study.csv", import.meta.url));
const wordsOf = (category: string) =>
  studyCsv.trim().split("\n").slice(1).map((line) => line.split(","))
    .filter(([c]) => c === category).map(([, entry]) => entry);
const wordCount = (text: string, word: string) =>
  text.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w === word).length;

// Exercise 1, counted by hand: the PA words written exactly as in the list, in text order.
// Not counted: "toegang" (the list has "toegangsproces"), "besluit" ("besluiten"),
// "regels" ("regelen"); "rechtsbescherming" is one word and counts once.
const PA_BY_HAND = ["regelen", "kaders", "aanvragen", "recht", "rechtsbescherming", "zekerheid"];

const scores = await scoreLesson();

Deno.test("exercise 1: the hand count is right by construction", () => {
  const pa = wordsOf("PA");
  assert.equal(pa.length, 16);
  for (const word of PA_BY_HAND) {
    assert.ok(pa.includes(word), `${word} is a PA word`);
    assert.equal(wordCount(LESSON_TEXT, word), 1, `${word} occurs once`);
  }
  const others = pa.filter((w) => !PA_BY_HAND.includes(w));
  assert.deepEqual(others.filter((w) => wordCount(LESSON_TEXT, w) > 0), []);
});

Deno.test("exercise 1: the hand count is correct, as a number or as text", async () => {
  for (const answer of [PA_BY_HAND.length, `${PA_BY_HAND.length}`, ` ${PA_BY_HAND.length} `]) {
    const v = await checkHandCount(answer, { scores });
    assert.equal(v.status, "correct");
    assert.equal(v.hint, "");
    assert.match(v.message, new RegExp(`finds ${PA_BY_HAND.length} PA hits`));
    assert.match(v.message, /Not counted in exact mode: \*besluit\*, \*regels\*/);
  }
});

Deno.test("exercise 1: too many counts hints at look-alikes, too few at capitals and compounds", async () => {
  const high = await checkHandCount(PA_BY_HAND.length + 2, { scores });
  assert.equal(high.status, "not yet");
  assert.match(high.hint, /written exactly like/);
  assert.match(high.hint, /The text has 2 such look-alikes\./);
  const low = await checkHandCount(PA_BY_HAND.length - 1, { scores });
  assert.equal(low.status, "not yet");
  assert.match(low.hint, /Capitals do not matter/);
});

Deno.test("exercise 1: placeholder and unreadable answers", async () => {
  assert.equal((await checkHandCount(undefined, { scores })).status, "not answered yet");
  for (const answer of ["zes", 2.5, -1, { n: 6 }]) {
    const v = await checkHandCount(answer, { scores });
    assert.equal(v.status, "not yet");
    assert.match(v.hint, /whole number/);
  }
});

// Exercise 2, counted by hand in data/corpus/sample/brederwaard.txt (exact mode).
const BREDERWAARD = {
  PA: [],
  NPM: ["resultaat"],
  NPG: [
    "verbinden",
    "samenwerken",
    "middenveld",
    "innovatie",
    "laagdrempelig",
    "wijkteam",
    "netwerken",
    "opdrachtgever",
    "opdrachten",
  ],
  // "participatiesamenleving" is written across a line break and joined by the cleaner.
  SR: ["participatiesamenleving", "participeren", "vrijwilliger", "vertrouwen"],
};
const total = Object.values(BREDERWAARD).flat().length;
const npgShare = (BREDERWAARD.NPG.length / total) * 100;

Deno.test("exercise 2: the hand-counted words are signal words of Brederwaard", async () => {
  const text = (await loadLessonCorpus()).find((d) => d.id === "brederwaard")!.text;
  for (const [category, words] of Object.entries(BREDERWAARD)) {
    for (const word of words) {
      assert.ok(wordsOf(category).includes(word), `${word} is a ${category} word`);
      assert.equal(wordCount(text, word), 1, `${word} occurs once`);
    }
  }
});

Deno.test("exercise 2: the share is correct in every reasonable format", async () => {
  for (
    const answer of [
      npgShare,
      Number(npgShare.toFixed(1)),
      Math.round(npgShare),
      npgShare.toFixed(1).replace(".", ","),
      `${npgShare.toFixed(2)} %`,
    ]
  ) {
    const v = await checkShare(answer, { scores });
    assert.equal(v.status, "correct", `${answer}`);
    assert.match(v.message, new RegExp(`${BREDERWAARD.NPG.length} / ${total} × 100`));
  }
});

Deno.test("exercise 2: a fraction, a share of all words and other numbers are not yet", async () => {
  const fraction = await checkShare(npgShare / 100, { scores });
  assert.deepEqual([fraction.status, fraction.hint], ["not yet", "Multiply by 100."]);
  const tokens = scores.exact.documents.find((d) => d.id === "brederwaard")!.tokens;
  const perWord = await checkShare((BREDERWAARD.NPG.length / tokens) * 100, { scores });
  assert.equal(perWord.status, "not yet");
  assert.match(perWord.hint, /not by all words/);
  const other = await checkShare(
    (BREDERWAARD.NPG.length / (total - BREDERWAARD.NPG.length)) * 100,
    { scores },
  );
  assert.equal(other.status, "not yet");
  assert.match(other.hint, /includes the perspective's own hits/);
  assert.equal((await checkShare(npgShare + 0.6, { scores })).status, "not yet");
});

Deno.test("exercise 2: placeholder and unreadable answers", async () => {
  assert.equal((await checkShare(undefined, { scores })).status, "not answered yet");
  assert.equal((await checkShare("   ", { scores })).status, "not answered yet");
  const text = await checkShare("about two thirds", { scores });
  assert.equal(text.status, "not yet");
  assert.match(text.hint, /number of percent/);
});

Deno.test("exercise 2: the expected share follows the options", async () => {
  // Veenhoven by the sample README: 8 PA hits of 16 in all.
  const v = await checkShare(50, { scores, document: "veenhoven", category: "PA" });
  assert.equal(v.status, "correct");
});

// Exercise 3: "met" (with) shares its stem with "meten" (to measure) and is the most
// frequent word of the texts that stem mode counts without being a form of its entry.
Deno.test("exercise 3: the collision, found independently", async () => {
  assert.equal(stemDutch("met"), stemDutch("meten"));
  assert.ok(wordsOf("NPM").includes("meten"));
  const texts = (await loadLessonCorpus()).map((d) => d.text).join("\n");
  const uses = wordCount(texts, "met");
  assert.ok(uses > 1);
  const v = await checkCollision("met", { scores });
  assert.equal(v.status, "correct");
  assert.match(
    v.message,
    new RegExp(`counts \\*met\\* ${uses} times as the NPM signal word \\*meten\\*`),
  );
});

Deno.test("exercise 3: the word is recognised in any case, quoted or explained", async () => {
  for (const answer of ["Met", ' "met" ', "met (counted for meten)", "meten ← met"]) {
    assert.equal((await checkCollision(answer, { scores })).status, "correct", answer);
  }
});

Deno.test("exercise 3: other collisions, real forms, entries and strangers are not yet", async () => {
  const other = await checkCollision("takken", { scores });
  assert.equal(other.status, "not yet");
  assert.match(
    other.message,
    /\*takken\* is indeed not a form of \*taak\*, but it is counted only once/,
  );
  assert.match(other.hint, /counted most often/);
  const real = await checkCollision("wijkteams", { scores });
  assert.equal(real.status, "not yet");
  assert.match(real.message, /real form of \*wijkteam\*/);
  const entry = await checkCollision("meten", { scores });
  assert.equal(entry.status, "not yet");
  assert.match(entry.hint, /Read the `match` column/);
  const stranger = await checkCollision("gemeente", { scores });
  assert.equal(stranger.status, "not yet");
  assert.match(stranger.message, /not among the hits that only stem mode finds/);
});

Deno.test("exercise 3: placeholder and unreadable answers", async () => {
  assert.equal((await checkCollision(undefined, { scores })).status, "not answered yet");
  const number = await checkCollision(42, { scores });
  assert.equal(number.status, "not yet");
  assert.match(number.hint, /between quotes/);
});

Deno.test("stem-only forms: flagged first, then by hits", () => {
  const forms = stemOnlyForms(scores);
  assert.equal(forms[0].form, "met");
  assert.deepEqual(
    forms.filter((f) => f.flagged).map((f) => f.form).sort(),
    ["bezuinigen", "met", "takken", "zeker"],
  );
});
