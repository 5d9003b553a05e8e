import assert from "node:assert/strict";
import { loadCorpus } from "../corpus/mod.ts";
import { documentRows, scoreCorpus } from "../score/mod.ts";
import { formatDic } from "./dic.ts";
import { loadStudyLexicon, parseLexicon } from "./load_lexicon.ts";

// A .dic file written with the irregularities of real files: a byte-order mark, CRLF line
// ends, comments, blank lines, runs of tabs, a LIWC2015 description after a category name,
// spaces instead of tabs, trailing white space.
const irregular =
  "\uFEFF# Sturingstaal, four perspectives\r\n%\r\n1\tPA\t(Public Administration)\r\n" +
  "2\t\tNPM\r\n\r\n3 NPG\r\n4\tSR  \r\n%\r\n// PA\r\nregelen\t\t1\r\nkaders\t1\r\n" +
  "prestatie  2\r\nnetwerk*\t3\r\neigen kracht\t4\r\nmeedoen\t4\t4\r\n";

Deno.test("parseLexicon liwc: reads the irregularities of real .dic files", () => {
  const lexicon = parseLexicon(irregular, "liwc", { file: "vier.dic" });
  assert.equal(lexicon.name, "vier");
  assert.equal(lexicon.format, "liwc");
  assert.deepEqual(lexicon.categories, ["PA", "NPM", "NPG", "SR"]);
  // Written out by hand from the file above: line numbers count the comment and blank lines.
  assert.deepEqual(
    lexicon.entries.map((e) => [e.category, e.entry, e.mode ?? "", e.where.line]),
    [
      ["PA", "regelen", "", 10],
      ["PA", "kaders", "", 11],
      ["NPM", "prestatie", "", 12],
      ["NPG", "netwerk*", "glob", 13],
      ["SR", "eigen kracht", "", 14],
      ["SR", "meedoen", "", 15],
    ],
  );
});

Deno.test("parseLexicon liwc: every problem named with its line, all at once", () => {
  const text = "%\n1\tPA\n2\tSR\n1\tNPM\n%\nregelen\t1\t2\nlike\t(02 134)125/464\nnet*werk\t1\n" +
    "zorg\t7\nloket\n";
  assert.throws(() => parseLexicon(text, "liwc", { file: "stuk.dic" }), {
    message: "stuk.dic: 6 problems\n" +
      "stuk.dic line 4: category number 1 is defined twice (first on line 2)\n" +
      'stuk.dic line 6, column categories: "regelen" is in the categories PA, SR; the project ' +
      "counts a word for one category only: keep one number, or split the dictionary\n" +
      'stuk.dic line 7, column categories: "(02 134)125/464" is a conditional category code (LIWC2015), ' +
      "which the project cannot represent; give the entry one plain category number\n" +
      'stuk.dic line 8, column entry: "net*werk": LIWC reads * only at the end of a word (a prefix match)\n' +
      "stuk.dic line 9, column categories: category number 7 is not defined in the header\n" +
      'stuk.dic line 10, column categories: "loket" has no category number',
  });
  assert.throws(() => parseLexicon("regelen\t1\n", "liwc", { file: "kaal.dic" }), {
    message:
      'kaal.dic line 1: a .dic file starts with a line holding only "%", then its categories',
  });
  assert.throws(() => parseLexicon("%\n1\tPA\n", "liwc", { file: "open.dic" }), {
    message:
      'open.dic line 1: the header that starts here is not closed by a line holding only "%"',
  });
});

Deno.test("formatDic: round trip, and refusals of what LIWC cannot hold", () => {
  const lexicon = parseLexicon(irregular, "liwc", { file: "vier.dic" });
  const text = formatDic(lexicon);
  assert.equal(
    text,
    "%\n1\tPA\n2\tNPM\n3\tNPG\n4\tSR\n%\nregelen\t1\nkaders\t1\nprestatie\t2\nnetwerk*\t3\n" +
      "eigen kracht\t4\nmeedoen\t4\n",
  );
  const again = parseLexicon(text, "liwc", { file: "vier.dic" });
  assert.deepEqual(
    again.entries.map((e) => [e.category, e.entry, e.mode]),
    lexicon.entries.map((e) => [e.category, e.entry, e.mode]),
  );
  const stem = parseLexicon("category,entry,mode\nPA,regelen,stem\nNPG,*zorg*,glob\n", "csv", {
    file: "s.csv",
  });
  assert.throws(() => formatDic(stem), {
    message: "s.csv: 2 problems\n" +
      's.csv line 2: "regelen" (mode stem) cannot be written to LIWC .dic, which has whole words and prefixes (word*) only\n' +
      's.csv line 3: "*zorg*" (mode glob) cannot be written to LIWC .dic, which has whole words and prefixes (word*) only',
  });
});

Deno.test("a LIWC .dic of the study's lexicon scores the sample corpus exactly as the CSV", async () => {
  const csv = await loadStudyLexicon();
  const dic = parseLexicon(formatDic(csv), "liwc", { file: "study.dic" });
  assert.equal(dic.entries.length, 64);
  const corpus = await loadCorpus(new URL("../../data/corpus/sample", import.meta.url).pathname);
  const fromCsv = documentRows(await scoreCorpus(corpus, csv));
  const fromDic = documentRows(await scoreCorpus(corpus, dic));
  assert.deepEqual(fromDic, fromCsv);
  // The sample corpus has 52 hits of the study's words (outputs/scoring/settings.json).
  assert.equal(fromDic.reduce((s, r) => s + r.hits, 0), 52);
});
