/**
 * Issue 13, end to end on real documents nobody prepared for the tool: four Dutch texts
 * from `../shared/seeds/` (000, 002, 003, 004: reports and essays about the social domain,
 * extracted from PDFs; not municipal plans, no manifest) analysed with a lexicon of our
 * own of three categories. Runs whenever that folder is present beside the project.
 *
 * The expectations are independent of the analysis code: the shares are recomputed here
 * from the scorer's hit counts by plain arithmetic, the list length from the number of
 * documents, and every sentence the notebook prints is checked against those numbers.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "../io/mod.ts";
import { analyseCorpus } from "./analyse_corpus.ts";

const seeds = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const present = await Deno.stat(seeds).then((s) => s.isDirectory, () => false);

// Three categories of our own, with a phrase and wildcards (not the study's perspectives).
const LEXICON = `name: samenwerking-burger-overheid
mode: exact
categories:
  samenwerking:
    - samenwerking
    - entry: netwerk*
      mode: glob
    - partners
    - ketenpartners
  burger:
    - eigen kracht
    - burgers
    - entry: bewoner*
      mode: glob
    - vrijwilligers
  overheid:
    - regels
    - wet
    - beleid
    - verordening
`;

Deno.test({
  name: "analyse on four real Dutch documents without manifest, with a lexicon of our own",
  ignore: !present,
  async fn() {
    const work = await Deno.makeTempDir({ prefix: "sturingstaal-seeds-" });
    const corpus = join(work, "seeds");
    await Deno.mkdir(corpus);
    const names = [...Deno.readDirSync(seeds)].map((e) => e.name)
      .filter((n) => /^00[0234]_.*\.txt$/.test(n)).sort();
    assert.equal(names.length, 4);
    for (const name of names) await Deno.copyFile(join(seeds, name), join(corpus, name));
    const lexicon = join(work, "eigen.yaml");
    await Deno.writeTextFile(lexicon, LEXICON);
    const out = join(work, "run");
    const lines: string[] = [];
    const code = await analyseCorpus({ corpus, out, lexicon }, { log: (l) => lines.push(l) });
    assert.equal(code, 0, lines.join("\n"));
    assert.match(lines[0], /: 4 documents, 4 readable, 0 problems, 1 warning, 0 files skipped$/);
    assert.match(lines[1], /4 of 4 documents are not among the study's municipalities/);
    assert.match(
      lines.at(-1)!,
      /^analysed 4 documents of .* \(3 categories: samenwerking, burger, overheid\), not grouped; /,
    );

    // Shares recomputed from the scorer's counts.
    const scored = parseCsv(await Deno.readTextFile(join(out, "scoring/documents.csv")));
    const hits = new Map<string, Record<string, number>>();
    for (const { values } of scored.records) {
      hits.set(values.document, { ...hits.get(values.document), [values.category]: +values.hits });
    }
    const categories = ["samenwerking", "burger", "overheid"];
    const share = (doc: string, c: string) => {
      const h = hits.get(doc)!;
      return (100 * h[c]) / categories.reduce((sum, k) => sum + h[k], 0);
    };
    const docs = [...hits.keys()];
    assert.ok(
      docs.every((d) => categories.some((c) => hits.get(d)![c] > 0)),
      "every doc has a hit",
    );

    const means = parseCsv(await Deno.readTextFile(join(out, "tables/means-by-group.csv")));
    assert.deepEqual(means.header, [
      "grouping",
      "group",
      "category",
      "documents",
      "mean_share",
      "median_share",
      "sd_share",
      "mean_per_1000",
    ]);
    assert.deepEqual(means.records.map((r) => [r.values.grouping, r.values.category]), [
      ["all", "samenwerking"],
      ["all", "burger"],
      ["all", "overheid"],
    ]);
    for (const { values } of means.records) {
      const expected = docs.reduce((sum, d) => sum + share(d, values.category), 0) / 4;
      assert.equal(values.documents, "4");
      assert.ok(Math.abs(+values.mean_share - expected) < 0.0005, values.category);
    }

    // Two per list: 4 documents, so the top and bottom lists hold floor(4 / 2) = 2.
    const ext = parseCsv(await Deno.readTextFile(join(out, "tables/extremes.csv")));
    for (const c of categories) {
      const top = ext.records.filter((r) => r.values.category === c && r.values.end === "top");
      const best = Math.max(...docs.map((d) => share(d, c)));
      assert.ok(top.length >= 2);
      assert.ok(Math.abs(+top[0].values.share_pct - best) < 0.0005);
    }

    // What the notebook says is true of this run; no NaN, no path of this machine.
    const notebook = await Deno.readTextFile(join(out, "notebooks/13-design-on-any-corpus.ipynb"));
    assert.match(notebook, /This run scored 4 documents of `\.\.\.\/seeds`/);
    assert.match(notebook, /The documents are not grouped: 4 of 4 documents are not among/);
    assert.match(notebook, /Each category gets its 2 highest and 2 lowest documents, not 5/);
    assert.match(notebook, /No document has a year/);
    for (const file of ["01-corpus", "02-scoring", "13-design-on-any-corpus"]) {
      const text = await Deno.readTextFile(join(out, `notebooks/${file}.ipynb`));
      assert.doesNotMatch(text, /NaN/, file);
      assert.ok(!text.includes(work), `${file} names the temporary folder`);
      assert.doesNotMatch(text, /sturingstaal-tmp|\.sturingstaal-/, file);
    }
    await Deno.remove(work, { recursive: true });
  },
});
