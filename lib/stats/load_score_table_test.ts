import assert from "node:assert/strict";
import { join } from "node:path";
import { loadScoreTable, parseScoreSource, placeDocuments } from "./load_score_table.ts";

Deno.test("published is the default and reads Bijlage G", async () => {
  const table = await loadScoreTable({ source: "" });
  assert.equal(table.meta.source, "published");
  assert.equal(table.rows.length, 49);
  assert.equal(table.rows.find((r) => r.municipality === "Zwolle")?.NPM, 46.3);
});

Deno.test("a relative corpus path is taken from the project root", () => {
  const spec = parseScoreSource("runs/full");
  assert.equal(spec.kind, "corpus");
  if (spec.kind === "corpus") {
    assert.ok(spec.result.endsWith("/runs/full"));
    assert.ok(!spec.result.includes("/notebooks/"));
  }
  assert.throws(() => parseScoreSource("a.csv,b.csv,c.csv"), {
    message:
      'column STURINGSTAAL_SCORES: "a.csv,b.csv,c.csv" is neither "published", "run", "RESULT" nor "RESULT,MANIFEST"',
  });
});

Deno.test("a scorer result directory: documents.csv, corpus.csv and settings.json", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(
    join(dir, "documents.csv"),
    "document,category,hits,share_pct,per_1000_tokens,tokens\n" +
      "veen,PA,1,33.333,1.000,1000\nveen,NPM,0,0.000,0.000,1000\n" +
      "veen,NPG,0,0.000,0.000,1000\nveen,SR,2,66.667,2.000,1000\n" +
      "leeg,PA,0,,0.000,10\nleeg,NPM,0,,0.000,10\nleeg,NPG,0,,0.000,10\nleeg,SR,0,,0.000,10\n",
  );
  await Deno.writeTextFile(
    join(dir, "corpus.csv"),
    "document,file,municipality,size_class,region,title\n" +
      "veen,veen.txt,Veenhoven,100.000-,noord,x\nleeg,leeg.txt,Leeg,100.000+,west,y\n",
  );
  await Deno.writeTextFile(
    join(dir, "settings.json"),
    JSON.stringify({ lexicon: { sha256: "abc", entries: 64 }, mode: "stem", corpus: { ids: [] } }),
  );
  const table = await loadScoreTable({ source: dir });
  assert.equal(table.meta.source, "corpus");
  assert.deepEqual(table.meta.settings, {
    "lexicon.sha256": "abc",
    "lexicon.entries": 64,
    mode: "stem",
    documents_without_hits: "leeg",
  });
  assert.deepEqual(table.rows, [{
    municipality: "Veenhoven",
    size_class: "100.000-",
    region: "noord",
    PA: 100 / 3, // from the hits, not the rounded 33.333
    NPM: 0,
    NPG: 0,
    SR: 200 / 3,
  }]);
});

Deno.test("wide form; size class and region looked up in data/municipalities.csv", async () => {
  const dir = await Deno.makeTempDir();
  const documents = join(dir, "scored.csv");
  await Deno.writeTextFile(
    documents,
    "document,municipality,PA,NPM,NPG,SR\nd1,Helmond,6,2,58,34\n",
  );
  const table = await loadScoreTable({ source: documents });
  assert.deepEqual(table.rows[0], {
    municipality: "Helmond",
    size_class: "100.000-",
    region: "zuid",
    PA: 6,
    NPM: 2,
    NPG: 58,
    SR: 34,
  });
});

Deno.test("an explicit corpus manifest (keyed by id) ties documents to municipalities", async () => {
  const dir = await Deno.makeTempDir();
  const documents = join(dir, "documents.csv");
  await Deno.writeTextFile(documents, "document,category,share_pct\nplan-36,NPG,100\n");
  const manifest = join(dir, "corpus");
  await Deno.mkdir(manifest);
  await Deno.writeTextFile(
    join(manifest, "manifest.csv"),
    "id,file,municipality\nplan-36,a.txt,Oss\n",
  );
  const table = await loadScoreTable({ source: `${documents},${manifest}` });
  assert.deepEqual(table.rows.map((r) => [r.municipality, r.region, r.NPG]), [[
    "Oss",
    "zuid",
    100,
  ]]);
});

Deno.test("a document that cannot be placed is named with file and line", async () => {
  const dir = await Deno.makeTempDir();
  const documents = join(dir, "documents.csv");
  await Deno.writeTextFile(
    documents,
    "document,municipality,PA,NPM,NPG,SR\nd1,Almere-Buiten,1,2,3,94\n",
  );
  await assert.rejects(() => loadScoreTable({ source: documents }), (error: Error) => {
    assert.match(
      error.message,
      /documents\.csv line 2, column document: no size class and region for document "d1" \(municipality "Almere-Buiten"\): give them in the corpus manifest, or use a municipality of data\/municipalities\.csv$/,
    );
    return true;
  });
});

Deno.test("the scorer's files are read by their schemas: every bad cell named by line and column", async () => {
  const dir = await Deno.makeTempDir();
  const documents = join(dir, "documents.csv");
  await Deno.writeTextFile(
    documents,
    "document,category,hits,share_pct\nveen,PA,-1,10\nveen,NPM,x,20\n",
  );
  await assert.rejects(() => loadScoreTable({ source: documents }), (error: Error) => {
    assert.match(
      error.message,
      /documents\.csv line 2, column hits: "-1": not a whole number of hits/,
    );
    assert.match(
      error.message,
      /documents\.csv line 3, column hits: "x": not a whole number of hits/,
    );
    return true;
  });
  // A spreadsheet-safe id in corpus.csv ('=veen) is read back as the scorer's own id.
  await Deno.writeTextFile(
    documents,
    "document,category,hits,share_pct\n'=veen,PA,1,100\n'=veen,SR,0,0\n",
  );
  await Deno.writeTextFile(
    join(dir, "corpus.csv"),
    "document,municipality,size_class,region\n'=veen,Veenhoven,100.000-,noord\n",
  );
  const table = await loadScoreTable({ source: dir });
  assert.deepEqual(table.rows.map((r) => [r.municipality, r.PA, r.SR]), [["Veenhoven", 100, 0]]);
});

Deno.test("placeDocuments: the manifest first, then the municipality table, in document order", () => {
  // Worked by hand: a is a municipality of the table; b names its municipality itself; c is
  // placed by the manifest without a region (so the region stays unknown); d is placed by
  // the manifest against what the table says of it.
  const placed = placeDocuments(
    [{ document: "a" }, { document: "b", municipality: "Oss" }, { document: "c" }, {
      document: "d",
    }, { document: "a" }],
    [{ document: "c", size_class: "G4" }, { document: "d", size_class: "G4", region: "noord" }],
    [
      { municipality: "a", size_class: "100.000+", region: "west" },
      { municipality: "Oss", size_class: "100.000-", region: "zuid" },
      { municipality: "d", size_class: "100.000-", region: "oost" },
    ],
  );
  assert.deepEqual(placed, [
    { municipality: "a", size_class: "100.000+", region: "west" },
    { municipality: "Oss", size_class: "100.000-", region: "zuid" },
    { municipality: "c", size_class: "G4", region: null },
    { municipality: "d", size_class: "G4", region: "noord" },
    { municipality: "a", size_class: "100.000+", region: "west" },
  ]);
});
