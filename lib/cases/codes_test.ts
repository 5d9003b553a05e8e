import assert from "node:assert/strict";
import { PERSPECTIVES } from "../data/categories.ts";
import { parseCodes } from "./codes.ts";
import { COMPONENTS } from "./coding_terms.ts";

const HEAD = "municipality,case,component,perspective,present,code,section,note\n";
const CHAPTERS = [{ municipality: "Oss", chapter: 9 }];

/** All 16 cells of Oss / thuiszorg: SR present with one code per component, others absent. */
function fullCase(): string[] {
  return COMPONENTS.flatMap((component, k) =>
    PERSPECTIVES.map((p) =>
      p === "SR"
        ? `Oss,thuiszorg,${component},SR,yes,own strength ${k + 1},9.3.${k + 1},`
        : `Oss,thuiszorg,${component},${p},no,,9.3.${k + 1},`
    )
  );
}

const text = (lines: string[]) => HEAD + lines.join("\n") + "\n";

Deno.test("parseCodes accepts a complete case", () => {
  const rows = parseCodes(text(fullCase()), CHAPTERS, "c.csv");
  assert.equal(rows.length, 16);
  assert.deepEqual(rows[3], {
    municipality: "Oss",
    case: "thuiszorg",
    component: "Beleid",
    perspective: "SR",
    present: true,
    code: "own strength 1",
    section: "9.3.1",
    note: "",
    line: 5,
  });
});

Deno.test("parseCodes: unknown perspective", () => {
  const lines = fullCase();
  lines[0] = "Oss,thuiszorg,Beleid,NPX,no,,9.3.1,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: 'c.csv line 2, column perspective: "NPX" is not one of PA, NPM, NPG, SR',
  });
});

Deno.test("parseCodes: unknown component", () => {
  const lines = fullCase();
  lines[1] = "Oss,thuiszorg,Beleidt,NPM,no,,9.3.1,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: 'c.csv line 3, column component: "Beleidt" is not one of ' +
      "Beleid, Organisatie, Bekostiging, Aansturing",
  });
});

Deno.test("parseCodes: unknown case", () => {
  const lines = fullCase();
  lines[1] = "Oss,jeugd,Beleid,NPM,no,,9.3.1,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: 'c.csv line 3, column case: "jeugd" is not one of tegenprestatie, thuiszorg',
  });
});

Deno.test("parseCodes: missing section", () => {
  const lines = fullCase();
  lines[3] = "Oss,thuiszorg,Beleid,SR,yes,own strength,,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: "c.csv line 5, column section: is empty; write a section number such as 7.3.2",
  });
});

Deno.test("parseCodes: malformed section", () => {
  const lines = fullCase();
  lines[3] = "Oss,thuiszorg,Beleid,SR,yes,own strength,section 9,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: 'c.csv line 5, column section: "section 9": write a section number such as 7.3.2',
  });
});

Deno.test("parseCodes: section outside the municipality's chapter", () => {
  const lines = fullCase();
  lines[3] = "Oss,thuiszorg,Beleid,SR,yes,own strength,7.3.1,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: 'c.csv line 5, column section: "7.3.1" is not in chapter 9 (Oss)',
  });
});

Deno.test("parseCodes: present without code, absent with code", () => {
  const lines = fullCase();
  lines[3] = "Oss,thuiszorg,Beleid,SR,yes,,9.3.1,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: 'c.csv line 5, column code: is empty; a cell marked present "yes" needs a code',
  });
  const other = fullCase();
  other[0] = "Oss,thuiszorg,Beleid,PA,no,rules,9.3.1,";
  assert.throws(() => parseCodes(text(other), CHAPTERS, "c.csv"), {
    message: 'c.csv line 2, column code: "rules": a cell marked present "no" has no code ' +
      '(write "yes" or drop the code)',
  });
});

Deno.test("parseCodes: yes/no spelled otherwise", () => {
  const lines = fullCase();
  lines[0] = "Oss,thuiszorg,Beleid,PA,true,x,9.3.1,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: 'c.csv line 2, column present: "true" is not one of yes, no',
  });
});

Deno.test("parseCodes: unknown municipality", () => {
  const lines = fullCase();
  lines[0] = "Os,thuiszorg,Beleid,PA,no,,9.3.1,";
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: 'c.csv line 2, column municipality: "Os" is not one of Oss',
  });
});

Deno.test("parseCodes: an absent cell with another row", () => {
  const lines = [...fullCase(), "Oss,thuiszorg,Beleid,PA,yes,rules,9.3.1,"];
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: "c.csv line 18, column present: cell Oss / thuiszorg / Beleid / PA already has a " +
      'row on line 2; a cell marked present "no" has exactly one row',
  });
});

Deno.test("parseCodes: a missing cell", () => {
  const lines = fullCase().filter((l) => !l.startsWith("Oss,thuiszorg,Aansturing,NPG"));
  assert.throws(() => parseCodes(text(lines), CHAPTERS, "c.csv"), {
    message: "c.csv: no row for cell Oss / thuiszorg / Aansturing / NPG " +
      '(write a row with present "no" for an empty cell)',
  });
});

Deno.test("parseCodes: a missing column", () => {
  assert.throws(
    () =>
      parseCodes(
        "municipality,case,component,perspective,present,code,note\n",
        CHAPTERS,
        "c.csv",
      ),
    {
      message: 'c.csv line 1: missing column "section"; the header has ' +
        "municipality, case, component, perspective, present, code, note",
    },
  );
});
