import assert from "node:assert/strict";
import { loadPublishedText, parsePublishedText } from "./published_text.ts";

const HEADER = "id,section,source_line,quantity,value,unit,qualifier,printed,context\n";
const FILE = "data/published/chapter-6-text.csv";

Deno.test("the numbers of chapter 6's text", async () => {
  const rows = await loadPublishedText();
  assert.equal(rows.length, 128);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const deventer = byId.get("s64-deventer-NPM")!;
  assert.deepEqual([deventer.source_line, deventer.quantity, deventer.value], [
    3593,
    "score:Deventer:NPM",
    7.4,
  ]);
  const third = byId.get("s62-frac-SR")!;
  assert.deepEqual([third.value, third.valuePrinted, third.qualifier], [1 / 3, "1/3", "almost"]);
  assert.deepEqual(
    ["6.2", "6.3", "6.4", "6.5", "6.6"].map((s) => rows.filter((r) => r.section === s).length),
    [22, 14, 52, 22, 18],
  );
});

Deno.test("a line outside its section, a bad value, a long context", () => {
  const row = (line: number, value: string, context: string) =>
    HEADER + `x,6.3,${line},mean:PA:all,"${value}",percent,exact,"20,7%",${context}\n`;
  assert.throws(() => parsePublishedText(row(3400, "20.7", "mean PA")), {
    message: `${FILE} line 2, column source_line: "3400" is outside section 6.3 (lines 3453-3517)`,
  });
  assert.throws(() => parsePublishedText(row(3462, "20,7", "mean PA")), {
    message:
      `${FILE} line 2, column value: "20,7": not a number or fraction (write e.g. 20.7 or 1/3)`,
  });
  const long = "one two three four five six seven eight nine ten eleven twelve thirteen";
  assert.throws(() => parsePublishedText(row(3462, "20.7", long)), {
    message: `${FILE} line 2, column context: "${long}": longer than 12 words; ` +
      "paraphrase it more briefly",
  });
});
