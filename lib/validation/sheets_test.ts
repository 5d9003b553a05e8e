import assert from "node:assert/strict";
import { parseHitSheet, parsePassageSheet } from "./sheets.ts";

const unit = (id: string, entry: string) => ({
  id,
  document: "a",
  category: "PA",
  entry,
  match: entry,
  token_index: 0,
});
const sample = {
  lexicon: { name: "x", sha256: "0", categories: ["PA", "SR"] },
  hit_units: [unit("h001", "regels"), unit("h002", "kaders"), unit("h003", "recht")],
  passage_units: [{ id: "p001", document: "a", token_index: 0 }, {
    id: "p002",
    document: "a",
    token_index: 20,
  }],
};

Deno.test("parseHitSheet: every problem of a sheet at once, each with line and column", () => {
  const sheet = "id,document,category,entry,left,match,right,code\n" +
    "h001,a,PA,regels,,regels,,1\n" +
    "h001,a,PA,regels,,regels,,0\n" +
    "h009,a,PA,regels,,regels,,1\n" +
    "h002,b,PA,kaders,,kaders,,2\n";
  assert.throws(() => parseHitSheet(sheet, sample, "coder.csv"), {
    message: "coder.csv: 5 problems\n" +
      "coder.csv: the sheet lacks 1 unit(s) of the sample: h003; keep every row that kwic-sample wrote, with its id\n" +
      'coder.csv line 3, column id: "h001" appears twice (first on line 2)\n' +
      'coder.csv line 4, column id: "h009" is not an id of the sample\n' +
      'coder.csv line 5, column document: "b" is not the document of h002 in the sample ("a")\n' +
      'coder.csv line 5, column code: "2": a code is 1 (the hit expresses its category), 0 (it does not) or empty (not coded)',
  });
  assert.throws(() => parseHitSheet("id;document;code\n", sample, "excel.csv"), {
    // A Dutch Excel saves with semicolons: the header shows it.
    message:
      /^excel\.csv: 6 problems\nexcel\.csv line 1: missing column "id"; the header has id;document;code\n/,
  });
});

Deno.test("parseHitSheet: a sheet saved by a spreadsheet, quotes and spaces tolerated", () => {
  // A spreadsheet may quote every field and keep the leading ' of a spreadsheet-safe cell.
  const sheet = "id,document,category,entry,left,match,right,code\r\n" +
    '"h001","a","PA","regels","\'-voor","regels",""," 1 "\r\n' +
    '"h002","a","PA","kaders","","kaders","",""\r\n' +
    '"h003","a","PA","recht","","recht","","0"\r\n';
  const { codes } = parseHitSheet(sheet, sample, "saved.csv");
  assert.deepEqual([...codes], [["h001", "1"], ["h002", ""], ["h003", "0"]]);
});

Deno.test("parsePassageSheet: codes are categories or empty; positions must match", () => {
  const sheet = "id,document,token_index,passage,code\np001,a,0,tekst,SR\np002,a,30,tekst,Sr\n";
  assert.throws(() => parsePassageSheet(sheet, sample, "p.csv"), {
    message: "p.csv: 2 problems\n" +
      "p.csv line 3, column document: p002 is passage a at word 20 in the sample, not a at word 30\n" +
      'p.csv line 3, column code: "Sr": a code is one of the categories PA, SR, or empty (no category)',
  });
  const ok = parsePassageSheet(sheet.replace("30,tekst,Sr", "20,tekst,"), sample, "p.csv");
  assert.deepEqual([...ok.codes], [["p001", "SR"], ["p002", ""]]);
});
