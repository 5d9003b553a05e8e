import assert from "node:assert/strict";
import { extractPdfText, PDF_EXTRACTOR } from "./extract_pdf.ts";
import { minimalPdf } from "./pdf_fixture.ts";

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

Deno.test("extractPdfText: a damaged file is an error naming the document", async () => {
  await assert.rejects(
    () => extractPdfText(new TextEncoder().encode("dit is geen pdf"), "kapot.pdf", { id: "kapot" }),
    (error: Error) => {
      assert.equal(error.name, "InputError");
      assert.match(error.message, /^kapot\.pdf: document "kapot" cannot be read as a PDF \(.+\)$/);
      return true;
    },
  );
});

Deno.test("PDF_EXTRACTOR names the installed unpdf version", async () => {
  const pkg = JSON.parse(
    await Deno.readTextFile(new URL("../../node_modules/unpdf/package.json", import.meta.url)),
  );
  assert.equal(pkg.version, PDF_EXTRACTOR.version);
});
