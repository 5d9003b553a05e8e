/**
 * Auditing the cross-references and captions of chapter 6 (issue 17): does every "zie
 * Figuur 6.3", "paragraaf 6.4", "Bijlage G" and "hoofdstuk 3" point to something that exists
 * and shows what the sentence says it shows, and are the captions numbered in order and about
 * what their figure shows?
 *
 * What each target shows is read from the data where the data can say it: the groups of
 * Figures 6.1-6.3 from their printed tables, the perspective of Figures 6.4-6.7 from their
 * lists, the municipality of the donuts 6.8-6.11 as the highest on its perspective in the
 * score table. The rest is the structure of the chapter as the source prints it (section
 * titles at seed lines 3358, 3453, 3518, 3636, 3693; Bijlage A, B and G as the municipalities,
 * the plans and the scores; chapter 3 as the four perspectives).
 *
 * @module
 */
import { type GroupMean, type Perspective, PERSPECTIVES } from "../data/mod.ts";
import type { PublishedReference } from "../data/mod.ts";
import type { ScoreTable } from "../stats/mod.ts";
import { VARIATION_FIGURES } from "../stats/mod.ts";
import type { AuditRow } from "./audit_row.ts";

/** What the audit needs to know what each figure shows. */
export interface ReferenceContext {
  scores: ScoreTable;
  /** The printed tables of Figures 6.1-6.3. */
  groupMeans: { 1: readonly GroupMean[]; 2: readonly GroupMean[]; 3: readonly GroupMean[] };
}

/** The topic of each section of chapter 6 (its printed title, seed lines 3358-3693). */
const SECTION_TOPICS: Record<string, string> = {
  "6.2": "presence",
  "6.3": "variation",
  "6.4": "highest",
  "6.5": "selection",
  "6.6": "conclusion",
};
const APPENDIX_TOPICS: Record<string, string> = {
  A: "municipalities",
  B: "plans",
  G: "scores",
};
const CHAPTER_TOPICS: Record<string, string> = { "3": "perspectives" };
/** The donut figures and the perspective each is about (role order PA, NPM, NPG, SR). */
const DONUTS: Record<number, Perspective> = { 8: "PA", 9: "NPM", 10: "NPG", 11: "SR" };

/**
 * The keys (see `lib/data/published_references.ts`) that Figure 6.`n` shows, from the data.
 */
export function figureShows(n: number, context: ReferenceContext): Set<string> {
  const shows = new Set<string>();
  if (n >= 1 && n <= 3) {
    const rows = context.groupMeans[n as 1 | 2 | 3];
    const types = new Set(rows.map((r) => r.group_type));
    if (types.size === 1 && types.has("all")) shows.add("presence:all");
    for (const type of types) if (type !== "all") shows.add(`groups:${type}`);
    if (types.has("all")) { for (const p of PERSPECTIVES) shows.add(`mean:${p}:all`); }
  }
  if (n in VARIATION_FIGURES) shows.add(`range:${VARIATION_FIGURES[n as 4 | 5 | 6 | 7]}`);
  if (n in DONUTS) {
    const p = DONUTS[n];
    const top = [...context.scores.rows].sort((a, b) => b[p] - a[p])[0];
    if (top !== undefined) shows.add(`score:${top.municipality}:${p}`);
  }
  if (n === 12) shows.add("top:all");
  if (n === 13) shows.add("selected");
  return shows;
}

/**
 * One audit row per reference and caption: `match` when the target exists and shows what is
 * cited (for a caption, also: numbered next in order); `mismatch` with the reason otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const rows = auditReferences([
 *   { id: "c1", section: "6.2", source_line: 3382, kind: "caption", printed: "Figuur 6.1", cites: "top:all", context: "", line: 2 },
 *   { id: "r1", section: "6.5", source_line: 3685, kind: "reference", printed: "Figuur 5.13", cites: "selected", context: "", line: 3 },
 * ], { scores: { rows: [], meta: { source: "corpus", description: "", files: [], settings: {} } }, groupMeans: { 1: [], 2: [], 3: [] } });
 * assert.deepEqual(rows.map((r) => r.status), ["mismatch", "mismatch"]);
 * ```
 */
export function auditReferences(
  references: readonly PublishedReference[],
  context: ReferenceContext,
): AuditRow[] {
  const captions = references.filter((r) => r.kind === "caption");
  const figures = new Set(captions.map((c) => c.printed.replace("Figuur ", "")));
  return references.map((ref) => {
    const item = `${ref.kind} ${ref.id} (section ${ref.section}, line ${ref.source_line})`;
    const [kind, number] = ref.printed.split(" ");
    const problems: string[] = [];
    let shows: string;
    if (kind === "Figuur") {
      const [chapter, n] = number.split(".").map(Number);
      if (chapter !== 6 || !figures.has(number)) {
        problems.push(`chapter 6 has no Figure ${number}`);
        const right = [...figures].filter((f) =>
          figureShows(Number(f.split(".")[1]), context).has(ref.cites)
        );
        if (right.length > 0) problems.push(`what it cites is in Figure ${right.join(", ")}`);
        shows = "";
      } else {
        const content = figureShows(n, context);
        shows = [...content].join(", ");
        if (!content.has(ref.cites)) {
          problems.push(`Figure ${number} shows ${shows || "nothing the data can name"}`);
        }
      }
      if (ref.kind === "caption") {
        const expected = `6.${captions.indexOf(ref) + 1}`;
        if (number !== expected) problems.push(`the caption is number ${expected} in order`);
      }
    } else {
      const table = kind === "paragraaf"
        ? SECTION_TOPICS
        : kind === "Bijlage"
        ? APPENDIX_TOPICS
        : CHAPTER_TOPICS;
      const topic = table[number];
      const wanted = ref.cites.split(":")[1];
      shows = topic ?? "";
      if (topic === undefined) problems.push(`no ${kind} ${number} with a known topic`);
      else if (topic !== wanted) problems.push(`${kind} ${number} is about ${topic}`);
    }
    return {
      item,
      published: ref.printed,
      reproduced: problems.length === 0 ? ref.printed : "",
      status: problems.length === 0 ? "match" : "mismatch",
      note: problems.length === 0 ? `shows ${ref.cites}` : `${ref.cites}: ${problems.join("; ")}`,
    };
  });
}
