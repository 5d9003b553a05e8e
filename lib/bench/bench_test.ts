import assert from "node:assert/strict";
import { iterateCorpus } from "../corpus/mod.ts";
import { FastScorer } from "../score/fast_scorer.ts";
import { benchLexicons, ensureCorpus, formatBench, runBench, SCORE_V8_FLAGS } from "./bench.ts";
import { generateCorpus, GENERATED_FILE } from "./generate_corpus.ts";
import { naiveScore } from "./naive.ts";

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
    const lexicons = await benchLexicons();
    let joins = 0;
    let accented = 0;
    const matched = { exact: 0, stem: 0, glob: 0 };
    for await (const doc of iterateCorpus(dir)) {
      joins += doc.report.cleaning.hyphenJoins;
      accented += (doc.text.match(/[ëïéö]/g) ?? []).length;
      for (const mode of ["exact", "stem", "glob"] as const) {
        matched[mode] += new FastScorer(lexicons[mode]).score(doc.text, { hits: false })
          .matchedTokens;
      }
      // The naive baseline counts what the fast scorer counts, for one-word exact entries.
      assert.deepEqual(
        naiveScore(doc.text, lexicons.exact).entryHits,
        new FastScorer(lexicons.exact).score(doc.text).entryHits,
      );
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

Deno.test("runBench: a small run measures every part and states the targets", async () => {
  const cache = await Deno.makeTempDir();
  try {
    const result = await runBench({
      mb: 0.2,
      docs: 4,
      cacheDir: cache,
      repeat: 1,
      workers: 2,
      memory: false,
      log: () => {},
    });
    assert.equal(result.corpus.documents, 4);
    assert.equal(result.scoring.length, 3 * 3 + 1);
    assert.deepEqual(
      result.endToEnd.map((t) => `${t.mode} ${t.threads}`),
      ["exact", "stem", "glob"].flatMap((m) => [
        `${m} this thread`,
        `${m} 1 worker`,
        `${m} 2 workers`,
      ]),
    );
    assert.ok([...result.scoring, ...result.endToEnd].every((t) => t.mbPerS > 0));
    const text = formatBench(result);
    assert.match(text, /exact >= 60 MB\/s on one core/);
    assert.match(text, /stem within 2x of exact/);
    assert.match(text, /2 workers \/ 1 worker, files to counts, exact/);
  } finally {
    await Deno.remove(cache, { recursive: true });
  }
});

Deno.test("the bench measures memory with the V8 flags of deno task score", async () => {
  const tasks = JSON.parse(
    await Deno.readTextFile(new URL("../../deno.json", import.meta.url)),
  ).tasks as Record<string, string>;
  assert.ok(
    tasks.score.includes(`--v8-flags=${SCORE_V8_FLAGS} `),
    `deno.json task score: ${tasks.score}`,
  );
});
