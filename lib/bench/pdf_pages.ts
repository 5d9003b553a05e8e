/**
 * `deno task bench --pdf`: how many PDF pages per second `deno task score` reads, cleans
 * and scores end to end, on PDFs made as municipalities make them (lib/hostile/
 * made_documents.ts: Word through LibreOffice, a web page through Chromium), copied into
 * a corpus of many documents, with one and with two scoring threads (PDFs are read in the
 * scoring threads, as text files are). Needs LibreOffice and Chromium (`deno task setup`).
 *
 * @module
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseCsv } from "../io/mod.ts";
import { makePlanCorpus } from "../hostile/made_documents.ts";
import { scoreArgs, timed } from "./bench.ts";

/** Options of {@linkcode runPdfBench}. */
export interface PdfBenchOptions {
  /** Copies of each of the two PDFs. Default: `40`. */
  copies?: number;
  /** Runs of each measurement; the best counts. Default: `3`. */
  runs?: number;
  /** Lines of progress. Default: `console.error`. */
  log?: (line: string) => void;
}

/** One measurement of {@linkcode runPdfBench}. */
export interface PdfBenchRun {
  workers: number;
  /** Best wall time, seconds, start-up included. */
  seconds: number;
  pagesPerSecond: number;
}

/** What {@linkcode runPdfBench} measured. */
export interface PdfBenchResult {
  documents: number;
  pages: number;
  runs: PdfBenchRun[];
}

// scoreArgs and timed come from lib/bench/bench.ts, which imports this module for `bench --pdf`.

/** Make the PDF corpus and time `deno task score` on it (see the module doc). */
export async function runPdfBench(options: PdfBenchOptions = {}): Promise<PdfBenchResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const copies = options.copies ?? 40;
  const work = await Deno.makeTempDir({ prefix: "sturingstaal-pdf-bench-" });
  try {
    const made = join(work, "made");
    const corpus = join(work, "corpus");
    await Deno.mkdir(made);
    await Deno.mkdir(corpus);
    log("making the PDFs with LibreOffice and Chromium");
    await makePlanCorpus(made);
    for (let i = 0; i < copies; i++) {
      for (const kind of ["word", "web"]) {
        const name = `${String(i).padStart(3, "0")}-${kind}.pdf`;
        await Deno.copyFile(join(made, `plan-${kind}.pdf`), join(corpus, name));
      }
    }
    const out = join(work, "out");
    const runs: PdfBenchRun[] = [];
    let pages = 0;
    for (const workers of [1, 2]) {
      let best = Infinity;
      for (let run = 1; run <= (options.runs ?? 3); run++) {
        log(`score, ${workers} worker(s), run ${run}`);
        await Deno.remove(out, { recursive: true }).catch(() => {});
        const args = scoreArgs(corpus, out, ["--no-kwic", "--workers", String(workers)]);
        const measured = await timed(Deno.execPath(), args);
        best = Math.min(best, measured.seconds);
      }
      const rows = parseCsv(await Deno.readTextFile(join(out, "corpus.csv"))).records;
      pages = rows.reduce((sum, row) => sum + Number(row.values.pages), 0);
      runs.push({ workers, seconds: best, pagesPerSecond: pages / best });
    }
    return { documents: 2 * copies, pages, runs };
  } finally {
    await Deno.remove(work, { recursive: true });
  }
}

/** The result as lines of text. */
export function formatPdfBench(result: PdfBenchResult): string {
  return [
    `${result.documents} PDFs, ${result.pages} pages (Word through LibreOffice, a web page through Chromium)`,
    ...result.runs.map((run) =>
      `deno task score --no-kwic, ${run.workers} worker(s): ${run.seconds.toFixed(2)} s, ` +
      `${run.pagesPerSecond.toFixed(0)} pages/s (start-up included)`
    ),
  ].join("\n");
}

/** `deno task bench --pdf [--copies N] [--runs R]`. */
export async function pdfBenchMain(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { pdf: { type: "boolean" }, copies: { type: "string" }, runs: { type: "string" } },
  });
  const result = await runPdfBench({
    copies: values.copies === undefined ? undefined : Number(values.copies),
    runs: values.runs === undefined ? undefined : Number(values.runs),
  });
  console.log(formatPdfBench(result));
}
