import assert from "node:assert/strict";
import fc from "fast-check";
import { DUTCH_STEMMER, stemDutch } from "./dutch_stemmer.ts";

Deno.test("stemDutch: known outputs of the Snowball Dutch algorithm", () => {
  const expected: Record<string, string> = {
    lichamelijk: "licham",
    lichamelijke: "licham",
    kaders: "kader",
    regelen: "regel",
    regels: "regel",
    diensten: "dienst",
    efficiënt: "efficient",
    zelfredzaamheid: "zelfredzam",
    zelfredzaam: "zelfredzam",
    taak: "tak",
    taken: "tak",
    takken: "tak",
    meten: "met",
    met: "met",
  };
  for (const [word, stem] of Object.entries(expected)) assert.equal(stemDutch(word), stem, word);
});

Deno.test("DUTCH_STEMMER names the installed package version", async () => {
  const url = new URL(`../../node_modules/${DUTCH_STEMMER.package}/package.json`, import.meta.url);
  const pkg = JSON.parse(await Deno.readTextFile(url));
  assert.equal(pkg.version, DUTCH_STEMMER.version);
  const project = JSON.parse(
    await Deno.readTextFile(new URL("../../package.json", import.meta.url)),
  );
  assert.equal(project.dependencies[DUTCH_STEMMER.package], DUTCH_STEMMER.version);
});

Deno.test("stemDutch: an ASCII word keeps its first two letters (the scorer relies on it)", () => {
  // Vowels are undoubled anywhere (`meer` → `mer`), so three letters are not kept; endings
  // are cut only after the first three letters.
  const short = { aap: "aap", meer: "mer", taak: "tak", ee: "ee" };
  for (const [word, stem] of Object.entries(short)) assert.equal(stemDutch(word), stem, word);
  const parts = ["a", "e", "i", "o", "u", "y", "ij", "aa", "ee", "oo", "uu", "n", "s", "t", "d"]
    .concat(["k", "v", "heid", "heden", "en", "ene", "se", "ing", "baar", "bar", "lijk", "end"])
    .concat(["ig", "kk", "dd", "tt", "gem", "r", "l"]);
  fc.assert(
    fc.property(
      fc.oneof(
        fc.stringMatching(/^[a-z]{1,14}$/),
        fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 7 }).map((p) => p.join("")),
      ),
      (word) => {
        const stem = stemDutch(word);
        assert.equal(stem.slice(0, 2), word.slice(0, 2), word);
      },
    ),
    { numRuns: 20_000 },
  );
});
