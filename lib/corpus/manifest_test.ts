import assert from "node:assert/strict";
import { loadManifest, parseManifest } from "./manifest.ts";

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
  });
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
      "id,file\na,a.docx\n",
      'manifest.csv line 2, column file: "a.docx" is not a supported document; use .txt, .md, .pdf',
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
      "id,file,regio\na,a.txt,oost\n",
      'manifest.csv line 1: unknown column "regio"; a manifest has the columns id, file, municipality, size_class, region, title, date, scope',
    ],
    [
      "id,bestand\na,a.txt\n",
      'manifest.csv line 1: missing column "file"; the header has id, bestand',
    ],
    ["id,file\n", "manifest.csv: the manifest lists no documents"],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseManifest(text), { name: "InputError", message });
  }
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
  await write("id,file\nl,link.txt\n");
  await assert.rejects(load, {
    message:
      'corpus/manifest.csv line 2, column file: "link.txt" points outside the corpus directory (through a link)',
  });
  await Deno.remove(dir, { recursive: true });
});
