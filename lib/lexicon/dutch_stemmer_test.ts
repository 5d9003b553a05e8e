import assert from "node:assert/strict";
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
