import assert from "node:assert/strict";
import type { AuditRow } from "./audit_row.ts";
import { sourceName, summarizeAudit } from "./summary.ts";

const rows: AuditRow[] = [
  {
    item: "bijlage-g X PA+NPM+NPG+SR",
    published: "101.3",
    reproduced: "100",
    status: "mismatch",
    note: "off by 1.3",
  },
  { item: "fig-6.2 G4 PA", published: "18.6", reproduced: "18.525", status: "rounding", note: "" },
  { item: "fig-6.2 G4 NPM", published: "18.3", reproduced: "18.325", status: "match", note: "" },
  { item: "text p (line 3)", published: "70000", reproduced: "", status: "not_checked", note: "" },
];

Deno.test("the summary is computed from the rows", () => {
  assert.equal(
    summarizeAudit(rows, { recomputedFrom: "Bijlage G" }),
    [
      "Of 4 published numbers (recomputed from Bijlage G), 1 reproduces exactly at the printed " +
      "precision, 1 differ only by what rounding can explain, 1 does not reproduce, and 1 " +
      "cannot be checked with the data.",
      "",
      "**What does not reproduce:**",
      "",
      "- Bijlage G, X PA+NPM+NPG+SR: printed 101.3, recomputed 100; off by 1.3.",
      "",
      "**Within rounding** (1): Figure 6.2 (1): G4 PA (printed 18.6, recomputed 18.525).",
      "",
      "**Not checkable with the data** (1): the text of chapter 6, p (line 3), printed 70000.",
    ].join("\n"),
  );
});

Deno.test("nothing wrong, said plainly", () => {
  assert.match(summarizeAudit([rows[2]]), /Every checked number reproduces/);
  assert.equal(sourceName("fig-6.7"), "Figure 6.7");
});
