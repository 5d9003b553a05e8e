/**
 * `deno task precision --coded FILE.csv [--coded FILE.csv ...] --out DIR`
 *
 * From coded sheets to precision, agreement and recall, and (with `--scores`) to
 * corrected scores (lib/validation/). The result folder goes through the result-folder
 * contract (`writeResultFolder`, kind `validation`).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "../corpus/mod.ts";
import {
  type CsvValue,
  formatCsv,
  InputError,
  InputErrors,
  readTextFile,
  stringifySorted,
  userPath,
} from "../io/mod.ts";
import { PROJECT_ROOT, writeResultFolder } from "../io/result_folder.ts";
import { loadLexicon, parseMatchMode, withDefaultMode } from "../lexicon/mod.ts";
import { scoreCorpus } from "../score/mod.ts";
import {
  CORRECTED_SHARE_COLUMNS,
  correctedShares,
  correctedShareTableRows,
  entryInfluence,
  entryPrecisions,
  INFLUENCE_COLUMNS,
  influenceTableRows,
  THRESHOLD_COLUMNS,
  thresholdEffect,
  thresholdMeanTableRows,
} from "./corrected.ts";
import { readScoreResult } from "./kwic_sample.ts";
import {
  LENGTH_CONCLUSION_COLUMNS,
  LENGTH_MEAN_COLUMNS,
  lengthConclusions,
  lengthMeans,
  lengthMeanTableRows,
} from "./length.ts";
import {
  CANDIDATE_COLUMNS,
  candidateTableRows,
  candidateWords,
  RECALL_COLUMNS,
  recallRows,
  recallTableRows,
} from "./missed.ts";
import {
  AGREEMENT_COLUMNS,
  agreementTableRows,
  DISAGREEMENT_COLUMNS,
  hitAgreement,
  passageAgreement,
  PRECISION_COLUMNS,
  precisionRows,
  precisionTableRows,
} from "./precision.ts";
import { type CodedSheet, loadSample, parseHitSheet, parsePassageSheet } from "./sheets.ts";
import { readCommandLine } from "../io/command_line.ts";

/** The usage text. */
export const PRECISION_USAGE =
  `usage: npx deno task precision --coded FILE.csv [--coded FILE.csv ...] --out DIR [options]

From coding sheets that kwic-sample wrote and people coded: precision per entry and category
(Wilson 95% intervals, from the first sheet), Krippendorff's alpha between the sheets (two or
more), recall from the coded passages, and with --scores the scores corrected for precision.

  --coded FILE.csv     a coded hit sheet; give it once per coder (the first gives precision)
  --passages FILE.csv  a coded passage sheet (FILE-passages.csv); once per coder; gives recall.csv
  --sample FILE.json   what was sampled (default: the -sample.json beside the first --coded)
  --scores DIR         the score result that was sampled: adds corrected-shares.csv,
                       threshold-means.csv, threshold-selection.csv, entry-influence.csv,
                       candidates.csv, length-means.csv, length-conclusions.csv
  --corpus DIR         the corpus scored (default: from the result's settings.json)
  --lexicon FILE       the lexicon scored (default: from the result's settings.json)
  --threshold P        drop entries with precision below P in threshold-*.csv (default 0.5)
  --seed S             seed of the intervals of the corrected shares (default 1)
  --out DIR            the result folder: a new folder, or one an earlier \`precision\` made
  -h, --help           this text

Writes precision.csv (level,name,coded,relevant,precision,low,high), agreement.csv
(scope,alpha,units) and disagreements.csv with two or more sheets, and settings.json.

example:
  npx deno task precision --coded runs/coding.csv --passages runs/coding-passages.csv --scores runs/sample-scores --out runs/validation
`;

/** Run the command; returns the exit code (0 ok, 1 bad input or usage). */
export async function runPrecisionCli(
  args: string[],
  log: (line: string) => void = (line) => console.error(line),
): Promise<number> {
  const line = readCommandLine(
    args,
    {
      coded: { type: "string", multiple: true },
      passages: { type: "string", multiple: true },
      sample: { type: "string" },
      scores: { type: "string" },
      corpus: { type: "string" },
      lexicon: { type: "string" },
      threshold: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
    },
    PRECISION_USAGE,
    ["coded", "out"],
    log,
  );
  if ("exit" in line) return line.exit;
  const values = line.values as typeof line.values & { coded: string[]; out: string };
  const coded = values.coded;
  try {
    const threshold = values.threshold === undefined ? 0.5 : Number(values.threshold);
    if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(values.threshold ?? "0.5")) {
      throw new InputError(`--threshold: "${values.threshold}" is not a proportion from 0 to 1`);
    }
    if (!/^\d+$/.test(values.seed ?? "1")) {
      throw new InputError(`--seed: "${values.seed}" is not a whole number`);
    }
    const seed = Number(values.seed ?? "1");
    const sampleDisplay = values.sample ?? coded[0].replace(/\.csv$/, "") + "-sample.json";
    if (values.sample === undefined && !existsSync(userPath(sampleDisplay))) {
      throw new InputError(
        `there is no ${sampleDisplay} beside the first sheet; give --sample FILE.json, the ` +
          "-sample.json that kwic-sample wrote with the sheets",
      );
    }
    const sample = await loadSample(userPath(sampleDisplay), sampleDisplay);
    const problems: InputError[] = [];
    const read = async (
      files: readonly string[],
      parse: (text: string, file: string) => CodedSheet,
    ): Promise<CodedSheet[]> => {
      const sheets: CodedSheet[] = [];
      for (const file of files) {
        try {
          sheets.push(parse(await readTextFile(userPath(file), { displayName: file }), file));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          problems.push(...error.problems);
        }
      }
      return sheets;
    };
    const hitSheets = await read(coded, (text, file) => parseHitSheet(text, sample, file));
    const passageSheets = await read(
      values.passages ?? [],
      (text, file) => parsePassageSheet(text, sample, file),
    );
    if (problems.length === 1) throw problems[0];
    if (problems.length > 1) throw new InputErrors(problems);

    const files: Record<string, string> = {};
    const csv = (columns: readonly string[], rows: readonly Record<string, CsvValue>[]) =>
      formatCsv(columns, rows);
    const precision = precisionRows(sample, hitSheets[0]);
    files["precision.csv"] = csv(PRECISION_COLUMNS, precisionTableRows(precision));
    const notes: string[] = [];
    if (hitSheets.length >= 2 || passageSheets.length >= 2) {
      const agreement = hitSheets.length >= 2
        ? hitAgreement(sample, hitSheets)
        : { rows: [], disagreements: [] };
      const passages = passageSheets.length >= 2
        ? passageAgreement(sample, passageSheets)
        : undefined;
      const rows = [...agreement.rows, ...(passages ? [passages.row] : [])];
      files["agreement.csv"] = csv(AGREEMENT_COLUMNS, agreementTableRows(rows));
      files["disagreements.csv"] = csv(DISAGREEMENT_COLUMNS, [
        ...agreement.disagreements,
        ...(passages?.disagreements ?? []),
      ] as unknown as Record<string, CsvValue>[]);
    }
    if (hitSheets.length < 2) {
      notes.push(
        "agreement cannot be computed from one coded hit sheet: have a second person code a " +
          "copy of the sheet independently and give both with --coded",
      );
    }
    if (passageSheets.length > 0) {
      files["recall.csv"] = csv(
        RECALL_COLUMNS,
        recallTableRows(recallRows(sample, precision, passageSheets[0])),
      );
    } else notes.push("no --passages sheet: recall cannot be estimated");

    if (values.scores !== undefined) {
      const scoresDir = userPath(values.scores);
      const result = await readScoreResult(scoresDir, values.scores);
      const corpusDisplay = values.corpus ?? result.settings.corpus.dir;
      if (corpusDisplay === undefined) {
        throw new InputError("the result does not name its corpus; give --corpus DIR", {
          file: values.scores,
        });
      }
      const corpus = await loadCorpus(userPath(corpusDisplay), { displayDir: corpusDisplay });
      const lexiconDisplay = values.lexicon ?? result.settings.lexicon.file;
      if (lexiconDisplay === undefined) {
        throw new InputError("the result does not name its lexicon; give --lexicon FILE", {
          file: values.scores,
        });
      }
      const lexiconPath = existsSync(userPath(lexiconDisplay))
        ? userPath(lexiconDisplay)
        : join(PROJECT_ROOT, lexiconDisplay);
      const lexicon = withDefaultMode(
        await loadLexicon(lexiconPath, { displayName: lexiconDisplay }),
        parseMatchMode(result.settings.mode),
      );
      if (lexicon.sha256 !== sample.lexicon.sha256) {
        throw new InputError(
          `is not the lexicon the sample was cut from (${sample.lexicon.name}, SHA-256 ` +
            `${sample.lexicon.sha256.slice(0, 12)}...); give the lexicon that was scored`,
          { file: lexiconDisplay },
        );
      }
      const score = await scoreCorpus(corpus, lexicon);
      const weights = entryPrecisions(score, precision);
      files["corrected-shares.csv"] = csv(
        CORRECTED_SHARE_COLUMNS,
        correctedShareTableRows(correctedShares(score, weights, { seed })),
      );
      const effect = await thresholdEffect(corpus, lexicon, weights, threshold);
      files["threshold-means.csv"] = csv(
        THRESHOLD_COLUMNS.means,
        thresholdMeanTableRows(effect.means),
      );
      files["threshold-selection.csv"] = csv(
        THRESHOLD_COLUMNS.selection,
        effect.selection as unknown as Record<string, CsvValue>[],
      );
      files["entry-influence.csv"] = csv(
        INFLUENCE_COLUMNS,
        influenceTableRows(await entryInfluence(corpus, lexicon, precision)),
      );
      files["candidates.csv"] = csv(
        CANDIDATE_COLUMNS,
        candidateTableRows(candidateWords(corpus, result.hits, lexicon)),
      );
      files["length-means.csv"] = csv(LENGTH_MEAN_COLUMNS, lengthMeanTableRows(lengthMeans(score)));
      files["length-conclusions.csv"] = csv(
        LENGTH_CONCLUSION_COLUMNS,
        lengthConclusions(score) as unknown as Record<string, CsvValue>[],
      );
      notes.push(
        `threshold ${threshold}: dropped ${effect.dropped.length} entries` +
          (effect.dropped.length > 0 ? ` (${effect.dropped.join(", ")})` : ""),
      );
      notes.push(
        "candidates.csv lists words for a person to review; nothing was added to the lexicon",
      );
    }
    files["settings.json"] = stringifySorted({
      sample: sampleDisplay,
      coding: sample.coding,
      lexicon: sample.lexicon,
      scores: sample.scores,
      seed_of_sample: sample.seed,
      per_entry: sample.per_entry,
      coded: coded,
      passages: values.passages ?? [],
      precision_from: coded[0],
      threshold,
      seed,
      interval: "Wilson score, 95%, no continuity correction",
      agreement: "Krippendorff's alpha, nominal",
      notes,
    }, 2);
    await writeResultFolder(userPath(values.out), "validation", async (dir) => {
      for (const [name, text] of Object.entries(files)) {
        await Deno.writeTextFile(join(dir, name), text);
      }
    }, {
      display: values.out,
      inputs: [
        ...coded,
        ...(values.passages ?? []),
        sampleDisplay,
        ...(values.scores ? [values.scores] : []),
      ].map(userPath),
    });
    for (const note of notes) log(note);
    log(`wrote ${Object.keys(files).sort().join(", ")} to ${values.out}`);
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
  Deno.exit(await runPrecisionCli(Deno.args));
}
