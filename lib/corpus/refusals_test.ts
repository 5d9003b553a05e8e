import assert from "node:assert/strict";
import { InputError } from "../io/mod.ts";
import { decodeDocumentText } from "./decode_text.ts";
import { parseManifest } from "./manifest.ts";
import { refusals, refusedWith } from "./refusals.ts";

Deno.test("refusedWith: the message of an InputError, from a sync or async reader", async () => {
  assert.equal(
    await refusedWith(() => decodeDocumentText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), "a.txt")),
    "a.txt: the document is UTF-16 LE (it starts with a UTF-16 LE byte order mark); " +
      "re-save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)",
  );
  assert.equal(
    await refusedWith(() => Promise.reject(new InputError("stuk", { file: "b.csv", line: 4 }))),
    "b.csv line 4: stuk",
  );
});

Deno.test("refusedWith: accepting the input is an error of the demonstration", async () => {
  await assert.rejects(() => refusedWith(() => parseManifest("id,file\na,a.txt\n")), {
    name: "Error",
    message: "the input was accepted, but it should have been refused",
  });
});

Deno.test("refusedWith: errors other than InputError are bugs and pass through", async () => {
  await assert.rejects(() =>
    refusedWith(() => {
      throw new TypeError("kapot");
    }), { name: "TypeError", message: "kapot" });
});

Deno.test("refusals: one row per case, in order", async () => {
  assert.deepEqual(
    await refusals({
      "unknown region": () => parseManifest("id,file,region\nk,k.txt,kust\n"),
      "id twice": () => parseManifest("id,file\nk,k.txt\nk,l.txt\n", { file: "m.csv" }),
    }),
    [
      {
        input: "unknown region",
        message: 'manifest.csv line 2, column region: "kust" is not one of noord, oost, zuid, west',
      },
      {
        input: "id twice",
        message: 'm.csv line 3, column id: "k" appears twice (first on line 2)',
      },
    ],
  );
});
