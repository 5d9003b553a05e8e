/**
 * Where notebooks put what they produce, and how: every file is written to a temporary
 * name and renamed into place, so a failure never leaves a half-written output.
 *
 * `deno task reproduce` sets `STURINGSTAAL_OUTPUTS` to its staging directory and swaps
 * it into `outputs/` only when every notebook has succeeded. Without that variable
 * (a notebook run by hand in `deno task lab`), outputs go to `.lab-outputs/`, so the
 * committed `outputs/` is never touched by interactive work.
 *
 * @module
 */
import { dirname, join } from "node:path";
import { type CsvValue, formatCsv, type FormatCsvOptions } from "../io/csv.ts";
import { ensureResultFolder } from "../io/result_folder.ts";
import { OUTPUTS_ENV, outputsDir, projectRootPath } from "../io/outputs_dir.ts";
import { csvParquetBytes } from "./table_parquet.ts";

export { OUTPUTS_ENV, outputsDir, projectRootPath };

let labFolder: Promise<void> | undefined;

/**
 * Write bytes or text to `relativePath` under {@linkcode outputsDir}, atomically.
 * Returns the path written. A table `tables/NAME.csv` also gets its typed twin
 * `data/NAME.parquet` (see lib/outputs/table_parquet.ts), whoever made its CSV.
 */
export async function writeOutput(
  relativePath: string,
  content: string | Uint8Array,
): Promise<string> {
  if (relativePath.startsWith("/") || relativePath.split("/").includes("..")) {
    throw new Error(`output path must stay inside the outputs directory: ${relativePath}`);
  }
  if (Deno.env.get(OUTPUTS_ENV) === undefined) {
    // Run by hand (`deno task lab`): .lab-outputs/ is made, and marked, by this tool only.
    labFolder ??= ensureResultFolder(outputsDir(), "lab", { display: ".lab-outputs" });
    await labFolder;
  }
  const target = join(outputsDir(), relativePath);
  await Deno.mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.partial-${Deno.pid}`;
  if (typeof content === "string") await Deno.writeTextFile(temporary, content);
  else await Deno.writeFile(temporary, content);
  await Deno.rename(temporary, target);
  const table = /^tables\/(.+)\.csv$/.exec(relativePath);
  if (table !== null) {
    const csv = typeof content === "string" ? content : new TextDecoder().decode(content);
    await writeOutput(`data/${table[1]}.parquet`, csvParquetBytes(csv, relativePath));
  }
  return target;
}

/**
 * Write a table as `tables/NAME.csv` under the outputs directory (and, through
 * {@linkcode writeOutput}, as `data/NAME.parquet`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const dir = await Deno.makeTempDir();
 * Deno.env.set(OUTPUTS_ENV, dir);
 * await writeTable("demo", ["a", "b"], [{ a: 1, b: "x" }]);
 * assert.equal(await Deno.readTextFile(`${dir}/tables/demo.csv`), "a,b\n1,x\n");
 * assert.ok((await Deno.stat(`${dir}/data/demo.parquet`)).size > 0);
 * Deno.env.delete(OUTPUTS_ENV);
 * ```
 */
export async function writeTable(
  name: string,
  columns: readonly string[],
  rows: readonly Record<string, CsvValue>[],
  options: FormatCsvOptions = {},
): Promise<string> {
  return await writeOutput(`tables/${name}.csv`, formatCsv(columns, rows, options));
}
