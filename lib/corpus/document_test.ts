import assert from "node:assert/strict";
import { documentFromBytes, readDocument } from "./document.ts";
import { minimalPdf } from "./pdf_fixture.ts";

const source = (id: string, file: string) => ({
  id,
  file,
  path: `/nonexistent/${file}`,
  displayPath: `corpus/${file}`,
  metadata: {},
});
const utf8 = (s: string) => new TextEncoder().encode(s);

Deno.test("readDocument: a missing file names the document", async () => {
  await assert.rejects(() => readDocument(source("weg", "weg.txt")), {
    name: "InputError",
    message: 'corpus/weg.txt: document "weg" not found',
  });
});

Deno.test("documentFromBytes: empty, wordless and Windows-1252 documents are errors", async () => {
  await assert.rejects(
    () => documentFromBytes(source("leeg", "leeg.txt"), utf8("\uFEFF \n"), false),
    {
      message: 'corpus/leeg.txt: document "leeg" is empty',
    },
  );
  await assert.rejects(
    () => documentFromBytes(source("cijfers", "c.txt"), utf8("2015 - 2019, 12%"), false),
    {
      message: 'corpus/c.txt: document "cijfers" holds no words',
    },
  );
  const cp1252 = Uint8Array.from([...utf8("Het plan is effici"), 0xeb, ...utf8("nt.")]);
  await assert.rejects(() => documentFromBytes(source("oud", "oud.txt"), cp1252, false), {
    message: 'corpus/oud.txt line 1: document "oud" is not UTF-8 but looks like Windows-1252 ' +
      '(byte 0xeb = "ë" at offset 18); re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
  });
  await assert.rejects(
    () => documentFromBytes(source("scan", "scan.pdf"), minimalPdf([[]]), true),
    {
      message:
        'corpus/scan.pdf: document "scan" has no text layer (its pages are images, as in a scan); ' +
        "it needs OCR first, e.g. with ocrmypdf",
    },
  );
});

Deno.test("documentFromBytes: the report counts what cleaning did", async () => {
  const text = "\uFEFFDe zorg-\nen welzijns-\naanbieders werken effici\u0065\u0308nt.\r\n";
  const doc = await documentFromBytes(source("a", "a.txt"), utf8(text), false);
  assert.equal(doc.text, "De zorg-\nen welzijnsaanbieders werken efficiënt.\n");
  assert.deepEqual(doc.report, {
    pages: 1,
    characters: 49,
    tokens: 6,
    cleaning: {
      bomRemoved: true,
      lineEndsNormalized: 1,
      nfcChanges: 1,
      softHyphensRemoved: 0,
      hyphenJoins: 1,
      ellipticHyphensKept: 1,
      compoundHyphensKept: 0,
    },
  });
});

// Issue 11: a document that is a link to a file outside the corpus folder is not read.
Deno.test("readDocument refuses a symbolic link that leads out of the corpus folder", async () => {
  const base = await Deno.makeTempDir();
  await Deno.mkdir(`${base}/corpus`);
  await Deno.writeTextFile(`${base}/secret.txt`, "niet voor de analyse");
  await Deno.symlink(`${base}/secret.txt`, `${base}/corpus/a.txt`);
  await Deno.writeTextFile(`${base}/corpus/b.txt`, "binnen");
  await Deno.symlink(`${base}/corpus/b.txt`, `${base}/corpus/c.txt`);
  const source = (file: string) => ({
    id: file[0],
    file,
    path: `${base}/corpus/${file}`,
    displayPath: `corpus/${file}`,
    metadata: {},
  });
  await assert.rejects(readDocument(source("a.txt")), {
    message: 'corpus/a.txt: document "a" is a symbolic link to a file outside the corpus ' +
      "folder; copy the file in instead",
  });
  assert.equal((await readDocument(source("c.txt"))).text, "binnen"); // a link inside is fine
  await Deno.remove(base, { recursive: true });
});
