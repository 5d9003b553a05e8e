import assert from "node:assert/strict";
import { loadPublishedScores } from "../data/mod.ts";
import { loadCaseStudy } from "./case_study.ts";
import { presenceSynthesis } from "./synthesis.ts";
import {
  assertAgreements,
  compareCase,
  describeCase,
  jointDisplay,
  jointStatements,
  jointTable,
  shareRanks,
} from "./joint_display.ts";

Deno.test("shareRanks: ties share the better rank", () => {
  assert.deepEqual(shareRanks({ PA: 17.1, NPM: 46.3, NPG: 19.5, SR: 17.1 }), {
    PA: 3,
    NPM: 1,
    NPG: 2,
    SR: 3,
  });
  assert.deepEqual(shareRanks({ PA: 25, NPM: 25, NPG: 25, SR: 25 }), {
    PA: 1,
    NPM: 1,
    NPG: 1,
    SR: 1,
  });
});

Deno.test("compareCase: agree, partial, differ", () => {
  const rank = { PA: 4, NPM: 2, NPG: 3, SR: 1 };
  assert.equal(compareCase(rank, ["SR"]), "agree");
  assert.equal(compareCase(rank, ["SR", "NPM"]), "agree");
  assert.equal(compareCase(rank, ["NPM", "SR"]), "agree");
  assert.equal(compareCase(rank, ["SR", "NPG"]), "partial");
  assert.equal(compareCase(rank, ["PA"]), "differ");
  assert.equal(compareCase(rank, ["NPM", "NPG"]), "differ");
  // A tie for first: either leader counts.
  assert.equal(compareCase({ PA: 1, NPM: 1, NPG: 3, SR: 4 }, ["NPM"]), "agree");
});

const study = await loadCaseStudy();
const presence = presenceSynthesis(study.municipalities, study.matrices, study.verdicts);
const rows = jointDisplay(await loadPublishedScores(), presence);

Deno.test("joint display of the five case municipalities", () => {
  assert.deepEqual(rows.map((r) => `${r.figure} ${r.top.join("+")} ${r.agreement}`), [
    "7.1 PA partial",
    "7.2 PA differ",
    "8.1 NPM partial",
    "8.2 NPM partial",
    "9.1 NPG agree",
    "9.2 NPG agree",
    "10.1 SR agree",
    "10.2 SR agree",
    "11.1 SR agree",
    "11.2 SR differ",
  ]);
  assert.deepEqual(rows.map((r) => r.roleDominant), [
    true,
    false,
    true,
    true,
    true,
    true,
    true,
    true,
    null,
    null,
  ]);
  assert.deepEqual(jointTable(rows)[9], {
    municipality: "Den Haag",
    role: "average",
    case: "thuiszorg",
    plan_PA: "17.9",
    plan_NPM: "27.2",
    plan_NPG: "21.2",
    plan_SR: "33.7",
    plan_top: "SR",
    case_PA: 4,
    case_NPM: 3,
    case_NPG: 4,
    case_SR: 4,
    dominant: "PA",
    agreement: "differ",
  });
});

Deno.test("joint statements say where the phases agree and differ", () => {
  const statements = jointStatements(rows);
  assert.deepEqual(statements.map((s) => s.topic), [
    "overall",
    "agree",
    "partial",
    "differ",
    "role",
    "breadth",
  ]);
  assert.equal(
    statements[0].text,
    "In 8 of 10 cases the perspective with the highest share in the plan is also dominant " +
      "in the case study.",
  );
  assert.deepEqual(statements[3].cases, ["Haarlemmermeer (thuiszorg)", "Den Haag (thuiszorg)"]);
  assert.equal(
    describeCase(rows[9]),
    "Den Haag (thuiszorg): the plan is led by SR (33.7%), the case study finds PA; PA ranks " +
      "4th in the plan at 17.9%; SR is present in 4 of 4 components but not dominant.",
  );
  assert.equal(
    statements[4].text,
    "Of the 8 cases of municipalities selected for a high share of one perspective, 7 have " +
      "that perspective among the dominant ones; not so in Haarlemmermeer (thuiszorg), " +
      "selected for PA.",
  );
  assertAgreements(rows, {
    agree: [
      "Oss tegenprestatie",
      "Oss thuiszorg",
      "Utrecht tegenprestatie",
      "Utrecht thuiszorg",
      "Den Haag tegenprestatie",
    ],
    partial: ["Haarlemmermeer tegenprestatie", "Zwolle tegenprestatie", "Zwolle thuiszorg"],
    differ: ["Haarlemmermeer thuiszorg", "Den Haag thuiszorg"],
  });
});

Deno.test("jointDisplay: a municipality without shares", () => {
  assert.throws(() => jointDisplay([], presence), {
    message: "no published shares for Haarlemmermeer",
  });
});
