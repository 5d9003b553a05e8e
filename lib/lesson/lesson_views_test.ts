import assert from "node:assert/strict";
import { loadMunicipalities } from "../data/mod.ts";
import { parseLexicon } from "../lexicon/mod.ts";
import { scoreCorpus } from "../score/mod.ts";
import { loadScoreTable, scoreTableFromRows } from "../stats/mod.ts";
import { loadConstraints, selectCases } from "../select/mod.ts";
import { scoreLesson } from "./lesson_scores.ts";
import {
  compareCounts,
  extendLexicon,
  groupSpread,
  quoteText,
  rankingRows,
  selectionChanges,
  signalWords,
  withoutHighest,
} from "./lesson_views.ts";

Deno.test("an extended lexicon is checked like any other", () => {
  const base = parseLexicon("category,entry\nPA,regelen\nNPM,meten\n", "csv", { file: "mini.csv" });
  assert.throws(() => extendLexicon(base, { NPG: ["regelen"] }), {
    message: 'additions.NPG[0]: "regelen" is already in category PA (on line 2); ' +
      "an entry may be in one category only",
  });
  const more = extendLexicon(base, { SR: ["meedoen"] });
  assert.deepEqual(more.categories, ["PA", "NPM", "SR"]);
  assert.notEqual(more.sha256, base.sha256);
});

Deno.test("adding the two look-alikes to PA raises the paragraph's PA count by two", async () => {
  const lesson = await scoreLesson();
  const extended = await scoreCorpus(
    lesson.documents,
    extendLexicon(lesson.lexicon, { PA: ["regels", "besluit"] }),
  );
  assert.equal(
    compareCounts(lesson.exact, extended, "lesson"),
    "lesson: PA 6 → 8 (+2), NPM 1 → 1, NPG 0 → 0, SR 1 → 1",
  );
});

Deno.test("signal words of an unknown category are an error naming the categories", async () => {
  const { lexicon } = await scoreLesson();
  assert.throws(() => signalWords(lexicon, "XX"), {
    message: 'category "XX" is not in lexicon study (PA, NPM, NPG, SR)',
  });
});

Deno.test("a quoted text keeps its lines", () => {
  assert.equal(quoteText("a\nb\n").markdown, "> a\n> b\n");
});

Deno.test("group spread: the study's groups with their n, the north has three", async () => {
  const rows = groupSpread(await loadScoreTable({ source: "published" }), "SR");
  assert.deepEqual(rows.map((r) => `${r.group}:${r.n}`), [
    "all:49",
    "G4:4",
    "100.000+:26",
    "100.000-:19",
    "noord:3",
    "oost:10",
    "zuid:12",
    "west:24",
  ]);
  assert.ok(rows.every((r) => r.sd !== null && r.min <= r.mean && r.mean <= r.max));
});

Deno.test("without the highest: a group of one cannot lose a member, an unknown group is named", () => {
  const row = (municipality: string, region: "noord" | "west") =>
    ({ municipality, size_class: "G4", region, PA: 25, NPM: 25, NPG: 25, SR: 25 }) as const;
  const scores = scoreTableFromRows([row("A", "noord"), row("B", "west"), row("C", "west")]);
  assert.throws(() => withoutHighest(scores, "region", "noord", "NPG"), {
    message: "noord has fewer than two municipalities",
  });
  assert.throws(() => withoutHighest(scores, "region", "north", "NPG"), {
    message: '"north" is not a region; one of noord, oost, zuid, west',
  });
});

Deno.test("ranking rows share a place on a tie", async () => {
  const rows = rankingRows(
    await loadScoreTable({ source: "published" }),
    await loadMunicipalities(),
    "NPG",
    6,
  );
  assert.deepEqual(rows.map((r) => `${r.place} ${r.municipality}`), [
    "1 Helmond",
    "2 Arnhem",
    "3 Oss",
    "4 Leeuwarden",
    "5 Amersfoort",
    "5 Vlaardingen",
  ]);
});

Deno.test("selection changes say why the study left the rule", async () => {
  const scores = await loadScoreTable({ source: "published" });
  const municipalities = await loadMunicipalities();
  const rule = selectCases(scores, municipalities);
  const published = selectCases(scores, municipalities, {
    constraints: await loadConstraints(),
    maxPerProvince: 1,
  });
  const lines = selectionChanges(rule, published).markdown.trim().split("\n");
  assert.equal(lines.length, 5);
  assert.equal(lines[0], "- **PA**: Haarlemmermeer (the rule's choice)");
  assert.match(lines[2], /^- \*\*NPG\*\*: the rule picks Helmond, the study took Oss\. Why: /);
});
