import assert from "node:assert/strict";
import { iterateCorpus } from "../corpus/mod.ts";
import { compileLexicon, loadStudyLexicon, parseLexicon } from "../lexicon/mod.ts";
import { Scorer } from "../score/scorer.ts";
import { ensureCorpus, formatBench, PEER_RUNS, runBench, SCORE_RUNS } from "./bench.ts";
import { InputError } from "../io/input_error.ts";
import { generateCorpus, GENERATED_FILE } from "./generate_corpus.ts";

Deno.test("generateCorpus: the same seed gives the same bytes; another seed other bytes", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const a = await generateCorpus(`${dir}/a`, 0.1, { docs: 2, seed: 7 });
    const b = await generateCorpus(`${dir}/b`, 0.1, { docs: 2, seed: 7 });
    await generateCorpus(`${dir}/c`, 0.1, { docs: 2, seed: 8 });
    assert.deepEqual(a.files, ["doc-00001.txt", "doc-00002.txt"]);
    for (const file of a.files) {
      assert.deepEqual(
        await Deno.readFile(`${dir}/a/${file}`),
        await Deno.readFile(`${dir}/b/${file}`),
      );
      assert.notDeepEqual(
        await Deno.readFile(`${dir}/a/${file}`),
        await Deno.readFile(`${dir}/c/${file}`),
      );
    }
    const description = JSON.parse(await Deno.readTextFile(`${dir}/a/${GENERATED_FILE}`));
    assert.deepEqual(description, {
      generator: a.generator,
      seed: 7,
      docs: 2,
      mb: 0.1,
      bytes: a.bytes,
    });
    assert.equal(b.bytes, a.bytes);
    assert.ok(a.bytes >= 100_000 && a.bytes < 100_200, `${a.bytes} bytes`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("generateCorpus: work for the cleaner and for every match mode", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await generateCorpus(dir, 0.3, { docs: 3, seed: 1 });
    const study = await loadStudyLexicon();
    const globs = "category,entry,mode\n" +
      study.entries.map((e) => `${e.category},${e.entry}*,glob`).join("\n") + "\n";
    const lexicons = {
      exact: compileLexicon(study),
      stem: compileLexicon(await loadStudyLexicon({ mode: "stem" })),
      glob: compileLexicon(parseLexicon(globs, "csv")),
    };
    let joins = 0;
    let accented = 0;
    const matched = { exact: 0, stem: 0, glob: 0 };
    for await (const doc of iterateCorpus(dir)) {
      joins += doc.report.cleaning.hyphenJoins;
      accented += (doc.text.match(/[ëïéö]/g) ?? []).length;
      for (const mode of ["exact", "stem", "glob"] as const) {
        matched[mode] += new Scorer(lexicons[mode]).score(doc.text, { hits: false })
          .matchedTokens;
      }
    }
    assert.ok(joins > 50, `${joins} words joined at a line end`);
    assert.ok(accented > 20, `${accented} accented letters`);
    assert.ok(matched.exact > 100, `${matched.exact} exact`);
    // Stem and glob find inflections and compounds that exact does not.
    assert.ok(matched.stem > 1.5 * matched.exact && matched.glob > 1.5 * matched.exact);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ensureCorpus: generated once, then reused", async () => {
  const cache = await Deno.makeTempDir();
  try {
    const dir = await ensureCorpus(cache, 0.05, 3, 2);
    const before = (await Deno.stat(`${dir}/doc-00001.txt`)).mtime;
    assert.equal(await ensureCorpus(cache, 0.05, 3, 2), dir);
    assert.deepEqual((await Deno.stat(`${dir}/doc-00001.txt`)).mtime, before);
    assert.notEqual(await ensureCorpus(cache, 0.05, 4, 2), dir);
  } finally {
    await Deno.remove(cache, { recursive: true });
  }
});

Deno.test("runBench: a small run measures the score task and the pipeline, and states the targets", async () => {
  const cache = await Deno.makeTempDir();
  try {
    const result = await runBench({
      mb: 0.2,
      docs: 4,
      cacheDir: cache,
      runs: 1,
      modes: ["exact"],
      log: () => {},
    });
    assert.equal(result.corpus.documents, 4);
    const names = result.measurements.map((m) => m.what);
    for (const name of [SCORE_RUNS.kwic, SCORE_RUNS.counts, SCORE_RUNS.oneWorker]) {
      assert.ok(names.includes(name), name);
    }
    assert.ok(result.measurements.every((m) => m.mbPerS > 0));
    // The pipeline counts what the score task counts for one-word exact entries.
    const pipeline = result.measurements.find((m) => m.what === PEER_RUNS.pipeline)!;
    assert.ok(Number(pipeline.output) > 100, `pipeline counted ${pipeline.output}`);
    const text = formatBench(result);
    assert.match(text, /with kwic\.csv >= 0\.6x the tr \| grep pipeline/);
    assert.match(text, /2 workers >= 1\.7x 1 worker, end to end/);
    // The machine's ceiling is measured beside the score task, not listed as one of its runs.
    assert.ok(result.ceiling !== null && result.ceiling.oneThread > 0);
    assert.ok(!names.some((name) => name.includes("ceiling")));
    assert.match(text, /this machine: arithmetic alone, 2 threads over 1\) +\d\.\d\dx/);
    // The start-up of a run is timed on a corpus of one short document, apart from the runs.
    assert.ok(result.startUp !== null && result.startUp > 0);
    assert.ok(!names.some((name) => name.includes("short document")));
    // The work of each document alone, with one thread and two.
    assert.ok(result.scaling !== null && result.scaling.oneThread > 0);
    assert.ok(result.scaling.twoThreads > 0);
    assert.ok(!names.some((name) => name.includes("scaling")));
    assert.match(text, /the work of each document alone, 2 threads over 1\) +\d\.\d\dx/);
    // The two processes that score half the corpus each score every document between them.
    const halves = result.measurements.find((m) => m.what === SCORE_RUNS.halves)!;
    assert.equal(halves.output, "4");
    const threads = result.measurements.find((m) => m.what === SCORE_RUNS.halvesThreads)!;
    assert.equal(threads.output, "4");
    assert.match(text, /the same 2 runs in 2 threads of one process, over 1 worker\) +\d\.\d\dx/);
    assert.match(
      text,
      /the same work in 2 processes, half the corpus each, over 1 worker\) +\d\.\d\dx/,
    );
  } finally {
    await Deno.remove(cache, { recursive: true });
  }
});

Deno.test("runBench: a corpus of the user's that does not score is refused at once, every problem named", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/a.txt`, "De gemeente regelt de zorg.");
    // A UTF-16 byte order mark, and an empty document: both refused by the score task.
    await Deno.writeFile(`${dir}/b.txt`, new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    await Deno.writeTextFile(`${dir}/c.txt`, "");
    await assert.rejects(runBench({ corpus: dir, runs: 1, log: () => {} }), (error: Error) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /b\.txt: document "b" is UTF-16 LE/);
      assert.match(error.message, /c\.txt: document "c" is empty/);
      return true;
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("runBench: a corpus of one document without a lexicon word: no halves (their runs skipped, saying why), a count of 0", async () => {
  const dir = await Deno.makeTempDir();
  const cache = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/a.txt`, "De gemeente regelt de zorg in de wijk.\n");
    const result = await runBench({
      corpus: dir,
      cacheDir: cache,
      runs: 1,
      modes: ["exact"],
      log: () => {},
    });
    const names = result.measurements.map((m) => m.what);
    assert.ok(names.includes(SCORE_RUNS.oneWorker));
    // None of its words is an entry of data/lexicon/study.csv: the pipeline counts 0 (grep
    // then exits with 1, which once stopped the bench).
    const pipeline = result.measurements.find((m) => m.what === PEER_RUNS.pipeline)!;
    assert.equal(pipeline.output, "0");
    assert.ok(!names.includes(SCORE_RUNS.halves) && !names.includes(SCORE_RUNS.halvesThreads));
    assert.ok(result.skipped.some((note) => note.includes("one document has no halves")));
    assert.match(formatBench(result), /skipped: .*one document has no halves/);
  } finally {
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(cache, { recursive: true });
  }
});
