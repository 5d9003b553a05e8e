/**
 * Scoring a corpus: every document against one lexicon, with the settings that
 * produced the numbers, and a coverage report (how much of the text the lexicon
 * catches, which entries never match, which word forms each entry matched and which of
 * those look like accidents of stemming or wildcards).
 *
 * @module
 */
import {
  type Corpus,
  type CorpusDocument,
  type CorpusListing,
  type DocumentMetadata,
  type DocumentReport,
  iterateCorpus,
  PDF_EXTRACTOR,
} from "../corpus/mod.ts";
import {
  checkForm,
  type CompiledLexicon,
  compileLexicon,
  FORM_CHECK_RULE,
  FORMAT_RULES,
  type FormFlag,
  type Lexicon,
  MATCH_RULE,
  type MatchMode,
  type StemmerInfo,
  withDefaultMode,
} from "../lexicon/mod.ts";
import { TOKENIZER_RULE } from "../tokens/mod.ts";
import type { KwicOptions } from "./kwic.ts";
import { type Hit, scoreText } from "./score_text.ts";

/** Everything that decides the numbers, kept with them. */
export interface ScoreSettings {
  lexicon: {
    name: string;
    file?: string;
    sha256: string;
    entries: number;
    categories: string[];
    /** The file format and how its matching maps to the project's modes. */
    format?: string;
    formatRules?: string;
  };
  /** The lexicon's default mode as used (entries may set their own). */
  mode: MatchMode;
  /** Modes that occur among the entries. */
  modes: MatchMode[];
  /** The stemmer, when some entry is matched by stem; else `null`. */
  stemmer: StemmerInfo | null;
  tokenizer: string;
  matching: string;
  formCheck: string;
  pdf: { package: string; version: string };
  kwic: { words: number; chars: number };
  corpus: { dir?: string; ids: string[] };
}

/** One document's result. */
export interface DocumentScore {
  id: string;
  file: string;
  metadata: DocumentMetadata;
  report: DocumentReport;
  tokens: number;
  matchedTokens: number;
  /** Hits per category, in {@linkcode CorpusScore.categories} order. */
  categoryHits: number[];
  /** Hits per entry, in {@linkcode CorpusScore.entries} order. */
  entryHits: number[];
  hits: Hit[];
}

/** An entry as scored. */
export interface ScoredEntry {
  category: string;
  entry: string;
  mode: MatchMode;
}

/** A word form that an entry matched, with its frequency. */
export interface FormCount extends ScoredEntry {
  form: string;
  hits: number;
  /** Documents it occurs in. */
  documents: number;
  /** Why the form may not be a form of the entry (see lib/lexicon/form_check.ts). */
  flag?: FormFlag;
}

/** How much of the corpus the lexicon covers. */
export interface Coverage {
  tokens: number;
  matchedTokens: number;
  /** `matchedTokens / tokens * 100`. */
  matchedPct: number;
  neverMatched: ScoredEntry[];
  /** Per entry (lexicon order) its forms, most frequent first, then alphabetical. */
  forms: FormCount[];
}

/** The result of {@linkcode scoreCorpus}. */
export interface CorpusScore {
  settings: ScoreSettings;
  categories: string[];
  entries: ScoredEntry[];
  documents: DocumentScore[];
  coverage: Coverage;
}

/** Options of {@linkcode scoreCorpus}. */
export interface ScoreCorpusOptions {
  /** Replace the lexicon's default mode (entries with their own mode keep it). Default: the lexicon's. */
  mode?: MatchMode;
  /** Context of each hit. Default: 8 words, 60 characters each side. */
  kwic?: KwicOptions;
  /** Called after each document with its result and the number done so far. Default: none. */
  onDocument?: (document: DocumentScore, done: number) => void;
}

/** A corpus in any of the shapes lib/corpus provides, or a stream of documents. */
export type CorpusInput =
  | string
  | CorpusListing
  | Corpus
  | Iterable<CorpusDocument>
  | AsyncIterable<CorpusDocument>;

/**
 * Score a corpus: a directory (read one document at a time), a listing, a loaded
 * corpus, or any (async) iterable of documents.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * const lexicon = parseLexicon("category,entry\nPA,regelen\nSR,meedoen\n", "csv", { file: "mini.csv" });
 * const doc = (id: string, text: string) => ({
 *   id, file: `${id}.txt`, path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: text.length, tokens: 0, cleaning: {} as never },
 * });
 * const result = await scoreCorpus([doc("a", "Regelen en meedoen, meedoen."), doc("b", "Niets.")], lexicon);
 * assert.deepEqual(result.documents.map((d) => d.categoryHits), [[1, 2], [0, 0]]);
 * assert.deepEqual(result.settings.corpus.ids, ["a", "b"]);
 * assert.equal(result.coverage.matchedPct, 60); // 3 of 5 words
 * ```
 */
export async function scoreCorpus(
  corpus: CorpusInput,
  lexicon: Lexicon | CompiledLexicon,
  options: ScoreCorpusOptions = {},
): Promise<CorpusScore> {
  const compiled = compile(lexicon, options.mode);
  const documents: DocumentScore[] = [];
  for await (const doc of documentsOf(corpus)) {
    const score = scoreText(doc.text, compiled, { kwic: options.kwic });
    const result: DocumentScore = {
      id: doc.id,
      file: doc.file,
      metadata: doc.metadata,
      report: doc.report,
      tokens: score.tokens,
      matchedTokens: score.matchedTokens,
      categoryHits: score.categoryHits,
      entryHits: score.entryHits,
      hits: score.hits,
    };
    documents.push(result);
    options.onDocument?.(result, documents.length);
  }
  const entries = compiled.entries.map(({ category, entry, mode }) => ({ category, entry, mode }));
  const settings: ScoreSettings = {
    lexicon: {
      name: compiled.lexicon.name,
      ...(compiled.lexicon.file === undefined ? {} : { file: compiled.lexicon.file }),
      sha256: compiled.lexicon.sha256,
      entries: compiled.entries.length,
      categories: [...compiled.categories],
      ...(compiled.lexicon.format === undefined ? {} : {
        format: compiled.lexicon.format,
        formatRules: FORMAT_RULES[compiled.lexicon.format],
      }),
    },
    mode: compiled.lexicon.mode,
    modes: [...compiled.modes],
    stemmer: compiled.stemmer,
    tokenizer: TOKENIZER_RULE,
    matching: MATCH_RULE,
    formCheck: FORM_CHECK_RULE,
    pdf: { ...PDF_EXTRACTOR },
    kwic: { words: options.kwic?.words ?? 8, chars: options.kwic?.chars ?? 60 },
    corpus: {
      ...(corpusDir(corpus) === undefined ? {} : { dir: corpusDir(corpus) }),
      ids: documents.map((d) => d.id),
    },
  };
  return {
    settings,
    categories: [...compiled.categories],
    entries,
    documents,
    coverage: coverageOf(compiled, documents),
  };
}

function compile(lexicon: Lexicon | CompiledLexicon, mode: MatchMode | undefined): CompiledLexicon {
  if ("classify" in lexicon) {
    if (mode !== undefined && mode !== lexicon.lexicon.mode) {
      return compileLexicon(withDefaultMode(lexicon.lexicon, mode));
    }
    return lexicon;
  }
  return compileLexicon(mode === undefined ? lexicon : withDefaultMode(lexicon, mode));
}

function documentsOf(
  corpus: CorpusInput,
): Iterable<CorpusDocument> | AsyncIterable<CorpusDocument> {
  if (typeof corpus === "string" || "sources" in corpus) return iterateCorpus(corpus);
  if ("documents" in corpus) return corpus.documents;
  return corpus;
}

function corpusDir(corpus: CorpusInput): string | undefined {
  if (typeof corpus === "string") return corpus;
  if ("dir" in corpus && typeof corpus.dir === "string") return corpus.dir;
  return undefined;
}

function coverageOf(compiled: CompiledLexicon, documents: readonly DocumentScore[]): Coverage {
  let tokens = 0;
  let matchedTokens = 0;
  const perEntry = compiled.entries.map(() =>
    new Map<string, { hits: number; documents: number }>()
  );
  for (const doc of documents) {
    tokens += doc.tokens;
    matchedTokens += doc.matchedTokens;
    const seen = new Set<string>();
    for (const hit of doc.hits) {
      const forms = perEntry[hit.entryIndex];
      const count = forms.get(hit.form) ?? { hits: 0, documents: 0 };
      count.hits++;
      const key = `${hit.entryIndex}\u0000${hit.form}`;
      if (!seen.has(key)) {
        seen.add(key);
        count.documents++;
      }
      forms.set(hit.form, count);
    }
  }
  const neverMatched: ScoredEntry[] = [];
  const forms: FormCount[] = [];
  compiled.entries.forEach((entry, i) => {
    const scored = { category: entry.category, entry: entry.entry, mode: entry.mode };
    if (perEntry[i].size === 0) neverMatched.push(scored);
    const sorted = [...perEntry[i]].sort(([a, x], [b, y]) =>
      y.hits - x.hits || (a < b ? -1 : a > b ? 1 : 0)
    );
    for (const [form, count] of sorted) {
      const row: FormCount = { ...scored, form, ...count };
      const flag = checkForm(entry.words, entry.mode, form);
      if (flag !== undefined) row.flag = flag;
      forms.push(row);
    }
  });
  return {
    tokens,
    matchedTokens,
    matchedPct: tokens === 0 ? 0 : (matchedTokens / tokens) * 100,
    neverMatched,
    forms,
  };
}
