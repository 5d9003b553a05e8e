/**
 * `deno task setup`: make sure Jupyter, Chromium and LibreOffice are there (installing Debian's packages
 * when missing and running as root) and register the project's Deno kernel in `.jupyter/`.
 * `reproduce`, `lab` and `test` run it first.
 *
 * @module
 */
import { projectRootPath } from "../outputs/write_output.ts";
import { ensureChromium } from "./browser.ts";
import { ensureLibreOffice } from "./libreoffice.ts";
import { ensureJupyter, installKernel } from "./jupyter.ts";

/** The usage text of `deno task setup`. */
export const SETUP_USAGE = `usage: npx deno task setup [--interactive]

Makes sure Jupyter is installed (Debian's jupyter-nbconvert, python3-nbclient and, with
--interactive, jupyter-notebook), Chromium (Debian's chromium, for the tests of the report
site and of web pages printed to PDF) and LibreOffice (Debian's libreoffice-writer-nogui,
for the tests of Word documents and their PDFs), installing them with apt-get when running
as root, otherwise printing the exact install line; registers the project's Deno kernel in .jupyter/ inside the project. Writes nothing
else; your own Jupyter set-up is neither read nor changed.

  --interactive   also what \`deno task lab\` needs
  --no-browser    leave Chromium out
  --no-office     leave LibreOffice out
  -h, --help      this text

example:
  npx deno task setup
`;

if (import.meta.main) {
  if (Deno.args.includes("--help") || Deno.args.includes("-h")) {
    console.log(SETUP_USAGE);
    Deno.exit(0);
  }
  try {
    await ensureJupyter({ interactive: Deno.args.includes("--interactive") });
    await installKernel(projectRootPath);
    if (!Deno.args.includes("--no-browser")) await ensureChromium();
    if (!Deno.args.includes("--no-office")) await ensureLibreOffice();
  } catch (error) {
    console.error((error as Error).message);
    Deno.exit(1);
  }
}
