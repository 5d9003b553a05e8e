import assert from "node:assert/strict";
import { z } from "zod";
import { checkTable, decimalString, integerString, loadTable, parseTable } from "./table.ts";

const schema = z.object({
  name: z.string().min(1, "the name is empty"),
  region: z.enum(["noord", "oost"]),
  n: integerString,
});

Deno.test("parseTable: rows validated, with their lines", () => {
  assert.deepEqual(parseTable("name,region,n\na,noord,1\n\nb,oost,-2\n", schema), [
    { name: "a", region: "noord", n: 1, line: 2 },
    { name: "b", region: "oost", n: -2, line: 4 },
  ]);
});

Deno.test("parseTable: every problem of every row, in file order", () => {
  // Line 2 has three bad fields, line 4 too few fields, line 5 repeats "a" of line 3.
  const text = "name,region,n\n,west,x\na,noord,1\nb,oost\na,oost,3\n";
  assert.throws(() => parseTable(text, schema, { file: "t.csv", uniqueBy: "name" }), {
    name: "InputErrors",
    message: [
      "t.csv: 5 problems",
      "t.csv line 2, column name: is empty; the name is empty",
      't.csv line 2, column region: "west" is not one of noord, oost',
      't.csv line 2, column n: "x": not a whole number',
      "t.csv line 4: expected 3 fields (name,region,n), found 2",
      't.csv line 5, column name: "a" appears twice (first on line 3)',
    ].join("\n"),
  });
});

Deno.test("parseTable: a missing column is reported once, not for every row", () => {
  assert.throws(() => parseTable("name,n\na,1\nb,2\n", schema, { file: "t.csv" }), {
    name: "InputError",
    message: 't.csv line 1: missing column "region"; the header has name, n',
  });
});

Deno.test("checkTable: valid rows beside the problems", () => {
  const { rows, problems } = checkTable("name,region,n\na,noord,1\nb,zuid,2\n", schema);
  assert.deepEqual(rows.map((r) => r.name), ["a"]);
  assert.deepEqual(problems.map((p) => p.message), [
    '<csv> line 3, column region: "zuid" is not one of noord, oost',
  ]);
});

Deno.test("decimalString and integerString refuse what Number() would accept", () => {
  assert.equal(decimalString.parse("-12.5"), -12.5);
  for (const bad of ["", " ", "0x1", "1e3", "1,5", ".5"]) {
    assert.equal(decimalString.safeParse(bad).success, false, bad);
  }
  assert.equal(integerString.safeParse("1.0").success, false);
});

Deno.test("loadTable: reads a UTF-8 file and names it in errors", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeFile(
    `${dir}/t.csv`,
    Uint8Array.from([...new TextEncoder().encode("name,region,n\n"), 0xe9, 0x0a]),
  );
  await assert.rejects(() => loadTable(`${dir}/t.csv`, schema, { displayName: "t.csv" }), {
    message: 't.csv line 2: the file is not UTF-8 but looks like Windows-1252 (byte 0xe9 = "é" ' +
      "at offset 14); re-save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)",
  });
  await Deno.remove(dir, { recursive: true });
});
