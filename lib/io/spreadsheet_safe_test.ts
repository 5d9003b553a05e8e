import assert from "node:assert/strict";
import { formatCsv, parseCsv } from "./csv.ts";
import { fromSpreadsheetSafe, spreadsheetSafe } from "./spreadsheet_safe.ts";

// Every expectation below is worked by hand from the rule in the module doc of
// spreadsheet_safe.ts, which follows OWASP "CSV Injection" (formula characters = + - @,
// tab and carriage return at the start of a cell get a leading single quote).

Deno.test("spreadsheetSafe: OWASP's formula characters get a leading quote", () => {
  const cases: [string, string][] = [
    ["=SUM(A1)", "'=SUM(A1)"],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+31 6", "'+31 6"],
    ["-opvang", "'-opvang"],
    ["- zorg", "'- zorg"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["\0x", "'\0x"],
    ["-", "'-"],
    ["-1-1", "'-1-1"],
    ["-1.5.2", "'-1.5.2"],
  ];
  for (const [text, safe] of cases) assert.equal(spreadsheetSafe(text), safe, JSON.stringify(text));
});

Deno.test("spreadsheetSafe: full-width forms and a formula behind spaces or quotes", () => {
  const cases: [string, string][] = [
    ["\uFF1D1+1", "'\uFF1D1+1"], // ＝
    ["\uFF0B1", "'\uFF0B1"], // ＋
    ["\uFF0Dx", "'\uFF0Dx"], // －
    ["\uFF20SUM(1)", "'\uFF20SUM(1)"], // ＠
    [" =1+1", "' =1+1"],
    ["\u00A0=1+1", "'\u00A0=1+1"], // no-break space
    ["'=1+1", "''=1+1"],
    ['"=1+1"', `'"=1+1"`],
    [" ' -x", "' ' -x"],
    [" -1.5", "' -1.5"], // a space before the sign: not a plain number
  ];
  for (const [text, safe] of cases) assert.equal(spreadsheetSafe(text), safe, JSON.stringify(text));
});

Deno.test("spreadsheetSafe: plain numbers and ordinary text are left as they are", () => {
  for (
    const text of [
      "-1.5",
      "+3",
      "-.5",
      "1e-3",
      "-2E+10",
      "-0",
      "",
      "zorg - welzijn",
      "'s-Hertogenbosch",
      "a=b",
      "Den Haag",
      "e-mail",
    ]
  ) {
    assert.equal(spreadsheetSafe(text), text, JSON.stringify(text));
  }
});

Deno.test("fromSpreadsheetSafe undoes spreadsheetSafe, and takes off only what it added", () => {
  const texts = [
    "=SUM(A1)",
    "'=SUM(A1)",
    "''=x",
    "-1.5",
    "'-1.5",
    "'s-Hertogenbosch",
    " =1",
    "'",
    "",
  ];
  for (const text of texts) {
    assert.equal(fromSpreadsheetSafe(spreadsheetSafe(text)), text, JSON.stringify(text));
  }
  assert.equal(fromSpreadsheetSafe("''=x"), "'=x");
  assert.equal(fromSpreadsheetSafe("'-1.5"), "'-1.5");
});

Deno.test("formatCsv: text cells are made safe, numbers and booleans are not touched", () => {
  // Worked by hand: "=1+1" gets a quote; the string "-1.5" is a plain number; the number
  // -2 is written as it is; a cell with a comma or quote is then CSV-quoted as usual.
  const csv = formatCsv(["id", "n", "text", "flag"], [
    { id: "=1+1", n: -2, text: '@a,"b"', flag: false },
    { id: "-1.5", n: 0.5, text: "-", flag: true },
  ]);
  assert.equal(csv, `id,n,text,flag\n'=1+1,-2,"'@a,""b""",false\n-1.5,0.5,'-,true\n`);
  const back = parseCsv(csv).records.map((r) => fromSpreadsheetSafe(r.values.text));
  assert.deepEqual(back, ['@a,"b"', "-"]);
});
