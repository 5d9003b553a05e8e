import assert from "node:assert/strict";
import fc from "fast-check";
import { decodeText, decodeTextChunks, readFileBytes, readTextFile } from "./read_text.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
// UTF-16 and UTF-32 bytes written out by hand (code unit per character, low byte first for LE).
const utf16le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0]));
const utf16be = (s: string) => Uint8Array.from([...s].flatMap((c) => [0, c.charCodeAt(0)]));
const utf32le = (s: string) => Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]));
const utf32be = (s: string) => Uint8Array.from([...s].flatMap((c) => [0, 0, 0, c.charCodeAt(0)]));

Deno.test("decodeText: UTF-8, with the byte order mark dropped", () => {
  assert.deepEqual(decodeText(utf8("creëren\n"), "a.txt"), {
    text: "creëren\n",
    bomRemoved: false,
  });
  assert.deepEqual(decodeText(utf8("\uFEFFja"), "a.txt"), { text: "ja", bomRemoved: true });
  assert.deepEqual(decodeText(new Uint8Array(), "a.txt"), { text: "", bomRemoved: false });
});

Deno.test("decodeText: bytes that are not UTF-8 name their line and the iconv command", () => {
  // "Zorg\nefficiënt" in Windows-1252: ë is the single byte 0xeb, at offset 11 on line 2.
  const bytes = Uint8Array.from([...utf8("Zorg\neffici"), 0xeb, ...utf8("nt")]);
  assert.throws(() => decodeText(bytes, "lex.csv", { what: "the lexicon" }), {
    name: "InputError",
    message: "lex.csv line 2: the lexicon is not UTF-8 but looks like Windows-1252 " +
      '(byte 0xeb = "ë" at offset 11); re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
  });
  // 0x81 is undefined in Windows-1252, so the file is not that either.
  assert.throws(() => decodeText(Uint8Array.from([0x61, 0x81]), "x.txt"), {
    message:
      "x.txt line 1: the file is not valid UTF-8 (byte 0x81 at offset 1); re-save it as UTF-8",
  });
});

Deno.test("decodeText: UTF-16 and UTF-32 with a byte order mark are refused, naming them", () => {
  const cases: [number[], string, string][] = [
    [[0xff, 0xfe], "UTF-16 LE", "UTF-16"],
    [[0xfe, 0xff], "UTF-16 BE", "UTF-16"],
    [[0xff, 0xfe, 0x00, 0x00], "UTF-32 LE", "UTF-32"],
    [[0x00, 0x00, 0xfe, 0xff], "UTF-32 BE", "UTF-32"],
  ];
  for (const [bom, encoding, iconv] of cases) {
    assert.throws(() => decodeText(Uint8Array.from([...bom, 0x61, 0, 0, 0]), "m.csv"), {
      message: `m.csv: the file is ${encoding} (it starts with a ${encoding} byte order mark); ` +
        `re-save it as UTF-8 (e.g. iconv -f ${iconv} -t UTF-8)`,
    }, encoding);
  }
});

Deno.test("decodeText: UTF-16 and UTF-32 without a byte order mark are recognised", () => {
  const text = "id,file\nalfa,alfa.txt\n";
  const cases: [Uint8Array, string, string, string][] = [
    [utf16le(text), "UTF-16 LE", "UTF-16LE", "every second byte is 0"],
    [utf16be(text), "UTF-16 BE", "UTF-16BE", "every second byte is 0"],
    [utf32le(text), "UTF-32 LE", "UTF-32LE", "three of every four bytes are 0"],
    [utf32be(text), "UTF-32 BE", "UTF-32BE", "three of every four bytes are 0"],
  ];
  for (const [bytes, encoding, iconv, sign] of cases) {
    assert.throws(() => decodeText(bytes, "manifest.csv", { what: "the manifest" }), {
      message: `manifest.csv: the manifest looks like ${encoding} without a byte order mark ` +
        `(${sign}); re-save it as UTF-8 (e.g. iconv -f ${iconv} -t UTF-8)`,
    }, encoding);
  }
});

Deno.test("decodeText: a NUL byte in other text means a binary file", () => {
  // "ab\ncd" then NUL at offset 5, on line 2.
  assert.throws(() => decodeText(utf8("ab\ncd\0ef"), "x.txt", { what: 'document "x"' }), {
    message: 'x.txt line 2: document "x" holds a NUL byte (at offset 5), so it is not a text ' +
      "file; give plain text saved as UTF-8",
  });
});

Deno.test("readTextFile and readFileBytes: missing, empty and too large files", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(`${dir}/leeg.csv`, " \n");
  await Deno.writeTextFile(`${dir}/tien.csv`, "0123456789");
  await assert.rejects(() => readTextFile(`${dir}/weg.csv`, { displayName: "weg.csv" }), {
    message: "weg.csv: file not found",
  });
  await assert.rejects(() => readTextFile(`${dir}/leeg.csv`, { displayName: "leeg.csv" }), {
    message: "leeg.csv: the file is empty",
  });
  assert.equal(await readTextFile(`${dir}/leeg.csv`, { allowEmpty: true }), " \n");
  await assert.rejects(
    () => readFileBytes(`${dir}/tien.csv`, { displayName: "tien.csv", maxBytes: 9 }),
    { message: "tien.csv: the file has 10 bytes; at most 9 are accepted" },
  );
  assert.equal((await readFileBytes(`${dir}/tien.csv`, { maxBytes: 10 })).length, 10);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("decodeTextChunks: in chunks of any size, the text or the refusal of decodeText", async () => {
  // The expectation is decodeText of all the bytes at once (tested above against messages
  // worked by hand); the bytes mix valid UTF-8, BOMs, NUL bytes, stray and cut-short
  // sequences and line feeds, so every refusal rule is met.
  const pieces = [
    [0x61],
    [0x0a],
    [0xc3, 0xab],
    [0xe2, 0x80, 0x99],
    [0xf0, 0x9d, 0x90, 0x80],
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0x00],
    [0xe9],
    [0x81],
    [0xe2, 0x80],
    [0xed, 0xa0, 0x80],
  ];
  const outcome = (run: () => string) => {
    try {
      return `text:${run()}`;
    } catch (error) {
      return `error:${(error as Error).message}`;
    }
  };
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 0, max: pieces.length - 1 }), { maxLength: 40 }),
      fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }),
      async (picks, sizes) => {
        const bytes = Uint8Array.from(picks.flatMap((p) => pieces[p]));
        async function* open() {
          for (let at = 0, k = 0; at < bytes.length; at += sizes[k++ % sizes.length]) {
            yield bytes.slice(at, at + sizes[k % sizes.length]);
          }
        }
        const expected = outcome(() => {
          const { text, bomRemoved } = decodeText(bytes, "d.txt");
          return `${bomRemoved}:${text}`;
        });
        let actual: string;
        try {
          const parts: string[] = [];
          const { bomRemoved } = await decodeTextChunks(open, "d.txt", (t) => {
            parts.push(t);
          });
          actual = `text:${bomRemoved}:${parts.join("")}`;
        } catch (error) {
          actual = `error:${(error as Error).message}`;
        }
        assert.equal(actual, expected);
      },
    ),
    { numRuns: 500 },
  );
});
