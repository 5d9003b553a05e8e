/**
 * The checkers of the lesson's scoring exercises (parts 2 and 3 of the lesson): counting
 * signal words by hand, turning hits into the study's share, and finding the word that
 * stem mode counts by accident. Each computes its expected answer from the lesson corpus
 * as scored by `lib/score` ({@linkcode scoreLesson}), never from a literal.
 *
 * @module
 */
import { formatFixed } from "../io/mod.ts";
import { stemDutch } from "../lexicon/mod.ts";
import type { CorpusScore } from "../score/mod.ts";
import { answerWords, closeTo, readNumber } from "./answers.ts";
import { hitsByCategory, type LessonScores, scoreLesson } from "./lesson_scores.ts";
import { LESSON_TEXT_ID } from "./texts.ts";
import { isPlaceholder, notAnswered, type Verdict, verdict } from "./verdict.ts";

/** Options of {@linkcode checkHandCount}. */
export interface HandCountOptions {
  /** The scored lesson corpus. Default: {@linkcode scoreLesson}`()`. */
  scores?: LessonScores;
  /** The document counted. Default: the lesson paragraph (`"lesson"`). */
  document?: string;
  /** The category counted. Default: `"PA"`. */
  category?: string;
}

/**
 * Exercise 1: how many PA signal words (exact mode) the lesson paragraph holds. Correct
 * when the answer equals the scorer's count; the hint says whether too many (look-alikes
 * that exact mode does not count) or too few were counted.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal((await checkHandCount(undefined)).status, "not answered yet");
 * assert.equal((await checkHandCount("lots")).status, "not yet");
 * ```
 */
export async function checkHandCount(
  answer: unknown,
  options: HandCountOptions = {},
): Promise<Verdict> {
  const exercise = "Exercise 1";
  if (isPlaceholder(answer)) return notAnswered(exercise, "answer1", "a whole number, e.g. `4`");
  const value = readNumber(answer);
  if (value === undefined || !Number.isInteger(value) || value < 0) {
    return verdict(
      exercise,
      "not yet",
      `\`${show(answer)}\` is not a count.`,
      "Write the number of hits as a whole number, e.g. `4`.",
    );
  }
  const scores = options.scores ?? await scoreLesson();
  const document = options.document ?? LESSON_TEXT_ID;
  const category = options.category ?? "PA";
  const found = hitsOf(scores.exact, document, category);
  const lookAlikes = hitsOf(scores.stem, document, category)
    .filter((s) => !found.some((e) => e.tokenIndex === s.tokenIndex));
  if (value === found.length) {
    return verdict(
      exercise,
      "correct",
      `The scorer finds ${found.length} ${category} hits too: ${
        found.map((h) => `*${h.match}*`).join(", ")
      }.` + (lookAlikes.length === 0
        ? ""
        : ` Not counted in exact mode: ${
          lookAlikes.map((h) => `*${h.match}*`).join(", ")
        } (not written exactly as a signal word).`),
    );
  }
  if (value > found.length) {
    return verdict(
      exercise,
      "not yet",
      `${value} is more than the scorer counts.`,
      "In exact mode a word counts only when it is written exactly like one of the 16 " +
        "words: another form of the word (a plural, a noun instead of a verb) or only a " +
        "part of it does not count." +
        (lookAlikes.length === 0
          ? ""
          : ` The text has ${lookAlikes.length} such look-alike${
            lookAlikes.length === 1 ? "" : "s"
          }.`),
    );
  }
  return verdict(
    exercise,
    "not yet",
    `${value} is fewer than the scorer counts.`,
    "Capitals do not matter, and a long compound word counts when the whole word is in " +
      "the list. Go through the text word by word against the list.",
  );
}

/** Options of {@linkcode checkShare}. */
export interface ShareOptions {
  /** The scored lesson corpus. Default: {@linkcode scoreLesson}`()`. */
  scores?: LessonScores;
  /** The document. Default: `"brederwaard"`. */
  document?: string;
  /** The category whose share is asked. Default: `"NPG"`. */
  category?: string;
  /** Largest difference (percentage points) still correct. Default: `0.5` (so 64 and 64.3 both pass). */
  tolerance?: number;
}

/**
 * Exercise 2: a document's share of one perspective, in % of its signal words (exact
 * mode). Accepts `64.3`, `"64,3"`, `"64.3%"` and whole-number rounding; recognises a
 * fraction instead of a percentage and a share of all words instead of signal words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal((await checkShare(" ")).status, "not answered yet");
 * ```
 */
export async function checkShare(answer: unknown, options: ShareOptions = {}): Promise<Verdict> {
  const exercise = "Exercise 2";
  if (isPlaceholder(answer)) {
    return notAnswered(exercise, "answer2", "a percentage such as `37.5`");
  }
  const value = readNumber(answer);
  if (value === undefined) {
    return verdict(
      exercise,
      "not yet",
      `\`${show(answer)}\` is not a number.`,
      "Write the share as a number of percent, e.g. `37.5` (a decimal comma is fine too).",
    );
  }
  const scores = options.scores ?? await scoreLesson();
  const document = options.document ?? "brederwaard";
  const category = options.category ?? "NPG";
  const tolerance = options.tolerance ?? 0.5;
  const hits = hitsByCategory(scores.exact, document);
  const own = hits[category];
  const total = Object.values(hits).reduce((a, b) => a + b, 0);
  const doc = scores.exact.documents.find((d) => d.id === document)!;
  const tokens = doc.tokens;
  const name = doc.metadata.municipality ?? document;
  const expected = (own / total) * 100;
  const sum = Object.entries(hits).map(([c, n]) => `${n} ${c}`).join(" + ");
  if (closeTo(value, expected, tolerance)) {
    return verdict(
      exercise,
      "correct",
      `${category} has ${own} of ${name}'s ${total} signal words (${sum}): ${own} / ${total} × 100 = ` +
        `${formatFixed(expected, 1)}%. Each of the other perspectives gets its own share, and ` +
        "the four add up to 100.",
    );
  }
  if (closeTo(value, expected / 100, tolerance / 100)) {
    return verdict(
      exercise,
      "not yet",
      `${value} is a fraction, not a percentage.`,
      "Multiply by 100.",
    );
  }
  if (closeTo(value, (own / tokens) * 100, tolerance)) {
    return verdict(
      exercise,
      "not yet",
      `${value} is the ${category} hits as a share of all ${tokens} words of the document.`,
      "The study divides by the signal words found (of all four perspectives), not by all words.",
    );
  }
  return verdict(
    exercise,
    "not yet",
    `${value} is not ${name}'s ${category} share.`,
    `Share = hits of ${category} ÷ hits of all four perspectives together × 100. ` +
      "The denominator includes the perspective's own hits.",
  );
}

/** Options of {@linkcode checkCollision}. */
export interface CollisionOptions {
  /** The scored lesson corpus. Default: {@linkcode scoreLesson}`()`. */
  scores?: LessonScores;
}

/** A form stem mode adds, with whether the form check flags it. */
export interface StemForm {
  form: string;
  entry: string;
  category: string;
  hits: number;
  flagged: boolean;
}

/**
 * The forms only stem mode matches, the flagged ones (forms that do not look like an
 * inflection of their entry) first, then most hits first, then alphabetical.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreLesson } from "./lesson_scores.ts";
 * const forms = stemOnlyForms(await scoreLesson());
 * assert.equal(forms.every((f, i) => i === 0 || !f.flagged || forms[i - 1].flagged), true);
 * ```
 */
export function stemOnlyForms(scores: LessonScores): StemForm[] {
  const label = scores.comparison.labels[1];
  return scores.comparison.forms
    .filter((f) => f.only_in === label)
    .map((f) => ({
      form: f.form,
      entry: f.entry,
      category: f.category,
      hits: f.hits,
      flagged: f.flag !== "",
    }))
    .sort((a, b) =>
      Number(b.flagged) - Number(a.flagged) || b.hits - a.hits ||
      (a.form < b.form ? -1 : a.form > b.form ? 1 : 0)
    );
}

/**
 * Exercise 3: the word form stem mode counts most often although it is a different word
 * from its signal word (the collision). Expected: the most frequent flagged form among the
 * hits only stem mode finds. Any answer that contains that word is correct (`"met"`,
 * `"Met (for meten)"`); other flagged forms, real inflections and entries get their own hint.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal((await checkCollision(undefined)).status, "not answered yet");
 * ```
 */
export async function checkCollision(
  answer: unknown,
  options: CollisionOptions = {},
): Promise<Verdict> {
  const exercise = "Exercise 3";
  if (isPlaceholder(answer)) {
    return notAnswered(exercise, "answer3", 'the word in quotes, e.g. `"voorbeeld"`');
  }
  const words = answerWords(answer);
  if (words.length === 0) {
    return verdict(
      exercise,
      "not yet",
      `\`${show(answer)}\` holds no word.`,
      'Write the word as text between quotes, e.g. `"voorbeeld"`.',
    );
  }
  const scores = options.scores ?? await scoreLesson();
  const forms = stemOnlyForms(scores);
  const expected = forms[0];
  if (expected === undefined || !expected.flagged) {
    throw new Error("stem mode adds no flagged form in the lesson corpus; the exercise needs one");
  }
  if (words.includes(expected.form)) {
    const others = forms.slice(1).filter((f) => f.flagged);
    return verdict(
      exercise,
      "correct",
      `Stem mode counts *${expected.form}* ${expected.hits} times as the ${expected.category} ` +
        `signal word *${expected.entry}*: the stemmer cuts both down to the same stem ` +
        `\`${stemDutch(expected.entry)}\`, but they are different words. ` +
        (others.length === 0
          ? ""
          : `Smaller collisions of the same kind: ${
            others.map((f) => `*${f.form}* for *${f.entry}* (${f.hits})`).join(", ")
          }. `) +
        "This is why every form stem mode adds needs a reader before the counts are used.",
    );
  }
  const named = forms.find((f) => words.includes(f.form));
  if (named !== undefined && named.flagged) {
    return verdict(
      exercise,
      "not yet",
      `*${named.form}* is indeed not a form of *${named.entry}*, but it is counted only ` +
        `${named.hits === 1 ? "once" : `${named.hits} times`}.`,
      "The question asks for the form counted most often: count the rows per word in the " +
        "`match` column.",
    );
  }
  if (named !== undefined) {
    return verdict(
      exercise,
      "not yet",
      `*${named.form}* is a real form of *${named.entry}*: counting it is what stem mode is for.`,
      "Look for a matched word that means something else than its signal word.",
    );
  }
  const entry = forms.find((f) => words.includes(f.entry));
  if (entry !== undefined) {
    return verdict(
      exercise,
      "not yet",
      `*${entry.entry}* is a signal word (the \`entry\` column).`,
      "Which word in the texts is counted for it? Read the `match` column.",
    );
  }
  return verdict(
    exercise,
    "not yet",
    `*${words[0]}* is not among the hits that only stem mode finds.`,
    "Read the `match` column of the table above, next to its `entry`.",
  );
}

function hitsOf(result: CorpusScore, document: string, category: string) {
  const doc = result.documents.find((d) => d.id === document);
  if (doc === undefined) throw new Error(`no document "${document}" in the lesson corpus`);
  return doc.hits.filter((h) => h.category === category);
}

/** An answer as shown in a message (short). */
export function show(answer: unknown): string {
  let text: string;
  try {
    text = typeof answer === "string" ? answer : JSON.stringify(answer) ?? String(answer);
  } catch {
    text = String(answer);
  }
  text = text.replaceAll("`", "'");
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
