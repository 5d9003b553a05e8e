import assert from "node:assert/strict";
import { parseVerdicts } from "./verdicts.ts";
import { parseInterpretations } from "./interpretations.ts";
import { parseTextPresence } from "./text_presence.ts";
import { parseCaseMunicipalities } from "./municipalities.ts";

const VERDICT_HEAD = "municipality,case,dominant,emphasis,section,source_line,summary,note\n";
const READING_HEAD = "municipality,case,law,approach,isomorphism,path_dependence,strategy," +
  "explains,clear,section,strategy_note,note\n";

Deno.test("parseVerdicts: combinations and their errors", () => {
  const [row] = parseVerdicts(
    VERDICT_HEAD + 'Utrecht,thuiszorg,SR+NPM,SR,10.4,8367,"responsible, independent",\n',
    ["Utrecht"],
  );
  assert.deepEqual([row.dominant, row.emphasis, row.summary], [
    ["SR", "NPM"],
    "SR",
    "responsible, independent",
  ]);
  assert.throws(
    () =>
      parseVerdicts(VERDICT_HEAD + "Utrecht,thuiszorg,SR+XX,,10.4,8367,s,\n", ["Utrecht"], "v.csv"),
    {
      message: 'v.csv line 2, column dominant: "SR+XX": not one or more of PA, NPM, NPG, SR ' +
        'joined by "+"',
    },
  );
  assert.throws(
    () =>
      parseVerdicts(VERDICT_HEAD + "Utrecht,thuiszorg,SR+SR,,10.4,8367,s,\n", ["Utrecht"], "v.csv"),
    { message: 'v.csv line 2, column dominant: "SR+SR": names a perspective twice' },
  );
  assert.throws(
    () => parseVerdicts(VERDICT_HEAD + "Utrecht,thuiszorg,SR,,10.4,8367,,\n", ["Utrecht"], "v.csv"),
    {
      message:
        "v.csv line 2, column summary: is empty; must not be empty or start or end with a space",
    },
  );
});

Deno.test("parseVerdicts: duplicates, unknown municipality, completeness", () => {
  const line = "Oss,thuiszorg,NPG+SR,NPG,9.4,7147,s,\n";
  assert.throws(() => parseVerdicts(VERDICT_HEAD + line + line, ["Oss"], "v.csv"), {
    message: "v.csv line 3, column case: Oss / thuiszorg appears twice (first on line 2)",
  });
  assert.throws(() => parseVerdicts(VERDICT_HEAD + line, ["Zwolle"], "v.csv"), {
    message: 'v.csv line 2, column municipality: "Oss" is not one of Zwolle',
  });
  assert.throws(() => parseVerdicts(VERDICT_HEAD + line, ["Oss"], "v.csv", { complete: true }), {
    message: "v.csv: no row for Oss / tegenprestatie",
  });
});

Deno.test("parseInterpretations: lists, optional values and their errors", () => {
  const ok = "Den Haag,thuiszorg,partly_against,against,,layering,goal-directed;goal-seeking," +
    "PA,no,11.5,,\n";
  const [row] = parseInterpretations(READING_HEAD + ok, ["Den Haag"]);
  assert.deepEqual(
    [row.law, row.approach, row.isomorphism, row.path_dependence, row.strategy, row.clear],
    ["partly_against", "against", [], "layering", ["goal-directed", "goal-seeking"], false],
  );
  const bad = (field: string, value: string) => {
    const cells = ok.trimEnd().split(",");
    const index = READING_HEAD.trim().split(",").indexOf(field);
    cells[index] = value;
    return READING_HEAD + cells.join(",") + "\n";
  };
  assert.throws(() => parseInterpretations(bad("law", "along"), ["Den Haag"], "i.csv"), {
    message: 'i.csv line 2, column law: "along" is not one of ' +
      "with, mostly_with, partly_with, partly_against, against",
  });
  assert.throws(
    () => parseInterpretations(bad("isomorphism", "coercive;mimicry"), ["Den Haag"], "i.csv"),
    {
      message: 'i.csv line 2, column isomorphism: "coercive;mimicry" is not one of coercive, ' +
        "coercive-formal, coercive-informal, mimetic, normative, unspecified",
    },
  );
  assert.throws(
    () => parseInterpretations(bad("path_dependence", "drift"), ["Den Haag"], "i.csv"),
    {
      message:
        'i.csv line 2, column path_dependence: "drift" is not one of unspecified, layering, conversion',
    },
  );
  assert.throws(() => parseInterpretations(bad("strategy", ""), ["Den Haag"], "i.csv"), {
    message: "i.csv line 2, column strategy: is empty; give at least one value",
  });
});

Deno.test("parseTextPresence: components or unstated", () => {
  const head = "municipality,case,perspective,components,section,source_line\n";
  assert.throws(
    () =>
      parseTextPresence(head + "Oss,thuiszorg,PA,Beleid;Financien,9.4,7138\n", ["Oss"], "t.csv"),
    {
      message: 't.csv line 2, column components: "Beleid;Financien" is not one of ' +
        "Beleid, Organisatie, Bekostiging, Aansturing",
    },
  );
  const line = "Oss,thuiszorg,PA,Beleid,9.4,7138\n";
  assert.throws(() => parseTextPresence(head + line + line, ["Oss"], "t.csv"), {
    message:
      "t.csv line 3, column perspective: Oss / thuiszorg / PA appears twice (first on line 2)",
  });
});

Deno.test("parseCaseMunicipalities: unique chapters", () => {
  const head = "municipality,chapter,role,source_line\n";
  assert.throws(
    () => parseCaseMunicipalities(head + "Oss,9,NPG,6220\nZwolle,9,NPM,4994\n", "m.csv"),
    { message: 'm.csv line 3, column chapter: "9" appears twice (first on line 2)' },
  );
  assert.throws(() => parseCaseMunicipalities(head + "Oss,12,NPG,6220\n", "m.csv"), {
    message: 'm.csv line 2, column chapter: "12": Too big: expected number to be <=11',
  });
});
