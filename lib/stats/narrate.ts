/**
 * Sentences about a run, computed from its data: what was analysed, how the documents are
 * grouped and how large the groups are, where the groups differ most, what changed over
 * time, how long the top and bottom lists are and which cases were selected. A notebook
 * on any corpus prints these instead of fixed wording, so every number, count, name and
 * comparison it states is true of the data it ran on.
 *
 * @module
 */
import { formatFixed } from "../io/mod.ts";
import {
  type CaseRow,
  type Design,
  type ExtremeRow,
  extremesSize,
  type GroupMeanRow,
  groupOrder,
  type OverTimeRow,
} from "./design.ts";
import type { LoadedDesign } from "./load_design.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]) =>
  items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const pct = (x: number) => `${formatFixed(x, 1)}%`;
const points = (x: number) => `${formatFixed(Math.abs(x), 1)} points`;

/**
 * What was analysed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const design = { categories: ["A", "B"], groupings: [], documents: [], withoutHits: ["x"],
 *   corpus: "plans", lexicon: "my.yaml", mode: "exact", groupingSource: "none" as const, scored: 1, warnings: [] };
 * assert.equal(runSentence(design),
 *   "This run scored 1 document of `plans` with the lexicon `my.yaml` (2 categories: A and B; " +
 *   "mode exact). 1 document has no signal word at all (x) and is left out of every share below; " +
 *   "no document is left to describe.");
 * ```
 */
export function runSentence(design: LoadedDesign): string {
  const head = `This run scored ${plural(design.scored, "document")} of \`${design.corpus}\` ` +
    `with the lexicon \`${design.lexicon}\` (${
      plural(design.categories.length, "category", "categories")
    }: ` +
    `${list(design.categories)}; mode ${design.mode}).`;
  const without = design.withoutHits.length;
  if (without === 0) {
    return design.documents.length === 1
      ? `${head} It has at least one hit and is described below.`
      : `${head} Every document has at least one hit, so all ${design.documents.length} ` +
        "are described below.";
  }
  const tail = design.documents.length === 0
    ? "no document is left to describe."
    : `${plural(design.documents.length, "document")} ${
      design.documents.length === 1 ? "is" : "are"
    } described.`;
  return `${head} ${plural(without, "document")} ${without === 1 ? "has" : "have"} no signal ` +
    `word at all (${list(design.withoutHits)}) and ${without === 1 ? "is" : "are"} left out ` +
    `of every share below; ${tail}`;
}

/**
 * How the documents are grouped, and the size of every group.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const doc = (document: string, sector: string) => ({ document, groups: { sector }, tokens: 1, hits: { A: 1 } });
 * const design = { categories: ["A"], groupings: ["sector"], withoutHits: [], groupingSource: "given" as const, warnings: [],
 *   documents: [doc("a", "zorg"), doc("b", "zorg"), doc("c", "wonen")] };
 * assert.equal(groupingSentence(design),
 *   "The documents are grouped by sector, as asked with `--group-by`. By sector: wonen 1 " +
 *   "document, zorg 2. The smallest group, wonen, has a single document: its mean is that " +
 *   "document's share and it has no standard deviation.");
 * ```
 */
export function groupingSentence(
  design: Pick<LoadedDesign, "groupings" | "documents" | "groupingSource" | "warnings"> & {
    withoutHits?: readonly string[];
  },
): string {
  if (design.groupings.length === 0) {
    return `The documents are not grouped: ${
      design.warnings.join(" ") || "no grouping was asked for"
    }. Everything below describes the corpus as a whole.`;
  }
  const how = design.groupingSource === "study"
    ? "Every document is one of the study's municipalities, so the documents are grouped " +
      "as in the study, by size class and by region."
    : `The documents are grouped by ${list(design.groupings)}, as asked with \`--group-by\`.`;
  const parts = design.groupings.map((grouping) => {
    const counts = groupSizes(design, grouping);
    const groups = groupOrder(grouping, counts.keys());
    const sizes = groups.map((g, i) =>
      `${g} ${i === 0 ? plural(counts.get(g)!, "document") : counts.get(g)}`
    );
    const smallest = groups.reduce((a, b) => (counts.get(b)! < counts.get(a)! ? b : a));
    const n = counts.get(smallest)!;
    const note = groups.length === 1
      ? `All documents are in one group (${groups[0]}), so there is nothing to compare.`
      : n === 1
      ? `The smallest group, ${smallest}, has a single document: its mean is that ` +
        "document's share and it has no standard deviation."
      : `The smallest group, ${smallest}, has ${n} documents, so a change in one ` +
        `document's share moves the group's mean by 1/${n} of that change.`;
    const which = (design.withoutHits?.length ?? 0) > 0 ? " (documents with a hit)" : "";
    return `By ${grouping}${which}: ${sizes.join(", ")}. ${note}`;
  });
  return `${how} ${parts.join(" ")}`;
}

/**
 * Where the groups of `grouping` differ most and least, from the mean shares.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = (group: string, category: string, mean_share: number) => ({ grouping: "g", group, category,
 *   documents: 2, mean_share, median_share: mean_share, sd_share: 1, mean_per_1000: 1 });
 * const rows = [row("p", "A", 20), row("p", "B", 60), row("p", "C", 20),
 *   row("q", "A", 30), row("q", "B", 52), row("q", "C", 18)];
 * assert.equal(differenceSentence(rows, "g", ["A", "B", "C"]),
 *   "Between the groups of g, the mean share differs most for A, from 20.0% (p) to 30.0% (q), " +
 *   "10.0 points apart; least for C, 2.0 points.");
 * ```
 */
export function differenceSentence(
  rows: readonly GroupMeanRow[],
  grouping: string,
  categories: readonly string[],
): string {
  const ranges = categories.map((category) => {
    const of = rows.filter((r) => r.grouping === grouping && r.category === category);
    const low = of.reduce((a, b) => (b.mean_share < a.mean_share ? b : a));
    const high = of.reduce((a, b) => (b.mean_share > a.mean_share ? b : a));
    return { category, low, high, range: high.mean_share - low.mean_share, groups: of.length };
  });
  if (ranges.length === 0 || ranges[0].groups < 2) {
    return `${grouping} has a single group here, so its groups cannot be compared.`;
  }
  const most = ranges.reduce((a, b) => (b.range > a.range ? b : a));
  const least = ranges.reduce((a, b) => (b.range < a.range ? b : a));
  const same = (x: number, y: number) => Math.abs(x - y) < 1e-9;
  if (same(most.range, least.range)) {
    return `Between the groups of ${grouping}, the mean share of every category differs by ` +
      `${points(most.range)} (with two categories the shares are each other's complement).`;
  }
  const tied = (target: number) =>
    list(ranges.filter((r) => same(r.range, target)).map((r) => r.category));
  const span = `from ${pct(most.low.mean_share)} (${most.low.group}) to ` +
    `${pct(most.high.mean_share)} (${most.high.group}), ${points(most.range)} apart`;
  const first = tied(most.range) === most.category
    ? `${most.category}, ${span}`
    : `${tied(most.range)} (${most.category} ${span})`;
  return `Between the groups of ${grouping}, the mean share differs most for ${first}; ` +
    `least for ${tied(least.range)}, ${points(least.range)}.`;
}

/**
 * What changed between the first and the last year, over all documents.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const row = (year: number, category: string, mean_share: number, documents = 2) =>
 *   ({ grouping: "all", group: "all", year, category, documents, mean_share });
 * assert.equal(timeSentence([row(2019, "A", 40), row(2019, "B", 60), row(2023, "A", 55), row(2023, "B", 45)], ["A", "B"]),
 *   "Documents are dated in 2 years, 2019 to 2023. From 2019 (2 documents) to 2023 (2 documents) " +
 *   "the mean share of A rose most, by 15.0 points, and that of B fell most, by 15.0 points.");
 * assert.equal(timeSentence([], ["A"]), "No document has a year (manifest column year or date), so shares over time cannot be shown.");
 * ```
 */
export function timeSentence(rows: readonly OverTimeRow[], categories: readonly string[]): string {
  const all = rows.filter((r) => r.grouping === "all");
  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => a - b);
  if (years.length === 0) {
    return "No document has a year (manifest column year or date), so shares over time " +
      "cannot be shown.";
  }
  if (years.length === 1) {
    return `Every dated document with a hit is from ${years[0]}, so there is no change over ` +
      "time to show.";
  }
  const [first, last] = [years[0], years[years.length - 1]];
  const at = (year: number, category: string) =>
    all.find((r) => r.year === year && r.category === category)!;
  const changes = categories.map((c) => ({
    category: c,
    change: at(last, c).mean_share - at(first, c).mean_share,
  }));
  const rose = changes.reduce((a, b) => (b.change > a.change ? b : a));
  const fell = changes.reduce((a, b) => (b.change < a.change ? b : a));
  const head = `Documents are dated in ${plural(years.length, "year")}, ${first} to ${last}. ` +
    `From ${first} (${plural(at(first, categories[0]).documents, "document")}) to ${last} ` +
    `(${plural(at(last, categories[0]).documents, "document")}) `;
  if (rose.change <= 0 && fell.change >= 0) return `${head}no mean share changed.`;
  const up = rose.change > 0
    ? `the mean share of ${rose.category} rose most, by ${points(rose.change)}`
    : "no mean share rose";
  const down = fell.change < 0
    ? `that of ${fell.category} fell most, by ${points(fell.change)}`
    : "none fell";
  return `${head}${up}, and ${down}.`;
}

/**
 * How long the top and bottom lists are, and why.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(extremesSentence(7, []),
 *   "Each category gets its 3 highest and 3 lowest documents, not 5 as in the study: with 7 " +
 *   "documents, longer lists would share documents.");
 * ```
 */
export function extremesSentence(documents: number, rows: readonly ExtremeRow[]): string {
  const k = extremesSize(documents);
  if (k === 0) {
    return `With ${plural(documents, "document")} there are no highest and lowest to list.`;
  }
  const lists = k === 1
    ? "its highest and its lowest document"
    : `its ${k} highest and ${k} lowest documents`;
  const head = k === 5
    ? `Each category gets ${lists}, as in the study.`
    : `Each category gets ${lists}, not 5 as in the study: with ` +
      `${plural(documents, "document")}, longer lists would share documents.`;
  const sizes = new Map<string, number>();
  for (const r of rows) {
    sizes.set(`${r.category} ${r.end}`, (sizes.get(`${r.category} ${r.end}`) ?? 0) + 1);
  }
  const longer = [...sizes].filter(([, n]) => n > k).map(([name]) => name);
  return longer.length === 0
    ? head
    : `${head} Ties at the last place make ${plural(longer.length, "list")} longer (${
      list(longer)
    }).`;
}

/**
 * Which documents were selected as cases.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * assert.equal(casesSentence([
 *   { role: "highest", category: "A", document: "d1", share_pct: 80 },
 *   { role: "highest", category: "B", document: "d1", share_pct: 50 },
 *   { role: "typical", category: "", document: "d2", share_pct: null, distance: 4.25 },
 * ]), "Highest share per category: A d1 (80.0%), B d1 (50.0%); d1 is highest in 2 categories. " +
 *   "The most typical document is d2, 4.3 points (Euclidean distance over all categories) from the mean shares.");
 * ```
 */
export function casesSentence(
  cases: readonly CaseRow[],
  tiedTypical: readonly string[] = [],
): string {
  const highest = cases.filter((c) => c.role === "highest");
  const typical = cases.find((c) => c.role === "typical");
  if (typical === undefined) return "There are no documents to select from.";
  const counts = new Map<string, number>();
  for (const c of highest) counts.set(c.document, (counts.get(c.document) ?? 0) + 1);
  const repeated = [...counts].filter(([, n]) => n > 1);
  return `Highest share per category: ${
    highest.map((c) => `${c.category} ${c.document} (${pct(c.share_pct!)})`).join(", ")
  }${
    repeated.length === 0
      ? "."
      : `; ${repeated.map(([d, n]) => `${d} is highest in ${n} categories`).join("; ")}.`
  } The most typical document is ${typical.document}, ${
    formatFixed(typical.distance!, 1)
  } points (Euclidean distance over all categories) from the mean shares${
    tiedTypical.length === 0
      ? ""
      : `; ${list([...tiedTypical])} ${tiedTypical.length === 1 ? "is" : "are"} as close, ` +
        "and the first by id is taken"
  }.`;
}

/** The documents of `design` per group of `grouping`, for a quick count. */
export function groupSizes(
  design: Pick<Design, "documents">,
  grouping: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of design.documents) {
    counts.set(doc.groups[grouping], (counts.get(doc.groups[grouping]) ?? 0) + 1);
  }
  return counts;
}
