/**
 * Keyword in context for one entry: every hit of a signal word (or phrase) with the
 * words around it, to read what the count is made of, and a default choice of entry
 * worth reading for a notebook.
 *
 * @module
 */
import type { CorpusScore } from "./score_corpus.ts";
import type { KwicRow } from "./tables.ts";

/** Options of {@linkcode kwicFor}. */
export interface KwicForOptions {
  /** Only hits of this matched form (lowercase words, one space between). Default: all forms. */
  form?: string;
  /** At most this many rows, in corpus and text order. Default: all. */
  limit?: number;
}

/**
 * The hits of `entry` (written as in the lexicon; case, spaces and Unicode composition
 * do not matter) with their context, in corpus order and text order. An entry that is
 * not in the lexicon is an `Error` naming the lexicon.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry\nSR,eigen kracht\n", "csv", { file: "mini.csv" });
 * const text = "Wij vragen om eigen\nkracht van inwoners.";
 * const doc = { id: "a", file: "a.txt", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: 0, tokens: 0, cleaning: {} as never } };
 * const result = await scoreCorpus([doc], lexicon);
 * assert.deepEqual(kwicFor(result, "Eigen Kracht"), [{
 *   document: "a", category: "SR", entry: "eigen kracht", match: "eigen kracht",
 *   token_index: 3, left: "Wij vragen om", right: "van inwoners",
 * }]);
 * assert.throws(() => kwicFor(result, "kracht"), {
 *   message: '"kracht" is not an entry of lexicon mini',
 * });
 * ```
 */
export function kwicFor(
  result: CorpusScore,
  entry: string,
  options: KwicForOptions = {},
): KwicRow[] {
  const wanted = normalizeEntry(entry);
  const index = result.entries.findIndex((e) => e.entry === wanted);
  if (index < 0) {
    throw new Error(`"${wanted}" is not an entry of lexicon ${result.settings.lexicon.name}`);
  }
  const form = options.form === undefined ? undefined : normalizeEntry(options.form);
  const rows: KwicRow[] = [];
  for (const doc of result.documents) {
    for (const hit of doc.hits) {
      if (hit.entryIndex !== index || (form !== undefined && hit.form !== form)) continue;
      rows.push({
        document: doc.id,
        category: hit.category,
        entry: hit.entry,
        match: hit.match,
        token_index: hit.tokenIndex,
        left: hit.left,
        right: hit.right,
      });
    }
  }
  return options.limit === undefined ? rows : rows.slice(0, options.limit);
}

/**
 * An entry worth reading in context, for a notebook's default: the phrase (entry of
 * several words) with the most hits; else the entry matched in the most different
 * forms (a stem or glob entry), if any entry has more than one; else the entry with
 * the most hits. Ties go to the entry first in the lexicon. `undefined` when nothing
 * was matched at all.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLexicon } from "../lexicon/mod.ts";
 * import { scoreCorpus } from "./score_corpus.ts";
 * const lexicon = parseLexicon("category,entry,mode\nPA,regel,\nNPG,taak,stem\n", "csv");
 * const text = "Regel, regel, regel. Taak en taken.";
 * const doc = { id: "a", file: "a.txt", path: "", displayPath: "", metadata: {}, text,
 *   report: { pages: 1, characters: 0, tokens: 0, cleaning: {} as never } };
 * assert.equal(pickKwicEntry(await scoreCorpus([doc], lexicon)), "taak");
 * ```
 */
export function pickKwicEntry(result: CorpusScore): string | undefined {
  const hits = result.entries.map(() => 0);
  const forms = result.entries.map(() => new Set<string>());
  for (const doc of result.documents) {
    for (const hit of doc.hits) {
      hits[hit.entryIndex]++;
      forms[hit.entryIndex].add(hit.form);
    }
  }
  const best = (score: (i: number) => number): number | undefined => {
    let found: number | undefined;
    result.entries.forEach((_, i) => {
      if (score(i) > 0 && (found === undefined || score(i) > score(found))) found = i;
    });
    return found;
  };
  const phrase = best((i) => result.entries[i].entry.includes(" ") ? hits[i] : 0);
  const varied = best((i) => forms[i].size > 1 ? forms[i].size : 0);
  const frequent = best((i) => hits[i]);
  const chosen = phrase ?? varied ?? frequent;
  return chosen === undefined ? undefined : result.entries[chosen].entry;
}

function normalizeEntry(entry: string): string {
  return entry.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
