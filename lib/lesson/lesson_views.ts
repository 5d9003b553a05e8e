/**
 * Small views the lesson notebook shows between its exercises: a text as a quotation,
 * the words of one perspective, a lexicon with words added, the spread of one perspective
 * by group, what one municipality does to a small group's mean, a ranking with
 * provinces, and the selection's changes as sentences. Each is a thin layer over
 * `lib/score`, `lib/stats` and `lib/select`, so the notebook cells stay one line long.
 *
 * @module
 */
import { meanSimple } from "simple-statistics";
import { type Perspective, REGIONS, SIZE_CLASSES } from "../data/mod.ts";
import { formatFixed, sha256Hex } from "../io/mod.ts";
import { buildLexicon, type Lexicon, type RawLexiconEntry } from "../lexicon/mod.ts";
import type { CorpusScore } from "../score/mod.ts";
import { compareSelections, type ProvinceOf, type SelectedCase } from "../select/mod.ts";
import { compareNames, describeByGroup, type Grouping, type ScoreTable } from "../stats/mod.ts";
import { hitsByCategory } from "./lesson_scores.ts";

/** Something the Deno kernel shows as Markdown. */
export interface MarkdownView {
  markdown: string;
  [key: symbol]: () => Record<string, string>;
}

/**
 * Show Markdown in a notebook (with a plain-text fallback).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(markdownView("*x*")[Symbol.for("Jupyter.display")]()["text/markdown"], "*x*\n");
 * ```
 */
export function markdownView(markdown: string): MarkdownView {
  const text = markdown.endsWith("\n") ? markdown : `${markdown}\n`;
  return {
    markdown: text,
    [Symbol.for("Jupyter.display")]: () => ({ "text/markdown": text, "text/plain": text }),
  };
}

/**
 * A text as a Markdown quotation, with an optional label above it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(quoteText("Eén.\nTwee.", "Text").markdown, "**Text**\n\n> Eén.\n> Twee.\n");
 * ```
 */
export function quoteText(text: string, label = ""): MarkdownView {
  const quoted = text.trim().split("\n").map((line) => `> ${line}`).join("\n");
  return markdownView(label === "" ? quoted : `**${label}**\n\n${quoted}`);
}

/**
 * The entries of one category, in lexicon order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadStudyLexicon } from "../lexicon/mod.ts";
 * const words = signalWords(await loadStudyLexicon(), "PA");
 * assert.equal(words.length, 16);
 * ```
 */
export function signalWords(lexicon: Lexicon, category: string): string[] {
  const words = lexicon.entries.filter((e) => e.category === category).map((e) => e.entry);
  if (words.length === 0) {
    throw new Error(
      `category "${category}" is not in lexicon ${lexicon.name} (${lexicon.categories.join(", ")})`,
    );
  }
  return words;
}

/**
 * The lexicon with more entries per category (checked like any lexicon: an entry already
 * present is an error). The name gets `+`; the SHA-256 is that of the old hash and the
 * additions, so a result still names exactly what it was scored with.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * const base = parseLexicon("category,entry\nPA,regelen\n", "csv", { file: "mini.csv" });
 * const more = extendLexicon(base, { PA: ["regels"] });
 * assert.deepEqual(more.entries.map((e) => e.entry), ["regelen", "regels"]);
 * assert.equal(more.name, "mini+");
 * ```
 */
export function extendLexicon(
  lexicon: Lexicon,
  additions: Readonly<Record<string, readonly string[]>>,
): Lexicon {
  const added: RawLexiconEntry[] = Object.entries(additions).flatMap(([category, words]) =>
    words.map((entry, i) => ({ category, entry, where: { path: `additions.${category}[${i}]` } }))
  );
  return buildLexicon([...lexicon.entries, ...added], {
    name: `${lexicon.name}+`,
    sha256: sha256Hex(`${lexicon.sha256}\n${JSON.stringify(additions)}`),
    mode: lexicon.mode,
  });
}

/**
 * One document's hits per category under two results, as one line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = (hits: number[]) => ({ categories: ["PA", "SR"], documents: [{ id: "a", categoryHits: hits }] });
 * const line = compareCounts(doc([6, 1]) as never, doc([8, 1]) as never, "a");
 * assert.equal(line, "a: PA 6 → 8 (+2), SR 1 → 1");
 * ```
 */
export function compareCounts(before: CorpusScore, after: CorpusScore, document: string): string {
  const a = hitsByCategory(before, document);
  const b = hitsByCategory(after, document);
  return `${document}: ` + Object.keys(a).map((c) => {
    const change = b[c] - a[c];
    return `${c} ${a[c]} → ${b[c]}${change === 0 ? "" : ` (${change > 0 ? "+" : ""}${change})`}`;
  }).join(", ");
}

/** One row of {@linkcode groupSpread}. */
export interface GroupSpreadRow {
  grouping: string;
  group: string;
  n: number;
  mean: number;
  sd: number | null;
  min: number;
  max: number;
}

/**
 * One perspective's share described over all municipalities, by size class and by
 * region (n, mean, sample standard deviation, lowest, highest), in the study's order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadScoreTable } from "../stats/mod.ts";
 * const rows = groupSpread(await loadScoreTable({ source: "published" }), "NPG");
 * assert.deepEqual(rows.map((r) => r.n), [49, 4, 26, 19, 3, 10, 12, 24]);
 * ```
 */
export function groupSpread(scores: ScoreTable, perspective: Perspective): GroupSpreadRow[] {
  const groupings: Grouping[] = ["all", "size_class", "region"];
  return groupings.flatMap((grouping) =>
    describeByGroup(scores, grouping).filter((s) => s.perspective === perspective).map((s) => ({
      grouping: grouping === "size_class" ? "size class" : grouping,
      group: s.group,
      n: s.n,
      mean: s.mean,
      sd: s.sd,
      min: s.min,
      max: s.max,
    }))
  );
}

/**
 * What a single municipality does to a group's mean: the mean with and without the
 * group's member with the highest share, as a sentence.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const row = (municipality: string, NPG: number) =>
 *   ({ municipality, size_class: "G4", region: "noord", PA: 0, NPM: 0, NPG, SR: 100 - NPG }) as const;
 * const text = withoutHighest(scoreTableFromRows([row("A", 10), row("B", 20), row("C", 60)]),
 *   "region", "noord", "NPG");
 * assert.equal(text, "The 3 municipalities of noord have a mean NPG share of 30.0%. " +
 *   "Without C (60.0%) the other 2 have 15.0%: one municipality moves the mean by 15.0 points.");
 * ```
 */
export function withoutHighest(
  scores: ScoreTable,
  grouping: Exclude<Grouping, "all">,
  group: string,
  perspective: Perspective,
): string {
  const known: readonly string[] = grouping === "region" ? REGIONS : SIZE_CLASSES;
  if (!known.includes(group)) {
    throw new Error(`"${group}" is not a ${grouping}; one of ${known.join(", ")}`);
  }
  const members = scores.rows.filter((r) => r[grouping] === group);
  if (members.length < 2) throw new Error(`${group} has fewer than two municipalities`);
  const top =
    [...members].sort((a, b) =>
      b[perspective] - a[perspective] || compareNames(a.municipality, b.municipality)
    )[0];
  const meanOf = (rows: typeof members) => meanSimple(rows.map((r) => r[perspective]));
  const all = meanOf(members);
  const rest = meanOf(members.filter((r) => r !== top));
  return `The ${members.length} municipalities of ${group} have a mean ${perspective} share of ` +
    `${formatFixed(all, 1)}%. Without ${top.municipality} (${
      formatFixed(top[perspective], 1)
    }%) the other ${members.length - 1} have ${formatFixed(rest, 1)}%: one municipality ` +
    `moves the mean by ${formatFixed(Math.abs(all - rest), 1)} points.`;
}

/** One row of {@linkcode rankingRows}. */
export interface RankingRow {
  place: number;
  municipality: string;
  province: string;
  share: number;
}

/**
 * The `top` highest shares on one perspective, with each municipality's province (ties
 * share a place and are ordered by name).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadMunicipalities } from "../data/mod.ts";
 * import { loadScoreTable } from "../stats/mod.ts";
 * const rows = rankingRows(await loadScoreTable({ source: "published" }), await loadMunicipalities(), "NPG", 2);
 * assert.deepEqual(rows.map((r) => r.municipality), ["Helmond", "Arnhem"]);
 * ```
 */
export function rankingRows(
  scores: ScoreTable,
  provinces: readonly ProvinceOf[],
  perspective: Perspective,
  top: number,
): RankingRow[] {
  const sorted = [...scores.rows].sort((a, b) =>
    b[perspective] - a[perspective] || compareNames(a.municipality, b.municipality)
  );
  return sorted.slice(0, top).map((r) => ({
    place: 1 + sorted.filter((o) => o[perspective] > r[perspective]).length,
    municipality: r.municipality,
    province: provinces.find((p) => p.municipality === r.municipality)?.province ?? "unknown",
    share: r[perspective],
  }));
}

/**
 * The rule's picks against the published selection, one bullet per role, with the reason
 * wherever they differ.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const pick = (municipality: string) =>
 *   ({ role: "PA" as const, municipality, province: "X", value: 1, place: 1, passedOver: [], reason: "" });
 * assert.equal(selectionChanges([pick("A")], [pick("A")]).markdown, "- **PA**: A (the rule's choice)\n");
 * ```
 */
export function selectionChanges(
  rule: readonly SelectedCase[],
  published: readonly SelectedCase[],
): MarkdownView {
  const lines = compareSelections(rule, published)
    .filter((c) => c.rule !== "" || c.published !== "")
    .map((c) =>
      c.changed
        ? `- **${c.role}**: the rule picks ${c.rule}, the study took ${c.published}. Why: ${c.why}.`
        : `- **${c.role}**: ${c.published} (the rule's choice)`
    );
  return markdownView(lines.join("\n"));
}
