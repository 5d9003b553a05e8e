/**
 * The second worked example of issue 13, worked out by hand: the invented corpus
 * `data/corpus/schools` (twelve school sustainability plans, grouped by `sector`, years 2019
 * and 2023) with the lexicon `data/lexicon/schools.yaml` (three categories), and what
 * `deno task analyse --corpus data/corpus/schools --lexicon data/lexicon/schools.yaml
 * --group-by sector` should write into `tables/means-by-group.csv`,
 * `tables/shares-over-time.csv`, `tables/extremes.csv` and `tables/cases.csv`.
 *
 * Independent of the project on purpose: nothing here imports from `lib/`. The table
 * {@linkcode WORKED_EXAMPLE_DOCUMENTS} was counted by reading the texts; the functions below
 * derive the expected rows from it with plain arithmetic. The numbers are unrounded; a test
 * compares them with the written tables after rounding both to 3 decimals.
 *
 * How the counts were made:
 *
 * - **tokens**: a token is a maximal run of letters (the texts are plain ASCII, so a run of
 *   `A-Z`/`a-z`); white space, punctuation and the `#` of the Markdown headings separate
 *   words and are not words. Title line and the "invented" notice count like any other line.
 *   Counted with a one-off `grep -oE '[A-Za-z]+' FILE | wc -l`, not with `lib/tokens`.
 * - **hits**: matching ignores case (`Parents` is `parents`). Exact entries match the whole
 *   word only (`parents`, never `parent`); a glob's `*` stands for any letters, also none
 *   (`insulat*`: insulation, insulated, insulate; `electric*`: electricity, electric,
 *   electrical, electricians; `garden*`: garden, gardens, gardening; `volunteer*`:
 *   volunteer, volunteers). A phrase matches when its words follow each other with only
 *   white space between them, a line break included (`lib/lexicon/match_tokens.ts`,
 *   `isPhraseGap`): hawthorn's `solar` / `panels` across lines 5-6 is one hit. No word
 *   of the texts could be taken by two entries, so leftmost-longest never has to choose.
 * - Line numbers in the comments are lines of the document's file.
 *
 * By design (checked by the functions, which throw otherwise): every document has at
 * least one hit, and within each category all twelve shares differ, so the top and bottom
 * five, the highest share and the most typical document are unique.
 *
 * @module
 */

/** Where the example lives, relative to the repository root. */
export const WORKED_EXAMPLE_CORPUS = "data/corpus/schools";
/** The example's lexicon, relative to the repository root. */
export const WORKED_EXAMPLE_LEXICON = "data/lexicon/schools.yaml";
/** The manifest column the example groups by (`--group-by sector`). */
export const WORKED_EXAMPLE_GROUPING = "sector";
/** The categories, in lexicon order. */
export const WORKED_EXAMPLE_CATEGORIES = ["energy", "nature", "community"] as const;

/** A category of the example's lexicon. */
export type WorkedExampleCategory = typeof WORKED_EXAMPLE_CATEGORIES[number];

/** One document, counted by hand. */
export interface WorkedExampleDocument {
  /** The manifest's `id`. */
  id: string;
  /** The manifest's `sector`. */
  group: string;
  /** The manifest's `year`. */
  year: number;
  /** Number of tokens (see the module comment for the rule). */
  tokens: number;
  /** Hits per category. */
  hits: Record<WorkedExampleCategory, number>;
}

/** The twelve documents in manifest order: sector primary 5, secondary 4, vocational 3. */
export const WORKED_EXAMPLE_DOCUMENTS: readonly WorkedExampleDocument[] = [
  {
    // energy: thermostat (l.13); nature: garden×2 (l.6, l.7), pond (l.7), trees (l.9),
    // birds (l.10), hedgehogs (l.11); community: parents (l.16)
    id: "alderbrook",
    group: "primary",
    year: 2019,
    tokens: 147,
    hits: { energy: 1, nature: 6, community: 1 },
  },
  {
    // energy: none; nature: gardens×2 (l.9, l.10), green roof (l.10); community: parents
    // (l.5), pupil council (l.6), neighbours (l.6), volunteers (l.7). Not counted: bees
    // (l.6), bats (l.11).
    id: "birchfield",
    group: "primary",
    year: 2019,
    tokens: 133,
    hits: { energy: 0, nature: 3, community: 4 },
  },
  {
    // energy: boiler (l.4); nature: gardening (l.7), pond (l.8); community: Local residents
    // (l.10), partnership (l.11). Not counted: the lone "residents" of l.12.
    id: "cedarhill",
    group: "primary",
    year: 2023,
    tokens: 122,
    hits: { energy: 1, nature: 2, community: 2 },
  },
  {
    // energy: insulation (l.6); nature: birds (l.10); community: Parents (l.12), pupil
    // council (l.13). Not counted: wildflowers (l.9).
    id: "daisymead",
    group: "primary",
    year: 2019,
    tokens: 130,
    hits: { energy: 1, nature: 1, community: 2 },
  },
  {
    // energy: solar panels (l.7), heat pump (l.7), electricity (l.8); nature: garden (l.13),
    // pond (l.13), birds (l.14); community: parents (l.18), pupil council (l.18),
    // volunteer (l.19). Not counted: the lone "panels" of l.8.
    id: "elmcroft",
    group: "primary",
    year: 2023,
    tokens: 114,
    hits: { energy: 3, nature: 3, community: 3 },
  },
  {
    // energy: insulated (l.7), boiler (l.8), heat pump (l.8), thermostat (l.8); nature:
    // trees (l.12), pond (l.12), gardens (l.12), green roof (l.13); community: parents (l.15)
    id: "foxgrove",
    group: "secondary",
    year: 2019,
    tokens: 138,
    hits: { energy: 4, nature: 4, community: 1 },
  },
  {
    // energy: solar panels (across the line break of l.5-6), electrical (l.6), thermostat
    // (l.7); nature: gardens (l.10), trees (l.11), hedgehogs (l.12); community: neighbours
    // (l.14), parents (l.15)
    id: "hawthorn",
    group: "secondary",
    year: 2023,
    tokens: 145,
    hits: { energy: 3, nature: 3, community: 2 },
  },
  {
    // energy: insulation (l.6), insulate (l.8), thermostat (l.8), boiler (l.9), heat pump
    // (l.9); nature: trees (l.11); community: none
    id: "juniper",
    group: "secondary",
    year: 2019,
    tokens: 112,
    hits: { energy: 5, nature: 1, community: 0 },
  },
  {
    // energy: insulation (l.5), heat pump (l.6), boiler (l.6), Solar panels (l.7),
    // thermostat (l.8); nature: garden (l.10), pond (l.10); community: pupil council
    // (l.13), local residents (l.13)
    id: "kingsmoor",
    group: "secondary",
    year: 2023,
    tokens: 125,
    hits: { energy: 5, nature: 2, community: 2 },
  },
  {
    // energy: insulation (l.5), electricians (l.5), heat pump (l.6), boiler (l.6); nature:
    // trees (l.9); community: partnership (l.11), parents (l.12). Not counted:
    // installation (l.4; not insulat*).
    id: "larchway",
    group: "vocational",
    year: 2019,
    tokens: 108,
    hits: { energy: 4, nature: 1, community: 2 },
  },
  {
    // energy: insulated (l.6), solar panels (l.6), electric (l.7); nature: green roof
    // (l.10); community: volunteer (l.12). Not counted: community (l.12).
    id: "millstream",
    group: "vocational",
    year: 2023,
    tokens: 97,
    hits: { energy: 3, nature: 1, community: 1 },
  },
  {
    // energy: electricity (l.15); nature: none; community: local residents (l.10),
    // volunteers (l.10), partnership (l.11), Parents (l.12), neighbours (l.13)
    id: "northquay",
    group: "vocational",
    year: 2023,
    tokens: 142,
    hits: { energy: 1, nature: 0, community: 5 },
  },
];

/** A row of `tables/means-by-group.csv`. */
export interface MeansByGroupRow {
  grouping: string;
  group: string;
  category: WorkedExampleCategory;
  /** Documents of the group with at least one hit (the means are over these). */
  documents: number;
  mean_share: number;
  median_share: number;
  /** Sample standard deviation (n - 1); `null` for a single document. */
  sd_share: number | null;
  mean_per_1000: number;
}

/** A row of `tables/shares-over-time.csv`. */
export interface SharesOverTimeRow {
  grouping: string;
  group: string;
  year: number;
  category: WorkedExampleCategory;
  documents: number;
  mean_share: number;
}

/** A row of `tables/extremes.csv`. */
export interface ExtremesRow {
  category: WorkedExampleCategory;
  end: "top" | "bottom";
  rank: number;
  document: string;
  share_pct: number;
}

/** A row of `tables/cases.csv`. */
export interface CasesRow {
  role: "highest" | "typical";
  /** The category; `""` for the typical document. */
  category: WorkedExampleCategory | "";
  document: string;
  /** The share in `category`; `null` for the typical document. */
  share_pct: number | null;
}

/** Sum of the hits of a document over the categories. */
function totalHits(doc: WorkedExampleDocument): number {
  let sum = 0;
  for (const category of WORKED_EXAMPLE_CATEGORIES) sum += doc.hits[category];
  return sum;
}

/** Share of a category in a document, in percent of the document's hits. */
function share(doc: WorkedExampleDocument, category: WorkedExampleCategory): number {
  return 100 * doc.hits[category] / totalHits(doc);
}

/** Hits per 1000 tokens. */
function per1000(doc: WorkedExampleDocument, category: WorkedExampleCategory): number {
  return 1000 * doc.hits[category] / doc.tokens;
}

/** The documents with at least one hit: the only ones that have shares. */
function scored(docs: readonly WorkedExampleDocument[]): WorkedExampleDocument[] {
  return docs.filter((doc) => totalHits(doc) > 0);
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function sampleSd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** Distinct values in plain string order (`<`, not locale order). */
function ascending<T extends string | number>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}

/** The groups of the grouping column, in ascending string order. */
function groups(): string[] {
  return ascending(WORKED_EXAMPLE_DOCUMENTS.map((doc) => doc.group));
}

/** `all`/`all` first, then each group of the grouping column with its documents. */
function groupings(): { grouping: string; group: string; docs: WorkedExampleDocument[] }[] {
  return [
    { grouping: "all", group: "all", docs: [...WORKED_EXAMPLE_DOCUMENTS] },
    ...groups().map((group) => ({
      grouping: WORKED_EXAMPLE_GROUPING,
      group,
      docs: WORKED_EXAMPLE_DOCUMENTS.filter((doc) => doc.group === group),
    })),
  ];
}

/**
 * The documents ordered by their share in a category, highest first; throws when two
 * share a value, since the example promises unique ranks.
 */
function byShareDescending(category: WorkedExampleCategory): WorkedExampleDocument[] {
  const docs = scored(WORKED_EXAMPLE_DOCUMENTS).sort((a, b) =>
    share(b, category) - share(a, category)
  );
  for (let i = 1; i < docs.length; i++) {
    if (share(docs[i - 1], category) === share(docs[i], category)) {
      throw new Error(`${docs[i - 1].id} and ${docs[i].id} tie on ${category}`);
    }
  }
  return docs;
}

/** The expected rows of `tables/means-by-group.csv`. */
export function expectedMeansByGroup(): MeansByGroupRow[] {
  const rows: MeansByGroupRow[] = [];
  for (const { grouping, group, docs } of groupings()) {
    const withHits = scored(docs);
    for (const category of WORKED_EXAMPLE_CATEGORIES) {
      const shares = withHits.map((doc) => share(doc, category));
      rows.push({
        grouping,
        group,
        category,
        documents: withHits.length,
        mean_share: mean(shares),
        median_share: median(shares),
        sd_share: sampleSd(shares),
        mean_per_1000: mean(withHits.map((doc) => per1000(doc, category))),
      });
    }
  }
  return rows;
}

/** The expected rows of `tables/shares-over-time.csv`. */
export function expectedSharesOverTime(): SharesOverTimeRow[] {
  const rows: SharesOverTimeRow[] = [];
  for (const { grouping, group, docs } of groupings()) {
    for (const year of ascending(docs.map((doc) => doc.year))) {
      const withHits = scored(docs.filter((doc) => doc.year === year));
      for (const category of WORKED_EXAMPLE_CATEGORIES) {
        rows.push({
          grouping,
          group,
          year,
          category,
          documents: withHits.length,
          mean_share: mean(withHits.map((doc) => share(doc, category))),
        });
      }
    }
  }
  return rows;
}

/** The expected rows of `tables/extremes.csv`: k = min(5, floor(n / 2)) at each end. */
export function expectedExtremes(): ExtremesRow[] {
  const rows: ExtremesRow[] = [];
  for (const category of WORKED_EXAMPLE_CATEGORIES) {
    const descending = byShareDescending(category);
    const k = Math.min(5, Math.floor(descending.length / 2));
    const ends = { top: descending, bottom: [...descending].reverse() };
    for (const end of ["top", "bottom"] as const) {
      ends[end].slice(0, k).forEach((doc, i) => {
        rows.push({
          category,
          end,
          rank: i + 1,
          document: doc.id,
          share_pct: share(doc, category),
        });
      });
    }
  }
  return rows;
}

/**
 * The expected rows of `tables/cases.csv`: the highest share per category, then the
 * typical document (smallest Euclidean distance between its shares and the mean shares
 * over all documents with hits; throws when two documents are equally close).
 */
export function expectedCases(): CasesRow[] {
  const rows: CasesRow[] = WORKED_EXAMPLE_CATEGORIES.map((category) => {
    const highest = byShareDescending(category)[0];
    return { role: "highest", category, document: highest.id, share_pct: share(highest, category) };
  });
  const docs = scored(WORKED_EXAMPLE_DOCUMENTS);
  const means = WORKED_EXAMPLE_CATEGORIES.map((c) => mean(docs.map((doc) => share(doc, c))));
  const distance = (doc: WorkedExampleDocument) =>
    Math.sqrt(
      WORKED_EXAMPLE_CATEGORIES.reduce((sum, c, i) => sum + (share(doc, c) - means[i]) ** 2, 0),
    );
  const closest = [...docs].sort((a, b) => distance(a) - distance(b));
  if (distance(closest[0]) === distance(closest[1])) {
    throw new Error(`${closest[0].id} and ${closest[1].id} are equally typical`);
  }
  rows.push({ role: "typical", category: "", document: closest[0].id, share_pct: null });
  return rows;
}
