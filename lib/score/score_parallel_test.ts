import assert from "node:assert/strict";
import { generateCorpus } from "../bench/generate_corpus.ts";
import { listCorpus } from "../corpus/mod.ts";
import { type Lexicon, loadLexicon, loadStudyLexicon, parseLexicon } from "../lexicon/mod.ts";
import { scoreCorpusToDir } from "./aggregate_stream.ts";
import { type CorpusScore, scoreCorpus } from "./score_corpus.ts";
import { plainScoreCorpus } from "./testing/plain_scorer.ts";
import { scoreDocuments, ScoringPool } from "./score_parallel.ts";
import { scoreSource } from "./score_source.ts";
import { Scorer } from "./scorer.ts";
import { scoreCleaningSteps } from "./cleaning_effects.ts";
import { compileLexicon } from "../lexicon/compile_lexicon.ts";
import { readDocument } from "../corpus/document.ts";
import { resultCsvFiles } from "./tables.ts";
import { writeScoreResults } from "./write_results.ts";
import type { InputError } from "../io/input_error.ts";
import { MARKER_FILE } from "../io/result_folder.ts";

const SAMPLE = new URL("../../data/corpus/sample", import.meta.url).pathname;
const EXAMPLE = new URL("../../data/lexicon/example.yaml", import.meta.url).pathname;
const FILES = [
  "cleaning.csv",
  "corpus.csv",
  "coverage.csv",
  "documents.csv",
  "kwic.csv",
  "settings.json",
  "words.csv",
];

async function globLexicon(): Promise<Lexicon> {
  const study = await loadStudyLexicon();
  const csv = "category,entry,mode\n" +
    study.entries.map((e) => `${e.category},${e.entry}*,glob`).join("\n") + "\n";
  return parseLexicon(csv, "csv", { file: "study-glob.csv" });
}

/** Lexicons by name, with the mode to score in. */
async function cases(): Promise<[string, Lexicon, "exact" | "stem" | undefined][]> {
  const study = await loadStudyLexicon();
  return [
    ["study exact", study, undefined],
    ["study stem", study, "stem"],
    ["study glob", await globLexicon(), undefined],
    ["example (mixed modes, a phrase)", await loadLexicon(EXAMPLE), undefined],
  ];
}

/** The per document × entry counts and per document × category shares, as files. */
function countsAndShares(result: CorpusScore) {
  const files = resultCsvFiles(result);
  return { words: files["words.csv"], documents: files["documents.csv"] };
}

// One test with steps, so that the steps share two pools of workers: starting a worker
// under `deno test` means type-checking its modules again, about a second each.
Deno.test("fast path: identical results to the plain scorer", async (t) => {
  const one = new ScoringPool(1);
  const two = new ScoringPool(2);
  const pools: [string, 0 | ScoringPool][] = [["this thread", 0], ["1 worker", one], [
    "2 workers",
    two,
  ]];
  const generated = await Deno.makeTempDir({ prefix: "sturingstaal-gen-" });
  const out = await Deno.makeTempDir({ prefix: "sturingstaal-out-" });
  try {
    await generateCorpus(generated, 0.4, { docs: 7, seed: 3 });

    await t.step("scoreCorpus = the plain scorer on the sample corpus, every mode", async () => {
      for (const [name, lexicon, mode] of await cases()) {
        const plain = await plainScoreCorpus(SAMPLE, lexicon, { mode });
        for (const [how, workers] of pools) {
          const fast = await scoreCorpus(SAMPLE, lexicon, { mode, workers });
          assert.deepEqual(countsAndShares(fast), countsAndShares(plain), `${name}, ${how}`);
          assert.deepEqual(fast, plain, `${name}, ${how}`);
        }
      }
    });

    await t.step("scoreCorpus = the plain scorer on a generated corpus, every mode", async () => {
      for (const [name, lexicon, mode] of await cases()) {
        const plain = await plainScoreCorpus(generated, lexicon, { mode });
        assert.ok(plain.coverage.matchedTokens > 100, `${name}: the generated text has hits`);
        for (const [how, workers] of pools) {
          const fast = await scoreCorpus(generated, lexicon, { mode, workers, depth: 1 });
          assert.deepEqual(countsAndShares(fast), countsAndShares(plain), `${name}, ${how}`);
          assert.deepEqual(fast, plain, `${name}, ${how}`);
        }
        // Without hits: the same counts and coverage, no context.
        const counts = await scoreCorpus(generated, lexicon, {
          mode,
          workers: two,
          hits: "none",
        });
        assert.deepEqual(counts.coverage, plain.coverage);
        assert.deepEqual(countsAndShares(counts), countsAndShares(plain));
        assert.ok(counts.documents.every((d) => d.hits.length === 0));
      }
    });

    await t.step(
      "scoreCorpusToDir writes the files of writeScoreResults, byte for byte",
      async () => {
        for (const [name, lexicon, mode] of await cases()) {
          await writeScoreResults(
            await plainScoreCorpus(generated, lexicon, { mode }),
            `${out}/plain`,
          );
          const done: string[] = [];
          const result = await scoreCorpusToDir(generated, lexicon, `${out}/fast`, {
            mode,
            workers: two,
            onDocument: (doc, n) => done.push(`${n}:${doc.id}`),
          });
          assert.deepEqual(result.files, FILES);
          assert.deepEqual(done, result.settings.corpus.ids.map((id, i) => `${i + 1}:${id}`));
          for (const file of FILES) {
            assert.equal(
              await Deno.readTextFile(`${out}/fast/${file}`),
              await Deno.readTextFile(`${out}/plain/${file}`),
              `${name}: ${file}`,
            );
          }
        }
        // Without kwic.csv: the other files the same, kwic.csv left out.
        const lexicon = await loadStudyLexicon();
        await writeScoreResults(await plainScoreCorpus(generated, lexicon), `${out}/plain`);
        const lean = await scoreCorpusToDir(generated, lexicon, `${out}/fast`, {
          kwicFile: false,
          workers: 0,
        });
        assert.deepEqual(lean.files, FILES.filter((f) => f !== "kwic.csv"));
        for (const file of lean.files) {
          assert.equal(
            await Deno.readTextFile(`${out}/fast/${file}`),
            await Deno.readTextFile(`${out}/plain/${file}`),
          );
        }
        await assert.rejects(Deno.stat(`${out}/fast/kwic.csv`));
      },
    );

    await t.step(
      "two long documents (many chunks, kwic.csv in many batches) give the plain files",
      async () => {
        // The second document waits for the first while its worker runs ahead, batch by
        // batch; the files must still be those of the plain scorer, byte for byte.
        const long = `${out}/long-corpus`;
        await generateCorpus(long, 5, { docs: 2, seed: 4 });
        const lexicon = await loadStudyLexicon({ mode: "stem" });
        await writeScoreResults(await plainScoreCorpus(long, lexicon), `${out}/long-plain`);
        for (const workers of [0, two]) {
          await scoreCorpusToDir(long, lexicon, `${out}/long-fast`, { workers });
          for (const file of FILES) {
            assert.equal(
              await Deno.readTextFile(`${out}/long-fast/${file}`),
              await Deno.readTextFile(`${out}/long-plain/${file}`),
              file,
            );
          }
        }
        const kwic = await Deno.stat(`${out}/long-fast/kwic.csv`);
        assert.ok(kwic.size > 8 * (1 << 18), `kwic.csv of ${kwic.size} bytes: many batches`);
      },
    );

    await t.step(
      "a bad document fails with scoreCorpus's message, after those before it",
      async () => {
        const dir = `${out}/bad-corpus`;
        await Deno.mkdir(dir);
        await Deno.writeTextFile(`${dir}/a.txt`, "Regelen en meedoen.");
        await Deno.writeFile(`${dir}/b.txt`, new Uint8Array([0x63, 0x72, 0xe9, 0x65])); // Windows-1252
        await Deno.writeTextFile(`${dir}/c.txt`, "Meedoen.");
        const lexicon = await loadStudyLexicon();
        const plain = await plainScoreCorpus(dir, lexicon).then(() => undefined, (e: Error) => e);
        assert.ok(plain instanceof Error && plain.name === "InputError");
        // Twice round: a pool stopped early by an error scores the next corpus as before.
        for (const [how, workers] of [...pools, ...pools]) {
          const seen: string[] = [];
          await assert.rejects(
            async () => {
              for await (const doc of scoreDocuments(dir, lexicon, { workers })) seen.push(doc.id);
            },
            { name: "InputError", message: plain.message },
          );
          assert.deepEqual(seen, ["a"], how);
        }
      },
    );

    await t.step("a listing is scored in listing order, whatever the workers do", async () => {
      const listing = await listCorpus(generated);
      listing.sources.reverse();
      const lexicon = await loadStudyLexicon();
      const ids: string[] = [];
      for await (const doc of scoreDocuments(listing, lexicon, { workers: two, depth: 3 })) {
        ids.push(doc.id);
      }
      assert.deepEqual(ids, listing.sources.map((s) => s.id));
    });

    await t.step("scoreCorpusToDir refuses a folder that is not an earlier result", async () => {
      const dir = `${out}/mine`;
      await Deno.mkdir(dir);
      await Deno.writeTextFile(`${dir}/notes.txt`, "mine");
      await assert.rejects(
        scoreCorpusToDir(SAMPLE, await loadStudyLexicon(), dir, { displayDir: "uit", workers: 0 }),
        {
          name: "ResultFolderError",
          message: `uit: exists and was not made by sturingstaal (no ${MARKER_FILE}); it holds 1 ` +
            "file(s) or folder(s) that sturingstaal must not replace: choose a new folder, " +
            "e.g. --out runs/my-study",
        },
      );
      assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["notes.txt"]);
    });

    await t.step(
      "scoreCorpusToDir lists every unreadable document and writes nothing",
      async () => {
        const corpus = `${out}/broken`;
        await Deno.mkdir(corpus);
        await Deno.writeTextFile(`${corpus}/a.txt`, "De gemeente regelt.");
        await Deno.writeFile(`${corpus}/b.txt`, new Uint8Array([0x61, 0x0a, 0xe9, 0x0a])); // Latin-1 é
        await Deno.writeTextFile(`${corpus}/c.txt`, "   ");
        for (const workers of [0, 2]) {
          await assert.rejects(
            scoreCorpusToDir(corpus, await loadStudyLexicon(), `${out}/broken-out`, { workers }),
            (error: InputError) => {
              assert.deepEqual(error.problems.map((p) => p.location.file), [
                `${corpus}/b.txt`,
                `${corpus}/c.txt`,
              ]);
              return true;
            },
          );
          await assert.rejects(Deno.stat(`${out}/broken-out`), Deno.errors.NotFound);
        }
      },
    );
  } finally {
    one.close();
    two.close();
    await Deno.remove(generated, { recursive: true });
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("scoreSource: what the cleaning steps did is tallied part by part, the same as all at once", async () => {
  // The oracle: readDocument keeps every piece a step changed, and scoreCleaningSteps
  // scores them together at the end (as scoring did before it tallied part by part).
  // About 300 KB: ten parts of 32 KB, each with line-end hyphens, a ligature and a soft
  // hyphen break, some of them joining signal words (regie, eigen kracht).
  const dir = await Deno.makeTempDir();
  try {
    const line = (i: number) =>
      `De re-\ngie ligt bij de ge-\nmeente (${i}); ei\u00AD\ngen kracht en e\uFB00ect op zorg-\nen welzijn.\n`;
    await Deno.writeTextFile(
      `${dir}/a.txt`,
      Array.from({ length: 4000 }, (_, i) => line(i)).join(""),
    );
    const source = {
      id: "a",
      file: "a.txt",
      path: `${dir}/a.txt`,
      displayPath: "a.txt",
      metadata: {},
    };
    const lexicon = compileLexicon(await loadStudyLexicon());
    const streamed = await scoreSource(source, new Scorer(lexicon), { hits: "none" });
    const whole = await readDocument(source);
    const expected = scoreCleaningSteps(whole.report.steps ?? {}, new Scorer(lexicon));
    assert.deepEqual(streamed.steps, expected);
    // And the counts themselves, by hand: per line three words joined at a line end
    // (re-gie: a vowel only before the hyphen; ge-meente; ei-gen at a soft hyphen), the
    // elliptic "zorg- en" kept, one ligature.
    const changes = Object.fromEntries(streamed.steps!.map((s) => [s.step, s.changes]));
    assert.deepEqual(changes, { ligatures: 4000, hyphens: 12000 });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
