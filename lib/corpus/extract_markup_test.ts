import assert from "node:assert/strict";
import { strToU8, zipSync } from "fflate";
import { extractHtmlText, extractOfficeText, MARKUP_READERS } from "./extract_markup.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (inner: string, style = "") =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${inner}</w:p>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

Deno.test("docx: paragraphs, tables, text boxes once, footnotes; not deleted text, field codes or headers", () => {
  const body = [
    para(run("Inhoud"), "TOCHeading"),
    para(run("Inleiding") + "<w:r><w:tab/></w:r>" + run("3"), "Inhopg1"),
    para(run("De regie ligt bij de gemeente.") + '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    para(
      run("Wij ") + `<w:del><w:r><w:delText>schrappen</w:delText></w:r></w:del>` +
        `<w:r><w:instrText> PAGE </w:instrText></w:r>` + run("regelen het."),
    ),
    `<w:tbl><w:tr><w:tc>${para(run("Wijkteam"))}</w:tc><w:tc>${
      para(run("2,4 miljoen"))
    }</w:tc></w:tr></w:tbl>`,
    // A text box, as Word writes it: once for new readers, once more for old ones.
    para(
      `<mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>${para(run("Kader"))}` +
        `</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>` +
        `${para(run("Kader"))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>`,
    ),
  ].join("");
  const docx = zipSync({
    "word/document.xml": strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
    "word/footnotes.xml": strToU8(
      `<w:footnotes ${W}><w:footnote w:id="1">${
        para(run("Zie de nota."))
      }</w:footnote></w:footnotes>`,
    ),
    "word/header1.xml": strToU8(`<w:hdr ${W}>${para(run("Titel van het plan"))}</w:hdr>`),
  });
  const { text, effects } = extractOfficeText(docx, "docx", "plan.docx");
  assert.equal(
    text,
    "De regie ligt bij de gemeente.\n\nWij regelen het.\n\nWijkteam\n\n2,4 miljoen\n\nKader\n\n" +
      "Zie de nota.",
  );
  assert.deepEqual(effects.contents?.removed, ["Inhoud", "Inleiding\t3"]);
  // With the step off, the table of contents is text like any other.
  const kept = extractOfficeText(docx, "docx", "plan.docx", { off: ["contents"] });
  assert.match(kept.text, /^Inhoud\n\nInleiding\t3\n\nDe regie/);
});

Deno.test("odt: paragraphs, headings, spaces and footnotes after the body; the index left out", () => {
  const ns = 'xmlns:text="t" xmlns:office="o"';
  const content = `<office:document-content ${ns}><office:body><office:text>` +
    `<text:table-of-content><text:index-body><text:p>Inleiding\t3</text:p></text:index-body></text:table-of-content>` +
    `<text:h>Inleiding</text:h>` +
    `<text:p>Samen<text:s text:c="2"/>werken<text:note><text:note-citation>1</text:note-citation>` +
    `<text:note-body><text:p>Een voetnoot.</text:p></text:note-body></text:note> in de wijk.</text:p>` +
    `<text:p>Tweede<text:line-break/>regel.</text:p>` +
    `</office:text></office:body></office:document-content>`;
  const odt = zipSync({ "content.xml": strToU8(content), "mimetype": strToU8("x") });
  const { text, effects } = extractOfficeText(odt, "odt", "plan.odt");
  // text:c="2": two spaces (OpenDocument 1.3 part 3, 6.1.3).
  assert.equal(text, "Inleiding\n\nSamen  werken in de wijk.\n\nTweede\nregel.\n\nEen voetnoot.");
  assert.deepEqual(effects.contents?.removed, ["Inleiding\t3"]);
});

Deno.test("docx and odt that cannot be read are refused with what to do", () => {
  const cases: [Uint8Array, "docx" | "odt", string][] = [
    [new Uint8Array(), "docx", "is an empty file (0 bytes), not a Word document"],
    [
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      "docx",
      "is not a Word document but an old-style Office file (a .doc, or a .docx protected with " +
      "a password); open it in Word or LibreOffice and save it again as .docx without a password",
    ],
    [
      strToU8("PK\u0003\u0004 afgebroken"),
      "odt",
      "is a damaged .odt file (its zip archive cannot be read); open it in LibreOffice and save it again as .odt",
    ],
    [
      zipSync({ "xl/workbook.xml": strToU8("<x/>") }),
      "docx",
      "is a zip archive but not a Word document (it has no word/document.xml); open it in Word " +
      "or LibreOffice and save it again as .docx",
    ],
  ];
  for (const [bytes, format, problem] of cases) {
    assert.throws(() => extractOfficeText(bytes, format, `a.${format}`, { id: "a" }), {
      message: `a.${format}: document "a" ${problem}`,
    });
  }
});

Deno.test("a zip bomb is refused before it is unpacked", () => {
  const docx = zipSync({ "word/document.xml": new Uint8Array(2048) });
  assert.throws(() => extractOfficeText(docx, "docx", "a.docx", { maxBytes: 1024 }), {
    message:
      "a.docx: the document holds over 0.0009765625 MiB of text; save it as .txt and use that",
  });
});

Deno.test("html: without <main>, the body less its header, menu, aside and footer", () => {
  const page = "<body><header>Gemeente</header><nav>Wijkteam</nav><h1>Plan</h1>" +
    "<p>Regie<br>en toezicht.</p><ul><li>Een</li><li>Twee</li></ul><aside>Zie ook</aside>" +
    "<form><button>Zoek</button></form><footer>Contact</footer></body>";
  assert.equal(
    extractHtmlText(new TextEncoder().encode(page), "a.html").text,
    "Plan\n\nRegie\nen toezicht.\n\nEen\n\nTwee",
  );
  // One <article>: that is the content.
  const article =
    "<body><nav>Menu</nav><article><p>Alleen dit.</p></article><p>Niet dit.</p></body>";
  assert.equal(extractHtmlText(new TextEncoder().encode(article), "b.html").text, "Alleen dit.");
});

Deno.test("html that is not UTF-8 is refused as a text document is", () => {
  assert.throws(
    () => extractHtmlText(Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9]), "c.html", { id: "c" }),
    { message: /^c\.html line 1: document "c" is not UTF-8/ },
  );
});

Deno.test("MARKUP_READERS names the installed versions", async () => {
  for (const reader of MARKUP_READERS) {
    const url = new URL(`../../node_modules/${reader.package}/package.json`, import.meta.url);
    assert.equal(JSON.parse(await Deno.readTextFile(url)).version, reader.version, reader.package);
  }
});
