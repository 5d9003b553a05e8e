/**
 * LibreOffice for the tests that make documents as municipalities do (Word to PDF and
 * to OpenDocument, lib/hostile/made_documents.ts): Debian's `libreoffice-writer-nogui`,
 * installed by `deno task setup` (as Jupyter and Chromium are) when running as root,
 * otherwise named with its exact install line. About 80 MB to download.
 *
 * @module
 */
import { aptInstall } from "./jupyter.ts";

/** Where Debian's LibreOffice is. */
export const SOFFICE = "/usr/bin/soffice";

/** The Debian package: Writer without a graphical interface (enough to convert). */
export const LIBREOFFICE_PACKAGES = ["libreoffice-writer-nogui"];

/** The line that installs it. */
export const LIBREOFFICE_INSTALL_LINE =
  "sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui";

/** Make sure LibreOffice is installed (see the module doc); returns its path. */
export async function ensureLibreOffice(options: { verbose?: boolean } = {}): Promise<string> {
  const there = await Deno.stat(SOFFICE).then((s) => s.isFile, () => false);
  if (there) return SOFFICE;
  await aptInstall(
    ["--no-install-recommends", ...LIBREOFFICE_PACKAGES],
    LIBREOFFICE_INSTALL_LINE,
    "LibreOffice",
    options.verbose ?? true,
  );
  return SOFFICE;
}
