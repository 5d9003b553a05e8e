import assert from "node:assert/strict";
import { loadMunicipalities, loadPublishedScores, PERSPECTIVES } from "../data/mod.ts";
import { loadCaseStudy } from "../cases/mod.ts";
import { scoreTableFromRows } from "../stats/mod.ts";
import {
  checkDifferingCases,
  checkOneRefusal,
  loadJointRows,
  oneRefusal,
} from "./study_exercises.ts";

const published = await loadPublishedScores();
const municipalities = await loadMunicipalities();
const provinceOf = (name: string) => municipalities.find((m) => m.municipality === name)!.province;
const highest = (p: (typeof PERSPECTIVES)[number]) =>
  [...published].sort((a, b) => b[p] - a[p]).map((r) => r.municipality);

// Exercise 4, walked by hand: the NPG ranking without its first name, skipping provinces
// already taken by the PA and NPM picks.
const [npgFirst, ...npgRest] = highest("NPG");
const taken = [highest("PA")[0], highest("NPM")[0]].map(provinceOf);
const NEXT_IN_LINE = npgRest.find((m) => !taken.includes(provinceOf(m)))!;

Deno.test("exercise 4: the hand walk gives the municipality after Helmond", () => {
  assert.equal(npgFirst, "Helmond");
  assert.equal(NEXT_IN_LINE, "Arnhem");
});

Deno.test("exercise 4: the next in line is correct, in any case and spacing", async () => {
  for (const answer of [NEXT_IN_LINE, ` ${NEXT_IN_LINE.toUpperCase()} `]) {
    const v = await checkOneRefusal(answer);
    assert.equal(v.status, "correct");
    assert.match(v.message, /With only Helmond out, the walk down the NPG ranking stops at Arnhem/);
    assert.match(v.message, /published NPG case is Oss: 2 municipalities above it dropped out\./);
  }
});

Deno.test("exercise 4: the published case, the refuser and others are not yet", async () => {
  const oss = await checkOneRefusal("Oss");
  assert.equal(oss.status, "not yet");
  assert.match(oss.message, /ended up with/);
  assert.match(oss.hint, /one case per province/);
  const helmond = await checkOneRefusal("helmond");
  assert.equal(helmond.status, "not yet");
  assert.match(helmond.message, /the one that declined/);
  const lower = await checkOneRefusal("Leeuwarden");
  assert.equal(lower.status, "not yet");
  assert.match(lower.message, /^Leeuwarden \(4th highest NPG, 43\.4%\)/);
  assert.match(lower.hint, /higher in the ranking passes/);
  const unknown = await checkOneRefusal("Almere-Haven");
  assert.equal(unknown.status, "not yet");
  assert.match(unknown.hint, /Copy the name/);
});

Deno.test("exercise 4: placeholder and answers that are not names", async () => {
  assert.equal((await checkOneRefusal(undefined)).status, "not answered yet");
  assert.equal((await checkOneRefusal("")).status, "not answered yet");
  const number = await checkOneRefusal(2);
  assert.equal(number.status, "not yet");
  assert.match(number.hint, /between quotes/);
});

Deno.test("exercise 4: the expected answer is computed from the data it is given", async () => {
  const row = (municipality: string, PA: number, NPM: number, NPG: number) =>
    ({
      municipality,
      size_class: "G4",
      region: "west",
      PA,
      NPM,
      NPG,
      SR: 100 - PA - NPM - NPG,
    }) as const;
  const scores = scoreTableFromRows([
    row("P", 70, 10, 10),
    row("M", 10, 70, 10),
    row("A", 5, 5, 60),
    row("B", 5, 5, 50),
    row("C", 5, 5, 40),
  ]);
  const provinces = [["P", "X"], ["M", "Y"], ["A", "Z"], ["B", "X"], ["C", "W"]]
    .map(([municipality, province]) => ({ municipality, province }));
  const options = { scores, municipalities: provinces, constraints: [] };
  // Without A, B is next in the ranking, but its province X already has P (PA): so C.
  const walk = await oneRefusal(options);
  assert.deepEqual([walk.rule.municipality, walk.oneOut.municipality], ["A", "C"]);
  assert.equal((await checkOneRefusal("C", options)).status, "correct");
  const b = await checkOneRefusal("B", options);
  assert.equal(b.status, "not yet");
  assert.match(b.hint, /province already taken/);
});

// Exercise 5, found by hand: a case differs when the plan's highest share (Bijlage G) is not
// among the dominant perspectives of the chapter's verdict.
const study = await loadCaseStudy();
const DIFFERING = study.verdicts.filter((v) => {
  const plan = published.find((r) => r.municipality === v.municipality)!;
  const top = Math.max(...PERSPECTIVES.map((p) => plan[p]));
  return !PERSPECTIVES.some((p) => plan[p] === top && v.dominant.includes(p));
}).map((v) => `${v.municipality} ${v.case}`);

Deno.test("exercise 5: the hand reading finds two home-care cases", () => {
  assert.deepEqual(DIFFERING.sort(), ["Den Haag thuiszorg", "Haarlemmermeer thuiszorg"]);
});

Deno.test("exercise 5: the differing cases are correct as a list or one string, in any order", async () => {
  const joint = await loadJointRows();
  for (
    const answer of [
      DIFFERING,
      [...DIFFERING].reverse(),
      DIFFERING.join(" and "),
      "den haag (home care); HAARLEMMERMEER thuiszorg",
    ]
  ) {
    const v = await checkDifferingCases(answer, { joint });
    assert.equal(v.status, "correct", JSON.stringify(answer));
    assert.match(
      v.message,
      /^The phases differ in Haarlemmermeer thuiszorg and Den Haag thuiszorg\./,
    );
  }
});

Deno.test("exercise 5: half an answer, a case that agrees, a missing case name are not yet", async () => {
  const joint = await loadJointRows();
  const half = await checkDifferingCases([DIFFERING[0]], { joint });
  assert.equal(half.status, "not yet");
  assert.match(half.message, /right, but 1 more case differs/);
  const agree = await checkDifferingCases([...DIFFERING, "Zwolle thuiszorg"], { joint });
  assert.equal(agree.status, "not yet");
  assert.equal(
    agree.message,
    "In Zwolle thuiszorg the phases agree in part: the plan's leader NPM is dominant in the case too.",
  );
  const caseless = await checkDifferingCases("Den Haag", { joint });
  assert.equal(caseless.status, "not yet");
  assert.match(caseless.hint, /name the case too/);
  const stranger = await checkDifferingCases(["Amsterdam thuiszorg"], { joint });
  assert.equal(stranger.status, "not yet");
  assert.match(stranger.message, /names none of the five case municipalities/);
});

Deno.test("exercise 5: placeholder and unreadable answers", async () => {
  const joint = await loadJointRows();
  assert.equal((await checkDifferingCases(undefined, { joint })).status, "not answered yet");
  assert.equal((await checkDifferingCases([], { joint })).status, "not answered yet");
  const number = await checkDifferingCases(10, { joint });
  assert.equal(number.status, "not yet");
  assert.match(number.hint, /"municipality case"/);
});
