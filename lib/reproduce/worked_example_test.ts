/**
 * Issue 13, the second worked example: `analyse` on the invented school plans of
 * `data/corpus/schools` with `data/lexicon/schools.yaml` (three categories, phrases and
 * wildcards), grouped by the manifest column `sector`. Every row of the four contract
 * tables is compared with the values worked out by hand in
 * `testdata/worked_example_expected.ts` (hits counted by reading the texts, words counted
 * with grep, statistics by plain arithmetic), rounded to the 3 decimals the tables carry.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatFixed, parseCsv } from "../io/mod.ts";
import { analyseCorpus } from "./analyse_corpus.ts";
import {
  expectedCases,
  expectedExtremes,
  expectedMeansByGroup,
  expectedSharesOverTime,
  WORKED_EXAMPLE_CORPUS,
  WORKED_EXAMPLE_GROUPING,
  WORKED_EXAMPLE_LEXICON,
} from "./testdata/worked_example_expected.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Expected rows as the CSV writes them: numbers with 3 decimals, counts whole, null empty. */
function asWritten(rows: readonly object[], decimals: readonly string[]): string[][] {
  return rows.map((row) =>
    Object.entries(row).map(([key, value]) =>
      value === null
        ? ""
        : typeof value === "number" && decimals.includes(key)
        ? formatFixed(value, 3)
        : String(value)
    )
  );
}

Deno.test("analyse on the second worked example writes every table as worked out by hand", async () => {
  const work = await Deno.makeTempDir({ prefix: "sturingstaal-worked-" });
  const out = join(work, "run");
  const lines: string[] = [];
  const code = await analyseCorpus({
    corpus: join(root, WORKED_EXAMPLE_CORPUS),
    out,
    lexicon: join(root, WORKED_EXAMPLE_LEXICON),
    "group-by": WORKED_EXAMPLE_GROUPING,
  }, { log: (line) => lines.push(line) });
  assert.equal(code, 0, lines.join("\n"));
  const table = async (name: string) =>
    parseCsv(await Deno.readTextFile(join(out, `tables/${name}.csv`))).records
      .map((r) => Object.values(r.values));

  assert.deepEqual(
    await table("means-by-group"),
    asWritten(expectedMeansByGroup(), ["mean_share", "median_share", "sd_share", "mean_per_1000"]),
  );
  assert.deepEqual(
    await table("shares-over-time"),
    asWritten(expectedSharesOverTime(), ["mean_share"]),
  );
  assert.deepEqual(await table("extremes"), asWritten(expectedExtremes(), ["share_pct"]));
  assert.deepEqual(await table("cases"), asWritten(expectedCases(), ["share_pct"]));

  // The notebook's sentences, checked against the hand-worked example.
  const notebook = await Deno.readTextFile(join(out, "notebooks/13-design-on-any-corpus.ipynb"));
  assert.match(
    notebook,
    /This run scored 12 documents of `[^`]*schools` with the lexicon `[^`]*schools\.yaml` \(3 categories: energy, nature and community; mode exact\)/,
  );
  assert.match(
    notebook,
    /By sector: primary 5 documents, secondary 4, vocational 3\. The smallest group, vocational, has 3 documents/,
  );
  assert.match(
    notebook,
    /Each category gets its 5 highest and 5 lowest documents, as in the study\./,
  );
  assert.match(
    notebook,
    /Documents are dated in 2 years, 2019 to 2023\. From 2019 \(6 documents\) to 2023 \(6 documents\)/,
  );
  assert.match(notebook, /The most typical document is elmcroft/);
  assert.match(
    lines.at(-1)!,
    /^analysed 12 documents of .*schools with the lexicon .*schools\.yaml \(3 categories: energy, nature, community\), grouped by sector; /,
  );
  await Deno.remove(work, { recursive: true });
});
