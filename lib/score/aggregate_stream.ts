/**
 * Results from a stream of scored documents (lib/score/score_parallel.ts) without
 * keeping the documents: the corpus totals and the coverage report are added up as
 * documents arrive, and the result files are written row by row. Memory then depends on
 * the lexicon and the number of distinct forms matched, not on the size of the corpus.
 *
 * - {@linkcode CorpusAggregator}: the corpus totals and coverage, as documents arrive
 *   (used by {@linkcode scoreCorpus} too);
 * - {@linkcode scoreCorpusToDir}: the same files as `writeScoreResults(await
 *   scoreCorpus(...))`, byte for byte, written as it goes (national scale).
 *
 * @module
 */
import { join } from "node:path";
import type { CleaningStep } from "../corpus/cleaning_steps.ts";
import type { CorpusListing } from "../corpus/corpus.ts";
import { checkForm, type CompiledLexicon, type Lexicon } from "../lexicon/mod.ts";
import {
  type CorpusScore,
  type Coverage,
  type DocumentScore,
  type FormCount,
  scoreCorpus,
  type ScoredEntry,
  type ScoreSettings,
  scoreSettings,
} from "./score_corpus.ts";
import {
  compileFor,
  scoreDocuments,
  type ScoreDocumentsOptions,
  withoutHeader,
} from "./score_parallel.ts";
import type { StreamedDocumentScore } from "./score_source.ts";
import { resultCsvFiles, type ResultCsvOptions } from "./tables.ts";
import { InputError, throwProblems } from "../io/input_error.ts";
import { writeResultFolder } from "../io/result_folder.ts";
import { SETTINGS_FILE, settingsFileText } from "./write_results.ts";

/** Options of {@linkcode CorpusAggregator}. */
export interface CorpusAggregatorOptions {
  /** The corpus directory, recorded in the settings. Default: none. */
  dir?: string;
  /** Cleaning steps switched off, recorded in the settings. Default: none. */
  cleaningOff?: readonly CleaningStep[];
  /** Context settings recorded (as given to the scorer). Default: 8 words, 60 characters. */
  kwic?: { words?: number; chars?: number };
}

/**
 * Adds up scored documents: word totals, documents per form, the ids in order. What it
 * keeps grows with the number of documents only by one id each.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compileLexicon, parseLexicon } from "../lexicon/mod.ts";
 * const compiled = compileLexicon(parseLexicon("category,entry\nPA,regelen\nSR,meedoen\n", "csv"));
 * const total = new CorpusAggregator(compiled);
 * total.add({ id: "a", tokens: 4, matchedTokens: 2, forms: [[0, "regelen", 2]] });
 * total.add({ id: "b", tokens: 6, matchedTokens: 1, forms: [[0, "regelen", 1]] });
 * const coverage = total.coverage();
 * assert.equal(coverage.matchedPct, 30);
 * assert.deepEqual(coverage.forms.map((f) => [f.form, f.hits, f.documents]), [["regelen", 3, 2]]);
 * assert.deepEqual(coverage.neverMatched.map((e) => e.entry), ["meedoen"]);
 * ```
 */
export class CorpusAggregator {
  readonly compiled: CompiledLexicon;
  readonly #options: CorpusAggregatorOptions;
  readonly #perEntry: Map<string, { hits: number; documents: number }>[];
  readonly ids: string[] = [];
  tokens = 0;
  matchedTokens = 0;

  constructor(compiled: CompiledLexicon, options: CorpusAggregatorOptions = {}) {
    this.compiled = compiled;
    this.#options = options;
    this.#perEntry = compiled.entries.map(() => new Map());
  }

  /** Count one document in (documents must come in corpus order). */
  add(doc: Pick<StreamedDocumentScore, "id" | "tokens" | "matchedTokens" | "forms">): void {
    this.ids.push(doc.id);
    this.tokens += doc.tokens;
    this.matchedTokens += doc.matchedTokens;
    for (const [entry, form, hits] of doc.forms) {
      const forms = this.#perEntry[entry];
      const count = forms.get(form);
      if (count === undefined) forms.set(form, { hits, documents: 1 });
      else {
        count.hits += hits;
        count.documents++;
      }
    }
  }

  /** The coverage report, as {@linkcode scoreCorpus} makes it. */
  coverage(): Coverage {
    const neverMatched: ScoredEntry[] = [];
    const forms: FormCount[] = [];
    this.compiled.entries.forEach((entry, i) => {
      const scored = { category: entry.category, entry: entry.entry, mode: entry.mode };
      if (this.#perEntry[i].size === 0) neverMatched.push(scored);
      const sorted = [...this.#perEntry[i]].sort(([a, x], [b, y]) =>
        y.hits - x.hits || (a < b ? -1 : a > b ? 1 : 0)
      );
      for (const [form, count] of sorted) {
        const row: FormCount = { ...scored, form, ...count };
        const flag = checkForm(entry.words, entry.mode, form);
        if (flag !== undefined) row.flag = flag;
        forms.push(row);
      }
    });
    const { tokens, matchedTokens } = this;
    return {
      tokens,
      matchedTokens,
      matchedPct: tokens === 0 ? 0 : (matchedTokens / tokens) * 100,
      neverMatched,
      forms,
    };
  }

  /** The settings, as {@linkcode scoreCorpus} records them. */
  settings(): ScoreSettings {
    const dir = this.#options.dir;
    return scoreSettings(this.compiled, this.#options.kwic, {
      ...(dir === undefined ? {} : { dir }),
      ids: [...this.ids],
    }, this.#options.cleaningOff);
  }
}

/** Options of {@linkcode scoreCorpusToDir}. */
export interface ScoreCorpusToDirOptions
  extends Omit<ScoreDocumentsOptions, "hits">, ResultCsvOptions {
  /** Write `kwic.csv` (every hit with its context). `false` leaves the file out and skips the context work. Default: `true`. */
  kwicFile?: boolean;
  /** How the output directory is named in errors. Default: the path as given. */
  displayDir?: string;
  /** Inputs of the run, never replaced or written into. Default: the corpus folder. */
  inputs?: readonly string[];
  /** Called after each document, in corpus order, with the number done so far. Default: none. */
  onDocument?: (document: DocumentScore, done: number) => void;
}

/** What {@linkcode scoreCorpusToDir} wrote, and the totals. */
export interface StreamedCorpusResult {
  settings: ScoreSettings;
  coverage: Coverage;
  /** Documents scored. */
  documents: number;
  /** Hits, all documents together. */
  hits: number;
  /** The files written, sorted. */
  files: string[];
}

/**
 * Score a corpus into a result directory as {@linkcode writeScoreResults} writes it
 * (`documents.csv`, `words.csv`, `kwic.csv`, `coverage.csv`, `corpus.csv`,
 * `settings.json`; byte for byte the same files), but row by row as documents are
 * scored, so memory does not grow with the corpus. The folder is written through the
 * result-folder contract ({@linkcode writeResultFolder}): built beside `outDir`, put in
 * place when all is done, never over a folder the tool did not make or over the corpus.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadStudyLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * import { writeScoreResults } from "./write_results.ts";
 * const sample = new URL("../../data/corpus/sample", import.meta.url).pathname;
 * const dir = await Deno.makeTempDir();
 * const lexicon = await loadStudyLexicon();
 * await scoreCorpusToDir(sample, lexicon, `${dir}/fast`, { workers: 1 });
 * await writeScoreResults(await scoreCorpus(sample, lexicon), `${dir}/one-thread`);
 * for (const file of ["documents.csv", "words.csv", "kwic.csv", "coverage.csv", "corpus.csv", "settings.json"]) {
 *   assert.equal(await Deno.readTextFile(`${dir}/fast/${file}`), await Deno.readTextFile(`${dir}/one-thread/${file}`));
 * }
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function scoreCorpusToDir(
  corpus: string | CorpusListing,
  lexicon: Lexicon | CompiledLexicon,
  outDir: string,
  options: ScoreCorpusToDirOptions = {},
): Promise<StreamedCorpusResult> {
  const corpusDir = typeof corpus === "string" ? corpus : corpus.dir;
  const compiled = compileFor(lexicon, options.mode);
  const kwicFile = options.kwicFile ?? true;
  const total = new CorpusAggregator(compiled, {
    dir: corpusDir,
    kwic: options.kwic,
    cleaningOff: options.read?.cleaning?.off,
  });
  const categories = [...compiled.categories];
  const entries = compiled.entries.map(({ category, entry, mode }) => ({ category, entry, mode }));
  const empty = await emptyResult(compiled, categories, entries);
  const headers = resultCsvFiles(empty, options);
  const names = [
    "documents.csv",
    "words.csv",
    ...(kwicFile ? ["kwic.csv"] : []),
    "corpus.csv",
    "cleaning.csv",
  ];
  return await writeResultFolder(outDir, "score", async (temp) => {
    const writers = new Map(names.map((name) => [name, new FileWriter(join(temp, name))]));
    const kwicWriter = writers.get("kwic.csv");
    let documents = 0;
    let hits = 0;
    const unreadable: InputError[] = [];
    try {
      for (const [name, writer] of writers) await writer.write(headers[name]);
      for await (
        const scored of scoreDocuments(corpus, compiled, {
          ...options,
          hits: kwicFile ? "csv" : "none",
          onKwic: kwicFile ? (rows) => kwicWriter!.writeBytes(rows) : undefined,
          onUnreadable: (error) => unreadable.push(error),
        })
      ) {
        total.add(scored);
        const { forms: _forms, kwicCsv: _kwic, ...document } = scored;
        const files = resultCsvFiles({ ...empty, documents: [document] }, {
          ...options,
          only: ["documents.csv", "words.csv", "corpus.csv", "cleaning.csv"],
        });
        await writers.get("documents.csv")!.write(withoutHeader(files["documents.csv"]));
        await writers.get("words.csv")!.write(withoutHeader(files["words.csv"]));
        await writers.get("corpus.csv")!.write(withoutHeader(files["corpus.csv"]));
        await writers.get("cleaning.csv")!.write(withoutHeader(files["cleaning.csv"]));
        documents++;
        hits += document.categoryHits.reduce((a, b) => a + b, 0);
        options.onDocument?.(document, documents);
      }
      for (const writer of writers.values()) await writer.close();
      // Every document that cannot be read, listed at once; the result is not put in place.
      throwProblems(unreadable, { file: typeof corpus === "string" ? corpus : corpus.dir });
    } catch (error) {
      for (const writer of writers.values()) writer.abandon();
      throw error;
    }
    const result: CorpusScore = {
      ...empty,
      settings: total.settings(),
      coverage: total.coverage(),
    };
    await Deno.writeTextFile(
      join(temp, "coverage.csv"),
      resultCsvFiles(result, { only: ["coverage.csv"] })["coverage.csv"],
    );
    await Deno.writeTextFile(join(temp, SETTINGS_FILE), settingsFileText(result));
    return {
      settings: result.settings,
      coverage: result.coverage,
      documents,
      hits,
      files: [...names, "coverage.csv", SETTINGS_FILE].sort(),
    };
  }, {
    display: options.displayDir ?? outDir,
    inputs: options.inputs ?? [corpusDir],
  });
}

/** A result of no documents (its CSV files are the headers; coverage is what scoreCorpus gives). */
async function emptyResult(
  compiled: CompiledLexicon,
  categories: string[],
  entries: ScoredEntry[],
): Promise<CorpusScore> {
  const none = await scoreCorpus([], compiled);
  return { ...none, categories, entries, documents: [] };
}

/** Appends text to a file in large writes, through one reused buffer. */
class FileWriter {
  readonly #path: string;
  #file: Deno.FsFile | undefined;
  readonly #buffer = new Uint8Array(1 << 20);
  #used = 0;
  static readonly #encoder = new TextEncoder();

  constructor(path: string) {
    this.#path = path;
  }

  async write(text: string): Promise<void> {
    let from = 0;
    while (from < text.length) {
      // Room for any UTF-16 code unit (3 bytes at most) of a piece of the text.
      if (this.#buffer.length - this.#used < 3 * 1024) await this.#flush();
      const piece = Math.min(
        text.length - from,
        Math.floor((this.#buffer.length - this.#used) / 3),
      );
      let to = from + piece;
      // Never split a surrogate pair.
      if (to < text.length && (text.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
      const { written } = FileWriter.#encoder.encodeInto(
        text.slice(from, to),
        this.#buffer.subarray(this.#used),
      );
      this.#used += written;
      from = to;
    }
  }

  async writeBytes(bytes: Uint8Array): Promise<void> {
    if (bytes.length > this.#buffer.length - this.#used) await this.#flush();
    if (bytes.length > this.#buffer.length) await this.#writeAll(bytes);
    else {
      this.#buffer.set(bytes, this.#used);
      this.#used += bytes.length;
    }
  }

  async close(): Promise<void> {
    await this.#flush();
    this.#file ??= await Deno.open(this.#path, { write: true, create: true, truncate: true });
    this.#file.close();
    this.#file = undefined;
  }

  abandon(): void {
    try {
      this.#file?.close();
    } catch {
      // already closed
    }
    this.#file = undefined;
  }

  async #flush(): Promise<void> {
    const used = this.#used;
    this.#used = 0;
    await this.#writeAll(this.#buffer.subarray(0, used));
  }

  async #writeAll(bytes: Uint8Array): Promise<void> {
    this.#file ??= await Deno.open(this.#path, { write: true, create: true, truncate: true });
    for (let at = 0; at < bytes.length;) at += await this.#file.write(bytes.subarray(at));
  }
}
