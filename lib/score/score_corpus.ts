/**
 * Scoring a corpus: every document against one lexicon (by the engine,
 * lib/score/scorer.ts), with the settings that
 * produced the numbers, and a coverage report (how much of the text the lexicon
 * catches, which entries never match, which word forms each entry matched and which of
 * those look like accidents of stemming or wildcards).
 *
 * @module
 */
// The corpus modules themselves, not lib/corpus/mod.ts: a run on plain text loads no
// document reader it does not use (see lib/corpus/readers.ts).
import { CLEANING_STEPS, type CleaningStep } from "../corpus/cleaning_steps.ts";
import type { Corpus, CorpusListing } from "../corpus/corpus.ts";
import type { CorpusDocument, DocumentMetadata, DocumentReport } from "../corpus/document.ts";
import { PDF_EXTRACTOR } from "../corpus/extract_pdf.ts";
import { MARKUP_READERS } from "../corpus/markup_formats.ts";
import {
  type CompiledLexicon,
  FORM_CHECK_RULE,
  FORMAT_RULES,
  type FormFlag,
  type Lexicon,
  MATCH_RULE,
  type MatchMode,
  type StemmerInfo,
} from "../lexicon/mod.ts";
import { TOKENIZER_RULE } from "../tokens/mod.ts";
import { CorpusAggregator } from "./aggregate_stream.ts";
import type { KwicOptions } from "./kwic.ts";
import { compileFor, scoreDocuments, type ScoringPool } from "./score_parallel.ts";
import type { StreamedDocumentScore } from "./score_source.ts";
import { type Hit, Scorer } from "./scorer.ts";
import { scoreCleaningSteps, type StepScore } from "./cleaning_effects.ts";

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
  /** The libraries that read `.docx`, `.odt` and `.html`. */
  markup: { package: string; version: string }[];
  /** The cleaning steps that ran and those switched off (lib/corpus/cleaning_steps.ts). */
  cleaning: { steps: CleaningStep[]; off: CleaningStep[] };
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
  /** What each cleaning step did to the counts (`cleaning.csv`); none when not known. */
  steps?: StepScore[];
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
  /**
   * For a corpus directory or listing: worker threads that read and score the documents,
   * a number of new ones or a pool to reuse (see lib/score/score_parallel.ts). Default:
   * `0` (this thread).
   */
  workers?: number | ScoringPool;
  /** For a corpus directory or listing: documents a worker is sent ahead. Default: `2`. */
  depth?: number;
  /** `none`: counts and coverage only, no hits kept. Default: `"keep"`. */
  hits?: "keep" | "none";
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
  const compiled = compileFor(lexicon, options.mode);
  const total = new CorpusAggregator(compiled, {
    dir: corpusDir(corpus),
    kwic: options.kwic,
    // A corpus read with cleaning steps off says so; they go into the settings.
    cleaningOff: typeof corpus === "object" && "cleaningOff" in corpus
      ? corpus.cleaningOff
      : undefined,
  });
  const documents: DocumentScore[] = [];
  const add = (scored: StreamedDocumentScore) => {
    total.add(scored);
    const { forms: _forms, kwicCsv: _kwic, ...document } = scored;
    documents.push(document);
    options.onDocument?.(document, documents.length);
  };
  if (typeof corpus === "string" || "sources" in corpus) {
    const { workers = 0, depth, kwic, hits } = options;
    for await (const scored of scoreDocuments(corpus, compiled, { workers, depth, kwic, hits })) {
      add(scored);
    }
  } else {
    const scorer = new Scorer(compiled, { kwic: options.kwic });
    for await (const doc of "documents" in corpus ? corpus.documents : corpus) {
      const score = scorer.score(doc.text, { hits: options.hits !== "none" });
      const steps = scoreCleaningSteps(doc.report.steps ?? {}, scorer);
      add({
        id: doc.id,
        file: doc.file,
        metadata: doc.metadata,
        // What the steps did is in `steps`, scored; the texts are not kept.
        report: { ...doc.report, steps: {} },
        ...score,
        steps,
      });
    }
  }
  return {
    settings: total.settings(),
    categories: [...compiled.categories],
    entries: compiled.entries.map(({ category, entry, mode }) => ({ category, entry, mode })),
    documents,
    coverage: total.coverage(),
  };
}

/** The settings of a scoring with a compiled lexicon, as recorded with its result. */
export function scoreSettings(
  compiled: CompiledLexicon,
  kwic: KwicOptions | undefined,
  corpus: { dir?: string; ids: string[] },
  off: readonly CleaningStep[] = [],
): ScoreSettings {
  return {
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
    markup: MARKUP_READERS.map((reader) => ({ ...reader })),
    cleaning: {
      steps: CLEANING_STEPS.filter((step) => !off.includes(step)),
      off: CLEANING_STEPS.filter((step) => off.includes(step)),
    },
    kwic: { words: kwic?.words ?? 8, chars: kwic?.chars ?? 60 },
    corpus: { ...(corpus.dir === undefined ? {} : { dir: corpus.dir }), ids: corpus.ids },
  };
}

function corpusDir(corpus: CorpusInput): string | undefined {
  if (typeof corpus === "string") return corpus;
  if ("dir" in corpus && typeof corpus.dir === "string") return corpus.dir;
  return undefined;
}
