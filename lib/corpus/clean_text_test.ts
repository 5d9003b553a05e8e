import assert from "node:assert/strict";
import { cleanText } from "./clean_text.ts";

Deno.test("cleanText: joins a word broken at a line end", () => {
  const { text, report } = cleanText(
    "de participatie-\nsamenleving en de netwerk- \n  samenleving",
  );
  assert.equal(text, "de participatiesamenleving en de netwerksamenleving");
  assert.equal(report.hyphenJoins, 2);
});

Deno.test("cleanText: keeps the elliptic hyphen", () => {
  const mid = "het zorg- en welzijnsaanbod, wet- of regelgeving";
  assert.equal(cleanText(mid).text, mid);
  const { text, report } = cleanText(
    "het zorg-\nen welzijnsaanbod; wet-\nof regelgeving; zorg-\nenergie",
  );
  assert.equal(text, "het zorg-\nen welzijnsaanbod; wet-\nof regelgeving; zorgenergie");
  assert.equal(report.ellipticHyphensKept, 2);
  assert.equal(report.hyphenJoins, 1);
});

Deno.test("cleanText: keeps hyphens before a capital and after an abbreviation", () => {
  const input = "Sittard-\nGeleen, het Wmo-\nloket, AWBZ-\nzorg, de Bestuurs-\nkunde";
  const { text, report } = cleanText(input);
  assert.equal(text, "Sittard-\nGeleen, het Wmo-\nloket, AWBZ-\nzorg, de Bestuurskunde");
  assert.equal(report.compoundHyphensKept, 3);
  assert.equal(report.hyphenJoins, 1);
});

Deno.test("cleanText: keeps hyphens between vowels and after niet", () => {
  const input = "de re-\nintegratie, niet-\nstedelijke gemeenten, de regie-\nrol en de re-\ngeling";
  const { text, report } = cleanText(input);
  assert.equal(text, "de re-\nintegratie, niet-\nstedelijke gemeenten, de regierol en de regeling");
  assert.equal(report.compoundHyphensKept, 2);
  assert.equal(report.hyphenJoins, 2);
});

Deno.test("cleanText: a hyphen before a blank line or a digit is not joined", () => {
  const input = "zie hoofdstuk-\n\nnieuw; periode 2015-\n2019";
  assert.equal(cleanText(input).text, input);
});

Deno.test("cleanText: BOM, CRLF, NFC and soft hyphens are counted", () => {
  const { text, report } = cleanText(
    "\uFEFFeffici\u0065\u0308nt\r\ncre\u0065\u0308ren\rzelf\u00ADredzaam",
  );
  assert.equal(text, "efficiënt\ncreëren\nzelfredzaam");
  assert.deepEqual(report, {
    bomRemoved: true,
    lineEndsNormalized: 2,
    nfcChanges: 2,
    softHyphensRemoved: 1,
    hyphenJoins: 0,
    ellipticHyphensKept: 0,
    compoundHyphensKept: 0,
  });
});

Deno.test("cleanText: a clean text is unchanged", () => {
  const input = "Een schone tekst.\nMet twee regels.";
  const { text, report } = cleanText(input);
  assert.equal(text, input);
  assert.equal(Object.values(report).filter((v) => v !== 0 && v !== false).length, 0);
});
