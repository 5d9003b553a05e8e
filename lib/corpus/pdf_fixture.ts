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
  pages: readonly (readonly string[])[],
  options: MinimalPdfOptions = {},
): Uint8Array {
  const fontSize = options.fontSize ?? 12;
  const leading = Math.round(fontSize * 1.4);
  const pageCount = pages.length;
  // Object numbers: 1 catalog, 2 pages, 3 font, then per page: page object, content stream.
  const objects: Uint8Array[] = [];
  const ascii = (s: string) => new TextEncoder().encode(s);
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(" ");
  objects.push(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
  objects.push(ascii(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`));
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
    lines.forEach((line, k) => body.push(`${k === 0 ? "" : "T* "}(${pdfString(line)}) Tj`));
    body.push("ET");
    const stream = latin1(body.join("\n"));
    objects.push(concat([
      ascii(`<< /Length ${stream.length} >>\nstream\n`),
      stream,
      ascii("\nendstream"),
    ]));
  });
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
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    "startxref",
    String(length),
    "%%EOF",
    "",
  ].join("\n");
  parts.push(ascii(xref));
  return concat(parts);
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
