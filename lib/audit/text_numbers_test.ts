import assert from "node:assert/strict";
import { parsePublishedText } from "../data/mod.ts";
import { scoreTableFromRows } from "../stats/mod.ts";
import { selectCases } from "../select/mod.ts";
import { auditTextNumbers } from "./text_numbers.ts";

const row = (municipality: string, PA: number, NPM: number, NPG: number, SR: number) =>
  ({ municipality, size_class: "100.000-", region: "zuid", PA, NPM, NPG, SR }) as const;
// PA mean (10 + 20 + 30 + 40 + 50 + 60) / 6 = 35; NPM mean 25.
const scores = scoreTableFromRows([
  row("A", 10, 40, 30, 20),
  row("B", 20, 35, 20, 25),
  row("C", 30, 30, 19, 21),
  row("D", 40, 20, 18, 22),
  row("E", 50, 15, 12, 23),
  row("F", 60, 10, 6, 24),
]);
const provinces = ["A", "B", "C", "D", "E", "F"].map((municipality) => ({
  municipality,
  province: "Limburg",
}));
const selection = selectCases(scores, provinces, { listLength: 1 });

const csv = (lines: string[]) =>
  parsePublishedText(
    "id,section,source_line,quantity,value,unit,qualifier,printed,context\n" +
      lines.join("\n") + "\n",
  );

Deno.test("exact numbers, verbal claims, ranks and things the data cannot check", () => {
  const numbers = csv([
    "a,6.2,3370,mean:PA:all,35,percent,exact,35%,mean",
    "b,6.4,3530,score:F:PA,25,percent,exact,25%,share of F cited as the NPM mean",
    "c,6.4,3530,fraction_of_signal_words:F:PA,1/2,fraction,more_than,ruim de helft,over half",
    "d,6.4,3530,rank_high:E:PA,2,rank,exact,tweede,E second on PA",
    "e,6.4,3530,ratio_to_mean:F:PA,1.5,ratio,about,anderhalf,F about 1.5 times the mean",
    "f,6.2,3396,population_bound:size_class=100.000-:min,70000,inhabitants,exact,70.000,bound",
    "g,6.2,3396,unheard_of:PA,1,count,exact,1,unknown quantity",
    "h,6.5,3639,count:selected_cases,5,count,exact,vijf,cases",
    "i,6.3,3462,max:PA:by=E,50,percent,exact,50%,the maximum is F's",
  ]);
  const rows = auditTextNumbers(numbers, { scores, selection, provinces });
  assert.deepEqual(rows.map((r) => [r.item, r.published, r.reproduced, r.status]), [
    ["text a (section 6.2, line 3370)", "35", "35", "match"],
    ["text b (section 6.4, line 3530)", "25", "60.0", "mismatch"],
    ["text c (section 6.4, line 3530)", "more than 1/2", "0.600", "match"],
    ["text d (section 6.4, line 3530)", "2", "2", "match"],
    ["text e (section 6.4, line 3530)", "about 1.5", "1.714", "match"],
    ["text f (section 6.2, line 3396)", "70000", "", "not_checked"],
    ["text g (section 6.2, line 3396)", "1", "", "not_checked"],
    ["text h (section 6.5, line 3639)", "5", "5", "match"],
    ["text i (section 6.3, line 3462)", "50", "60.0", "mismatch"],
  ]);
  assert.equal(
    rows[1].note,
    "likely cause: equals the NPM mean (25); probably that value repeated or the wrong one cited",
  );
  assert.equal(
    rows[4].note,
    '60 / 35.000; "anderhalf": the nearest round value, on the stated side',
  );
  assert.equal(
    rows[8].note,
    "highest PA: F; likely cause: equals E's PA share (50); probably that value repeated or " +
      "the wrong one cited",
  );
});
