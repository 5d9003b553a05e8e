import assert from "node:assert/strict";
import { categoryColors } from "../design/design_figures.ts";
import { renderSvg } from "../render.ts";
import { FALLBACK_GREYS, shareLegend, type ShareRow, shareSegments, sharesSpec } from "./shares.ts";

const STYLES = [
  { code: "PA", grey: "black", label_nl: "rechtmatige overheid" },
  { code: "NPM", grey: "dark grey", label_nl: "presterende overheid" },
  { code: "NPG", grey: "grey", label_nl: "netwerkende overheid" },
  { code: "SR", grey: "light grey", label_nl: "participerende overheid" },
];

const rows = (document: string, hits: number[]): ShareRow[] => {
  const total = hits.reduce((a, b) => a + b, 0);
  return ["PA", "NPM", "NPG", "SR"].map((category, i) => ({
    document,
    category,
    hits: hits[i],
    share_pct: total === 0 ? null : (hits[i] / total) * 100,
  }));
};

// The sample corpus with the study's lexicon, exact mode (lib/score/score_corpus_test.ts).
const SAMPLE = [
  ...rows("veenhoven", [8, 6, 0, 2]),
  ...rows("brederwaard", [0, 1, 9, 4]),
  ...rows("lindemeer", [1, 2, 4, 1]),
  ...rows("zandkerk", [0, 1, 1, 2]),
  ...rows("hoogmolen", [0, 6, 3, 1]),
];

type Spec = {
  title: { text: string; subtitle?: string[] };
  width: number;
  height: number;
  encoding: { y: { sort: string[] } };
  layer: {
    data: { values: Record<string, unknown>[] };
    encoding: { color?: { scale: { domain: string[]; range: string[] } } };
  }[];
};

Deno.test("shareLegend: the study's order and greys, whatever the order of the rows", () => {
  const shuffled = [...SAMPLE].reverse();
  assert.deepEqual(shareLegend(shuffled, STYLES), {
    categories: ["PA", "NPM", "NPG", "SR"],
    legends: [
      "PA · rechtmatige overheid",
      "NPM · presterende overheid",
      "NPG · netwerkende overheid",
      "SR · participerende overheid",
    ],
    colors: ["#000000", "#595959", "#a6a6a6", "#d9d9d9"],
  });
});

Deno.test("shareLegend: a lexicon of its own gets the design figures' palette, in order of appearance", () => {
  const other: ShareRow[] = [
    { document: "a", category: "zorg", hits: 1, share_pct: 50 },
    { document: "a", category: "werk", hits: 1, share_pct: 50 },
  ];
  assert.deepEqual(shareLegend(other, STYLES), {
    categories: ["zorg", "werk"],
    legends: ["zorg", "werk"],
    colors: categoryColors(["zorg", "werk"]),
  });
  // A category has the same colour here as in notebook 13's figures; a study perspective
  // among other categories keeps its grey, the others take fallback greys.
  const mixed: ShareRow[] = [...other, { document: "a", category: "PA", hits: 1, share_pct: 0 }];
  assert.deepEqual(shareLegend(mixed, STYLES).colors, [
    "#000000",
    FALLBACK_GREYS[0],
    FALLBACK_GREYS[1],
  ]);
});

Deno.test("shareSegments: stacked from 0 to 100 in legend order, zero shares left out", () => {
  const segments = shareSegments(SAMPLE, shareLegend(SAMPLE, STYLES), 440);
  const veenhoven = segments.filter((s) => s.document === "veenhoven");
  assert.deepEqual(veenhoven.map((s) => [s.category, s.start, s.end, s.hits, s.text]), [
    ["PA", 0, 50, 8, "50"],
    ["NPM", 50, 87.5, 6, "38"],
    ["SR", 87.5, 100, 2, "13"],
  ]);
  assert.deepEqual(veenhoven.map((s) => s.textColor), ["#ffffff", "#ffffff", "#000000"]);
  for (const document of ["veenhoven", "brederwaard", "lindemeer", "zandkerk", "hoogmolen"]) {
    const mine = segments.filter((s) => s.document === document);
    assert.equal(mine[0].start, 0);
    assert.ok(Math.abs(mine[mine.length - 1].end - 100) < 1e-9, document);
  }
});

Deno.test("shareSegments: a share is printed only where its text fits", () => {
  const tight = rows("a", [1, 19, 0, 0]); // 5% and 95%
  const legend = shareLegend(tight, STYLES);
  assert.deepEqual(shareSegments(tight, legend, 440).map((s) => s.text), ["5", "95"]);
  // At 100 px, 5% is 5 px: too narrow for "5" (about 6 px) plus 3 px on each side.
  assert.deepEqual(shareSegments(tight, legend, 100).map((s) => s.text), ["", "95"]);
});

Deno.test("sharesSpec: documents in row order, height per document, legend and title", () => {
  const spec = sharesSpec(SAMPLE, {
    styles: STYLES,
    subtitle: "Corpus data/corpus/sample, lexicon study, mode exact.",
  }) as unknown as Spec;
  assert.deepEqual(spec.encoding.y.sort, [
    "veenhoven",
    "brederwaard",
    "lindemeer",
    "zandkerk",
    "hoogmolen",
  ]);
  assert.equal(spec.width, 440);
  assert.equal(spec.height, 5 * 24);
  assert.deepEqual(spec.title, {
    text: "Share of each perspective among the signal words, per document",
    subtitle: ["Corpus data/corpus/sample, lexicon study, mode exact."],
  });
  assert.deepEqual(spec.layer[0].encoding.color!.scale.range, [
    "#000000",
    "#595959",
    "#a6a6a6",
    "#d9d9d9",
  ]);
  assert.equal(spec.layer[0].data.values.length, 16); // 20 cells, 4 of them zero
  assert.deepEqual(spec.layer[2].data.values, []);
});

Deno.test("sharesSpec: a document without hits gets a note instead of a bar", () => {
  const spec = sharesSpec([...rows("a", [1, 1, 0, 0]), ...rows("leeg", [0, 0, 0, 0])], {
    styles: STYLES,
  }) as unknown as Spec;
  assert.deepEqual(spec.encoding.y.sort, ["a", "leeg"]);
  assert.deepEqual(spec.layer[0].data.values.map((v) => v.document), ["a", "a"]);
  assert.deepEqual(spec.layer[2].data.values, [{
    document: "leeg",
    note: "no signal words found",
  }]);
});

Deno.test("sharesSpec: renders, with every document and legend label in the SVG, the same twice", async () => {
  const spec = sharesSpec(SAMPLE, { styles: STYLES, subtitle: "A subtitle." });
  const svg = await renderSvg(spec);
  for (const text of ["veenhoven", "hoogmolen", "PA · rechtmatige overheid", "A subtitle."]) {
    assert.ok(svg.includes(text), text);
  }
  assert.equal(await renderSvg(spec), svg);
});
