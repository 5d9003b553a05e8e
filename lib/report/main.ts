/**
 * `deno task report`: build the report site of the study's outputs (`outputs/report/`) from
 * the executed notebooks, figures and tables in `outputs/`. `deno task reproduce` builds it
 * too, as part of every run; this task rebuilds it alone, through the result-folder contract
 * (it writes `outputs/report/` and nothing else).
 *
 * @module
 */
import { join } from "node:path";
import { InputError } from "../io/input_error.ts";
import { PROJECT_ROOT, writeResultFolder } from "../io/result_folder.ts";
import { buildReport, REPORT_FOLDER } from "./site.ts";

/** The usage text. */
export const REPORT_USAGE = `usage: npx deno task report

Builds outputs/report/, a static site to read offline in any browser: index.html (the study in
brief, the audit's summary with every mismatch, the robustness verdict, every figure with its
caption, data table, spec and notebook) and one page per executed notebook. It reads outputs/
and writes only outputs/report/ (also built by \`deno task reproduce\`).

  -h, --help   this text

example:
  npx deno task report && xdg-open outputs/report/index.html
`;

if (import.meta.main) {
  if (Deno.args.includes("--help") || Deno.args.includes("-h")) {
    console.log(REPORT_USAGE);
    Deno.exit(0);
  }
  if (Deno.args.length > 0) {
    console.error(`unknown option ${Deno.args.join(" ")}\n\n${REPORT_USAGE}`);
    Deno.exit(1);
  }
  const outputs = join(PROJECT_ROOT, "outputs");
  try {
    const files = await writeResultFolder(
      join(outputs, REPORT_FOLDER),
      "report",
      (dir) => buildReport(outputs, dir),
      { display: `outputs/${REPORT_FOLDER}` },
    );
    console.error(`wrote outputs/${REPORT_FOLDER}/ (${files.length} files)`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(error.message);
    Deno.exit(1);
  }
}
