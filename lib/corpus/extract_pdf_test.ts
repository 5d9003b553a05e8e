import assert from "node:assert/strict";
import { extractPdfText, PDF_EXTRACTOR } from "./extract_pdf.ts";
import { encryptedPdf, imageOnlyPdf, minimalPdf, pageCountPdf } from "./pdf_fixture.ts";
import { refusals } from "./refusals.ts";

Deno.test("extractPdfText: lines, pages and Dutch letters come out", async () => {
  const pdf = minimalPdf([
    ["Gemeente Voorbeeld werkt efficiënt met de participatie-", "samenleving."],
    ["Het zorg- en welzijnsaanbod."],
  ]);
  const { text, pages } = await extractPdfText(pdf, "voorbeeld.pdf");
  assert.equal(pages, 2);
  assert.equal(
    text,
    "Gemeente Voorbeeld werkt efficiënt met de participatie-\nsamenleving.\n\nHet zorg- en welzijnsaanbod.",
  );
});

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A PDF of two pages and a copy with bytes overwritten inside its first object. */
const good = minimalPdf([["Een regel."], ["Twee."]]);
const damaged = good.slice();
damaged.set(utf8("x".repeat(24)), "%PDF-1.4\n".length);

Deno.test("extractPdfText: every hostile PDF is one clear refusal naming the file", async () => {
  // The messages are this module's own (none of PDF.js's text comes through); each case
  // is a file made on the spot (lib/corpus/pdf_fixture.ts) or a few bytes.
  const read = (bytes: Uint8Array) => () =>
    extractPdfText(bytes, "corpus/plan.pdf", { id: "plan" });
  assert.deepEqual(
    await refusals({
      "an empty file": read(new Uint8Array()),
      "a web page saved as .pdf": read(
        utf8("<!DOCTYPE html><html><body>Beleidsplan</body></html>"),
      ),
      "a PDF cut off halfway": read(good.subarray(0, Math.floor(good.length / 2))),
      "a PDF with overwritten bytes": read(damaged),
      "an encrypted PDF": read(encryptedPdf([["Geheim."]])),
      "a scan without OCR": read(imageOnlyPdf(2)),
    }),
    [
      {
        input: "an empty file",
        message: 'corpus/plan.pdf: document "plan" is an empty file (0 bytes), not a PDF',
      },
      {
        input: "a web page saved as .pdf",
        message: 'corpus/plan.pdf: document "plan" is not a PDF: the file does not start with ' +
          '"%PDF-" (is it a web page or another kind of file saved under a .pdf name?)',
      },
      {
        input: "a PDF cut off halfway",
        message: 'corpus/plan.pdf: document "plan" is a truncated PDF (it does not end with ' +
          '"%%EOF"); download or copy it again',
      },
      {
        input: "a PDF with overwritten bytes",
        message: 'corpus/plan.pdf: document "plan" is a damaged PDF that cannot be read; open ' +
          "it in a PDF reader and save a new copy",
      },
      {
        input: "an encrypted PDF",
        message: 'corpus/plan.pdf: document "plan" is encrypted (it needs a password to open); ' +
          "save an unprotected copy and use that",
      },
      {
        input: "a scan without OCR",
        message: 'corpus/plan.pdf: document "plan" has no text layer (its pages are images, as ' +
          "in a scan); it needs OCR first, e.g. with ocrmypdf",
      },
    ],
  );
});

Deno.test("extractPdfText: size and page limits refuse a file before it is read", async () => {
  // 1.5 MiB that start like a PDF: the size is checked before any parsing.
  const big = new Uint8Array(1.5 * 1024 * 1024);
  big.set(utf8("%PDF-1.4\n"));
  await assert.rejects(() => extractPdfText(big, "groot.pdf", { maxBytes: 1024 * 1024 }), {
    name: "InputError",
    message: "groot.pdf: the document is 1.5 MiB, over the limit of 1.0 MiB for a PDF; " +
      "save its text as a .txt file and use that",
  });
  await assert.rejects(
    () => extractPdfText(minimalPdf([["a"], ["b"], ["c"]]), "lang.pdf", { maxPages: 2 }),
    {
      name: "InputError",
      message: "lang.pdf: the document has 3 pages, over the limit of 2 pages for a PDF; " +
        "split it, or save its text as a .txt file and use that",
    },
  );
});

Deno.test("extractPdfText: a page tree claiming a billion pages is read as the one it holds", async () => {
  // PDF.js checks /Count against the page tree and counts the pages itself, so a false
  // count neither passes the page limit nor makes room for a billion pages.
  assert.deepEqual(await extractPdfText(pageCountPdf(1e9), "telling.pdf"), {
    text: "Een pagina.",
    pages: 1,
  });
});

Deno.test("PDF_EXTRACTOR names the installed unpdf version", async () => {
  const pkg = JSON.parse(
    await Deno.readTextFile(new URL("../../node_modules/unpdf/package.json", import.meta.url)),
  );
  assert.equal(pkg.version, PDF_EXTRACTOR.version);
});
