/**
 * Coding sheets: a seeded, stratified sample of the hits of a `score` result for a person
 * to code by hand (does the hit express its category?), and a sample of passages without
 * any hit (does the passage express a category the lexicon missed?).
 *
 * - **Hits.** Per entry, up to `perEntry` of its hits: all of them when it has that many
 *   or fewer; otherwise one hit per document in turn (documents in a seeded order, hits
 *   within a document in a seeded order) until `perEntry` are taken, so that the sample is
 *   spread over the documents instead of coming from the one that repeats the word most.
 *   The sheet lists the hits in a seeded random order (a coder should not see all hits of
 *   an entry in a row), numbered `h001`, `h002`, ...
 * - **Passages.** Each document is cut into passages of `passageWords` words (a fixed
 *   grid from its first word); a passage without any word of a hit is hitless. A simple
 *   random sample of `passages` hitless passages over the whole corpus, numbered `p001`,
 *   ..., so that the share of sampled passages that express a category estimates how many
 *   hitless passages of the corpus do (lib/validation/recall.ts).
 *
 * The sample description ({@linkcode SampleDescription}) records the units, so that coded
 * sheets can be checked against what was sampled, and the totals the estimates need.
 *
 * @module
 */
import { join } from "node:path";
import { z } from "zod";
import type { Corpus } from "../corpus/mod.ts";
import {
  fromSpreadsheetSafe,
  InputError,
  integerString,
  parseTable,
  readTextFile,
} from "../io/mod.ts";
import { deriveSeed, mulberry32, type Random } from "../io/seeded_random.ts";
import { type CorpusScore, kwicRows } from "../score/mod.ts";
import { tokenize } from "../tokens/mod.ts";
import { exists } from "../io/exists.ts";

/** One hit of `kwic.csv`, read back. */
export interface KwicHit {
  document: string;
  category: string;
  entry: string;
  match: string;
  token_index: number;
  left: string;
  right: string;
}

const text = z.string().transform(fromSpreadsheetSafe);
const kwicSchema = z.object({
  document: text,
  category: text,
  entry: text,
  match: text,
  token_index: integerString,
  left: text,
  right: text,
});

/** What {@linkcode readScoreResult} reads of a `score` result folder. */
export interface ScoreResultForSampling {
  /** Every hit, in the file's order. */
  hits: KwicHit[];
  /** The lexicon's entries in lexicon order, from coverage.csv. */
  entries: { category: string; entry: string }[];
  /** settings.json as written by `score`. */
  settings: {
    lexicon: { name: string; sha256: string; file?: string; categories: string[] };
    corpus: { dir?: string; ids: string[] };
    mode: string;
  };
}

/**
 * Read `kwic.csv`, `coverage.csv` and `settings.json` of a `score` result folder. A result
 * written with `--no-kwic` has no hits to sample and is refused.
 */
export async function readScoreResult(
  dir: string,
  display = dir,
): Promise<ScoreResultForSampling> {
  const file = (name: string) => join(display, name);
  let kwicText: string;
  try {
    kwicText = await readTextFile(join(dir, "kwic.csv"), { displayName: file("kwic.csv") });
  } catch (error) {
    if (error instanceof InputError && !(await exists(join(dir, "settings.json")))) {
      throw new InputError(
        "is not a `score` result (it has no kwic.csv and no settings.json); give the folder " +
          "that `deno task score --out` wrote",
        { file: display },
      );
    }
    if (error instanceof InputError) {
      throw new InputError(
        "has no kwic.csv: it was scored with --no-kwic; score again without it",
        { file: display },
      );
    }
    throw error;
  }
  const hits = parseTable(kwicText, kwicSchema, { file: file("kwic.csv") })
    .map(({ line: _, ...hit }) => hit);
  const coverage = parseTable(
    await readTextFile(join(dir, "coverage.csv"), { displayName: file("coverage.csv") }),
    z.object({ category: text, entry: text }),
    { file: file("coverage.csv") },
  );
  const entries: { category: string; entry: string }[] = [];
  for (const row of coverage) {
    const last = entries.at(-1);
    if (last?.category !== row.category || last.entry !== row.entry) {
      entries.push({ category: row.category, entry: row.entry });
    }
  }
  const settingsText = await readTextFile(join(dir, "settings.json"), {
    displayName: file("settings.json"),
  });
  const settings = settingsSchema.safeParse(JSON.parse(settingsText));
  if (!settings.success) {
    throw new InputError("is not the settings.json of a `score` result", {
      file: file("settings.json"),
    });
  }
  return { hits, entries, settings: settings.data };
}

const settingsSchema = z.object({
  lexicon: z.object({
    name: z.string(),
    sha256: z.string(),
    file: z.string().optional(),
    categories: z.array(z.string()),
  }),
  corpus: z.object({ dir: z.string().optional(), ids: z.array(z.string()) }),
  mode: z.string(),
});

/** A row of the hit sheet. */
export interface HitUnit {
  id: string;
  document: string;
  category: string;
  entry: string;
  left: string;
  match: string;
  right: string;
  token_index: number;
}

/** A row of the passage sheet. */
export interface PassageUnit {
  id: string;
  document: string;
  token_index: number;
  passage: string;
}

/** Columns of the hit sheet (the coder fills in `code`). */
export const HIT_SHEET_COLUMNS = [
  "id",
  "document",
  "category",
  "entry",
  "left",
  "match",
  "right",
  "code",
] as const;

/** Columns of the passage sheet (the coder fills in `code`: a category, or nothing). */
export const PASSAGE_SHEET_COLUMNS = ["id", "document", "token_index", "passage", "code"] as const;

/** Hits of one entry in the corpus, and how many were sampled. */
export interface EntryTotal {
  category: string;
  entry: string;
  hits: number;
  sampled: number;
}

/** What a sample is: its settings, the totals the estimates need, and its units. */
export interface SampleDescription {
  tool: "sturingstaal";
  kind: "kwic-sample";
  version: string;
  /** The score result sampled, as typed. */
  scores: string;
  lexicon: { name: string; sha256: string; categories: string[] };
  corpus: { dir?: string; documents: number };
  seed: number;
  per_entry: number;
  /** Every entry of the lexicon with its hits in the corpus and its hits sampled. */
  entries: EntryTotal[];
  passages: { words: number; hitless: number; sampled: number };
  /** Who coded the sheets; filled in by the people who code. */
  coding: string;
  hit_units: Omit<HitUnit, "left" | "right">[];
  passage_units: Omit<PassageUnit, "passage">[];
}

/** Options of {@linkcode sampleHits} and {@linkcode samplePassages}. */
export interface SampleOptions {
  /** Hits per entry at most. Default: `10`. */
  perEntry?: number;
  /** Base seed; hits and passages use their own streams of it. Default: `1`. */
  seed?: number;
  /** Hitless passages to sample. Default: `20`. */
  passages?: number;
  /** Words per passage. Default: `20`. */
  passageWords?: number;
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The stratified sample of hits (see the module doc), as sheet rows in their sheet order,
 * and the totals per entry (every entry of `entries`, in that order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const hit = (document: string, entry: string, i: number) =>
 *   ({ document, category: "PA", entry, match: entry, token_index: i, left: "", right: "" });
 * const hits = [hit("a", "regels", 1), hit("a", "regels", 5), hit("a", "regels", 9), hit("b", "regels", 2), hit("b", "kaders", 4)];
 * const { units, totals } = sampleHits(hits, [{ category: "PA", entry: "regels" }, { category: "PA", entry: "kaders" }], { perEntry: 2, seed: 7 });
 * assert.deepEqual(totals.map((t) => [t.entry, t.hits, t.sampled]), [["regels", 4, 2], ["kaders", 1, 1]]);
 * // Two of four "regels" hits, one from each document: the sample is spread.
 * assert.deepEqual(units.filter((u) => u.entry === "regels").map((u) => u.document).sort(), ["a", "b"]);
 * assert.deepEqual(units.map((u) => u.id), ["h001", "h002", "h003"]);
 * ```
 */
export function sampleHits(
  hits: readonly KwicHit[],
  entries: readonly { category: string; entry: string }[],
  options: SampleOptions = {},
): { units: HitUnit[]; totals: EntryTotal[] } {
  const perEntry = options.perEntry ?? 10;
  const random = mulberry32(deriveSeed(options.seed ?? 1, 1));
  const byEntry = Map.groupBy(hits, (h) => `${h.category}\u0000${h.entry}`);
  const chosen: KwicHit[] = [];
  const totals: EntryTotal[] = [];
  for (const { category, entry } of entries) {
    const all = byEntry.get(`${category}\u0000${entry}`) ?? [];
    let taken: KwicHit[];
    if (all.length <= perEntry) taken = [...all];
    else {
      const byDocument = [...Map.groupBy(all, (h) => h.document).values()];
      const queues = shuffle(byDocument, random).map((list) => shuffle(list, random));
      taken = [];
      while (taken.length < perEntry) {
        for (const queue of queues) {
          const next = queue.shift();
          if (next !== undefined && taken.length < perEntry) taken.push(next);
        }
      }
    }
    chosen.push(...taken);
    totals.push({ category, entry, hits: all.length, sampled: taken.length });
  }
  const width = Math.max(3, String(chosen.length).length);
  const units = shuffle(chosen, random).map((h, i) => ({
    id: `h${String(i + 1).padStart(width, "0")}`,
    document: h.document,
    category: h.category,
    entry: h.entry,
    left: h.left,
    match: h.match,
    right: h.right,
    token_index: h.token_index,
  }));
  return { units, totals };
}

/**
 * A simple random sample of hitless passages of `passageWords` words (see the module
 * doc), in corpus order, and the number of hitless passages in the corpus.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = "een twee drie vier vijf zes zeven acht";
 * const doc = { id: "a", file: "a.txt", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: text.length, tokens: 8, cleaning: {} as never } };
 * const hit = { document: "a", category: "PA", entry: "drie", match: "drie", token_index: 2, left: "", right: "" };
 * const { units, hitless } = samplePassages({ dir: "x", manifest: false, documents: [doc] }, [hit], { passageWords: 3, passages: 5 });
 * // Passages: [een twee drie] has the hit; [vier vijf zes] and [zeven acht] have none.
 * assert.equal(hitless, 2);
 * assert.deepEqual(units.map((u) => [u.id, u.token_index, u.passage]), [["p001", 3, "vier vijf zes"], ["p002", 6, "zeven acht"]]);
 * ```
 */
export function samplePassages(
  corpus: Corpus,
  hits: readonly KwicHit[],
  options: SampleOptions = {},
): { units: PassageUnit[]; hitless: number } {
  const size = options.passageWords ?? 20;
  const wanted = options.passages ?? 20;
  const random = mulberry32(deriveSeed(options.seed ?? 1, 2));
  const hitWords = new Map<string, Set<number>>();
  for (const hit of hits) {
    const words = hitWords.get(hit.document) ?? new Set<number>();
    const count = Math.max(1, tokenize(hit.match).length);
    for (let k = 0; k < count; k++) words.add(hit.token_index + k);
    hitWords.set(hit.document, words);
  }
  const candidates: PassageUnit[] = [];
  for (const doc of corpus.documents) {
    const tokens = tokenize(doc.text);
    const taken = hitWords.get(doc.id) ?? new Set<number>();
    for (let start = 0; start < tokens.length; start += size) {
      const end = Math.min(tokens.length, start + size);
      let hitless = true;
      for (let k = start; k < end && hitless; k++) hitless = !taken.has(k);
      if (!hitless) continue;
      const passage = doc.text.slice(tokens[start].start, tokens[end - 1].end).replace(/\s+/g, " ");
      candidates.push({ id: "", document: doc.id, token_index: start, passage });
    }
  }
  const picked = new Set(shuffle(candidates.map((_, i) => i), random).slice(0, wanted));
  const units = candidates.filter((_, i) => picked.has(i));
  const width = Math.max(3, String(units.length).length);
  units.forEach((u, i) => u.id = `p${String(i + 1).padStart(width, "0")}`);
  return { units, hitless: candidates.length };
}

/** What {@linkcode makeSample} needs to describe a sample besides the units. */
export interface MakeSampleOptions extends SampleOptions {
  /** The score result, as typed (recorded in the description). */
  scores: string;
  /** The project version recorded. Default: `"0"`. */
  version?: string;
}

/** A whole sample: its hit and passage units and its description. */
export interface Sample {
  hits: HitUnit[];
  passages: PassageUnit[];
  description: SampleDescription;
}

/**
 * Sample the hits of a score result and the hitless passages of its corpus (see
 * {@linkcode sampleHits} and {@linkcode samplePassages}) and describe the sample.
 */
export function makeSample(
  result: ScoreResultForSampling,
  corpus: Corpus,
  options: MakeSampleOptions,
): Sample {
  const { units: hits, totals } = sampleHits(result.hits, result.entries, options);
  const { units: passages, hitless } = samplePassages(corpus, result.hits, options);
  const { name, sha256, categories } = result.settings.lexicon;
  const description: SampleDescription = {
    tool: "sturingstaal",
    kind: "kwic-sample",
    version: options.version ?? "0",
    scores: options.scores,
    lexicon: { name, sha256, categories },
    corpus: { dir: result.settings.corpus.dir, documents: corpus.documents.length },
    seed: options.seed ?? 1,
    per_entry: options.perEntry ?? 10,
    entries: totals,
    passages: { words: options.passageWords ?? 20, hitless, sampled: passages.length },
    coding: "not yet coded: say here who coded which sheet, and how (independently or not)",
    hit_units: hits.map(({ left: _l, right: _r, ...unit }) => unit),
    passage_units: passages.map(({ passage: _, ...unit }) => unit),
  };
  return { hits, passages, description };
}

/**
 * What {@linkcode makeSample} needs, from a scoring in memory instead of a result folder
 * (the same hits, entries and settings that `score` writes).
 */
export function samplingInput(score: CorpusScore): ScoreResultForSampling {
  return {
    hits: kwicRows(score),
    entries: score.entries.map(({ category, entry }) => ({ category, entry })),
    settings: score.settings,
  };
}
