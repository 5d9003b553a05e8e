import assert from "node:assert/strict";
import { loadCaseStudy } from "./case_study.ts";
import {
  interpretationSynthesis,
  interpretationSynthesisTable,
  presenceSynthesis,
  presenceSynthesisTable,
  synthesisStatements,
  synthesisTallies,
} from "./synthesis.ts";

const study = await loadCaseStudy();
const presence = presenceSynthesis(study.municipalities, study.matrices, study.verdicts);
const readings = interpretationSynthesis(study.municipalities, study.interpretations);

Deno.test("Figure 12.1 rows: chapter order, verdicts and breadth", () => {
  assert.deepEqual(
    presence.map((r) => `${r.figure} ${r.dominant.join("+")}`),
    [
      "7.1 PA+SR",
      "7.2 SR+NPM",
      "8.1 NPM+SR",
      "8.2 NPM+SR",
      "9.1 NPG+SR",
      "9.2 NPG+SR",
      "10.1 SR",
      "10.2 SR+NPM",
      "11.1 SR+NPM",
      "11.2 PA",
    ],
  );
  assert.deepEqual(presenceSynthesisTable(presence)[1], {
    municipality: "Haarlemmermeer",
    role: "PA",
    case: "thuiszorg",
    figure: "7.2",
    dominant: "SR+NPM",
    emphasis: "",
    PA: 3,
    NPM: 4,
    NPG: 3,
    SR: 4,
    summary: presence[1].summary,
  });
  assert.equal(presence[1].state.PA, "present");
});

Deno.test("chapter 12's counts are reproduced", () => {
  const t = synthesisTallies(presence, readings);
  // 12.3: SR+NPM in both Zwolle cases, the Wmo cases of Haarlemmermeer and Utrecht and
  // the Participatiewet case of Den Haag.
  assert.deepEqual(t.srNpm, [
    "Haarlemmermeer thuiszorg",
    "Zwolle tegenprestatie",
    "Zwolle thuiszorg",
    "Utrecht thuiszorg",
    "Den Haag tegenprestatie",
  ]);
  // 12.4: moving against only in the tegenprestatie of Zwolle, Oss and Utrecht and in Den
  // Haag's home care.
  assert.deepEqual(t.againstApproach, [
    "Zwolle tegenprestatie",
    "Oss tegenprestatie",
    "Utrecht tegenprestatie",
    "Den Haag thuiszorg",
  ]);
  assert.equal(t.goalDirected.length, 10);
  assert.equal(t.allFourPresent.length, 10);
  assert.equal(synthesisStatements(t).length, 5);
});

Deno.test("Figure 12.2 table words movements", () => {
  const table = interpretationSynthesisTable(readings);
  assert.deepEqual(table[0], {
    municipality: "Haarlemmermeer",
    case: "tegenprestatie",
    law: "partly with",
    approach: "with",
    isomorphism: "coercive-formal; coercive-informal; normative",
    path_dependence: "unspecified",
    strategy: "goal-directed",
    explains: "PA+SR",
    clear: "yes",
    section: "7.5",
  });
});
