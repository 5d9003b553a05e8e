/**
 * End to end: a corpus whose id, file name, title and text hold formula-like text is
 * scored by both writers (the streaming `scoreCorpusToDir` and `writeScoreResults`), and
 * no text cell of any CSV they write may start a spreadsheet formula (issue 11).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { parseCsv } from "../io/mod.ts";
import { parseLexicon } from "../lexicon/mod.ts";
import { scoreCorpusToDir } from "./aggregate_stream.ts";
import { scoreCorpus } from "./score_corpus.ts";
import { writeScoreResults } from "./write_results.ts";

const HYPERLINK = '=HYPERLINK("http://x","y")';

async function hostileCorpus(): Promise<string> {
  const dir = await Deno.makeTempDir();
  // manifest.csv written by hand: each field quoted, inner quotes doubled (RFC 4180).
  await Deno.writeTextFile(
    join(dir, "manifest.csv"),
    'id,file,municipality,title\n"@SUM(1)","-opvang.txt","+31 6","=HYPERLINK(""http://x"",""y"")"\n',
  );
  await Deno.writeTextFile(
    join(dir, "-opvang.txt"),
    `${HYPERLINK} regelen +31 6\n\n@SUM(1) regelen -opvang\n`,
  );
  return dir;
}

/** Formula characters of OWASP "CSV Injection" and their full-width forms. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

Deno.test("score results: no text cell of any CSV starts a formula", async () => {
  const corpus = await hostileCorpus();
  const out = await Deno.makeTempDir();
  const lexicon = parseLexicon("category,entry\nPA,regelen\n", "csv", { file: "mini.csv" });
  await scoreCorpusToDir(corpus, lexicon, join(out, "fast"), { workers: 1 });
  await writeScoreResults(await scoreCorpus(corpus, lexicon), join(out, "plain"));
  const names = ["corpus.csv", "coverage.csv", "documents.csv", "kwic.csv", "words.csv"];
  const files: Record<string, ReturnType<typeof parseCsv>> = {};
  for (const name of names) {
    const fast = await Deno.readTextFile(join(out, "fast", name));
    assert.equal(fast, await Deno.readTextFile(join(out, "plain", name)), name);
    files[name] = parseCsv(fast, { file: name });
    for (const { line, values } of files[name].records) {
      for (const [column, value] of Object.entries(values)) {
        // A number may start with a sign; any other text may not start a formula.
        if (/^[+-]?\d+(\.\d+)?$/.test(value)) continue;
        assert.doesNotMatch(value, FORMULA_START, `${name} line ${line}, column ${column}`);
      }
    }
  }
  // The exact cells, worked by hand: a single quote before the text as it was given.
  const corpusRow = files["corpus.csv"].records[0].values;
  assert.deepEqual(
    [corpusRow.document, corpusRow.file, corpusRow.municipality, corpusRow.title],
    ["'@SUM(1)", "'-opvang.txt", "'+31 6", `'${HYPERLINK}`],
  );
  // The right context of each hit is the text after it, white space collapsed (the
  // left context starts at a word, so "HYPERLINK(...)" lost its "=" and stays as it is).
  assert.deepEqual(
    files["kwic.csv"].records.map((r) => [r.values.document, r.values.right]),
    [["'@SUM(1)", "'+31 6 @SUM(1) regelen -opvang"], ["'@SUM(1)", "'-opvang"]],
  );
  assert.equal(files["documents.csv"].records[0].values.document, "'@SUM(1)");
  await Deno.remove(corpus, { recursive: true });
  await Deno.remove(out, { recursive: true });
});
