import assert from "node:assert/strict";
import { parseCodes } from "./codes.ts";
import {
  buildMatrices,
  buildMatrix,
  matrixCell,
  matrixTable,
  presenceBreadth,
  textDisagreements,
} from "./matrix.ts";
import { parseTextPresence } from "./text_presence.ts";

// A tiny, complete case written out in full: Zwolle-like home care with PA in Beleid,
// NPM everywhere but Aansturing, SR in Beleid (two codes) and Aansturing.
const CODES = `municipality,case,component,perspective,present,code,section,note
Z,thuiszorg,Beleid,PA,yes,care open to all,8.3.1,
Z,thuiszorg,Beleid,NPM,yes,cut home care,8.3.1,
Z,thuiszorg,Beleid,NPG,no,,8.3.1,
Z,thuiszorg,Beleid,SR,yes,own network first,8.3.1,
Z,thuiszorg,Beleid,SR,yes,back citizen initiative,8.3.1,
Z,thuiszorg,Organisatie,PA,no,,8.3.2,
Z,thuiszorg,Organisatie,NPM,yes,efficient team,8.3.2,
Z,thuiszorg,Organisatie,NPG,no,,8.3.2,
Z,thuiszorg,Organisatie,SR,no,,8.3.2,
Z,thuiszorg,Bekostiging,PA,no,,8.3.3,
Z,thuiszorg,Bekostiging,NPM,yes,pay for results,8.3.3,a note
Z,thuiszorg,Bekostiging,NPG,no,,8.3.3,
Z,thuiszorg,Bekostiging,SR,no,,8.3.3,
Z,thuiszorg,Aansturing,PA,no,,8.3.4,
Z,thuiszorg,Aansturing,NPM,no,,8.3.4,
Z,thuiszorg,Aansturing,NPG,no,,8.3.4,
Z,thuiszorg,Aansturing,SR,yes,volunteers take over,8.3.4,
`;

const rows = parseCodes(CODES, [{ municipality: "Z", chapter: 8 }], "z.csv");

Deno.test("buildMatrix: figure number, order and literal cells", () => {
  const m = buildMatrix(rows, "Z", "thuiszorg");
  assert.equal(m.figure, "8.2");
  assert.equal(m.chapter, 8);
  assert.equal(m.cells.length, 16);
  assert.deepEqual(
    m.cells.slice(0, 4).map((c) => [c.component, c.perspective]),
    [["Beleid", "PA"], ["Beleid", "NPM"], ["Beleid", "NPG"], ["Beleid", "SR"]],
  );
  assert.deepEqual(matrixCell(m, "Beleid", "SR"), {
    component: "Beleid",
    perspective: "SR",
    present: true,
    codes: [
      { code: "own network first", section: "8.3.1" },
      { code: "back citizen initiative", section: "8.3.1" },
    ],
    section: "8.3.1",
    note: "",
  });
  assert.deepEqual(matrixCell(m, "Organisatie", "SR"), {
    component: "Organisatie",
    perspective: "SR",
    present: false,
    codes: [],
    section: "8.3.2",
    note: "",
  });
  assert.equal(matrixCell(m, "Bekostiging", "NPM").note, "a note");
});

Deno.test("presenceBreadth counts components", () => {
  assert.deepEqual(presenceBreadth(buildMatrix(rows, "Z", "thuiszorg")), {
    PA: 1,
    NPM: 3,
    NPG: 0,
    SR: 2,
  });
});

Deno.test("matrixTable: one row per code, one per absent cell", () => {
  const table = matrixTable(buildMatrix(rows, "Z", "thuiszorg"));
  assert.equal(table.length, 17);
  assert.deepEqual(table[2], {
    figure: "8.2",
    municipality: "Z",
    case: "thuiszorg",
    component: "Beleid",
    perspective: "NPG",
    present: "no",
    code: "",
    section: "8.3.1",
    note: "",
  });
  assert.deepEqual(table.filter((r) => r.note !== "").map((r) => r.code), ["pay for results"]);
});

Deno.test("buildMatrix: unknown case and buildMatrices", () => {
  assert.throws(() => buildMatrix(rows, "Z", "tegenprestatie"), {
    message: "no codes for Z / tegenprestatie",
  });
  assert.deepEqual(buildMatrices(rows).map((m) => m.figure), ["8.2"]);
});

Deno.test("textDisagreements: figure-only and text-only cells", () => {
  const text = parseTextPresence(
    "municipality,case,perspective,components,section,source_line\n" +
      "Z,thuiszorg,PA,Beleid;Bekostiging,8.4,5891\n" +
      "Z,thuiszorg,NPM,Beleid;Organisatie;Bekostiging,8.4,5894\n" +
      "Z,thuiszorg,SR,unstated,8.4,5900\n",
    ["Z"],
  );
  const found = textDisagreements(buildMatrix(rows, "Z", "thuiszorg"), text);
  assert.deepEqual(found.map((d) => [d.perspective, d.component, d.kind]), [
    ["PA", "Bekostiging", "text-only"],
  ]);
});
