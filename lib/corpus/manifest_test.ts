import assert from "node:assert/strict";
import fc from "fast-check";
import { formatCsv, InputErrors } from "../io/mod.ts";
import { loadManifest, parseManifest, REGIONS } from "./manifest.ts";

const header = "id,file,municipality,size_class,region,title,date,scope\n";

Deno.test("parseManifest: all columns, empty optional cells", () => {
  const rows = parseManifest(
    header + 'a,docs/a.txt,Veenhoven,100.000-,noord,"Plan, deel 1",2014-11,Wmo\nb,b.pdf,,,,,,\n',
  );
  assert.deepEqual(rows[0], {
    id: "a",
    file: "docs/a.txt",
    municipality: "Veenhoven",
    size_class: "100.000-",
    region: "noord",
    title: "Plan, deel 1",
    date: "2014-11",
    scope: "Wmo",
    line: 2,
    extra: {},
  });
  assert.deepEqual(rows[1], {
    id: "b",
    file: "b.pdf",
    municipality: undefined,
    size_class: undefined,
    region: undefined,
    title: undefined,
    date: undefined,
    scope: undefined,
    line: 3,
    extra: {},
  });
});

Deno.test("parseManifest keeps the researcher's own columns as text and reads the year", () => {
  // Worked by hand: two own columns (one with a Dutch letter), a year, an empty cell.
  const rows = parseManifest("id,file,partij,sector_ö,year\na,a.txt, VVD ,zorg,2019\nb,b.txt,,,\n");
  assert.deepEqual(rows.map((r) => [r.id, r.year, r.extra]), [
    ["a", 2019, { partij: "VVD", sector_ö: "zorg" }],
    ["b", undefined, { partij: "", sector_ö: "" }],
  ]);
});

Deno.test("parseManifest: error messages name line and column", () => {
  const cases: [string, string][] = [
    [
      header + "a,a.txt,X,G4,Oost,,,\n",
      'manifest.csv line 2, column region: "Oost" is not one of noord, oost, zuid, west',
    ],
    [
      header + "a,a.txt,X,100000+,oost,,,\n",
      'manifest.csv line 2, column size_class: "100000+" is not one of G4, 100.000+, 100.000-',
    ],
    [
      "id,file\na,a.txt\nb,b.txt\na,c.txt\n",
      'manifest.csv line 4, column id: "a" appears twice (first on line 2)',
    ],
    [
      "id,file\na,../geheim.txt\n",
      'manifest.csv line 2, column file: "../geheim.txt" points outside the corpus directory',
    ],
    [
      "id,file\na,docs/../../x.txt\n",
      'manifest.csv line 2, column file: "docs/../../x.txt" points outside the corpus directory',
    ],
    [
      "id,file\na,/etc/passwd.txt\n",
      'manifest.csv line 2, column file: "/etc/passwd.txt" points outside the corpus directory',
    ],
    [
      "id,file\na,a.xlsx\n",
      'manifest.csv line 2, column file: "a.xlsx" is not a supported document; use .txt, .md, .pdf, .docx, .odt, .html, .htm',
    ],
    [
      "id,file\na,a.txt\nb,./a.txt\n",
      'manifest.csv line 3, column file: "./a.txt" is listed twice (first on line 2)',
    ],
    ["id,file\n,a.txt\n", "manifest.csv line 2, column id: is empty; the id is empty"],
    [
      "id,file,date\na,a.txt,11-2014\n",
      'manifest.csv line 2, column date: "11-2014": write the date as YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      "id,file,plan cycle\na,a.txt,2018\n",
      'manifest.csv line 1: column name "plan cycle" is not usable; name a column of your own ' +
      "with letters, digits and _ (starting with a letter), like party_2018",
    ],
    [
      "id,bestand\na,a.txt\n",
      'manifest.csv line 1: missing column "file"; the header has id, bestand',
    ],
    [
      "id,file,year\na,a.txt,15\n",
      'manifest.csv line 2, column year: "15": write the year as four digits (2015)',
    ],
    [
      "id,file,date,year\na,a.txt,2014-11,2015\n",
      "manifest.csv line 2, column year: year 2015 does not agree with date 2014-11; correct one",
    ],
    [
      "file,id\na.txt,a\n,\n",
      "manifest.csv: 2 problems\n" +
      // Problems of one row come in the manifest's column order (id, file, ...).
      "manifest.csv line 3, column id: is empty; the id is empty\n" +
      "manifest.csv line 3, column file: is empty; the file is empty",
    ],
    [
      "id,file,date\na,a.txt,2014-02-30\n",
      'manifest.csv line 2, column date: "2014-02-30": not a real date (2014-02 has 28 days); ' +
      "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
    ],
    [
      "id,file,date\na,a.txt,2014-13\n",
      'manifest.csv line 2, column date: "2014-13": not a real date (there is no month 13); ' +
      "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
    ],
    [
      "id,file,date\na,a.txt,2014-00\n",
      'manifest.csv line 2, column date: "2014-00": not a real date (there is no month 00); ' +
      "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
    ],
    [
      "id,file,date\na,a.txt,2015-02-29\n",
      'manifest.csv line 2, column date: "2015-02-29": not a real date (2015-02 has 28 days); ' +
      "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
    ],
    [
      "id,file,date\na,a.txt,2014-04-31\n",
      'manifest.csv line 2, column date: "2014-04-31": not a real date (2014-04 has 30 days); ' +
      "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
    ],
    [
      'id,file\na,"a.txt\n',
      "manifest.csv line 2, column file: a quoted field is not closed (its closing quote is missing)",
    ],
    ["id,file\n", "manifest.csv: the manifest lists no documents"],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseManifest(text), { message });
  }
});

Deno.test("parseManifest: real dates are accepted, leap days too", () => {
  // 2016 and 2000 are leap years (divisible by 4; by 400); 1900 is not (by 100, not 400).
  const rows = parseManifest(
    "id,file,date\na,a.txt,2016-02-29\nb,b.txt,2000-02-29\nc,c.txt,2014-12-31\nd,d.txt,2014\n",
  );
  assert.deepEqual(rows.map((r) => r.date), ["2016-02-29", "2000-02-29", "2014-12-31", "2014"]);
  assert.throws(() => parseManifest("id,file,date\na,a.txt,1900-02-29\n"), {
    message: 'manifest.csv line 2, column date: "1900-02-29": not a real date (1900-02 has 28 ' +
      "days); write the date as YYYY, YYYY-MM or YYYY-MM-DD",
  });
});

Deno.test("parseManifest: every bad row and field in one go (issue 11)", () => {
  const text = header +
    "a,a.txt,X,G4,Oost,,2014-13,\n" +
    "b,../b.txt,,,noord,,,\n" +
    "a,c.txt,,,zuid,,,\n" +
    "d,d.txt,,100000+,,,,\n" +
    "e,e.xlsx,,,,,,\n" +
    "f,c.txt,,,,,,\n";
  assert.throws(() => parseManifest(text, { file: "corpus/manifest.csv" }), (error) => {
    assert.ok(error instanceof InputErrors);
    assert.equal(error.problems.length, 7);
    assert.equal(
      error.message,
      [
        "corpus/manifest.csv: 7 problems",
        'corpus/manifest.csv line 2, column region: "Oost" is not one of noord, oost, zuid, west',
        'corpus/manifest.csv line 2, column date: "2014-13": not a real date (there is no month 13); ' +
        "write the date as YYYY, YYYY-MM or YYYY-MM-DD",
        'corpus/manifest.csv line 3, column file: "../b.txt" points outside the corpus directory',
        // The row of line 2 has problems of its own; its id still counts for repeats.
        'corpus/manifest.csv line 4, column id: "a" appears twice (first on line 2)',
        'corpus/manifest.csv line 5, column size_class: "100000+" is not one of G4, 100.000+, 100.000-',
        'corpus/manifest.csv line 6, column file: "e.xlsx" is not a supported document; use .txt, .md, .pdf, .docx, .odt, .html, .htm',
        'corpus/manifest.csv line 7, column file: "c.txt" is listed twice (first on line 4)',
      ].join("\n"),
    );
    return true;
  });
});

// Generated manifests: ids and files from a small alphabet, optional columns filled or empty.
const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
const manifestRow = fc.record({
  id: word,
  municipality: fc.oneof(fc.constant(""), fc.string({ maxLength: 10 }).map((s) => `M ${s}x`)),
  region: fc.constantFrom("", ...REGIONS),
  date: fc.oneof(
    fc.constant(""),
    fc.integer({ min: 1900, max: 2100 }).map(String),
    fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  ),
});
const uniqueRows = fc.uniqueArray(manifestRow, {
  minLength: 1,
  maxLength: 8,
  selector: (row) => row.id,
});
const columns = ["id", "file", "municipality", "region", "date"];

Deno.test("parseManifest returns every generated row with its values", () => {
  fc.assert(
    fc.property(uniqueRows, (rows) => {
      const written = rows.map((r) => ({ ...r, file: `${r.id}.txt` }));
      const parsed = parseManifest(formatCsv(columns, written));
      const empty = (s: string) => s === "" ? undefined : s;
      assert.deepEqual(
        parsed,
        written.map((r, i) => ({
          id: r.id,
          file: r.file,
          municipality: empty(r.municipality),
          region: empty(r.region),
          date: empty(r.date),
          line: 2 + i,
          extra: {},
        })),
      );
    }),
    { numRuns: 200, seed: 20_141_111 },
  );
});

Deno.test("parseManifest names the line and column of a generated bad region or date", () => {
  const bad = fc.oneof(
    fc.record({ column: fc.constant("region"), value: fc.constantFrom("Oost", "kust", "noord ") }),
    fc.record({
      column: fc.constant("date"),
      value: fc.constantFrom("2014-02-30", "2014-13", "14-02-2014", "2014-1"),
    }),
  );
  fc.assert(
    fc.property(uniqueRows, fc.nat(), bad, (rows, pick, { column, value }) => {
      const written = rows.map((r) => ({ ...r, file: `${r.id}.txt` }));
      const k = pick % written.length;
      written[k] = { ...written[k], [column]: value };
      assert.throws(() => parseManifest(formatCsv(columns, written)), (error) => {
        assert.ok(error instanceof Error);
        assert.ok(error.message.startsWith(`manifest.csv line ${2 + k}, column ${column}: "`));
        return true;
      });
    }),
    { numRuns: 200, seed: 20_141_111 },
  );
});

Deno.test("loadManifest: files must exist inside the corpus", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/corpus`);
  await Deno.writeTextFile(`${dir}/corpus/a.txt`, "tekst");
  await Deno.writeTextFile(`${dir}/buiten.txt`, "tekst");
  await Deno.symlink(`${dir}/buiten.txt`, `${dir}/corpus/link.txt`);
  const write = (text: string) => Deno.writeTextFile(`${dir}/corpus/manifest.csv`, text);
  const load = () => loadManifest(`${dir}/corpus`, { displayDir: "corpus" });

  await write("id,file\na,a.txt\n");
  assert.deepEqual((await load()).map((r) => r.id), ["a"]);
  await write("id,file\na,a.txt\nb,weg.txt\n");
  await assert.rejects(load, {
    message: 'corpus/manifest.csv line 3, column file: "weg.txt" does not exist in corpus',
  });
  await write("id,file\na,a.txt\nb,weg.txt\nc,ook-weg.txt\n");
  await assert.rejects(load, {
    name: "InputErrors",
    message: "corpus/manifest.csv: 2 problems\n" +
      'corpus/manifest.csv line 3, column file: "weg.txt" does not exist in corpus\n' +
      'corpus/manifest.csv line 4, column file: "ook-weg.txt" does not exist in corpus',
  });
  // "id,file" with "é" as the Windows-1252 byte 0xe9 on line 2 (offset 10).
  await Deno.writeFile(
    `${dir}/corpus/manifest.csv`,
    Uint8Array.from([
      ...new TextEncoder().encode("id,file\ncaf"),
      0xe9,
      ...new TextEncoder().encode(",a.txt\n"),
    ]),
  );
  await assert.rejects(load, {
    message: "corpus/manifest.csv line 2: the manifest is not UTF-8 but looks like Windows-1252 " +
      '(byte 0xe9 = "é" at offset 11); re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
  });
  await Deno.remove(`${dir}/corpus/manifest.csv`);
  await assert.rejects(load, { message: "corpus/manifest.csv: file not found" });
  await write("id,file\nl,link.txt\n");
  await assert.rejects(load, {
    message:
      'corpus/manifest.csv line 2, column file: "link.txt" points outside the corpus directory (through a link)',
  });
  await Deno.remove(dir, { recursive: true });
});
