import assert from "node:assert/strict";
import { parsePublishedScores } from "../data/mod.ts";
import {
  scoreTableFromCorpus,
  scoreTableFromPublished,
  scoreTableFromRows,
} from "./score_table.ts";

const header = "municipality,size_class,region,PA,NPM,NPG,SR\n";

Deno.test("scoreTableFromPublished keeps values, groups and printed text", () => {
  const printed = parsePublishedScores(
    header + "Hilversum,100.000-,west,29.7,13.5,29.7,27\nOss,100.000-,zuid,14.6,18.8,47.9,18.8\n",
  );
  const table = scoreTableFromPublished(printed);
  assert.deepEqual(table.rows[0], {
    municipality: "Hilversum",
    size_class: "100.000-",
    region: "west",
    PA: 29.7,
    NPM: 13.5,
    NPG: 29.7,
    SR: 27,
  });
  assert.equal(table.meta.source, "published");
  assert.deepEqual(table.meta.printed?.Hilversum, {
    PA: "29.7",
    NPM: "13.5",
    NPG: "29.7",
    SR: "27",
  });
  assert.deepEqual(table.meta.files, ["data/published/bijlage-g.csv"]);
});

Deno.test("scoreTableFromCorpus pivots long shares, fills missing categories with 0, sorts", () => {
  const base = { size_class: "100.000+", region: "oost" } as const;
  const table = scoreTableFromCorpus([
    { municipality: "Zwolle", ...base, category: "NPM", share_pct: 46.3 },
    { municipality: "Arnhem", ...base, category: "NPG", share_pct: 54.3 },
    { municipality: "Arnhem", ...base, category: "PA", share_pct: 45.7 },
  ], { settings: { match_mode: "stem" }, files: ["runs/documents.csv"] });
  assert.deepEqual(table.rows.map((r) => [r.municipality, r.PA, r.NPM, r.NPG, r.SR]), [
    ["Arnhem", 45.7, 0, 54.3, 0],
    ["Zwolle", 0, 46.3, 0, 0],
  ]);
  assert.deepEqual(table.meta.settings, { match_mode: "stem" });
  assert.equal(table.meta.printed, undefined);
});

Deno.test("scoreTableFromCorpus rejects unknown categories and duplicates with the line", () => {
  const base = { municipality: "Oss", size_class: "100.000-", region: "zuid" } as const;
  assert.throws(
    () =>
      scoreTableFromCorpus([{ ...base, category: "XX", share_pct: 1 }], {
        files: ["d.csv"],
      }),
    { message: 'd.csv line 1, column category: "XX" is not one of PA, NPM, NPG, SR' },
  );
  assert.throws(
    () =>
      scoreTableFromCorpus([
        { ...base, category: "PA", share_pct: 1, line: 7 },
        { ...base, category: "PA", share_pct: 2, line: 9 },
      ], { files: ["d.csv"] }),
    { message: "d.csv line 9, column category: Oss has category PA twice" },
  );
});

Deno.test("scoreTableFromRows rejects a municipality given twice", () => {
  const row = {
    municipality: "A",
    size_class: "G4",
    region: "west",
    PA: 25,
    NPM: 25,
    NPG: 25,
    SR: 25,
  } as const;
  assert.throws(() => scoreTableFromRows([row, row]), {
    message: 'rows line 2, column municipality: "A" appears twice',
  });
});
