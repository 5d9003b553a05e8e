/**
 * Headless Chromium for the report's browser tests: Debian's package, installed by
 * `deno task setup` (as Jupyter is) when running as root, otherwise named with its exact
 * install line. The project never downloads a browser of its own.
 *
 * @module
 */
import { aptInstall } from "./jupyter.ts";

/** Where Debian's Chromium is. */
export const CHROMIUM = "/usr/bin/chromium";

/** The Debian package line that installs it. */
export const CHROMIUM_INSTALL_LINE = "sudo apt-get install -y chromium";

/**
 * Chromium's options for tests on this kind of machine: headless as root, nothing fetched in
 * the background (no sync, no component updates, no QUIC), a fixed window.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Make sure Chromium is installed (see the module doc); returns its path. */
export async function ensureChromium(options: { verbose?: boolean } = {}): Promise<string> {
  const there = await Deno.stat(CHROMIUM).then((s) => s.isFile, () => false);
  if (there) return CHROMIUM;
  await aptInstall(["chromium"], CHROMIUM_INSTALL_LINE, "Chromium", options.verbose ?? true);
  return CHROMIUM;
}
