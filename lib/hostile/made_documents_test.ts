/**
 * Issue 19: documents made the way municipalities make them (lib/hostile/made_documents.ts:
 * Word with LibreOffice's PDF and .odt, a web page with Chromium's PDF), scored by the
 * `score` task as a user runs it, against the text they were made from, counted by the
 * plain scorer (lib/score/testing/plain_scorer.ts, the independent oracle).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { parseCsv } from "../io/mod.ts";
import { compileLexicon, loadStudyLexicon } from "../lexicon/mod.ts";
import { CHROMIUM } from "../reproduce/browser.ts";
import { scoreText } from "../score/testing/plain_scorer.ts";
import { SOFFICE } from "../reproduce/libreoffice.ts";
import { makePlanCorpus, PLAN_DOCUMENTS, planText } from "./made_documents.ts";
import { runTask } from "./support.ts";

const missing = [SOFFICE, CHROMIUM].filter((path) => {
  try {
    return !Deno.statSync(path).isFile;
  } catch {
    return true;
  }
});

/** The rows of a CSV file of a result folder, as records by column name. */
async function rows(dir: string, file: string): Promise<Record<string, string>[]> {
  return parseCsv(await Deno.readTextFile(join(dir, file))).records.map((r) => r.values);
}

/** Hits per document and category of `documents.csv`. */
async function hitsOf(dir: string): Promise<Map<string, number>> {
  return new Map(
    (await rows(dir, "documents.csv")).map((r) => [`${r.document}/${r.category}`, Number(r.hits)]),
  );
}

/** Every cleaning step that can be switched off. */
const STEPS = "page-numbers,headers-footers,footnote-marks,contents,columns,ligatures,hyphens";

Deno.test({
  name: "issue 19: PDFs of Word and of a web page score within 1% of the text they were made from",
  ignore: missing.length > 0 && Deno.env.get("CI") === undefined,
  fn: async () => {
    assert.deepEqual(missing, [], "missing: run `npx deno task setup`");
    const base = await Deno.makeTempDir({ prefix: "sturingstaal-made-" });
    try {
      const corpus = join(base, "plans");
      await Deno.mkdir(corpus);
      await makePlanCorpus(corpus);
      const clean = join(base, "clean");
      const raw = join(base, "raw");
      const done = await runTask("score", ["--corpus", corpus, "--out", clean, "--workers", "2"]);
      assert.equal(done.code, 0, done.stderr);
      const off = ["--no-clean", STEPS];
      const rawDone = await runTask("score", ["--corpus", corpus, "--out", raw, ...off]);
      assert.equal(rawDone.code, 0, rawDone.stderr);

      const compiled = compileLexicon(await loadStudyLexicon());
      const known = scoreText(planText(), compiled);
      const [cleanHits, rawHits] = [await hitsOf(clean), await hitsOf(raw)];
      const cleaning = await rows(clean, "cleaning.csv");
      const pages = new Map(
        (await rows(clean, "corpus.csv")).map((r) => [r.document, Number(r.pages)]),
      );
      const tokens = new Map(
        (await rows(clean, "corpus.csv")).map((r) => [r.document, Number(r.tokens)]),
      );
      for (const { id } of PLAN_DOCUMENTS) {
        const words = tokens.get(id)!;
        assert.ok(Math.abs(words - known.tokens) <= 0.01 * known.tokens, `${id}: ${words} words`);
        compiled.categories.forEach((category, c) => {
          const expected = known.categoryHits[c];
          const got = cleanHits.get(`${id}/${category}`)!;
          assert.ok(
            Math.abs(got - expected) <= 0.01 * expected,
            `${id} ${category}: ${got} hits, the text has ${expected}`,
          );
          // Every difference the steps make is in the cleaning report.
          const removed = cleaning
            .filter((r) => r.document === id && r.category === category)
            .reduce((sum, r) => sum + Number(r.hits), 0);
          assert.equal(
            rawHits.get(`${id}/${category}`)! - got,
            removed,
            `${id} ${category}: raw less clean`,
          );
        });
      }
      // Worked by hand: the title (meedoen, maatwerk: two SR words) is the running header
      // of every page of the three PDFs (the browser prints the page title, which is the
      // plan title); without cleaning, each page adds two SR hits.
      for (const id of ["word-pdf", "web-pdf", "web-browser-pdf"]) {
        const header = cleaning.find((r) =>
          r.document === id && r.step === "headers-footers" && r.category === "SR"
        );
        assert.equal(Number(header?.hits), 2 * pages.get(id)!, id);
        assert.ok(pages.get(id)! >= 4, `${id}: ${pages.get(id)} pages`);
      }
      // The table of contents of the Word document repeats its five headings (four with a
      // signal word: meedoen, toezicht, samenwerken, resultaat) and its heading "Inhoud".
      for (const id of ["word-pdf", "word-docx", "word-odt"]) {
        const contents = cleaning.filter((r) => r.document === id && r.step === "contents");
        assert.deepEqual(
          [
            Number(contents[0]?.lines),
            contents.reduce((s, r) => s + Number(r.hits), 0),
          ],
          [6, 4],
          id,
        );
      }
    } finally {
      await Deno.remove(base, { recursive: true });
    }
  },
});
