import assert from "node:assert/strict";
import { documentFromBytes, readDocument, streamDocument } from "./document.ts";
import { minimalPdf } from "./pdf_fixture.ts";
import { validateCorpus } from "./validate_corpus.ts";

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
    steps: {
      hyphens: {
        lines: 0,
        changes: 1,
        removed: ["welzijns-\naanbieders"],
        added: ["welzijnsaanbieders"],
      },
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

Deno.test("streamDocument: in chunks of a few bytes, the text, report and refusals of documentFromBytes", async () => {
  // documentFromBytes reads the bytes in one piece (its messages are tested above); the
  // text mixes two-byte letters, a line-end hyphen, CRLF and a soft hyphen across chunk edges.
  const dir = await Deno.makeTempDir();
  try {
    const text = "Efficiënt\r\nzorg-\r\nverlening, re-\nintegratie;\u00ADmeedoen. ".repeat(20);
    const cases: [string, Uint8Array][] = [
      ["goed", utf8(text)],
      ["oud", Uint8Array.from([...utf8(text), 0xeb, ...utf8("\nnog")])],
      ["nul", Uint8Array.from([...utf8(text), 0, 0x0a])],
      ["leeg", utf8(" \n\t".repeat(50))],
    ];
    for (const [id, bytes] of cases) {
      await Deno.writeFile(`${dir}/${id}.txt`, bytes);
      const src = { ...source(id, `${id}.txt`), path: `${dir}/${id}.txt` };
      const whole = await documentFromBytes(src, bytes, false).catch((e: Error) => e.message);
      for (const chunkBytes of [1, 3, 7, 64]) {
        const parts: string[] = [];
        const streamed = await streamDocument(src, (part) => {
          parts.push(part);
        }, { chunkBytes }).then(
          (report) => ({ ...src, text: parts.join(""), report: { ...report, tokens: NaN } }),
          (e: Error) => e.message,
        );
        if (typeof whole === "string") assert.equal(streamed, whole, `${id} ${chunkBytes}`);
        else assert.deepEqual(streamed, { ...whole, report: { ...whole.report, tokens: NaN } });
      }
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("streamDocument: a ligature anywhere is written as its letters, with or without a byte order mark", async () => {
  // The reader searches the bytes, a megabyte at a time, for the first byte of U+FB00-FB06
  // in UTF-8 (0xEF) to spare the cleaner a search of the text: a ligature at the first
  // byte, after a byte order mark and beyond the first megabyte must all be found.
  // Expected by hand: "ﬁ" (U+FB01) is "fi", "ﬂ" (U+FB02) is "fl".
  const dir = await Deno.makeTempDir();
  try {
    const filler = "Wij regelen het. ".repeat(70_000); // 1.19 MB
    const cases: [string, string, string][] = [
      ["begin", "\uFB01nanciën\n", "financiën\n"],
      ["bom", "\uFEFF\uFB02exibel\n", "flexibel\n"],
      ["ver", filler + "\uFB01nanciën", filler + "financiën"],
      // A Word bullet (U+F0B7, also 0xEF first) before it does not hide it.
      ["bullet", "\uF0B7 " + filler + "\uFB01nanciën", "\uF0B7 " + filler + "financiën"],
      // The ligature's three bytes across the edge of the first megabyte read (2^20 bytes).
      ["rand", "a".repeat(2 ** 20 - 1) + " \uFB01" + "a", "a".repeat(2 ** 20 - 1) + " fia"],
      ["bom-zonder", "\uFEFFgewoon", "gewoon"],
    ];
    for (const [id, written, expected] of cases) {
      await Deno.writeTextFile(`${dir}/${id}.txt`, written);
      const src = { ...source(id, `${id}.txt`), path: `${dir}/${id}.txt` };
      const parts: string[] = [];
      await streamDocument(src, (part) => {
        parts.push(part);
      });
      assert.equal(parts.join(""), expected, id);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("validateCorpus warns of a PDF's pages without text, naming them", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeFile(`${dir}/a.pdf`, minimalPdf([[], ["Tekst."]]));
  const result = await validateCorpus(dir, { displayDir: "plannen", purpose: "score" });
  assert.deepEqual([result.problems, result.warnings], [[], [
    'plannen/a.pdf: document "a": 1 of 2 pages has no text (page 1: scanned, or blank?), so its ' +
    "words are not counted; OCR the PDF first, e.g. with ocrmypdf",
  ]]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("streamDocument: documents read at the same time on one thread each get their own text", async () => {
  // The read buffers are used again from one document to the next, never by two at once.
  const dir = await Deno.makeTempDir();
  const texts = ["aap noot mies ".repeat(100_000), "wim zus jet ".repeat(120_000)];
  const sources = texts.map((text, i) => {
    Deno.writeTextFileSync(`${dir}/${i}.txt`, text);
    return {
      id: `${i}`,
      file: `${i}.txt`,
      path: `${dir}/${i}.txt`,
      displayPath: `${i}.txt`,
      metadata: {},
    };
  });
  const read = async (source: (typeof sources)[number]) => {
    const parts: string[] = [];
    await streamDocument(source, async (text) => {
      parts.push(text);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    return parts.join("");
  };
  for (let round = 0; round < 2; round++) {
    assert.deepEqual(await Promise.all(sources.map(read)), texts);
  }
  await Deno.remove(dir, { recursive: true });
});
