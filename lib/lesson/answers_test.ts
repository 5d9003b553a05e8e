import assert from "node:assert/strict";
import { answerItems, answerWords, closeTo, foldName, readNumber } from "./answers.ts";

Deno.test("numbers are read with a decimal comma or point, a percent sign and spaces", () => {
  assert.deepEqual(
    ["64,3", "64.3", " 64.3 % ", "64", ",5", "+3", "-2,0", "1.234,5"].map(readNumber),
    [64.3, 64.3, 64.3, 64, 0.5, 3, -2, 1234.5],
  );
});

Deno.test("anything that is not a plain number is not read as one", () => {
  assert.deepEqual(
    ["", "zes", "6 hits", "6/14", "1e3", Infinity, NaN, null, {}, [6]].map(readNumber),
    new Array(10).fill(undefined),
  );
});

Deno.test("answer words are lowercase letters only", () => {
  assert.deepEqual(answerWords("'Wijkteams', MET!"), ["wijkteams", "met"]);
  assert.deepEqual(answerWords("Efficie\u0308nt"), ["efficiënt"]);
  assert.deepEqual(answerWords(["met"]), []);
});

Deno.test("names are folded for comparison", () => {
  assert.equal(foldName("ARNHEM "), foldName("Arnhem"));
  assert.equal(foldName("Den-Haag"), foldName("den haag"));
  assert.equal(foldName("Súdwest-Fryslân"), "sudwest fryslan");
});

Deno.test("list answers: arrays, or one string split at commas, semicolons and 'and'/'en'", () => {
  assert.deepEqual(answerItems(["Oss thuiszorg", 3, "  "]), ["Oss thuiszorg"]);
  assert.deepEqual(answerItems("a, b;c\nd en e and f & g"), ["a", "b", "c", "d", "e", "f", "g"]);
  assert.deepEqual(answerItems("Haarlemmermeer"), ["Haarlemmermeer"]);
  assert.deepEqual(answerItems(undefined), []);
});

Deno.test("closeTo includes the tolerance itself", () => {
  assert.equal(closeTo(64.8, 64.3, 0.5), true);
  assert.equal(closeTo(64.81, 64.3, 0.5), false);
});
