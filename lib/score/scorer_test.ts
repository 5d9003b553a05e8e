import assert from "node:assert/strict";
import { generateDocument, rankedVocabulary } from "../bench/generate_corpus.ts";
import { loadCorpus } from "../corpus/mod.ts";
import {
  type CompiledLexicon,
  compileLexicon,
  loadLexicon,
  loadStudyLexicon,
  parseLexicon,
} from "../lexicon/mod.ts";
import { countTokens, tokenize, WORD_PATTERN } from "../tokens/mod.ts";
import { Scorer } from "./scorer.ts";
import { kwicContext, scoreText } from "./testing/plain_scorer.ts";

const SAMPLE = new URL("../../data/corpus/sample", import.meta.url).pathname;
const EXAMPLE = new URL("../../data/lexicon/example.yaml", import.meta.url).pathname;

/** Every BMP character once, some astral letters and symbols, lone surrogates, marks. */
function allCharacters(): string {
  let text = "";
  for (let c = 0; c < 0x10000; c++) {
    text += String.fromCharCode(c);
    if (c % 7 === 0) text += "a"; // letters next to everything, so runs start and end everywhere
    if (c % 11 === 0) text += " ";
  }
  return text + "𝐀𝐁 x😀y \ud800 z\udc00w e\u0301\u0308 \u0308x İK ß";
}

Deno.test("tokenize and countTokens: the same words as WORD_PATTERN, for every character", () => {
  const text = allCharacters();
  const expected = [...text.matchAll(new RegExp(WORD_PATTERN.source, "gu"))].map((m) =>
    `${m.index}:${m[0]}`
  );
  const tokens = tokenize(text);
  assert.deepEqual(tokens.map((t) => `${t.start}:${t.text}`), expected);
  assert.ok(tokens.every((t) => t.norm === t.text.toLowerCase()));
  assert.equal(countTokens(text), expected.length);
});

/** kwicContext as first written (white space collapsed by a regular expression): the reference. */
function referenceKwic(
  text: string,
  tokens: { start: number; end: number }[],
  index: number,
  count: number,
  options: { words?: number; chars?: number },
) {
  const words = options.words ?? 8;
  const chars = options.chars ?? 60;
  const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
  const first = tokens[index];
  const last = tokens[index + count - 1];
  const leftToken = tokens[Math.max(0, index - words)];
  const rightToken = tokens[Math.min(tokens.length - 1, index + count - 1 + words)];
  const left = index === 0 ? "" : collapse(text.slice(leftToken.start, first.start));
  const right = index + count >= tokens.length
    ? ""
    : collapse(text.slice(last.end, rightToken.end));
  const cutLeft = (s: string) => {
    if (s.length <= chars) return s;
    const cut = s.slice(s.length - chars);
    if (s[s.length - chars - 1] === " ") return cut;
    const space = cut.indexOf(" ");
    return space < 0 ? cut : cut.slice(space + 1);
  };
  const cutRight = (s: string) => {
    if (s.length <= chars) return s;
    const cut = s.slice(0, chars);
    if (s[chars] === " ") return cut;
    const space = cut.lastIndexOf(" ");
    return space < 0 ? cut : cut.slice(0, space);
  };
  return { left: cutLeft(left), right: cutRight(right) };
}

Deno.test("kwicContext: the context as first written, white space of every kind", () => {
  // Every character that \\s matches, alone and in runs; and characters it does not.
  const white = [
    ..."\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff",
  ];
  const spaces = [...white, "  ", " \n ", "\r\n", "\u200b", "\u0085", ", ", " - ", "\u2000\u3000"];
  let text = "";
  for (let i = 0; i < 400; i++) {
    text += `w${i % 13 === 0 ? "ë" : ""}rd` + spaces[(i * 7) % spaces.length];
  }
  text = "\n " + text.replace(/[0-9]/g, "");
  const tokens = tokenize(text);
  for (const options of [{}, { words: 3 }, { chars: 10 }, { words: 20, chars: 200 }]) {
    for (let i = 0; i < tokens.length; i++) {
      for (const count of [1, 2]) {
        if (i + count > tokens.length) continue;
        const expected = referenceKwic(text, tokens, i, count, options);
        assert.deepEqual(kwicContext(text, tokens, i, count, options), expected);
      }
    }
  }
});

/** A lexicon using every feature: modes, phrases, globs with a star at either end or inside. */
const MIXED = parseLexicon(
  `category,entry,mode
PA,regelen,exact
PA,eigen kracht,
PA,zorg*,glob
NPM,*aanbieders,glob
NPM,wijk*team*,glob
NPG,taak,stem
NPG,samenwerken,stem
NPG,sociaal wijkteam,stem
SR,meedoen,
SR,efficiënt,stem
SR,één,exact
SR,participatie samenleving,exact
`,
  "csv",
  { file: "mixed.csv" },
);

/** Exact and glob, no stem: words that cannot start a glob are looked up among exact words only. */
const EXACT_AND_GLOB = parseLexicon(
  `category,entry,mode
PA,regelen,exact
PA,zo*,glob
NPM,wijk*team*,glob
NPM,zorg* aanbod*,glob
NPG,taken,exact
NPG,eigen kracht,exact
SR,ef*,glob
`,
  "csv",
  { file: "exact-and-glob.csv" },
);

/**
 * Stem, glob and exact, every glob starting with letters: words are looked up among the
 * words met only when they start as some stem or glob does (two letters), also for stems
 * of words with diacritics (`coördinatie` has the stem `coordinatie`).
 */
const STEM_AND_GLOB = parseLexicon(
  `category,entry,mode
PA,regelen,exact
PA,zorg*,glob
NPG,taak,stem
NPG,sociaal wijkteam,stem
SR,efficiënt,stem
SR,coördinatie,stem
SR,één,stem
`,
  "csv",
  { file: "stem-and-glob.csv" },
);

async function lexicons(): Promise<Record<string, CompiledLexicon>> {
  const study = await loadStudyLexicon();
  const globCsv = "category,entry,mode\n" +
    study.entries.map((e) => `${e.category},${e.entry}*,glob`).join("\n") + "\n";
  return {
    exact: compileLexicon(study),
    stem: compileLexicon(await loadStudyLexicon({ mode: "stem" })),
    glob: compileLexicon(parseLexicon(globCsv, "csv")),
    example: compileLexicon(await loadLexicon(EXAMPLE)),
    mixed: compileLexicon(MIXED),
    "exact and glob": compileLexicon(EXACT_AND_GLOB),
    "stem and glob": compileLexicon(STEM_AND_GLOB),
  };
}

async function texts(): Promise<string[]> {
  const sample = (await loadCorpus(SAMPLE)).documents.map((d) => d.text);
  const vocabulary = rankedVocabulary(5);
  const generated = [1, 2, 3].map((seed) => generateDocument(vocabulary, 30_000, { seed }));
  const tricky = [
    "",
    "...",
    "Regelen",
    "EIGEN KRACHT, eigen\n kracht, eigen -kracht, eigen--kracht, Eigen\u00a0kracht",
    "Zorg zorgaanbieders WIJKTEAMS wijkteam wijkteammedewerkers ZORGAANBIEDERS.",
    "Taken takken TAAK; Efficiënt EFFICIËNTE effici\u00ebnt; één ÉÉN Één",
    "Sociaal wijkteam, sociale wijkteams; participatie samenleving; 𝐀regelen regelen𝐀",
    "K\u212Aregelen \u212A İregelen regelen\u0301 x",
    // Characters of two code units, inside words and between them, for the character count.
    "🙂 regelen🙂 😀😀 𝐀𝐁 meedoen 𝐀",
    "Zo zo. Z zorg AANBOD, Zorgen aanbodje; zoals; ZOZO; wijkteam WIJKTEAMS wijk; ééN één eén",
    "Coördinatie COÖRDINATIE coordinaties Coordinatie coördineren co; een EEN Een; efficient",
  ];
  return [...sample, ...generated, ...tricky];
}

Deno.test("Scorer: the same score as the plain scoreText, hit for hit, in every mode", async () => {
  const all = await texts();
  for (const [name, compiled] of Object.entries(await lexicons())) {
    for (const cacheLimit of [undefined, 8]) {
      const scorer = new Scorer(compiled, { cacheLimit });
      for (const [i, text] of all.entries()) {
        for (const kwic of [undefined, { words: 3, chars: 25 }]) {
          const { forms, characters, ...fast } = new Scorer(compiled, { kwic, cacheLimit }).score(
            text,
          );
          const plain = scoreText(text, compiled, { kwic });
          assert.deepEqual(fast, plain, `${name}, text ${i}, cache ${cacheLimit}`);
          // The string iterator goes by code point.
          assert.equal(characters, [...text].length, `${name}, text ${i}: characters`);
          const tally = new Map<string, number>();
          for (const hit of plain.hits) {
            const key = `${hit.entryIndex}:${hit.form}`;
            tally.set(key, (tally.get(key) ?? 0) + 1);
          }
          assert.deepEqual(new Map(forms.map(([e, f, n]) => [`${e}:${f}`, n])), tally);
          assert.deepEqual(forms.map(([e]) => e), forms.map(([e]) => e).sort((a, b) => a - b));
        }
        // One scorer over many texts (its table and buffers carried over) agrees too.
        const { forms: _forms, characters: _c, ...again } = scorer.score(text);
        assert.deepEqual(again, scoreText(text, compiled), `${name}, text ${i}, reused`);
        const { hits, forms: _f, characters: _n, ...counts } = scorer.score(text, { hits: false });
        const { hits: _h, ...plainCounts } = scoreText(text, compiled);
        assert.deepEqual([hits, counts], [[], plainCounts]);
      }
    }
  }
});

/** Cut a text into parts whose sizes cycle through `sizes`. */
function parts(text: string, sizes: number[]): string[] {
  const out: string[] = [];
  for (let at = 0, k = 0; at < text.length; k++) {
    out.push(text.slice(at, at + sizes[k % sizes.length]));
    at += sizes[k % sizes.length];
  }
  return out;
}

Deno.test("Scorer: a text given in parts of any size scores as the whole text, in every mode", async () => {
  // The oracle is the plain scoreText of the whole text. Parts of 1 to 3 characters cut
  // every word, phrase and surrogate pair; a long text makes the window drop what it no
  // longer needs many times over.
  const vocabulary = rankedVocabulary(5);
  const long = generateDocument(vocabulary, 400_000, { seed: 9 });
  const all = [...await texts(), long];
  for (const [name, compiled] of Object.entries(await lexicons())) {
    const scorer = new Scorer(compiled);
    for (const [i, text] of all.entries()) {
      const plain = scoreText(text, compiled);
      const cuts = text.length > 100_000 ? [[70_001, 13], [65_536 * 3]] : [[1], [2, 3, 1], [97]];
      for (const sizes of cuts) {
        scorer.begin();
        for (const part of parts(text, sizes)) scorer.push(part);
        const { forms: _forms, characters, ...streamed } = scorer.end();
        assert.deepEqual(streamed, plain, `${name}, text ${i}, parts of ${sizes}`);
        assert.equal(characters, [...text].length, `${name}, text ${i}, parts of ${sizes}`);
      }
      // Hits handed on as they are complete: the same hits, in the same order.
      const handed: unknown[] = [];
      scorer.begin({ onHit: (hit) => handed.push(hit) });
      for (const part of parts(text, [4099])) scorer.push(part);
      assert.deepEqual([scorer.end().hits, handed], [[], plain.hits], `${name}, text ${i}, onHit`);
    }
  }
});

Deno.test("Scorer: one document at a time", () => {
  const scorer = new Scorer(compileLexicon(MIXED));
  assert.throws(() => scorer.push("x"), { message: "Scorer: begin a document first" });
  scorer.begin();
  assert.throws(() => scorer.begin(), {
    message: "Scorer: a document is being scored; end it first",
  });
});
