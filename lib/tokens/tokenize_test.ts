import assert from "node:assert/strict";
import { countTokens, normalizeWord, tokenize } from "./tokenize.ts";

Deno.test("tokenize: words are runs of letters and combining marks", () => {
  const decomposed = "effici\u0065\u0308nt"; // e + combining diaeresis, not NFC
  const tokens = tokenize(`Het ${decomposed} plan, co-creatie en 's-Hertogenbosch (2015).`);
  assert.deepEqual(tokens.map((t) => t.text), [
    "Het",
    decomposed,
    "plan",
    "co",
    "creatie",
    "en",
    "s",
    "Hertogenbosch",
  ]);
});

Deno.test("tokenize: offsets point back into the text", () => {
  const text = "  Eigen\nkracht, vertrouwen!";
  for (const token of tokenize(text)) {
    assert.equal(text.slice(token.start, token.end), token.text);
  }
  assert.deepEqual(tokenize(text).map((t) => [t.start, t.end]), [[2, 7], [8, 14], [16, 26]]);
});

Deno.test("tokenize: norm is lowercase; normOnly drops the written form", () => {
  assert.deepEqual(tokenize("WIJKTEAM Wijkteams").map((t) => t.norm), ["wijkteam", "wijkteams"]);
  assert.equal(tokenize("Markt", { normOnly: true })[0].text, "markt");
  assert.equal(normalizeWord("ÉÉN"), "één");
});

Deno.test("countTokens agrees with tokenize", () => {
  const text = "De gemeente regelt 12 zaken; de burger (zelfredzaam) doet mee.";
  assert.equal(countTokens(text), tokenize(text).length);
  assert.equal(countTokens(""), 0);
});
