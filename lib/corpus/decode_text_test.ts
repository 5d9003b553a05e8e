import assert from "node:assert/strict";
import { decodeDocumentText } from "./decode_text.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

Deno.test("decodeDocumentText: UTF-8 with and without BOM", () => {
  assert.deepEqual(decodeDocumentText(utf8("creëren"), "a.txt"), {
    text: "creëren",
    bomRemoved: false,
  });
  assert.deepEqual(decodeDocumentText(utf8("\uFEFFcreëren"), "a.txt"), {
    text: "creëren",
    bomRemoved: true,
  });
});

Deno.test("decodeDocumentText: Windows-1252 is refused, naming document and line", () => {
  // "Zorg\nefficiënt" in Windows-1252: ë is the single byte 0xeb.
  const bytes = Uint8Array.from([...utf8("Zorg\neffici"), 0xeb, ...utf8("nt")]);
  assert.throws(() => decodeDocumentText(bytes, "corpus/oud.txt", { id: "oud" }), {
    name: "InputError",
    message: 'corpus/oud.txt line 2: document "oud" is not UTF-8 but looks like Windows-1252 ' +
      '(byte 0xeb = "ë" at offset 11); re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
  });
});

Deno.test("decodeDocumentText: other invalid bytes and UTF-16", () => {
  assert.throws(
    () => decodeDocumentText(Uint8Array.from([0x61, 0x81, 0x62]), "x.txt", { id: "x" }),
    {
      message:
        'x.txt line 1: document "x" is not valid UTF-8 (byte 0x81 at offset 1); re-save it as UTF-8',
    },
  );
  assert.throws(() => decodeDocumentText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), "y.txt"), {
    message: "y.txt: the document is UTF-16 LE (it starts with a UTF-16 LE byte order mark); " +
      "re-save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)",
  });
  // "ja" in UTF-16 LE without a byte order mark: 6a 00 61 00.
  assert.throws(
    () => decodeDocumentText(Uint8Array.from([0x6a, 0, 0x61, 0]), "z.txt", { id: "z" }),
    {
      message: 'z.txt: document "z" looks like UTF-16 LE without a byte order mark ' +
        "(every second byte is 0); re-save it as UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)",
    },
  );
});
