import assert from "node:assert/strict";
import { join } from "node:path";
import { MARKER_FILE } from "../io/result_folder.ts";
import { buildReport, captionOf } from "./site.ts";

Deno.test("captionOf: title, subtitle lines and description as one text", () => {
  assert.equal(
    captionOf({
      title: { text: "Figuur 6.1: X", subtitle: ["Mean share of", "each perspective"] },
    }),
    "Figuur 6.1: X. Mean share of each perspective",
  );
  assert.equal(captionOf({ title: "Plain", description: "More." }), "Plain. More.");
});

Deno.test("buildReport: index with the audit counts, every mismatch, the gallery; a page per notebook", async () => {
  // A tiny run, written by hand: one notebook whose cell c2 saves figure f1 from table f1.
  const outputs = await Deno.makeTempDir({ prefix: "sturingstaal-report-" });
  for (const dir of ["notebooks", "figures", "tables"]) await Deno.mkdir(join(outputs, dir));
  await Deno.writeTextFile(
    join(outputs, "notebooks", "01-a.ipynb"),
    JSON.stringify({
      cells: [
        { cell_type: "markdown", id: "c1", source: "# A" },
        { cell_type: "code", id: "c2", source: 'await saveFigure("f1", spec)', outputs: [] },
      ],
    }),
  );
  await Deno.writeTextFile(
    join(outputs, "figures", "f1.vl.json"),
    JSON.stringify({ title: { text: "Figuur 1", subtitle: "Shares" } }),
  );
  await Deno.writeTextFile(join(outputs, "figures", "f1.svg"), "<svg></svg>");
  await Deno.writeTextFile(join(outputs, "tables", "f1.csv"), "a\n1\n");
  await Deno.writeTextFile(
    join(outputs, "tables", "audit-chapter-6.csv"),
    "item,published,reproduced,status,note\n" +
      "x,1,1,match,\ny,2,2,match,\nz,7.4,4.4,mismatch,likely cause: <a typo>\n",
  );
  const report = join(outputs, "report");
  const files = await buildReport(outputs, report);
  assert.deepEqual(files, [
    MARKER_FILE,
    "index.html",
    "notebooks/01-a.html",
    "style.css",
    "vendor/charts.js",
    "vendor/vega-embed.min.js",
    "vendor/vega-lite.min.js",
    "vendor/vega.min.js",
  ]);
  const index = await Deno.readTextFile(join(report, "index.html"));
  assert.match(index, /3 published numbers checked/);
  assert.match(
    index,
    /<tr><td>match<\/td><td>2<\/td><\/tr>\n<tr><td>mismatch<\/td><td>1<\/td><\/tr>/,
  );
  assert.match(
    index,
    /<td>z<\/td><td>7\.4<\/td><td>4\.4<\/td><td>likely cause: &lt;a typo&gt;<\/td>/,
  );
  assert.match(index, /<h2>Every figure \(1\)<\/h2>/);
  assert.match(index, /<img src="\.\.\/figures\/f1\.svg" alt="Figuur 1\. Shares">/);
  assert.match(index, /<a href="\.\.\/tables\/f1\.csv">data<\/a>/);
  assert.match(index, /<a href="notebooks\/01-a\.html#cell-c2">notebook 01-a<\/a>/);
  const page = await Deno.readTextFile(join(report, "notebooks", "01-a.html"));
  assert.match(page, /<section class="cell code" id="cell-c2">/);
  assert.match(index, /<p>A reproduction, from data, of <cite>Nijdam/);
  // The report of an analyse run says whose documents it is about.
  const theirs = join(outputs, "report-corpus");
  await buildReport(outputs, theirs, { corpus: "runs/<plans>" });
  assert.match(
    await Deno.readTextFile(join(theirs, "index.html")),
    /<cite>Nijdam[^<]*<\/cite> run on the documents in <code>runs\/&lt;plans&gt;<\/code>\./,
  );
  // Same inputs, same bytes.
  const again = join(outputs, "report2");
  await buildReport(outputs, again);
  assert.equal(await Deno.readTextFile(join(again, "index.html")), index);
  await Deno.remove(outputs, { recursive: true });
});
