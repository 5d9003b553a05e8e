import assert from "node:assert/strict";
import { loadStudyLexicon } from "../lexicon/mod.ts";
import { scoreCorpus } from "../score/mod.ts";

Deno.test("scaling: the documents dealt to two threads are the corpus, each scored once a pass", async () => {
  const sample = new URL("../../data/corpus/sample", import.meta.url).pathname;
  const { stdout, success } = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      new URL("./scaling.ts", import.meta.url).pathname,
      "--threads",
      "2",
      "--corpus",
      sample,
    ],
  }).output();
  assert.ok(success);
  const [seconds, hits] = new TextDecoder().decode(stdout).trim().split(" ").map(Number);
  assert.ok(seconds > 0);
  // The expectation: the hits of the whole corpus as lib/score counts them on one thread.
  const scored = await scoreCorpus(sample, await loadStudyLexicon(), { workers: 1 });
  const expected = scored.documents.reduce((sum, d) => sum + d.hits.length, 0);
  assert.ok(expected > 0);
  assert.equal(hits, expected);
});
