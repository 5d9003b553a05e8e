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
    message:
      "y.txt: the document is UTF-16 (it starts with a UTF-16 byte order mark); re-save it as UTF-8",
  });
});
