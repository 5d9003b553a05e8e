import assert from "node:assert/strict";
import { scoreTableFromRows } from "../stats/mod.ts";
import { caseDossiers, loadPassages } from "./dossier.ts";

const scores = scoreTableFromRows([
  {
    municipality: "Oss",
    size_class: "100.000-",
    region: "zuid",
    PA: 10,
    NPM: 20,
    NPG: 47.9,
    SR: 22.1,
  },
]);
const pick = { strategy: "published", role: "NPG", document: "Oss", score: 47.9, reason: "" };

Deno.test("caseDossiers: no passages for printed shares, said in words", () => {
  const [oss] = caseDossiers(
    scores,
    [pick, { ...pick, strategy: "extreme", role: "NPG highest" }],
    [],
  );
  assert.equal(oss.passages, "no passages in this run");
  assert.equal(oss.shares, "PA 10.0, NPM 20.0, NPG 47.9, SR 22.1");
  assert.equal(oss.picked_by, "published: NPG; extreme: NPG highest");
});

Deno.test("loadPassages: a kwic.csv without corpus.csv keeps the document id; a missing column is named", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.writeTextFile(
    `${dir}/kwic.csv`,
    "document,category,match,left,right\nOss,NPG,netwerk,het,van\n",
  );
  const passages = await loadPassages(dir);
  assert.deepEqual(passages, [{ municipality: "Oss", category: "NPG", text: "het [netwerk] van" }]);
  assert.equal(
    caseDossiers(scores, [pick], passages, { passages: 1 })[0].passages,
    "het [netwerk] van",
  );
  await Deno.writeTextFile(`${dir}/kwic.csv`, "document,category,match,left\nOss,NPG,x,y\n");
  await assert.rejects(() => loadPassages(dir), {
    message:
      'kwic.csv line 1: missing column "right"; the header has document, category, match, left',
  });
  await Deno.remove(dir, { recursive: true });
});
