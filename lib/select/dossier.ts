/**
 * A case dossier for the qualitative phase: for each selected document its shares, its
 * rank on each perspective, its groups, which strategies picked it and for what, and the
 * first passages (keyword in context) behind its highest perspective, read from the
 * scorer's `kwic.csv` when the shares were computed from documents in this run.
 *
 * @module
 */
import { join } from "node:path";
import { type Perspective, PERSPECTIVES } from "../data/mod.ts";
import { exists, parseCsv, readTextFile } from "../io/mod.ts";
import { compareNames, formatFixed, type ScoreTable } from "../stats/mod.ts";
import type { StrategyPick } from "./strategies.ts";

/** One hit in context, tied to the municipality of its document. */
export interface Passage {
  municipality: string;
  category: string;
  /** `left [match] right`. */
  text: string;
}

/**
 * The passages of a scorer's output folder: `kwic.csv`, each document tied to its
 * municipality by `corpus.csv` (else the document id is the municipality). Empty when
 * the folder has no `kwic.csv`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(`${dir}/kwic.csv`,
 *   "document,category,entry,match,token_index,left,right\nd1,SR,eigen kracht,eigen kracht,3,Wij vragen om,van inwoners\n");
 * await Deno.writeTextFile(`${dir}/corpus.csv`, "document,municipality\nd1,Oss\n");
 * assert.deepEqual(await loadPassages(dir),
 *   [{ municipality: "Oss", category: "SR", text: "Wij vragen om [eigen kracht] van inwoners" }]);
 * assert.deepEqual(await loadPassages(`${dir}/none`), []);
 * ```
 */
export async function loadPassages(folder: string): Promise<Passage[]> {
  const kwicPath = join(folder, "kwic.csv");
  if (!(await exists(kwicPath))) return [];
  const kwic = parseCsv(await readTextFile(kwicPath), {
    file: "kwic.csv",
    requiredColumns: ["document", "category", "match", "left", "right"],
  });
  const corpusPath = join(folder, "corpus.csv");
  const municipalityOf = new Map<string, string>();
  if (await exists(corpusPath)) {
    const corpus = parseCsv(await readTextFile(corpusPath), { file: "corpus.csv" });
    for (const { values } of corpus.records) {
      if (values.municipality) municipalityOf.set(values.document, values.municipality);
    }
  }
  return kwic.records.map(({ values: v }) => ({
    municipality: municipalityOf.get(v.document) ?? v.document,
    category: v.category,
    text: `${v.left} [${v.match}] ${v.right}`.trim(),
  }));
}

/** One row of `outputs/tables/case-dossiers.csv`. */
export interface CaseDossier {
  document: string;
  size_class: string;
  region: string;
  /** The four shares, 1 decimal, e.g. `PA 34.4, NPM 20.1, NPG 22.3, SR 23.2`. */
  shares: string;
  /** Rank on each perspective (1 = highest share; ties share the better rank), of n. */
  ranks: string;
  highest: Perspective;
  /** Every strategy and role that picked it, e.g. `extreme: PA highest; deviant: PA`. */
  picked_by: string;
  /** Up to `passages` passages behind the highest perspective, joined by ` | `. */
  passages: string;
}

/** Options of {@linkcode caseDossiers}. */
export interface CaseDossierOptions {
  /** Passages per case. Default: 3. */
  passages?: number;
  /** What to write when a case has no passages. Default: `no passages in this run`. */
  noPassages?: string;
}

/**
 * The dossier of each document that any of `picks` names, in Dutch alphabetical order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreTableFromRows } from "../stats/mod.ts";
 * const scores = scoreTableFromRows([
 *   { municipality: "A", size_class: "G4", region: "west", PA: 40, NPM: 30, NPG: 20, SR: 10 },
 *   { municipality: "B", size_class: "G4", region: "west", PA: 40, NPM: 10, NPG: 20, SR: 30 },
 * ]);
 * const [a] = caseDossiers(scores,
 *   [{ strategy: "extreme", role: "PA highest", document: "A", score: 40, reason: "" }],
 *   [{ municipality: "A", category: "PA", text: "de [regels] van" }, { municipality: "A", category: "SR", text: "x" }]);
 * // PA 40 ties with B: both rank 1; NPM 30 > 10: rank 1; NPG tie: 1; SR 10 < 30: rank 2.
 * assert.equal(a.ranks, "PA 1, NPM 1, NPG 1, SR 2 of 2");
 * assert.equal(a.highest, "PA");
 * assert.equal(a.passages, "de [regels] van");
 * assert.equal(a.picked_by, "extreme: PA highest");
 * ```
 */
export function caseDossiers(
  scores: ScoreTable,
  picks: readonly StrategyPick[],
  passages: readonly Passage[],
  options: CaseDossierOptions = {},
): CaseDossier[] {
  const limit = options.passages ?? 3;
  const none = options.noPassages ?? "no passages in this run";
  const chosen = [...new Set(picks.map((p) => p.document))].sort(compareNames);
  return chosen.flatMap((document) => {
    const row = scores.rows.find((r) => r.municipality === document);
    if (row === undefined) return [];
    const rank = (p: Perspective) => 1 + scores.rows.filter((r) => r[p] > row[p]).length;
    const highest = PERSPECTIVES.reduce((a, b) => (row[b] > row[a] ? b : a));
    const own = passages.filter((p) => p.municipality === document && p.category === highest)
      .slice(0, limit).map((p) => p.text);
    return [{
      document,
      size_class: row.size_class,
      region: row.region,
      shares: PERSPECTIVES.map((p) => `${p} ${formatFixed(row[p], 1)}`).join(", "),
      ranks: `${PERSPECTIVES.map((p) => `${p} ${rank(p)}`).join(", ")} of ${scores.rows.length}`,
      highest,
      picked_by: picks.filter((p) => p.document === document)
        .map((p) => `${p.strategy}: ${p.role}`).join("; "),
      passages: own.length > 0 ? own.join(" | ") : none,
    }];
  });
}

/** Columns of `outputs/tables/case-dossiers.csv`. */
export const CASE_DOSSIER_COLUMNS = [
  "document",
  "size_class",
  "region",
  "shares",
  "ranks",
  "highest",
  "picked_by",
  "passages",
] as const;
