import assert from "node:assert/strict";
import { loadPerspectives, parsePerspectives } from "./perspectives.ts";

Deno.test("the four perspectives, their labels, quadrants and greys", async () => {
  const rows = (await loadPerspectives()).map(({ line: _, ...row }) => row);
  assert.deepEqual(rows, [
    {
      code: "PA",
      name_en: "Public Administration",
      label_nl: "rechtmatige overheid",
      quadrant: "bottom-left",
      x_axis: "government",
      y_axis: "preconditions",
      grey: "black",
    },
    {
      code: "NPM",
      name_en: "New Public Management",
      label_nl: "presterende overheid",
      quadrant: "top-left",
      x_axis: "government",
      y_axis: "results",
      grey: "dark grey",
    },
    {
      code: "NPG",
      name_en: "New Public Governance",
      label_nl: "netwerkende overheid",
      quadrant: "top-right",
      x_axis: "society",
      y_axis: "results",
      grey: "grey",
    },
    {
      code: "SR",
      name_en: "Societal Resilience",
      label_nl: "participerende overheid",
      quadrant: "bottom-right",
      x_axis: "society",
      y_axis: "preconditions",
      grey: "light grey",
    },
  ]);
});

Deno.test("an unknown perspective code and a duplicate code", () => {
  const header = "code,name_en,label_nl,quadrant,x_axis,y_axis,grey\n";
  const pa =
    "PA,Public Administration,rechtmatige overheid,bottom-left,government,preconditions,black\n";
  assert.throws(() => parsePerspectives(header + pa.replace("PA,", "OPA,")), {
    message: 'data/perspectives.csv line 2, column code: "OPA" is not one of PA, NPM, NPG, SR',
  });
  assert.throws(() => parsePerspectives(header + pa + pa), {
    message: 'data/perspectives.csv line 3, column code: "PA" appears twice (first on line 2)',
  });
});
