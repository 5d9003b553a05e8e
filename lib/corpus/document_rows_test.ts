import assert from "node:assert/strict";
import { emptyCleaningReport } from "./clean_text.ts";
import { loadCorpus } from "./corpus.ts";
import {
  cleaningExamples,
  CORPUS_DOCUMENT_COLUMNS,
  corpusDocumentRows,
  describeCleaning,
  documentReportRows,
  MANIFEST_DISPLAY_COLUMNS,
  showInvisibles,
} from "./document_rows.ts";

const SAMPLE = new URL("../../data/corpus/sample", import.meta.url).pathname;

Deno.test("corpusDocumentRows: the sample corpus, manifest and cleaning counts", async () => {
  const rows = corpusDocumentRows(await loadCorpus(SAMPLE));
  assert.deepEqual(Object.keys(rows[0]), [...CORPUS_DOCUMENT_COLUMNS]);
  assert.deepEqual(rows[0], {
    document: "veenhoven",
    file: "veenhoven.txt",
    municipality: "Veenhoven",
    size_class: "100.000-",
    region: "noord",
    title: "Beleidsplan Wmo 2015 (verzonnen)",
    date: "2014-11",
    scope: "wmo",
    pages: 1,
    characters: 817,
    tokens: 121,
    bom_removed: 1,
    line_ends_normalized: 15,
    nfc_changes: 0,
    soft_hyphens_removed: 0,
    hyphen_joins: 0,
    elliptic_hyphens_kept: 0,
    compound_hyphens_kept: 0,
  });
  assert.deepEqual(
    rows.map((r) => [
      r.document,
      r.tokens,
      r.nfc_changes,
      r.soft_hyphens_removed,
      r.hyphen_joins,
      r.elliptic_hyphens_kept,
      r.compound_hyphens_kept,
    ]),
    [
      ["veenhoven", 121, 0, 0, 0, 0, 0],
      ["brederwaard", 108, 0, 0, 1, 1, 1],
      ["lindemeer", 88, 2, 0, 0, 0, 0],
      ["zandkerk", 97, 0, 0, 0, 0, 0],
      ["hoogmolen", 86, 0, 1, 0, 0, 1],
    ],
  );
  assert.ok(MANIFEST_DISPLAY_COLUMNS.every((c) => CORPUS_DOCUMENT_COLUMNS.includes(c)));
});

Deno.test("corpusDocumentRows: a corpus without a manifest has empty metadata", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/plan.txt`, "Een plan.");
    const [row] = corpusDocumentRows(await loadCorpus(dir));
    assert.deepEqual(
      [row.document, row.file, row.municipality, row.region, row.title, row.tokens],
      ["plan", "plan.txt", "", "", "", 2],
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("documentReportRows: the sample corpus, with totals", async () => {
  assert.deepEqual(documentReportRows(await loadCorpus(SAMPLE)), [
    {
      document: "veenhoven",
      pages: 1,
      characters: 817,
      words: 121,
      cleaning: "byte order mark removed; 15 line ends normalised to LF",
    },
    {
      document: "brederwaard",
      pages: 1,
      characters: 796,
      words: 108,
      cleaning: "1 word joined at a line-end hyphen; 1 elliptic hyphen kept (zorg- en ...); " +
        "1 real hyphen kept at a line end",
    },
    {
      document: "lindemeer",
      pages: 1,
      characters: 611,
      words: 88,
      cleaning: "2 letters composed by NFC",
    },
    { document: "zandkerk", pages: 1, characters: 599, words: 97, cleaning: "nothing changed" },
    {
      document: "hoogmolen",
      pages: 1,
      characters: 595,
      words: 86,
      cleaning: "1 soft hyphen removed; 1 real hyphen kept at a line end",
    },
    {
      document: "all",
      pages: 5,
      characters: 3418,
      words: 500,
      cleaning: "4 of 5 documents changed",
    },
  ]);
});

Deno.test("describeCleaning: every kind of change, singular and plural", () => {
  assert.equal(describeCleaning(emptyCleaningReport()), "nothing changed");
  assert.equal(
    describeCleaning({
      bomRemoved: true,
      lineEndsNormalized: 1,
      nfcChanges: 1,
      softHyphensRemoved: 1,
      hyphenJoins: 1,
      ellipticHyphensKept: 1,
      compoundHyphensKept: 1,
    }),
    "byte order mark removed; 1 line end normalised to LF; 1 letter composed by NFC; " +
      "1 soft hyphen removed; 1 word joined at a line-end hyphen; " +
      "1 elliptic hyphen kept (zorg- en ...); 1 real hyphen kept at a line end",
  );
  assert.equal(
    describeCleaning({
      bomRemoved: false,
      lineEndsNormalized: 2,
      nfcChanges: 3,
      softHyphensRemoved: 4,
      hyphenJoins: 5,
      ellipticHyphensKept: 6,
      compoundHyphensKept: 7,
    }),
    "2 line ends normalised to LF; 3 letters composed by NFC; 4 soft hyphens removed; " +
      "5 words joined at a line-end hyphen; 6 elliptic hyphens kept (zorg- en ...); " +
      "7 real hyphens kept at a line end",
  );
});

Deno.test("showInvisibles: line ends, tab, BOM, soft hyphen, combining marks", () => {
  assert.equal(showInvisibles("a\tb\r\nc"), "a⇥b␍⏎c");
  assert.equal(showInvisibles("\uFEFFzelf\u00ADstandig"), "[BOM]zelf[SHY]standig");
  assert.equal(showInvisibles("e\u0301e\u0308"), "e[+U+0301]e[+U+0308]");
  assert.equal(showInvisibles("gewoon"), "gewoon");
});

Deno.test("cleaningExamples: each rule on a tiny invented text", () => {
  assert.deepEqual(
    cleaningExamples([
      "het wijk-\nteam",
      "jeugd-\nen gezin",
      "het Wmo-\nloket",
      "re-\nintegratie",
      "Noord-\nHolland",
      "\uFEFFa\r\nb",
      "coo\u0308rdinatie zelf\u00ADredzaam",
    ]),
    [
      {
        before: "het wijk-⏎team",
        after: "het wijkteam",
        cleaning: "1 word joined at a line-end hyphen",
      },
      {
        before: "jeugd-⏎en gezin",
        after: "jeugd-⏎en gezin",
        cleaning: "1 elliptic hyphen kept (zorg- en ...)",
      },
      {
        before: "het Wmo-⏎loket",
        after: "het Wmo-⏎loket",
        cleaning: "1 real hyphen kept at a line end",
      },
      {
        before: "re-⏎integratie",
        after: "re-⏎integratie",
        cleaning: "1 real hyphen kept at a line end",
      },
      {
        before: "Noord-⏎Holland",
        after: "Noord-⏎Holland",
        cleaning: "1 real hyphen kept at a line end",
      },
      {
        before: "[BOM]a␍⏎b",
        after: "a⏎b",
        cleaning: "byte order mark removed; 1 line end normalised to LF",
      },
      {
        before: "coo[+U+0308]rdinatie zelf[SHY]redzaam",
        after: "coördinatie zelfredzaam",
        cleaning: "1 letter composed by NFC; 1 soft hyphen removed",
      },
    ],
  );
});

Deno.test("cleaningExamples: with hyphen joining off, a broken word stays broken", () => {
  assert.deepEqual(cleaningExamples(["wijk-\nteam"], { joinHyphens: false }), [
    { before: "wijk-⏎team", after: "wijk-⏎team", cleaning: "nothing changed" },
  ]);
});
