import assert from "node:assert/strict";
import { parseExtremes, parseGroupMeans, parsePublishedScores } from "../data/mod.ts";
import { scoreTableFromPublished } from "../stats/mod.ts";
import { auditPresenceFigure, auditVariationFigure } from "./figures.ts";

// Six municipalities printed with one decimal. PA means: all (10+20+30+40+50+60)/6 = 35.0;
// G4 (10, 20) = 15.0; 100.000+ (30, 40) = 35.0; 100.000- (50, 60) = 55.0.
const scores = scoreTableFromPublished(parsePublishedScores(
  "municipality,size_class,region,PA,NPM,NPG,SR\n" +
    "A,G4,west,10.0,30.0,30.0,30.0\n" +
    "B,G4,west,20.0,20.0,30.0,30.0\n" +
    "C,100.000+,oost,30.0,20.0,20.0,30.0\n" +
    "D,100.000+,oost,40.0,20.0,20.0,20.0\n" +
    "E,100.000-,zuid,50.0,10.0,20.0,20.0\n" +
    "F,100.000-,zuid,60.0,10.0,10.0,20.0\n",
));

Deno.test("presence: match, rounding with the possible range, mismatch with a cause", () => {
  const printed = parseGroupMeans(
    "group_type,group,n,PA,NPM,NPG,SR\n" +
      "size_class,G4,2,15.0,25.0,30.0,30.0\n" + // all match
      "size_class,100.000+,2,35.1,20.0,20.0,25.0\n" + // PA 35.1 vs 35.0: rounding (bound 0.1)
      "size_class,100.000-,3,50.0,10.0,15.0,20.0\n" + // n wrong; PA 50.0 = mean without F
      "all,all,6,35.0,18.3,21.7,25.0\n",
    2,
  );
  const rows = auditPresenceFigure(scores, printed, 2);
  const get = (item: string) => rows.find((r) => r.item === item)!;
  assert.equal(get("fig-6.2 G4 PA").status, "match");
  assert.equal(get("fig-6.2 100.000+ PA").status, "rounding");
  assert.equal(
    get("fig-6.2 100.000+ PA").note,
    "recomputed 35.0; with every printed constraint the exact mean lies in 34.950-35.050, which can print as 35.1",
  );
  assert.deepEqual(get("fig-6.2 100.000- n"), {
    item: "fig-6.2 100.000- n",
    published: "3",
    reproduced: "2",
    status: "mismatch",
    note: "the group has a different number of municipalities",
  });
  assert.deepEqual(get("fig-6.2 100.000- PA"), {
    item: "fig-6.2 100.000- PA",
    published: "50.0",
    reproduced: "55.000",
    status: "mismatch",
    note: "one digit differs (50.0 printed, 55.0 recomputed): a typo?; " +
      "matches the mean over 1 if F is left out",
  });
  assert.equal(get("fig-6.2 100.000- NPG").status, "match");
  assert.equal(get("fig-6.2 all NPM").status, "match"); // 110/6 = 18.33
});

Deno.test("variation: a municipality left out of a printed list shifts the places after it", () => {
  const printed = parseExtremes(
    "perspective,list,rank,municipality,score\n" +
      "PA,top,1,F,60.0\nPA,top,2,E,50.0\nPA,top,3,D,40.0\nPA,top,4,C,30.0\nPA,top,5,B,20.0\n" +
      // the bottom list skips B and prints A's share wrongly
      "PA,bottom,1,A,11.0\nPA,bottom,2,C,30.0\nPA,bottom,3,D,40.0\nPA,bottom,4,E,50.0\n" +
      "PA,bottom,5,F,60.0\n",
    4,
  );
  const rows = auditVariationFigure(scores, printed, 4);
  const get = (item: string) => rows.find((r) => r.item === item)!;
  assert.equal(get("fig-6.4 PA top place 1").status, "match");
  assert.deepEqual(get("fig-6.4 PA bottom place 2"), {
    item: "fig-6.4 PA bottom place 2",
    published: "C",
    reproduced: "B",
    status: "mismatch",
    note: "C (30.0) is at place 3 in the recomputation; B (20.0) is missing from the printed " +
      "list; likely cause: the printed list skips it, so the places after it shift by one",
  });
  assert.deepEqual(get("fig-6.4 PA bottom A share"), {
    item: "fig-6.4 PA bottom A share",
    published: "11.0",
    reproduced: "10.0",
    status: "mismatch",
    note: "one digit differs (11.0 printed, 10.0 recomputed): a typo?",
  });
  assert.equal(get("fig-6.4 PA bottom F share").status, "match");
});
