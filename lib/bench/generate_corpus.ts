/**
 * A generated corpus for benchmarks: `deno run -A lib/bench/generate_corpus.ts --out DIR
 * --docs N --mb M --seed S` writes N plain-text documents of about M MB in all, the same
 * bytes for the same arguments on every machine (a seeded mulberry32, no clock, no
 * `Math.random`).
 *
 * The text is nonsense with the shape of a Dutch municipal policy plan: headings,
 * paragraphs of sentences wrapped at 78 columns, words drawn from a Zipf distribution
 * over function words, policy vocabulary, the study's signal words with their
 * inflections and compounds (`wijkteams`, `zorgaanbieders`), accented words
 * (`financiële`), numbers, hyphenated expressions (`zorg- en welzijnsaanbod`), words
 * broken by a hyphen at a line end (which the cleaner joins), and a long tail of new
 * compounds made from word parts, so that the number of distinct words keeps growing
 * with the corpus as it does in real text. Stem and glob matching thus meet many forms
 * they must look at.
 *
 * The directory gets a `GENERATED.json` with the arguments and totals (not a document:
 * the corpus lister ignores it), so a benchmark can reuse a corpus it generated before.
 *
 * @module
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { deriveSeed, mulberry32, type Random } from "../io/mod.ts";
import { zipfSampler } from "./zipf.ts";
import {
  ACCENTED_WORDS,
  COMPOUND_HEADS,
  COMPOUND_TAILS,
  FUNCTION_WORDS,
  HEADINGS,
  HYPHENATED,
  NAMES,
  POLICY_WORDS,
  SIGNAL_FORMS,
} from "./vocabulary.ts";

/** Version of the generator, recorded in `GENERATED.json`; raise it when the output changes. */
export const GENERATOR_VERSION = 2;

/** Largest part of a generated document made as one string. */
const PART_BYTES = 16_000_000;

/** The file describing a generated corpus. */
export const GENERATED_FILE = "GENERATED.json";

/** Options of {@linkcode generateCorpus}. */
export interface GenerateCorpusOptions {
  /** Number of documents. Default: `max(1, round(mb * 4))` (about 250 kB each, a long plan). */
  docs?: number;
  /** Seed of the generator. Default: `1`. */
  seed?: number;
  /** Signal words (entries of a lexicon, one word each). Default: the keys of {@linkcode SIGNAL_FORMS}. */
  signalWords?: readonly string[];
  /** Line width. Default: `78`. */
  width?: number;
}

/** What {@linkcode generateCorpus} wrote. */
export interface GeneratedCorpus {
  generator: number;
  seed: number;
  docs: number;
  mb: number;
  /** Bytes written, all documents together. */
  bytes: number;
  /** The file names, in order. */
  files: string[];
}

/** A vocabulary ranked by frequency, and how to draw a word. */
export interface RankedVocabulary {
  words: readonly string[];
  draw(rng: Random): string;
}

/**
 * The ranked vocabulary: function words first, then policy words, accented words and the
 * signal words with their forms (in an order fixed by the seed), then compounds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mulberry32 } from "../io/mod.ts";
 * const vocabulary = rankedVocabulary(1);
 * assert.equal(vocabulary.words[0], "de");
 * assert.ok(vocabulary.words.includes("wijkteams"));
 * assert.equal(typeof vocabulary.draw(mulberry32(1)), "string");
 * ```
 */
export function rankedVocabulary(
  seed: number,
  signalWords: readonly string[] = Object.keys(SIGNAL_FORMS),
): RankedVocabulary {
  const rng = mulberry32(deriveSeed(seed, 0x766f63));
  const middle = rng.shuffle([...POLICY_WORDS, ...ACCENTED_WORDS, ...NAMES]);
  const signal = signalWords.flatMap((w) => [w, ...(SIGNAL_FORMS[w] ?? inflect(w))]);
  const compounds: string[] = [];
  for (const head of COMPOUND_HEADS) {
    for (const tail of COMPOUND_TAILS) if (rng.chance(0.5)) compounds.push(head + tail);
  }
  const tail = rng.shuffle(compounds);
  // Signal forms at random places after the first 100 content words, as in real plans
  // (where the signal words are content words, none of them among the most frequent).
  for (const form of signal) {
    const at = 100 + rng.int(middle.length + tail.length - 100);
    if (at < middle.length) middle.splice(at, 0, form);
    else tail.splice(at - middle.length, 0, form);
  }
  const words = dedupe([...FUNCTION_WORDS, ...middle, ...tail]);
  const zipf = zipfSampler(words.length, { s: 1.0, q: 2.7 });
  return { words, draw: (r) => words[zipf(r)] };
}

/**
 * Generate a corpus into `outDir` (created if missing; documents already there with the
 * same names are overwritten).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * const a = await generateCorpus(dir, 0.05, { docs: 3, seed: 9 });
 * const first = await Deno.readTextFile(`${dir}/${a.files[0]}`);
 * const b = await generateCorpus(dir, 0.05, { docs: 3, seed: 9 });
 * assert.equal(await Deno.readTextFile(`${dir}/${b.files[0]}`), first);
 * assert.equal(a.bytes, b.bytes);
 * assert.ok(Math.abs(a.bytes - 0.05 * 1e6) < 1000);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function generateCorpus(
  outDir: string,
  mb: number,
  options: GenerateCorpusOptions = {},
): Promise<GeneratedCorpus> {
  const seed = options.seed ?? 1;
  const docs = options.docs ?? Math.max(1, Math.round(mb * 4));
  if (!(mb > 0) || !Number.isInteger(docs) || docs < 1) {
    throw new Error(`generateCorpus: need mb > 0 and docs >= 1 (got ${mb}, ${docs})`);
  }
  const vocabulary = rankedVocabulary(seed, options.signalWords);
  const sizeRng = mulberry32(deriveSeed(seed, 0x73697a65));
  const weights = Array.from({ length: docs }, () => 0.25 + 1.5 * sizeRng.next());
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const totalBytes = Math.round(mb * 1e6);
  await Deno.mkdir(outDir, { recursive: true });
  const digits = String(docs).length;
  const encoder = new TextEncoder();
  const files: string[] = [];
  let bytes = 0;
  let planned = 0;
  let cumulative = 0;
  for (let d = 0; d < docs; d++) {
    // Cumulative rounding, so the sizes add up to the total (each document ends with the
    // line that reaches its size, so the total is a little more).
    cumulative += weights[d];
    const upTo = Math.round((totalBytes * cumulative) / weightSum);
    const target = upTo - planned;
    planned = upTo;
    const file = `doc-${String(d + 1).padStart(Math.max(digits, 5), "0")}.txt`;
    // A very large document is written in parts of at most PART_BYTES (each a document
    // of its own seed), so that it never has to be one string.
    await using out = await Deno.open(join(outDir, file), {
      write: true,
      create: true,
      truncate: true,
    });
    for (let part = 0, left = Math.max(1, target); left > 0; part++) {
      const text = generateDocument(vocabulary, Math.min(left, PART_BYTES), {
        seed: part === 0 ? deriveSeed(seed, d + 1) : deriveSeed(deriveSeed(seed, d + 1), part),
        width: options.width,
      });
      const data = encoder.encode(text);
      for (let at = 0; at < data.length;) at += await out.write(data.subarray(at));
      bytes += data.length;
      left -= data.length;
    }
    files.push(file);
  }
  const result: GeneratedCorpus = { generator: GENERATOR_VERSION, seed, docs, mb, bytes, files };
  const { files: _files, ...description } = result;
  await Deno.writeTextFile(
    join(outDir, GENERATED_FILE),
    JSON.stringify(description, null, 2) + "\n",
  );
  return result;
}

/** Options of {@linkcode repeatCorpus}. */
export interface RepeatCorpusOptions {
  /** Number of documents. Default: `max(1, round(mb * 4))`. */
  docs?: number;
}

/**
 * A corpus of real text for benchmarks: the lines of the given text files, one after
 * another and round again, cut into `docs` documents of equal size (about `mb` MB in all;
 * each ends with the line that reaches its size), each starting at another line. Written
 * with a `GENERATED.json` naming the files (by name only) and sizes, like
 * {@linkcode generateCorpus}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/a.txt`, "Eerste regel.\nTweede regel.\n");
 * const made = await repeatCorpus(`${dir}/out`, [`${dir}/a.txt`], 0.0001, { docs: 2 });
 * assert.deepEqual(made.files, ["doc-00001.txt", "doc-00002.txt"]);
 * assert.equal(await Deno.readTextFile(`${dir}/out/doc-00002.txt`), "Tweede regel.\nEerste regel.\nTweede regel.\nEerste regel.\n");
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function repeatCorpus(
  outDir: string,
  sources: readonly string[],
  mb: number,
  options: RepeatCorpusOptions = {},
): Promise<GeneratedCorpus> {
  const docs = options.docs ?? Math.max(1, Math.round(mb * 4));
  const lines: string[] = [];
  for (const source of sources) {
    lines.push(
      ...(await Deno.readTextFile(source)).split("\n").filter((l, i, all) =>
        i < all.length - 1 || l !== ""
      ),
    );
  }
  if (lines.length === 0) throw new Error("repeatCorpus: the source files hold no lines");
  const encoder = new TextEncoder();
  const perDoc = Math.max(1, Math.round((mb * 1e6) / docs));
  await Deno.mkdir(outDir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  for (let d = 0; d < docs; d++) {
    const parts: string[] = [];
    let size = 0;
    for (let k = (d * 97) % lines.length; size < perDoc; k = (k + 1) % lines.length) {
      parts.push(lines[k]);
      size += encoder.encode(lines[k]).length + 1;
    }
    const file = `doc-${String(d + 1).padStart(Math.max(String(docs).length, 5), "0")}.txt`;
    const data = encoder.encode(parts.join("\n") + "\n");
    await Deno.writeFile(join(outDir, file), data);
    files.push(file);
    bytes += data.length;
  }
  const names = sources.map((s) => s.split(/[\\/]/).pop());
  const description = { generator: GENERATOR_VERSION, repeated: names, docs, mb, bytes };
  await Deno.writeTextFile(
    join(outDir, GENERATED_FILE),
    JSON.stringify(description, null, 2) + "\n",
  );
  return { generator: GENERATOR_VERSION, seed: 0, docs, mb, bytes, files };
}

/** Options of {@linkcode generateDocument}. */
export interface GenerateDocumentOptions {
  /** Seed of this document. Default: `1`. */
  seed?: number;
  /** Line width. Default: `78`. */
  width?: number;
}

/**
 * One document of about `bytes` UTF-8 bytes (it stops after the line that reaches it).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = generateDocument(rankedVocabulary(1), 2000, { seed: 3 });
 * assert.ok(text.length >= 2000 && text.length < 2100);
 * assert.equal(text, generateDocument(rankedVocabulary(1), 2000, { seed: 3 }));
 * ```
 */
export function generateDocument(
  vocabulary: RankedVocabulary,
  bytes: number,
  options: GenerateDocumentOptions = {},
): string {
  const rng = mulberry32(options.seed ?? 1);
  const width = options.width ?? 78;
  const lines: string[] = [];
  let size = 0;
  const emit = (line: string) => {
    lines.push(line);
    size += utf8Length(line) + 1;
  };
  let chapter = 1;
  let section = 0;
  while (size < bytes) {
    // A heading, then a few paragraphs (some of them lists).
    section++;
    if (section > rng.range(3, 7)) {
      chapter++;
      section = 1;
    }
    const title = headingTitle(vocabulary, rng);
    emit(
      rng.chance(0.15) ? `${chapter}. ${title.toUpperCase()}` : `${chapter}.${section} ${title}`,
    );
    emit("");
    const paragraphs = rng.range(2, 6);
    for (let p = 0; p < paragraphs && size < bytes; p++) {
      if (rng.chance(0.12)) {
        for (let k = rng.range(2, 5); k > 0; k--) {
          wrap(sentence(vocabulary, rng, 4, 12), width - 2, rng).forEach((line, i) => {
            if (size < bytes) emit(`${i === 0 ? "-" : " "} ${line}`);
          });
        }
      } else {
        const words: string[] = [];
        for (let s = rng.range(2, 7); s > 0; s--) words.push(...sentence(vocabulary, rng, 6, 24));
        for (const line of wrap(words, width, rng)) if (size < bytes) emit(line);
      }
      if (size < bytes) emit("");
    }
  }
  return lines.join("\n") + "\n";
}

function headingTitle(vocabulary: RankedVocabulary, rng: Random): string {
  const first = rng.pick(HEADINGS);
  if (rng.chance(0.4)) return first;
  const word = vocabulary.draw(rng);
  return `${first} ${rng.pick(["en", "in de", "van de", "voor"])} ${word}`;
}

/** A sentence as a list of pieces (words with their punctuation attached). */
function sentence(vocabulary: RankedVocabulary, rng: Random, min: number, max: number): string[] {
  const n = rng.range(min, max);
  const pieces: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = rng.next();
    let piece: string;
    if (x < 0.02) piece = newCompound(rng);
    else if (x < 0.024) piece = rng.pick(HYPHENATED);
    else if (x < 0.032) piece = number(rng);
    else piece = vocabulary.draw(rng);
    if (i === 0) piece = piece[0].toUpperCase() + piece.slice(1);
    else if (rng.chance(0.06)) piece += ",";
    else if (rng.chance(0.005)) piece = `(${piece})`;
    pieces.push(piece);
  }
  const end = rng.next();
  pieces[n - 1] += end < 0.9 ? "." : end < 0.95 ? ":" : end < 0.98 ? ";" : "?";
  return pieces;
}

function newCompound(rng: Random): string {
  const parts = rng.chance(0.5) ? 2 : rng.chance(0.8) ? 3 : 4;
  let word = rng.pick(COMPOUND_HEADS);
  for (let i = 2; i < parts; i++) word += rng.pick(COMPOUND_HEADS);
  return word + rng.pick(COMPOUND_TAILS);
}

function number(rng: Random): string {
  const x = rng.next();
  if (x < 0.3) return String(2010 + rng.int(20));
  if (x < 0.55) return `${rng.range(1, 99)},${rng.int(10)}%`;
  if (x < 0.75) return `€ ${rng.range(1, 999)}.${String(rng.int(1000)).padStart(3, "0")}`;
  return String(rng.range(1, 500));
}

/**
 * Lines of at most `width` characters (a longer word gets a line of its own); a long word
 * that does not fit is sometimes broken with a hyphen at the line end, as a typesetter
 * would.
 */
function wrap(pieces: readonly string[], width: number, rng: Random): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    const sep = line === "" ? "" : " ";
    if (line.length + sep.length + piece.length <= width) {
      line += sep + piece;
      continue;
    }
    const room = width - line.length - sep.length - 1;
    if (piece.length >= 8 && room >= 3 && /^\p{L}+$/u.test(piece) && rng.chance(0.35)) {
      let cut = Math.min(room, rng.range(3, piece.length - 3));
      // Typesetters break between syllables; never between two vowels here (the cleaner
      // would keep such a hyphen as a real one, see lib/corpus/clean_text.ts).
      if (isVowel(piece[cut - 1]) && isVowel(piece[cut])) cut--;
      lines.push(line + sep + piece.slice(0, cut) + "-");
      line = piece.slice(cut);
      continue;
    }
    if (line !== "") lines.push(line);
    line = piece;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function isVowel(c: string): boolean {
  return "aeiouy".includes(c);
}

/** Simple inflections for a signal word without a list in {@linkcode SIGNAL_FORMS}. */
function inflect(word: string): string[] {
  if (word.endsWith("en")) return [word.slice(0, -2), word.slice(0, -2) + "t"];
  if (/[aeiou]$/.test(word)) return [word + "s", word + "n"];
  return [word + "en", word + "e"];
}

function dedupe(words: readonly string[]): string[] {
  return [...new Set(words)];
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** The usage text of the command. */
export const USAGE =
  `usage: deno run -A lib/bench/generate_corpus.ts --out DIR --mb M [--docs N] [--seed S]

  --out DIR   directory to write to (created if missing)
  --mb M      total size in MB (10^6 bytes), e.g. 50 or 1000
  --docs N    number of documents (default: 4 per MB)
  --seed S    seed (default: 1); same arguments, same bytes
`;

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      out: { type: "string" },
      docs: { type: "string" },
      mb: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help || values.out === undefined || values.mb === undefined) {
    console.error(USAGE);
    Deno.exit(values.help ? 0 : 1);
  }
  const started = performance.now();
  const result = await generateCorpus(values.out, Number(values.mb), {
    docs: values.docs === undefined ? undefined : Number(values.docs),
    seed: values.seed === undefined ? undefined : Number(values.seed),
  });
  const seconds = (performance.now() - started) / 1000;
  console.error(
    `wrote ${result.docs} documents, ${(result.bytes / 1e6).toFixed(1)} MB, to ${values.out} ` +
      `in ${seconds.toFixed(1)} s (seed ${result.seed})`,
  );
}
