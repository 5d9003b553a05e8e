import assert from "node:assert/strict";
import { cleanPdfPages } from "./clean_pdf.ts";
import { documentFromBytes } from "./document.ts";
import type { PdfLine, PdfPage } from "./extract_pdf.ts";
import { minimalPdf } from "./pdf_fixture.ts";

/** A line of 10 pt text at (x, y), 5 pt per character wide. */
const line = (text: string, y: number, x = 72): PdfLine => ({
  text,
  x,
  right: x + 5 * text.length,
  y,
  size: 10,
});
const page = (lines: PdfLine[]): PdfPage => ({ width: 595, height: 842, lines, footnoteMarks: 0 });
/** Clean one page of these lines, one under the other from the top. */
const cleanLines = (texts: string[]) =>
  cleanPdfPages([page(texts.map((text, i) => line(text, 780 - 14 * i)))]);

Deno.test("cleanPdfPages: a line on fewer than half the pages is no running header", () => {
  const pages = [1, 2, 3, 4, 5].map((n) =>
    page([
      line(n <= 2 ? "Hoofdstuk 1: regie" : `Tekst van pagina ${n}`, 800),
      line(`Inhoud van pagina ${n}.`, 700),
    ])
  );
  const { pages: texts, effects } = cleanPdfPages(pages);
  // "Hoofdstuk 1: regie" is on 2 of 5 pages: kept; "Tekst van pagina N" (digits aside the
  // same) is on 3 of 5 at the same height: removed.
  assert.deepEqual(texts.slice(0, 3), [
    "Hoofdstuk 1: regie\nInhoud van pagina 1.",
    "Hoofdstuk 1: regie\nInhoud van pagina 2.",
    "Inhoud van pagina 3.",
  ]);
  assert.deepEqual(effects["headers-footers"]?.removed, [
    "Tekst van pagina 3",
    "Tekst van pagina 4",
    "Tekst van pagina 5",
  ]);
});

Deno.test("cleanPdfPages: page numbers only at the top or foot, in the forms plans print", () => {
  const pages = ["3", "- 4 -", "Pagina 5 van 12", "vi"].map((number) =>
    page([
      line("Eerste regel.", 780),
      line("12", 600),
      line("Laatste regel.", 80),
      line(number, 40, 290),
    ])
  );
  const { pages: texts, effects } = cleanPdfPages(pages, ["headers-footers"]);
  // "12" in the middle of the page is text, not a page number.
  assert.deepEqual(texts, Array(4).fill("Eerste regel.\n12\nLaatste regel."));
  assert.deepEqual(effects["page-numbers"]?.removed, ["3", "- 4 -", "Pagina 5 van 12", "vi"]);
});

Deno.test("cleanPdfPages: a table of contents with its heading; a single leader line stays", () => {
  const { pages, effects } = cleanLines([
    "Inhoudsopgave",
    "1 Inleiding ........................ 3",
    "2 Meedoen in de wijk ............... 5",
    "2.1 Een lange titel die over twee",
    "regels loopt ....................... 6",
    "3 Regie en toezicht ................ 9",
    "Inleiding",
    "Dit plan gaat over de wijk.",
    "Zie de bijlage ..........",
    "Dat is alles.",
  ]);
  assert.equal(
    pages[0],
    "Inleiding\nDit plan gaat over de wijk.\nZie de bijlage ..........\nDat is alles.",
  );
  assert.deepEqual([effects.contents?.lines, effects.contents?.removed[0]], [6, "Inhoudsopgave"]);
});

Deno.test("cleanPdfPages: two columns set line by line across the page are read column by column", () => {
  // As some layout programs write a page: a heading over both columns, then each row of
  // the left column followed by the row of the right column beside it, then a footer line
  // over both columns again.
  const rows = [
    ["De gemeente voert de", "Het wijkteam werkt"],
    ["regie over de zorg.", "samen met de buurt."],
    ["Inwoners doen mee.", "Vrijwilligers helpen."],
  ];
  const lines = [
    line("Samenwerken in de wijk, een hoofdstuk over twee kolommen heen", 780),
    // Columns 72-200 and 210-320: each line fills most of its column.
    ...rows.flatMap(([left, right], i) => [
      line(left, 750 - 12 * i),
      line(right, 750 - 12 * i, 210),
    ]),
    line("Na de kolommen volgt weer tekst over de hele breedte van de bladzijde.", 690),
  ];
  const { pages, effects } = cleanPdfPages([page(lines)]);
  assert.equal(
    pages[0],
    [
      "Samenwerken in de wijk, een hoofdstuk over twee kolommen heen",
      "De gemeente voert de",
      "regie over de zorg.",
      "Inwoners doen mee.",
      "Het wijkteam werkt",
      "samen met de buurt.",
      "Vrijwilligers helpen.",
      "Na de kolommen volgt weer tekst over de hele breedte van de bladzijde.",
    ].join("\n"),
  );
  assert.equal(effects.columns?.lines, 4);
  // Switched off: the lines as the file has them.
  const off = cleanPdfPages([page(lines)], ["columns"]);
  assert.equal(off.pages[0].split("\n")[2], "Het wijkteam werkt");
  assert.equal(off.effects.columns, undefined);
});

Deno.test("a PDF written across its two columns is read column by column, through PDF.js", async () => {
  // Helvetica 12 pt: each line about 170 pt wide, in columns from 56 and from 300.
  const left = [
    "De gemeente voert de regie over",
    "de zorg en de ondersteuning",
    "van alle inwoners in de wijk.",
  ];
  const right = [
    "Het wijkteam werkt daarbij samen",
    "met de buurt, de huisartsen en",
    "de vele vrijwilligers in de stad.",
  ];
  const pdf = minimalPdf([
    left.flatMap((text, i) => [
      { text, x: 56, y: 700 - 14 * i },
      { text: right[i], x: 300, y: 700 - 14 * i },
    ]),
  ]);
  const source = { id: "k", file: "k.pdf", path: "k.pdf", displayPath: "k.pdf", metadata: {} };
  const doc = await documentFromBytes(source, pdf, true);
  assert.equal(doc.text, [...left, ...right].join("\n"));
  assert.equal(doc.report.steps?.columns?.lines, 4);
});

Deno.test("cleanPdfPages: a table of contents without dot leaders, after its heading", () => {
  const { pages, effects } = cleanLines([
    "Inhoud",
    "1 Inleiding 3",
    "2 Meedoen in de wijk 5",
    "3 Regie en toezicht 9",
    "1 Inleiding",
    "De gemeente werkt sinds 2015",
    "met 12",
  ]);
  // Body lines that end in a number are no entries: they do not follow the heading.
  assert.equal(pages[0], "1 Inleiding\nDe gemeente werkt sinds 2015\nmet 12");
  assert.equal(effects.contents?.lines, 4);
});
