/**
 * `deno task kwic-sample --scores DIR --per-entry N --seed S --out FILE.csv`
 *
 * Coding sheets from a `score` result (lib/validation/kwic_sample.ts): `FILE.csv` (a
 * stratified sample of hits), `FILE-passages.csv` (hitless passages, for missed mentions)
 * and `FILE-sample.json` (what was sampled, for `precision`). New files only: when one of
 * them exists nothing is written (lib/validation/new_files.ts).
 *
 * @module
 */
import { loadCorpus } from "../corpus/mod.ts";
import { readCommandLine } from "../io/command_line.ts";
import { InputError, userPath } from "../io/mod.ts";
import { PROJECT_VERSION } from "../io/result_folder.ts";
import { makeSample, readScoreResult } from "./kwic_sample.ts";
import { writeNewFiles } from "./new_files.ts";
import { hitSheetText, passageSheetText, sampleText } from "./sheets.ts";

/** The usage text. */
export const KWIC_SAMPLE_USAGE =
  `usage: npx deno task kwic-sample --scores DIR --per-entry N --seed S --out FILE.csv [--passages N]

Writes coding sheets for checking the lexicon by hand: FILE.csv, a seeded sample of up to N
hits per entry (spread over the documents) with the columns id,document,category,entry,left,
match,right,code; FILE-passages.csv, a random sample of passages without any hit; and
FILE-sample.json, what was sampled (give it to \`precision\`). Fill in code: 1 when the hit
expresses its category, 0 when it does not; in the passage sheet the category the passage
expresses, or nothing.

  --scores DIR         a result of \`deno task score\` (with kwic.csv)
  --per-entry N        hits per entry at most (entries with fewer hits give all of them)
  --seed S             a whole number; the same seed gives the same sample
  --out FILE.csv       the hit sheet; FILE-passages.csv and FILE-sample.json go beside it.
                       New files only: if any of the three exists, nothing is written
  --passages N         hitless passages to sample (default 20)
  --passage-words W    words per passage (default 20)
  --corpus DIR         the corpus that was scored (default: the folder in the result's
                       settings.json)
  -h, --help           this text

example:
  npx deno task kwic-sample --scores runs/sample-scores --per-entry 10 --seed 2015 --out runs/coding.csv
`;

function wholeNumber(text: string | undefined, option: string, fallback?: number): number {
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new InputError(`${option} is required`);
  }
  if (!/^\d+$/.test(text)) throw new InputError(`${option}: "${text}" is not a whole number`);
  return Number(text);
}

/** Run the command; returns the exit code (0 ok, 1 bad input or usage). */
export async function runKwicSampleCli(
  args: string[],
  log: (line: string) => void = (line) => console.error(line),
): Promise<number> {
  const line = readCommandLine(
    args,
    {
      scores: { type: "string" },
      "per-entry": { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      passages: { type: "string" },
      "passage-words": { type: "string" },
      corpus: { type: "string" },
    },
    KWIC_SAMPLE_USAGE,
    ["scores", "out"],
    log,
  );
  if ("exit" in line) return line.exit;
  const values = line.values as typeof line.values & { scores: string; out: string };
  try {
    const perEntry = wholeNumber(values["per-entry"], "--per-entry");
    const seed = wholeNumber(values.seed, "--seed");
    const passages = wholeNumber(values.passages, "--passages", 20);
    const passageWords = wholeNumber(values["passage-words"], "--passage-words", 20);
    if (perEntry < 1 || passageWords < 1) {
      throw new InputError("--per-entry and --passage-words must be at least 1");
    }
    if (!values.out.endsWith(".csv")) {
      throw new InputError(`--out "${values.out}" must end in .csv (the hit sheet)`);
    }
    const scoresDir = userPath(values.scores);
    const result = await readScoreResult(scoresDir, values.scores);
    const corpusDisplay = values.corpus ?? result.settings.corpus.dir;
    if (corpusDisplay === undefined) {
      throw new InputError("the result does not name its corpus; give --corpus DIR", {
        file: values.scores,
      });
    }
    const corpusDir = userPath(corpusDisplay);
    const corpus = await loadCorpus(corpusDir, { displayDir: corpusDisplay });
    const ids = corpus.documents.map((d) => d.id).join(",");
    if (ids !== result.settings.corpus.ids.join(",")) {
      throw new InputError(
        `holds other documents than the ones scored in ${values.scores}; score it again, or ` +
          "give the scored corpus with --corpus",
        { file: corpusDisplay },
      );
    }
    const sample = makeSample(result, corpus, {
      scores: values.scores,
      version: PROJECT_VERSION,
      perEntry,
      seed,
      passages,
      passageWords,
    });
    const stem = values.out.slice(0, -".csv".length);
    const out = userPath(values.out).slice(0, -".csv".length);
    await writeNewFiles([
      { path: `${out}.csv`, display: values.out, text: hitSheetText(sample.hits) },
      {
        path: `${out}-passages.csv`,
        display: `${stem}-passages.csv`,
        text: passageSheetText(sample.passages),
      },
      {
        path: `${out}-sample.json`,
        display: `${stem}-sample.json`,
        text: sampleText(sample.description),
      },
    ], {
      inputs: [
        { path: scoresDir, display: values.scores },
        { path: corpusDir, display: corpusDisplay },
      ],
    });
    const entries = sample.description.entries.filter((e) => e.sampled > 0).length;
    log(
      `sampled ${sample.hits.length} of ${result.hits.length} hits (${entries} entries, at most ` +
        `${perEntry} each) and ${sample.passages.length} of ${sample.description.passages.hitless} ` +
        `hitless passages; wrote ${values.out}, ${stem}-passages.csv and ${stem}-sample.json`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      log(error.message);
      return 1;
    }
    throw error;
  }
}

if (import.meta.main) {
  Deno.exit(await runKwicSampleCli(Deno.args));
}
