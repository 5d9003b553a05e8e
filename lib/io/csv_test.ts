import assert from "node:assert/strict";
import fc from "fast-check";
import { checkCsv, formatCsv, MAX_CSV_FIELD_LENGTH, parseCsv } from "./csv.ts";
import { InputError, InputErrors } from "./input_error.ts";

// Property runs are few and seeded, so the suite stays fast and every run is the same.
const PROPERTY_RUNS = { numRuns: 200, seed: 20_141_111 };

const lines = (text: string, file = "x.csv") =>
  parseCsv(text, { file }).records.map((r) => [r.line, r.values]);

Deno.test("parseCsv: what RFC 4180 allows is read as before", () => {
  // Each expectation is written out by hand from the input above it.
  assert.deepEqual(lines('a,b\r\n1,"x, ""y"""\r\n2,"z\nw"\n\n3,\n'), [
    [2, { a: "1", b: 'x, "y"' }],
    [3, { a: "2", b: "z\nw" }],
    [6, { a: "3", b: "" }],
  ]);
  assert.deepEqual(lines("\uFEFFa,b\n1,2"), [[2, { a: "1", b: "2" }]]);
  assert.deepEqual(lines(' a , b\n"",""\n'), [[2, { a: "", b: "" }]]);
  // A CR inside quotes belongs to the value and does not count as a line.
  assert.deepEqual(lines('a,b\n"x\ry",1\n2,3\n'), [[2, { a: "x\ry", b: "1" }], [3, {
    a: "2",
    b: "3",
  }]]);
});

Deno.test("parseCsv: quoting errors name line and column", () => {
  const cases: [string, string][] = [
    [
      'a,b\n1,x"y\n',
      'x.csv line 2, column b: a quote inside an unquoted field, after "x"; put the whole field ' +
      'in quotes and double each quote inside it (write a "b" as "a ""b""")',
    ],
    [
      'a,b\n1,2\n"3"4,5\n',
      "x.csv line 3, column a: text after the closing quote of a quoted field; double a quote " +
      'that belongs inside the field ("") and put nothing between the closing quote and the next comma',
    ],
    [
      'a,b\n1,2\n\n3,"4\n5\n',
      "x.csv line 4, column b: a quoted field is not closed (its closing quote is missing)",
    ],
    [
      'a,b"\n1,2\n',
      'x.csv line 1, column 2: a quote inside an unquoted field, after "b"; put the whole field ' +
      'in quotes and double each quote inside it (write a "b" as "a ""b""")',
    ],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseCsv(text, { file: "x.csv" }), { name: "InputError", message });
  }
});

Deno.test("parseCsv: CR-only line ends are refused", () => {
  assert.throws(() => parseCsv("a,b\r1,2\r", { file: "mac.csv" }), {
    message: "mac.csv line 1: the lines end in a carriage return only (CR, old Mac line ends); " +
      "re-save the file with LF or CRLF line ends (e.g. tr '\\r' '\\n' < old.csv > new.csv)",
  });
  assert.throws(() => parseCsv("a,b\n1,2\r\n3,4\r", { file: "x.csv" }), {
    message: "x.csv line 3, column b: a carriage return (CR) without a line feed outside quotes; " +
      "end lines with LF or CRLF, or quote the field if the CR belongs in it",
  });
});

Deno.test("parseCsv: header and row problems are reported all at once", () => {
  const text = "a,,a,b\n1,2,3,4\n5,6\n7,8,9,10,11\n";
  assert.throws(() => parseCsv(text, { file: "t.csv", requiredColumns: ["c"] }), {
    name: "InputErrors",
    message: [
      "t.csv: 5 problems",
      "t.csv line 1, column 2: the column name is empty",
      't.csv line 1, column 3: the column name "a" is used twice',
      't.csv line 1: missing column "c"; the header has a, , a, b',
      "t.csv line 3: expected 4 fields (a,,a,b), found 2",
      "t.csv line 4: expected 4 fields (a,,a,b), found 5",
    ].join("\n"),
  });
  assert.throws(() => parseCsv("", { file: "leeg.csv" }), {
    message: "leeg.csv: the file is empty; expected a header row",
  });
});

Deno.test("parseCsv: a field longer than the limit is refused, saying the limit", () => {
  assert.equal(MAX_CSV_FIELD_LENGTH, 100_000);
  const long = "x".repeat(100_001);
  assert.throws(() => parseCsv(`a,b\n1,"${long}"\n`, { file: "x.csv" }), {
    message:
      "x.csv line 2, column b: the field holds 100001 characters; at most 100000 are accepted",
  });
  assert.equal(parseCsv(`a\n${"x".repeat(100_000)}\n`).records[0].values.a.length, 100_000);
});

Deno.test("checkCsv: the rows that could be read, beside the problems", () => {
  const { table, problems } = checkCsv("a,b\n1,2\n3\n4,5\n", { file: "t.csv" });
  assert.deepEqual(table.records.map((r) => r.line), [2, 4]);
  assert.equal(problems.length, 1);
  assert.ok(problems[0] instanceof InputError && !(problems[0] instanceof InputErrors));
});

// A column name or value as formatCsv writes it and parseCsv reads it back unchanged: any
// text (quotes, commas, CR, LF, non-ASCII), behind a letter so that no spreadsheet escape
// applies and header names have no whitespace to trim.
const text = fc.string({ unit: "grapheme-composite", maxLength: 12 }).chain((s) =>
  fc.constantFrom(s, `${s}\r`, `"${s}\n`, `,${s}\r\n`)
);
const value = fc.oneof(fc.constant(""), text.map((s) => `v${s}`));
const newlines = (s: string) => s.split("\n").length - 1;

Deno.test("parseCsv(formatCsv(table)) gives the table back, each row on its own line", () => {
  fc.assert(
    fc.property(
      fc.array(text, { minLength: 2, maxLength: 4 }),
      fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { maxLength: 6 }),
      (names, cells) => {
        const header = names.map((name, i) => `c${i}${name}x`);
        const rows = cells.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
        const table = parseCsv(formatCsv(header, rows));
        assert.deepEqual(table.header, header);
        assert.deepEqual(table.records.map((r) => r.values), rows);
        // The first row starts after the header's line (and the newlines inside its names);
        // each later one after the previous row's line and the newlines inside its values.
        let line = 2 + newlines(header.join(""));
        rows.forEach((row, k) => {
          assert.equal(table.records[k].line, line);
          line += 1 + newlines(Object.values(row).join(""));
        });
      },
    ),
    PROPERTY_RUNS,
  );
});

Deno.test("parseCsv refuses any bare CR outside quotes", () => {
  // Rows of plain fields (no quote, comma, CR or LF) and quoted fields of any text; a CR is
  // put at a place outside quotes that is not just before a LF.
  const plain = fc.stringMatching(/^[a-z0-9 ]{0,5}$/);
  const quoted = fc.string({ maxLength: 6 }).map((s) => `"${s.replaceAll('"', '""')}"`);
  const row = fc.array(fc.oneof(plain, quoted), { minLength: 2, maxLength: 2 });
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), fc.nat(), (rows, pick) => {
      let csv = "a,b\n";
      const outside: number[] = [0, 1, 2, 3];
      for (const fields of rows) {
        fields.forEach((field, i) => {
          const start = csv.length;
          csv += (i > 0 ? "," : "") + field;
          const quotedField = field.startsWith('"');
          // Offsets where a CR lands outside quotes: before the comma, inside a plain field,
          // and after the field's end.
          for (let at = start; at <= csv.length; at++) {
            const inQuotes = quotedField && at > start + (i > 0 ? 1 : 0) && at < csv.length;
            if (!inQuotes) outside.push(at);
          }
        });
        csv += "\n";
      }
      outside.push(csv.length);
      const places = outside.filter((at) => csv[at] !== "\n");
      const at = places[pick % places.length];
      const broken = csv.slice(0, at) + "\r" + csv.slice(at);
      assert.throws(() => parseCsv(broken), InputError);
    }),
    PROPERTY_RUNS,
  );
});
