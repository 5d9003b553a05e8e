import assert from "node:assert/strict";
import { join } from "node:path";
import { parseCsv } from "../io/mod.ts";
import { analyseCorpus } from "./analyse_corpus.ts";

const sample = new URL("../../data/corpus/sample/", import.meta.url).pathname;

// Regression: a corpus with fewer documents than selection roles broke the figures notebook
// (found by running `analyse` on a two-document corpus as a new user would).
Deno.test("analyse runs the corpus notebooks on a two-document corpus into its own directory", async () => {
  const work = await Deno.makeTempDir({ prefix: "sturingstaal-analyse-" });
  const corpus = join(work, "plans");
  await Deno.mkdir(corpus);
  // No manifest: file names are municipalities, placed by data/municipalities.csv.
  await Deno.copyFile(join(sample, "veenhoven.txt"), join(corpus, "Zwolle.txt"));
  await Deno.copyFile(join(sample, "brederwaard.txt"), join(corpus, "Oss.txt"));
  const out = join(work, "run");
  const lines: string[] = [];
  assert.equal(await analyseCorpus({ corpus, out }, { log: (l) => lines.push(l) }), 0);

  // Both are municipalities of Bijlage A: Oss (100.000-, zuid) and Zwolle (100.000+, oost), so
  // the study's groupings apply, each group with one document.
  const means = parseCsv(await Deno.readTextFile(join(out, "tables/means-by-group.csv")));
  assert.deepEqual(
    [
      ...new Set(
        means.records.map((r) => `${r.values.grouping}:${r.values.group}:${r.values.documents}`),
      ),
    ],
    [
      "all:all:2",
      "size_class:100.000+:1",
      "size_class:100.000-:1",
      "region:oost:1",
      "region:zuid:1",
    ],
  );
  const documents = parseCsv(await Deno.readTextFile(join(out, "scoring/documents.csv")));
  assert.deepEqual([...new Set(documents.records.map((r) => r.values.document))], [
    "Oss",
    "Zwolle",
  ]);
  for (const figure of ["design-means-by-group", "design-typical-case", "scoring-shares"]) {
    assert.ok((await Deno.stat(join(out, `figures/${figure}.svg`))).size > 1000, figure);
  }
  const manifest = JSON.parse(await Deno.readTextFile(join(out, "MANIFEST.json")));
  assert.deepEqual(
    Object.keys(manifest.inputs).filter((k) => k.startsWith("corpus/")),
    ["corpus/Oss.txt", "corpus/Zwolle.txt"],
  );
  assert.deepEqual(Object.keys(manifest.notebooks).map((k) => k.slice(10, 12)), ["01", "02", "13"]);
  assert.match(lines[0], /: 2 documents, 2 readable, 0 problems, 0 warnings, 0 files skipped$/);
  assert.match(
    lines.at(-1)!,
    /^analysed 2 documents of .* \(4 categories: PA, NPM, NPG, SR\), grouped by size_class and region; /,
  );
  await Deno.remove(work, { recursive: true });
});

Deno.test("analyse refuses a corpus with problems and runs nothing", async () => {
  const work = await Deno.makeTempDir({ prefix: "sturingstaal-analyse-" });
  const corpus = join(work, "corpus");
  await Deno.mkdir(corpus);
  await Deno.writeTextFile(join(corpus, "manifest.csv"), "id,file,region\na,a.txt,Oost\n");
  await Deno.writeTextFile(join(corpus, "a.txt"), "De gemeente regelt de zorg.");
  const lines: string[] = [];
  const out = join(work, "run");
  assert.equal(await analyseCorpus({ corpus, out }, { log: (l) => lines.push(l) }), 1);
  assert.match(
    lines.join("\n"),
    /manifest\.csv line 2, column region: "Oost" is not one of noord, oost, zuid, west/,
  );
  await assert.rejects(() => Deno.stat(out));
  await Deno.remove(work, { recursive: true });
});

// Issue 11: `--out` the corpus itself, or a folder around it, deleted the corpus.
Deno.test("analyse refuses --out that is the corpus, holds it, or is not its own, before anything runs", async () => {
  const work = await Deno.makeTempDir({ prefix: "sturingstaal-analyse-" });
  const corpus = join(work, "plans");
  await Deno.mkdir(corpus);
  await Deno.copyFile(join(sample, "veenhoven.txt"), join(corpus, "Zwolle.txt"));
  await Deno.mkdir(join(work, "thesis"));
  await Deno.writeTextFile(join(work, "thesis", "h1.docx"), "hoofdstuk 1");
  const pick = "choose a new folder, e.g. --out runs/my-study";
  for (
    const [out, problem] of [
      [corpus, `is an input of this run (${corpus}); ${pick}`],
      [work, `contains an input of this run (${corpus}); ${pick}`],
      [
        join(work, "thesis"),
        "exists and was not made by sturingstaal (no .sturingstaal-result.json); it holds 1 " +
        `file(s) or folder(s) that sturingstaal must not replace: ${pick}`,
      ],
    ]
  ) {
    const lines: string[] = [];
    assert.equal(await analyseCorpus({ corpus, out }, { log: (l) => lines.push(l) }), 1);
    assert.deepEqual(lines, [`${out}: ${problem}`]);
  }
  assert.deepEqual([...Deno.readDirSync(corpus)].map((e) => e.name), ["Zwolle.txt"]);
  assert.equal(await Deno.readTextFile(join(work, "thesis", "h1.docx")), "hoofdstuk 1");
  await Deno.remove(work, { recursive: true });
});

Deno.test("analyse --no-clean: every notebook reads the corpus with the steps off, and the settings say so", async () => {
  const work = await Deno.makeTempDir({ prefix: "sturingstaal-analyse-" });
  try {
    const corpus = join(work, "plans");
    await Deno.mkdir(corpus);
    // Worked by hand: "regelen" (PA) broken at a line end. With `hyphens` off it stays
    // "rege-" and "len": no PA hit; "prestatie" (NPM) is found either way.
    await Deno.writeTextFile(join(corpus, "a.txt"), "Wij rege-\nlen de prestatie.\n");
    await Deno.writeTextFile(join(corpus, "b.txt"), "De prestatie en het regelen.\n");
    const out = join(work, "run");
    const lines: string[] = [];
    const code = await analyseCorpus({ corpus, out, "no-clean": "hyphens" }, {
      log: (line) => lines.push(line),
    });
    assert.equal(code, 0);
    assert.match(lines.at(-1)!, /, not grouped, cleaning steps off: hyphens; notebooks /);
    const documents = parseCsv(await Deno.readTextFile(join(out, "scoring/documents.csv")));
    const hits = documents.records.filter((r) =>
      r.values.category !== "NPG" && r.values.category !== "SR"
    )
      .map((r) => `${r.values.document}:${r.values.category}:${r.values.hits}`);
    assert.deepEqual(hits, ["a:PA:0", "a:NPM:1", "b:PA:1", "b:NPM:1"]);
    const settings = JSON.parse(await Deno.readTextFile(join(out, "scoring/settings.json")));
    assert.deepEqual(settings.cleaning.off, ["hyphens"]);
  } finally {
    await Deno.remove(work, { recursive: true });
  }
});
