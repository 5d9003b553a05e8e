/**
 * A tiny PDF writer for tests: it writes a valid PDF 1.4 file whose pages hold lines of
 * text in the standard Helvetica font, so that PDF extraction can be tested on a file
 * made on the spot instead of a binary checked into the repository.
 *
 * @module
 */

/** Options of {@linkcode minimalPdf}. */
export interface MinimalPdfOptions {
  /** Font size in points. Default: `12`. */
  fontSize?: number;
}

/**
 * A line of a page of {@linkcode minimalPdf}: text in the flow (each line below the one
 * before, from the top left), or text set at a place (`x`, `y` in points from the bottom
 * left; `size` in points, default the font size), as a layout program sets it.
 */
export type FixtureLine = string | { text: string; x: number; y: number; size?: number };

/**
 * Write a PDF with one page per element of `pages`, each page a list of text lines.
 * Characters are encoded in WinAnsiEncoding (Windows-1252), so Dutch letters such as
 * `ë` and `é` work; a character outside it is an error.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const pdf = minimalPdf([["Een regel.", "Nog een."], ["Pagina twee."]]);
 * assert.equal(new TextDecoder().decode(pdf.subarray(0, 8)), "%PDF-1.4");
 * ```
 */
export function minimalPdf(
  pages: readonly (readonly FixtureLine[])[],
  options: MinimalPdfOptions = {},
): Uint8Array {
  return assemblePdf(textPdfObjects(pages, options.fontSize ?? 12));
}

/**
 * A PDF that needs a password to open: {@linkcode minimalPdf}'s pages behind an
 * `/Encrypt` dictionary of the Standard security handler (revision 2, 40-bit RC4) whose
 * `/U` entry does not match the empty user password, so a reader must ask for one
 * (PDF 1.7, ISO 32000-1, 7.6.3.4, Algorithm 6). The bytes are fixed: no randomness.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = new TextDecoder("latin1").decode(encryptedPdf([["Geheim."]]));
 * assert.match(text, /trailer\n<< \/Size 7 \/Root 1 0 R \/Encrypt 6 0 R \/ID/);
 * ```
 */
export function encryptedPdf(pages: readonly (readonly string[])[]): Uint8Array {
  const objects = textPdfObjects(pages, 12);
  const hex32 = (byte: string) => `<${byte.repeat(32)}>`;
  objects.push(ascii(
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O ${hex32("4f")} /U ${hex32("55")} >>`,
  ));
  const id = `<${"0123456789abcdef".repeat(2)}>`;
  return assemblePdf(objects, `/Encrypt ${objects.length} 0 R /ID [${id} ${id}]`);
}

/**
 * A PDF like a scan: each page shows an image (a 2×2 grey bitmap stretched over the
 * page) and holds no text at all.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const text = new TextDecoder("latin1").decode(imageOnlyPdf(2));
 * assert.equal(text.match(/\/Subtype \/Image/g)?.length, 1);
 * assert.match(text, /\/Count 2 >>/);
 * ```
 */
export function imageOnlyPdf(pageCount: number): Uint8Array {
  // 1 catalog, 2 pages, 3 image, then per page: page object, content stream.
  const kids = Array.from({ length: pageCount }, (_, i) => `${4 + 2 * i} 0 R`).join(" ");
  const objects = [
    ascii("<< /Type /Catalog /Pages 2 0 R >>"),
    ascii(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`),
    streamObject(
      "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
      Uint8Array.from([0x20, 0xe0, 0xe0, 0x20]),
    ),
  ];
  for (let i = 0; i < pageCount; i++) {
    objects.push(ascii(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ` +
        `/Resources << /XObject << /Im1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    ));
    objects.push(streamObject("", ascii("q 595 0 0 842 0 0 cm /Im1 Do Q")));
  }
  return assemblePdf(objects);
}

/**
 * A PDF whose page tree claims `claimedPages` pages (`/Count`) but holds one page of
 * {@linkcode minimalPdf}: a reader that trusts the count allocates for every page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.match(new TextDecoder().decode(pageCountPdf(1e9)), /\/Count 1000000000 >>/);
 * ```
 */
export function pageCountPdf(claimedPages: number): Uint8Array {
  const objects = textPdfObjects([["Een pagina."]], 12);
  objects[1] = ascii(`<< /Type /Pages /Kids [4 0 R] /Count ${claimedPages} >>`);
  return assemblePdf(objects);
}

/** The objects of a text PDF: 1 catalog, 2 pages, 3 font, then per page: page, content. */
function textPdfObjects(
  pages: readonly (readonly FixtureLine[])[],
  fontSize: number,
): Uint8Array[] {
  const leading = Math.round(fontSize * 1.4);
  const objects: Uint8Array[] = [];
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(" ");
  objects.push(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
  objects.push(ascii(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`));
  objects.push(
    ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
  );
  pages.forEach((lines, i) => {
    const contentRef = 5 + 2 * i;
    objects.push(ascii(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ` +
        `/Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>`,
    ));
    const body = [`BT /F1 ${fontSize} Tf ${leading} TL 56 786 Td`];
    lines.forEach((line, k) => {
      if (typeof line === "string") body.push(`${k === 0 ? "" : "T* "}(${pdfString(line)}) Tj`);
      else {
        const size = line.size ?? fontSize;
        body.push(`/F1 ${size} Tf 1 0 0 1 ${line.x} ${line.y} Tm (${pdfString(line.text)}) Tj`);
      }
    });
    body.push("ET");
    objects.push(streamObject("", latin1(body.join("\n"))));
  });
  return objects;
}

/** A stream object: its dictionary entries (without `/Length`) and its bytes. */
function streamObject(entries: string, bytes: Uint8Array): Uint8Array {
  return concat([
    ascii(`<< ${entries ? `${entries} ` : ""}/Length ${bytes.length} >>\nstream\n`),
    bytes,
    ascii("\nendstream"),
  ]);
}

/**
 * Number the objects from 1, write them with a cross-reference table and a trailer
 * (object 1 is the catalog; `trailerExtra` is added to the trailer dictionary).
 */
function assemblePdf(objects: readonly Uint8Array[], trailerExtra = ""): Uint8Array {
  const parts: Uint8Array[] = [ascii("%PDF-1.4\n")];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((object, i) => {
    offsets.push(length);
    const chunk = concat([ascii(`${i + 1} 0 obj\n`), object, ascii("\nendobj\n")]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra ? ` ${trailerExtra}` : ""} >>`,
    "startxref",
    String(length),
    "%%EOF",
    "",
  ].join("\n");
  parts.push(ascii(xref));
  return concat(parts);
}

function ascii(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Escape a line for a PDF literal string, as WinAnsi bytes written with octal escapes. */
function pdfString(line: string): string {
  let out = "";
  for (const char of line) {
    const byte = WIN_ANSI.get(char) ?? (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : -1);
    if (byte < 0 || char.length > 1) {
      throw new Error(`minimalPdf: "${char}" is not in WinAnsiEncoding`);
    }
    if (char === "(" || char === ")" || char === "\\") out += "\\" + char;
    else if (byte < 0x20 || byte > 0x7e) out += "\\" + byte.toString(8).padStart(3, "0");
    else out += char;
  }
  return out;
}

/** Characters 0xa0-0xff are the same in Latin-1 and WinAnsi; enough for Dutch. */
const WIN_ANSI = new Map<string, number>(
  Array.from({ length: 0x60 }, (_, i) => [String.fromCharCode(0xa0 + i), 0xa0 + i]),
);

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
