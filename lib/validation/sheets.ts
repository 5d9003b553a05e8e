/**
 * The coding sheets as files: writing a sample's sheets and its description, and reading
 * coded sheets back strictly (zod, every problem of a sheet at once, each naming file,
 * line and column), checked against the sample they were cut from.
 *
 * @module
 */
import { z } from "zod";
import {
  checkCsv,
  checkTable,
  formatCsv,
  fromSpreadsheetSafe,
  InputError,
  integerString,
  readTextFile,
  sortProblems,
  stringifySorted,
  throwProblems,
} from "../io/mod.ts";
import {
  HIT_SHEET_COLUMNS,
  type HitUnit,
  PASSAGE_SHEET_COLUMNS,
  type PassageUnit,
  type SampleDescription,
} from "./kwic_sample.ts";

/** The hit sheet as CSV, `code` empty. */
export function hitSheetText(units: readonly HitUnit[]): string {
  return formatCsv(HIT_SHEET_COLUMNS, units.map((u) => ({ ...u, code: "" })));
}

/** The passage sheet as CSV, `code` empty. */
export function passageSheetText(units: readonly PassageUnit[]): string {
  return formatCsv(PASSAGE_SHEET_COLUMNS, units.map((u) => ({ ...u, code: "" })));
}

/** The sample description as JSON: sorted keys, two-space indent. */
export function sampleText(sample: SampleDescription): string {
  return stringifySorted(sample, 2);
}

const sampleSchema = z.object({
  tool: z.literal("sturingstaal"),
  kind: z.literal("kwic-sample"),
  version: z.string(),
  scores: z.string(),
  lexicon: z.object({ name: z.string(), sha256: z.string(), categories: z.array(z.string()) }),
  corpus: z.object({ dir: z.string().optional(), documents: z.number() }),
  seed: z.number(),
  per_entry: z.number(),
  entries: z.array(
    z.object({ category: z.string(), entry: z.string(), hits: z.number(), sampled: z.number() }),
  ),
  passages: z.object({ words: z.number(), hitless: z.number(), sampled: z.number() }),
  coding: z.string(),
  hit_units: z.array(z.object({
    id: z.string(),
    document: z.string(),
    category: z.string(),
    entry: z.string(),
    match: z.string(),
    token_index: z.number(),
  })),
  passage_units: z.array(
    z.object({ id: z.string(), document: z.string(), token_index: z.number() }),
  ),
});

/** Read a sample description that `kwic-sample` wrote. */
export async function loadSample(path: string, display = path): Promise<SampleDescription> {
  const text = await readTextFile(path, { displayName: display });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError("is not valid JSON; give the -sample.json that kwic-sample wrote", {
      file: display,
    });
  }
  const parsed = sampleSchema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0].path.join(".");
    throw new InputError(
      `is not a sample description of kwic-sample (${where || "top"}: ${
        parsed.error.issues[0].message
      })`,
      { file: display },
    );
  }
  return parsed.data as SampleDescription;
}

/** A coded sheet: its file name and the code of each unit (`""`: not coded, or no category). */
export interface CodedSheet {
  file: string;
  codes: Map<string, string>;
}

const cell = z.string().transform(fromSpreadsheetSafe);
const HIT_CODES = ["1", "0", ""];

const hitSheetSchema = z.object({
  id: cell,
  document: cell,
  category: cell,
  entry: cell,
  match: cell,
  code: z.string().trim(),
});

const HIT_CODE_RULE =
  "a code is 1 (the hit expresses its category), 0 (it does not) or empty (not coded)";

/**
 * Read a coded hit sheet and check it against the sample: every id of the sample exactly
 * once, with the sample's document, category, entry and match, and a code of `1`, `0` or
 * empty. Every problem is reported at once (an `InputErrors`), each with its line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const sample = { hit_units: [{ id: "h001", document: "a", category: "PA", entry: "regels", match: "regels", token_index: 3 }] };
 * const sheet = "id,document,category,entry,left,match,right,code\nh001,a,PA,regels,,regels,,1\n";
 * assert.equal(parseHitSheet(sheet, sample as never, "c.csv").codes.get("h001"), "1");
 * assert.throws(() => parseHitSheet(sheet.replace(",1\n", ",ja\n").replace("PA,regels", "PA,kaders"), sample as never, "c.csv"), {
 *   message: 'c.csv: 2 problems\nc.csv line 2, column entry: "kaders" is not the entry of h001 in the sample ("regels")\n' +
 *     'c.csv line 2, column code: "ja": a code is 1 (the hit expresses its category), 0 (it does not) or empty (not coded)',
 * });
 * ```
 */
export function parseHitSheet(
  text: string,
  sample: Pick<SampleDescription, "hit_units">,
  file: string,
): CodedSheet {
  const { rows, problems } = checkTable(text, hitSheetSchema, { file });
  const units = new Map(sample.hit_units.map((u) => [u.id, u]));
  const codes = new Map<string, string>();
  const seen = new Map<string, number>();
  const fields = ["document", "category", "entry", "match"] as const;
  for (const row of rows) {
    const fail = (field: string, problem: string) =>
      problems.push(new InputError(problem, { file, line: row.line, field }));
    const unit = units.get(row.id);
    if (unit === undefined) {
      fail("id", `"${row.id}" is not an id of the sample`);
      continue;
    }
    const earlier = seen.get(row.id);
    if (earlier !== undefined) {
      fail("id", `"${row.id}" appears twice (first on line ${earlier})`);
      continue;
    }
    seen.set(row.id, row.line);
    let matches = true;
    for (const field of fields) {
      if (row[field] !== unit[field]) {
        fail(
          field,
          `"${row[field]}" is not the ${field} of ${row.id} in the sample ("${unit[field]}")`,
        );
        matches = false;
      }
    }
    if (!HIT_CODES.includes(row.code)) fail("code", `"${row.code}": ${HIT_CODE_RULE}`);
    else if (matches) codes.set(row.id, row.code);
  }
  reportMissing(text, file, problems, units.keys());
  throwProblems(sortProblems(problems), { file });
  return { file, codes };
}

/**
 * Read a coded passage sheet and check it against the sample: every passage id exactly
 * once, with its document and position, and a code that is one of the lexicon's
 * categories or empty (no category).
 */
export function parsePassageSheet(
  text: string,
  sample: Pick<SampleDescription, "passage_units" | "lexicon">,
  file: string,
): CodedSheet {
  const categories = sample.lexicon.categories;
  const schema = z.object({
    id: cell,
    document: cell,
    token_index: integerString,
    code: z.string().trim(),
  });
  const { rows, problems } = checkTable(text, schema, { file });
  const units = new Map(sample.passage_units.map((u) => [u.id, u]));
  const codes = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const fail = (field: string, problem: string) =>
      problems.push(new InputError(problem, { file, line: row.line, field }));
    const unit = units.get(row.id);
    if (unit === undefined) {
      fail("id", `"${row.id}" is not an id of the sample`);
      continue;
    }
    const earlier = seen.get(row.id);
    if (earlier !== undefined) {
      fail("id", `"${row.id}" appears twice (first on line ${earlier})`);
      continue;
    }
    seen.set(row.id, row.line);
    if (row.document !== unit.document || row.token_index !== unit.token_index) {
      fail(
        "document",
        `${row.id} is passage ${unit.document} at word ${unit.token_index} in the sample, not ` +
          `${row.document} at word ${row.token_index}`,
      );
    }
    if (row.code !== "" && !categories.includes(row.code)) {
      fail(
        "code",
        `"${row.code}": a code is one of the categories ${
          categories.join(", ")
        }, or empty (no category)`,
      );
    } else codes.set(row.id, row.code);
  }
  reportMissing(text, file, problems, units.keys());
  throwProblems(sortProblems(problems), { file });
  return { file, codes };
}

/** Ids of the sample that no row of the sheet holds (rows with other problems count as there). */
function reportMissing(
  text: string,
  file: string,
  problems: InputError[],
  ids: Iterable<string>,
): void {
  if (problems.some((p) => p.location.line === 1)) return; // the header is wrong already
  const present = new Set(
    checkCsv(text, { file }).table.records.map((r) => fromSpreadsheetSafe(r.values.id ?? "")),
  );
  const missing = [...ids].filter((id) => !present.has(id));
  if (missing.length === 0) return;
  const shown = missing.slice(0, 10).join(", ") + (missing.length > 10 ? ", ..." : "");
  problems.push(
    new InputError(
      `the sheet lacks ${missing.length} unit(s) of the sample: ${shown}; keep every row ` +
        "that kwic-sample wrote, with its id",
      { file },
    ),
  );
}
