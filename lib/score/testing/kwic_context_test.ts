import assert from "node:assert/strict";
import { tokenize } from "../../tokens/mod.ts";
import { kwicContext } from "./plain_scorer.ts";

Deno.test("kwicContext: words each side, white space collapsed", () => {
  const text = "een twee drie vier vijf zes zeven acht negen\n\nHIT\ttien elf, twaalf dertien";
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.text === "HIT");
  assert.deepEqual(kwicContext(text, tokens, at, 1), {
    left: "twee drie vier vijf zes zeven acht negen",
    right: "tien elf, twaalf dertien",
  });
});

Deno.test("kwicContext: at the edges, phrases, and the character limit", () => {
  const text = "Eigen kracht staat voorop in de gemeente.";
  const tokens = tokenize(text);
  assert.deepEqual(kwicContext(text, tokens, 0, 2), {
    left: "",
    right: "staat voorop in de gemeente",
  });
  assert.deepEqual(kwicContext(text, tokens, 6, 1), {
    left: "Eigen kracht staat voorop in de",
    right: "",
  });
  assert.deepEqual(kwicContext(text, tokens, 0, 2, { chars: 15 }), {
    left: "",
    right: "staat voorop in",
  });
  assert.deepEqual(kwicContext(text, tokens, 0, 2, { chars: 14 }), {
    left: "",
    right: "staat voorop",
  });
  assert.deepEqual(kwicContext(text, tokens, 6, 1, { chars: 12 }), {
    left: "voorop in de",
    right: "",
  });
});
