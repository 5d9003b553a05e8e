/// <reference lib="dom" />
/**
 * The committed report opened in a real browser (headless Chromium, driven by puppeteer-core),
 * from disk, as a reviewer opens it (issue 15). For every page: no console error, no request
 * outside the outputs folder, every figure drawn with a non-zero size, every link leading to a
 * file that exists (and to an element that exists, for a link to a cell). Screenshots of the
 * index and of one notebook go to a temporary folder for inspection (not committed).
 *
 * Chromium comes from Debian (`deno task setup` installs it, as it does Jupyter); without it
 * the test is skipped outside CI and fails in CI.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { PROJECT_ROOT } from "../io/result_folder.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../reproduce/browser.ts";

const OUTPUTS = join(PROJECT_ROOT, "outputs");
const REPORT = join(OUTPUTS, "report");
const missing = (() => {
  try {
    return !Deno.statSync(CHROMIUM).isFile;
  } catch {
    return true;
  }
})();

async function pages(): Promise<string[]> {
  const out = ["index.html"];
  for await (const entry of Deno.readDir(join(REPORT, "notebooks"))) {
    if (entry.name.endsWith(".html")) out.push(`notebooks/${entry.name}`);
  }
  return out.sort();
}

async function exists(path: string): Promise<boolean> {
  return await Deno.stat(path).then((s) => s.isFile, () => false);
}

Deno.test({
  name:
    "every page of the report opens offline in Chromium: no error, no outside request, figures drawn, links resolve",
  ignore: missing && Deno.env.get("CI") === undefined,
  sanitizeResources: false,
  sanitizeOps: false,
  fn: async () => {
    assert.ok(!missing, `${CHROMIUM} is missing: run \`npx deno task setup\``);
    const shots = await Deno.makeTempDir({ prefix: "sturingstaal-report-screenshots-" });
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      userDataDir: await Deno.makeTempDir({ prefix: "sturingstaal-chromium-" }),
    });
    const outputsUrl = pathToFileURL(OUTPUTS).href + "/";
    const problems: string[] = [];
    let figures = 0;
    try {
      for (const file of await pages()) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        page.on("console", (message) => {
          if (message.type() === "error" || message.type() === "warn") {
            problems.push(`${file}: console ${message.type()}: ${message.text()}`);
          }
        });
        page.on("pageerror", (error) => problems.push(`${file}: page error: ${error}`));
        page.on("requestfailed", (request) => {
          problems.push(`${file}: request failed: ${request.url()}`);
        });
        page.on("request", (request) => {
          const url = request.url();
          if (!url.startsWith(outputsUrl) && !url.startsWith("data:")) {
            problems.push(`${file}: request outside the outputs folder: ${url}`);
          }
        });
        const url = pathToFileURL(join(REPORT, file)).href;
        await page.goto(url, { waitUntil: "load" });
        // Interactive charts replace their SVG once vega-embed has drawn them.
        await page.waitForFunction(
          () => document.querySelectorAll("figure.vl .interactive[hidden]").length === 0,
          { timeout: 30_000 },
        );
        const found = await page.evaluate(() => {
          const boxes = [
            ...document.querySelectorAll("figure img, figure .svg > svg, figure .interactive svg"),
          ].map((element) => {
            const box = element.getBoundingClientRect();
            const image = element as HTMLImageElement;
            const loaded = element.tagName !== "IMG" || (image.complete && image.naturalWidth > 0);
            return {
              what: element.outerHTML.slice(0, 80),
              width: box.width,
              height: box.height,
              loaded,
            };
          });
          const links = [...document.querySelectorAll("a[href]")].map((a) => ({
            href: (a as HTMLAnchorElement).href,
            raw: a.getAttribute("href")!,
          }));
          return { boxes, links };
        });
        figures += found.boxes.length;
        for (const box of found.boxes) {
          if (!(box.width > 0 && box.height > 0 && box.loaded)) {
            problems.push(`${file}: figure not drawn (${box.width}×${box.height}): ${box.what}`);
          }
        }
        for (const link of found.links) {
          if (!link.href.startsWith("file://")) {
            problems.push(`${file}: link out of the site: ${link.raw}`);
            continue;
          }
          const [target, anchor] = link.href.split("#");
          const path = fileURLToPath(target);
          if (!(await exists(path))) {
            problems.push(`${file}: link to a missing file: ${link.raw}`);
          } else if (anchor !== undefined && anchor !== "" && path.endsWith(".html")) {
            const html = await Deno.readTextFile(path);
            if (!html.includes(`id="${decodeURIComponent(anchor)}"`)) {
              problems.push(`${file}: link to a missing element: ${link.raw}`);
            }
          }
        }
        if (file === "index.html" || file === "notebooks/06-figures-chapter-6.html") {
          await page.screenshot({
            path: join(shots, `${file.replaceAll("/", "-")}.png`),
            fullPage: true,
          });
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
    console.error(`screenshots of the report: ${shots}`);
    assert.deepEqual(problems, []);
    // The gallery and the notebooks hold every figure of the run, each drawn at least once.
    const specs = [...Deno.readDirSync(join(OUTPUTS, "figures"))].filter((e) =>
      e.name.endsWith(".vl.json")
    ).length;
    assert.ok(figures >= specs, `${figures} figures drawn, ${specs} specs`);
  },
});
