import assert from "node:assert/strict";
import { runScoreCli } from "./cli.ts";
import { startScoreWorker } from "./start_workers.ts";
import { minimalPdf } from "../corpus/pdf_fixture.ts";

const SAMPLE = new URL("../../data/corpus/sample", import.meta.url).pathname;

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runScoreCli(args, { log: (l) => lines.push(l), progress: false });
  return { code, lines };
}

Deno.test("cli: scores the sample corpus and writes the tables", async () => {
  const dir = await Deno.makeTempDir();
  const { code, lines } = await run(["--corpus", SAMPLE, "--out", `${dir}/uit`]);
  assert.equal(code, 0);
  // The sample's README.md is in the folder: listed as skipped, not read.
  assert.deepEqual(
    lines[0],
    `skipped: ${SAMPLE}/README.md (a description of the corpus, not a document)`,
  );
  assert.match(
    lines[1],
    /^scored 5 documents with lexicon study \(exact\): 52 hits, 10\.40% of 500 words matched/,
  );
  const documents = await Deno.readTextFile(`${dir}/uit/documents.csv`);
  assert.equal(documents.split("\n")[1], "veenhoven,PA,8,50.000,66.116,121");
  const kwic = await Deno.readTextFile(`${dir}/uit/kwic.csv`);
  assert.equal(kwic.split("\n")[0], "document,category,entry,match,token_index,left,right");
  assert.equal(kwic.trim().split("\n").length, 1 + 52);
  // A second run gives the same bytes.
  const first = await Deno.readTextFile(`${dir}/uit/words.csv`);
  assert.equal((await run(["--corpus", SAMPLE, "--out", `${dir}/uit`])).code, 0);
  assert.equal(await Deno.readTextFile(`${dir}/uit/words.csv`), first);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("cli: workers started beforehand score the same bytes", async () => {
  const dir = await Deno.makeTempDir();
  const args = ["--corpus", SAMPLE, "--workers", "3", "--out"];
  assert.equal((await run([...args, `${dir}/new`])).code, 0);
  const started = [startScoreWorker(), startScoreWorker(), startScoreWorker()];
  const code = await runScoreCli([...args, `${dir}/started`], {
    log: () => {},
    progress: false,
    startedWorkers: started,
  });
  assert.equal(code, 0);
  for (const file of ["documents.csv", "words.csv", "kwic.csv", "coverage.csv", "corpus.csv"]) {
    assert.equal(
      await Deno.readTextFile(`${dir}/started/${file}`),
      await Deno.readTextFile(`${dir}/new/${file}`),
      file,
    );
  }
  await Deno.remove(dir, { recursive: true });
});

Deno.test("cli: bad input prints one message and exits 1", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/lex.csv`, "category,entry\nPA,regelen\nSR,regelen\n");
  const cases: [string[], string][] = [
    [["--corpus", `${dir}/geen`, "--out", `${dir}/uit`], `${dir}/geen: corpus directory not found`],
    [
      ["--corpus", SAMPLE, "--lexicon", `${dir}/lex.csv`, "--out", `${dir}/uit`],
      `${dir}/lex.csv line 3, column entry: "regelen" is already in category PA (on line 2); an entry may be in one category only`,
    ],
    [
      ["--corpus", SAMPLE, "--mode", "fuzzy", "--out", `${dir}/uit`],
      '"fuzzy" is not one of exact, stem, glob',
    ],
    [
      ["--corpus", SAMPLE, "--no-clean", "kolommen", "--out", `${dir}/uit`],
      'option --no-clean: "kolommen" is not a cleaning step; the steps are page-numbers, ' +
      "headers-footers, footnote-marks, contents, columns, ligatures, hyphens",
    ],
    [
      ["--corpus", SAMPLE, "--workers", "two", "--out", `${dir}/uit`],
      'option --workers: "two" is not a whole number of workers',
    ],
  ];
  for (const [args, message] of cases) {
    const { code, lines } = await run(args);
    assert.equal(code, 1);
    assert.deepEqual(lines, [message]);
  }
  const usage = await run(["--corpus", SAMPLE]);
  assert.equal(usage.code, 1);
  assert.match(usage.lines[0], /^--out is required\n\nusage: deno task score/); // only what is missing
  assert.equal((await run(["--bogus"])).code, 1);
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["lex.csv"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("cli: runs as a program (lib/score/main.ts, the task's entry)", async () => {
  const dir = await Deno.makeTempDir();
  const command = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      new URL("./main.ts", import.meta.url).pathname,
      "--corpus",
      SAMPLE,
      "--mode",
      "stem",
      "--workers",
      "2",
      "--out",
      `${dir}/uit`,
    ],
    stdout: "piped",
    stderr: "piped",
  });
  const { code, stderr } = await command.output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
  const settings = JSON.parse(await Deno.readTextFile(`${dir}/uit/settings.json`));
  assert.equal(settings.stemmer.package, "@orama/stemmers");
  const bad = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      new URL("./main.ts", import.meta.url).pathname,
      "--corpus",
      `${dir}/x`,
      "--out",
      `${dir}/y`,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(bad.code, 1);
  assert.equal(new TextDecoder().decode(bad.stderr), `${dir}/x: corpus directory not found\n`);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("cli: --no-clean switches steps off, recorded in settings.json, effects in cleaning.csv", async () => {
  const dir = await Deno.makeTempDir();
  const corpus = `${dir}/plannen`;
  await Deno.mkdir(corpus);
  // Worked by hand: "regelen" broken at a line end, and "officieel" with the ligature ﬃ.
  await Deno.writeTextFile(`${corpus}/a.txt`, "Wij rege-\nlen het o\uFB03cieel.\n");
  await Deno.writeTextFile(`${dir}/lex.csv`, "category,entry\nPA,regelen\nNPM,officieel\n");
  const lexicon = ["--lexicon", `${dir}/lex.csv`];
  assert.equal((await run(["--corpus", corpus, ...lexicon, "--out", `${dir}/aan`])).code, 0);
  const off = ["--no-clean", "hyphens,ligatures"];
  assert.equal(
    (await run(["--corpus", corpus, ...lexicon, ...off, "--out", `${dir}/uit`])).code,
    0,
  );
  assert.equal(
    await Deno.readTextFile(`${dir}/aan/cleaning.csv`),
    "document,step,lines,changes,words,category,hits\n" +
      "a,ligatures,0,1,0,PA,0\na,ligatures,0,1,0,NPM,-1\n" +
      "a,hyphens,0,1,1,PA,-1\na,hyphens,0,1,1,NPM,0\n",
  );
  assert.equal(
    await Deno.readTextFile(`${dir}/uit/cleaning.csv`),
    "document,step,lines,changes,words,category,hits\n",
  );
  const settings = JSON.parse(await Deno.readTextFile(`${dir}/uit/settings.json`));
  assert.deepEqual(settings.cleaning.off, ["ligatures", "hyphens"]);
  assert.deepEqual(settings.cleaning.steps, [
    "page-numbers",
    "headers-footers",
    "footnote-marks",
    "contents",
    "columns",
  ]);
  // The hits the steps made possible are the difference between the two runs.
  const hits = async (run: string) =>
    (await Deno.readTextFile(`${dir}/${run}/documents.csv`)).split("\n").slice(1, 3)
      .map((row) => Number(row.split(",")[2]));
  assert.deepEqual([await hits("aan"), await hits("uit")], [[1, 1], [0, 0]]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("cli: a PDF with pages without text is scored, with a warning naming the pages", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/plannen`);
  await Deno.writeFile(
    `${dir}/plannen/a.pdf`,
    minimalPdf([["Wij regelen het."], [], [], ["Einde."]]),
  );
  const { code, lines } = await run(["--corpus", `${dir}/plannen`, "--out", `${dir}/uit`]);
  assert.equal(code, 0);
  assert.equal(
    lines[0],
    `warning: ${dir}/plannen/a.pdf: document "a": 2 of 4 pages have no text (pages 2-3: ` +
      "scanned, or blank?), so their words are not counted; OCR the PDF first, e.g. with ocrmypdf",
  );
  assert.match(lines[1], /^scored 1 documents/);
  await Deno.remove(dir, { recursive: true });
});
