import assert from "node:assert/strict";
import { iterateCorpus, listCorpus, loadCorpus } from "./corpus.ts";
import { minimalPdf } from "./pdf_fixture.ts";

async function tempCorpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await Deno.makeTempDir();
  for (const [name, content] of Object.entries(files)) {
    const path = `${dir}/${name}`;
    await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    if (typeof content === "string") await Deno.writeTextFile(path, content);
    else await Deno.writeFile(path, content);
  }
  return dir;
}

Deno.test("listCorpus without manifest: supported files, sorted by id", async () => {
  const dir = await tempCorpus({
    "b.txt": "b",
    "a.md": "a",
    "C.pdf": minimalPdf([["c"]]),
    "README.md": "uitleg",
    ".verborgen.txt": "x",
    "notities.xlsx": "x",
    "sub/d.txt": "d",
  });
  const listing = await listCorpus(dir, { displayDir: "corpus" });
  assert.equal(listing.manifest, false);
  assert.deepEqual(listing.sources.map((s) => [s.id, s.file, s.displayPath]), [
    ["C", "C.pdf", "corpus/C.pdf"],
    ["a", "a.md", "corpus/a.md"],
    ["b", "b.txt", "corpus/b.txt"],
  ]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("listCorpus: errors", async () => {
  await assert.rejects(() => listCorpus("/nonexistent/corpus"), {
    message: "/nonexistent/corpus: corpus directory not found",
  });
  const twice = await tempCorpus({ "a.txt": "a", "a.pdf": minimalPdf([["a"]]) });
  await assert.rejects(() => listCorpus(twice, { displayDir: "c" }), {
    message:
      'c: two files would have the id "a" (a.pdf, a.txt); add a manifest.csv to tell them apart',
  });
  const none = await tempCorpus({ "README.md": "x" });
  await assert.rejects(() => listCorpus(none, { displayDir: "c" }), {
    message:
      "c: no documents (.txt, .md, .pdf, .docx, .odt, .html, .htm) and no manifest.csv found",
  });
  await Deno.remove(twice, { recursive: true });
  await Deno.remove(none, { recursive: true });
});

Deno.test("loadCorpus: manifest order, metadata, a generated PDF among text files", async () => {
  const pdf = minimalPdf([
    ["Gemeente Proefstad (verzonnen) werkt efficiënt met de participatie-", "samenleving."],
    ["Tweede pagina: het zorg- en welzijnsaanbod."],
  ]);
  const dir = await tempCorpus({
    "manifest.csv":
      "id,file,municipality,region\nproef,stukken/proef.pdf,Proefstad,oost\nnotitie,n.txt,,\n",
    "stukken/proef.pdf": pdf,
    "n.txt": "\uFEFFEen korte notitie.\r\n",
  });
  const corpus = await loadCorpus(dir, { displayDir: "c" });
  assert.equal(corpus.manifest, true);
  const [proef, notitie] = corpus.documents;
  assert.equal(proef.id, "proef");
  assert.equal(proef.displayPath, "c/stukken/proef.pdf");
  assert.deepEqual(proef.metadata, { municipality: "Proefstad", region: "oost", extra: {} });
  assert.equal(
    proef.text,
    "Gemeente Proefstad (verzonnen) werkt efficiënt met de participatiesamenleving.\n\n" +
      "Tweede pagina: het zorg- en welzijnsaanbod.",
  );
  assert.deepEqual(
    [proef.report.pages, proef.report.tokens, proef.report.cleaning.hyphenJoins],
    [2, 14, 1],
  );
  assert.equal(notitie.text, "Een korte notitie.\n");
  assert.deepEqual([notitie.report.pages, notitie.report.characters, notitie.report.tokens], [
    1,
    19,
    3,
  ]);
  assert.equal(notitie.report.cleaning.bomRemoved, true);
  assert.equal(notitie.report.cleaning.lineEndsNormalized, 1);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("iterateCorpus: documents come one at a time; a bad one stops with its name", async () => {
  const dir = await tempCorpus({
    "a.txt": "Eerste.",
    "b.txt": "  \n\t",
    "c.txt": "Derde.",
  });
  const seen: string[] = [];
  await assert.rejects(
    async () => {
      for await (const doc of iterateCorpus(dir, { displayDir: "c" })) seen.push(doc.id);
    },
    { name: "InputError", message: 'c/b.txt: document "b" is empty' },
  );
  assert.deepEqual(seen, ["a"]);
  await Deno.remove(dir, { recursive: true });
});
