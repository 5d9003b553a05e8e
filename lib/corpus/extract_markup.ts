/**
 * Text out of Word (`.docx`), OpenDocument (`.odt`) and web pages (`.html`, `.htm`).
 * A `.docx` or `.odt` file is a zip archive of XML (unzipped by `fflate`); the XML and
 * HTML are parsed by `htmlparser2`. Both are small, maintained and run under Deno; the
 * Word reader `mammoth` does not (it sets `__proto__`, which Deno forbids).
 *
 * What is read, and what is not (the choices a reader of the counts should know):
 *
 * - Word and OpenDocument: the body's paragraphs, headings, lists and table cells, each a
 *   paragraph (a blank line between them), then the footnotes and endnotes; not the page
 *   headers and footers (running text, like a PDF's, see lib/corpus/clean_pdf.ts), not
 *   deleted text of tracked changes, comments or field codes. A table of contents (Word's
 *   TOC styles or content control, OpenDocument's `text:table-of-content`) is left out by
 *   the cleaning step `contents` and counted as its effect.
 * - HTML: the main content: `<main>` (or the element with `role="main"`), else the one
 *   `<article>`, else `<body>` without its `<header>`, `<nav>`, `<aside>` and `<footer>`;
 *   never scripts, styles, forms or templates. Block elements are paragraphs.
 *
 * @module
 */
import { unzipSync } from "fflate";
import { parseDocument } from "htmlparser2";
import { decodeText, InputError } from "../io/mod.ts";
import { decodeDocumentText } from "./decode_text.ts";
import { type CleaningStep, recordStep, type StepEffects, stepIsOn } from "./cleaning_steps.ts";
import { PDF_MAX_BYTES } from "./extract_pdf.ts";
import { CONTENTS_HEADING } from "./clean_pdf.ts";
import type { MarkupFormat } from "./markup_formats.ts";

/** Text read from a document and what the step `contents` left out of it. */
export interface MarkupText {
  text: string;
  effects: StepEffects;
}

/** Options of the readers of this module. */
export interface ExtractMarkupOptions {
  /** The document's id, named in errors. Default: none (only the file is named). */
  id?: string;
  /** Cleaning steps switched off; only `contents` applies here. Default: none. */
  off?: readonly CleaningStep[];
  /** The largest XML part unpacked from a `.docx` or `.odt`. Default: 200 MiB. */
  maxBytes?: number;
}

// The formats of this module, by extension, and the libraries recorded with results live
// apart, so that telling a document's format or writing settings.json loads no reader.
export { MARKUP_FORMATS, MARKUP_READERS, type MarkupFormat } from "./markup_formats.ts";

/** Read a document of one of the formats of this module; see the module doc. */
export function extractMarkupText(
  bytes: Uint8Array,
  format: MarkupFormat,
  file: string,
  options: ExtractMarkupOptions = {},
): MarkupText {
  if (format === "html") return extractHtmlText(bytes, file, options);
  return extractOfficeText(bytes, format, file, options);
}

// A node of htmlparser2's document tree, as far as it is used here.
interface MarkupNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: MarkupNode[];
}

/**
 * The text of a `.docx` or `.odt` file. A file that is not a zip archive, an encrypted
 * or old binary Word file (`.doc`) under the new name, or an archive without the body
 * part is an {@linkcode InputError} that says what to do.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { zipSync, strToU8 } from "fflate";
 * const xml = '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>De regie</w:t></w:r>' +
 *   '<w:r><w:tab/><w:t>ligt hier.</w:t></w:r></w:p><w:p><w:r><w:t>Tweede.</w:t></w:r></w:p></w:body></w:document>';
 * const docx = zipSync({ "word/document.xml": strToU8(xml) });
 * assert.equal(extractOfficeText(docx, "docx", "plan.docx").text, "De regie\tligt hier.\n\nTweede.");
 * assert.throws(() => extractOfficeText(strToU8("geen zip"), "docx", "plan.docx", { id: "plan" }), {
 *   message: 'plan.docx: document "plan" is not a Word document: it is not a zip archive as a .docx is; ' +
 *     "open it in Word or LibreOffice and save it again as .docx",
 * });
 * ```
 */
export function extractOfficeText(
  bytes: Uint8Array,
  format: "docx" | "odt",
  file: string,
  options: ExtractMarkupOptions = {},
): MarkupText {
  const what = options.id === undefined ? "the document" : `document "${options.id}"`;
  const kind = format === "docx" ? "a Word document" : "an OpenDocument text";
  const ext = `.${format}`;
  const refuse = (problem: string) => new InputError(`${what} ${problem}`, { file });
  const resave = `open it in ${
    format === "docx" ? "Word or " : ""
  }LibreOffice and save it again as ${ext}`;
  if (bytes.length === 0) throw refuse(`is an empty file (0 bytes), not ${kind}`);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw refuse(
      `is not ${kind} but an old-style Office file (a .doc, or a ${ext} protected with a ` +
        `password); ${resave} without a password`,
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    throw refuse(`is not ${kind}: it is not a zip archive as a ${ext} is; ${resave}`);
  }
  const body = format === "docx" ? "word/document.xml" : "content.xml";
  const notes = format === "docx" ? ["word/footnotes.xml", "word/endnotes.xml"] : [];
  const maxBytes = options.maxBytes ?? PDF_MAX_BYTES;
  let parts: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => {
        if (entry.name !== body && !notes.includes(entry.name)) return false;
        // Checked before unpacking, so a zip bomb takes no memory.
        if (entry.originalSize > maxBytes) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    throw refuse(`is a damaged ${ext} file (its zip archive cannot be read); ${resave}`);
  }
  if (tooLarge) {
    throw refuse(
      `holds over ${maxBytes / (1024 * 1024)} MiB of text; save it as .txt and use that`,
    );
  }
  if (parts[body] === undefined) {
    throw refuse(`is a zip archive but not ${kind} (it has no ${body}); ${resave}`);
  }
  const effects: StepEffects = {};
  const xml = (name: string) => {
    const { text } = decodeText(parts[name], `${file} (${name})`);
    return parseDocument(text, { xmlMode: true }) as unknown as MarkupNode;
  };
  const reader = format === "docx"
    ? new WordReader(options.off, effects)
    : new OdfReader(options.off, effects);
  reader.read(xml(body));
  for (const name of notes) if (parts[name] !== undefined) reader.read(xml(name));
  return { text: reader.text(), effects };
}

/** Collects paragraphs of text while walking an XML tree. */
abstract class ParagraphReader {
  protected paragraphs: string[] = [];
  protected current = "";
  protected readonly off: readonly CleaningStep[] | undefined;
  protected readonly effects: StepEffects;

  constructor(off: readonly CleaningStep[] | undefined, effects: StepEffects) {
    this.off = off;
    this.effects = effects;
  }

  abstract read(node: MarkupNode): void;

  /** Elements that stand for a character (a tab, a line break). */
  protected readonly literals: Readonly<Record<string, string>> = {};
  /** Elements whose content is not text. */
  protected readonly skipped: ReadonlySet<string> = new Set();

  /** Read an element of {@linkcode literals} or {@linkcode skipped}; whether it was one. */
  protected simple(node: MarkupNode): boolean {
    const name = node.name ?? "";
    if (Object.hasOwn(this.literals, name)) {
      this.current += this.literals[name];
      return true;
    }
    return this.skipped.has(name);
  }

  protected children(node: MarkupNode): void {
    for (const child of node.children ?? []) this.read(child);
  }

  protected endParagraph(): void {
    if (this.current.trim() !== "") this.paragraphs.push(this.current.trim());
    this.current = "";
  }

  /** Whether the step `contents` runs. */
  protected get contentsOn(): boolean {
    return stepIsOn(this.off, "contents");
  }

  /**
   * A table of contents, left out and recorded (call only with the step `contents` on),
   * with its heading (`Inhoud`) when that is the paragraph before it.
   */
  protected contents(node: MarkupNode): void {
    this.endParagraph();
    const inner = new (this.constructor as new (
      off: readonly CleaningStep[],
      effects: StepEffects,
    ) => ParagraphReader)(["contents"], {});
    inner.read(node);
    const lines = inner.text().split("\n\n").filter((line) => line !== "");
    const heading = this.paragraphs.at(-1);
    if (heading !== undefined && CONTENTS_HEADING.test(heading)) {
      lines.unshift(this.paragraphs.pop()!);
    }
    for (const line of lines) recordStep(this.effects, "contents", { lines: 1, removed: line });
  }

  text(): string {
    this.endParagraph();
    return this.paragraphs.join("\n\n");
  }
}

/** Word's WordprocessingML (ECMA-376 part 1, 17.3). */
class WordReader extends ParagraphReader {
  protected override readonly literals = {
    "w:tab": "\t",
    "w:br": "\n",
    "w:cr": "\n",
    "w:noBreakHyphen": "-",
    "w:softHyphen": "\u00AD",
  };
  // Deleted text, field codes, comments, note references, paragraph and run properties
  // (tab stops, styles), section properties, and the second copy of a text box that Word
  // writes for older readers (`mc:Fallback`): not text, or text read already.
  protected override readonly skipped = new Set([
    "mc:Fallback",
    "w:pPr",
    "w:sectPr",
    "w:del",
    "w:instrText",
    "w:delText",
    "w:commentReference",
    "w:footnoteReference",
    "w:endnoteReference",
    "w:rPr",
  ]);

  read(node: MarkupNode): void {
    if (node.type === "text" || this.simple(node)) return;
    switch (node.name) {
      case "w:t":
        this.current += textOf(node);
        return;
      case "w:sdt":
        if (this.contentsOn && isWordContents(node)) return this.contents(node);
        return this.children(node);
      case "w:p":
        if (this.contentsOn && isWordContentsEntry(node)) return this.contents(node);
        this.children(node);
        this.endParagraph();
        return;
      default:
        this.children(node);
    }
  }
}

/** A content control holding Word's table of contents. */
function isWordContents(node: MarkupNode): boolean {
  const gallery = find(node, (n) => n.name === "w:docPartGallery", 3);
  return /table of contents/i.test(gallery?.attribs?.["w:val"] ?? "");
}

/** A paragraph in one of Word's table-of-contents styles (`TOC1`, Dutch Word's `Inhopg1`). */
function isWordContentsEntry(node: MarkupNode): boolean {
  const style = find(node, (n) => n.name === "w:pStyle", 2)?.attribs?.["w:val"] ?? "";
  return /^(?:TOC|Inhopg|Inhoudsopgave)\s*\d|^TOCHeading$|^Kopvaninhoudsopgave$/i.test(style);
}

/** OpenDocument's text (ISO/IEC 26300, OpenDocument 1.3 part 3, chapter 5). */
class OdfReader extends ParagraphReader {
  #notes: string[] = [];
  protected override readonly literals = { "text:tab": "\t", "text:line-break": "\n" };
  // Comments, tracked changes, the number of a footnote, styles: not text.
  protected override readonly skipped = new Set([
    "office:annotation",
    "text:tracked-changes",
    "text:note-citation",
    "office:automatic-styles",
    "office:font-face-decls",
  ]);

  read(node: MarkupNode): void {
    if (node.type === "text") {
      this.current += node.data ?? "";
      return;
    }
    if (this.simple(node)) return;
    switch (node.name) {
      case "text:s":
        this.current += " ".repeat(Number(node.attribs?.["text:c"] ?? 1) || 1);
        return;
      case "text:table-of-content":
        return this.contentsOn ? this.contents(node) : this.children(node);
      case "text:note-body": {
        // A footnote: read after the body, as Word's are.
        const inner = new OdfReader(this.off, this.effects);
        inner.children(node);
        this.#notes.push(inner.text());
        return;
      }
      case "text:p":
      case "text:h":
        this.children(node);
        this.endParagraph();
        return;
      default:
        this.children(node);
    }
  }

  override text(): string {
    const body = super.text();
    return [body, ...this.#notes.filter((note) => note !== "")].join("\n\n");
  }
}

/**
 * The text of the main content of a web page (see the module doc), decoded as the other
 * text documents are (strict UTF-8).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * const page = '<html><body><nav>Home | Regie</nav><main><h1>Plan</h1><p>De regie&nbsp;ligt\n  hier.' +
 *   '<script>var regie = 1;</script></p></main><footer>Contact</footer></body></html>';
 * assert.equal(extractHtmlText(new TextEncoder().encode(page), "plan.html").text, "Plan\n\nDe regie\u00a0ligt hier.");
 * ```
 */
export function extractHtmlText(
  bytes: Uint8Array,
  file: string,
  options: ExtractMarkupOptions = {},
): MarkupText {
  const { text } = decodeDocumentText(bytes, file, { id: options.id });
  const root = parseDocument(text) as unknown as MarkupNode;
  const main = find(root, (n) => n.name === "main" || n.attribs?.role === "main");
  const articles = main === undefined ? findAll(root, (n) => n.name === "article") : [];
  const body = find(root, (n) => n.name === "body") ?? root;
  const content = main ?? (articles.length === 1 ? articles[0] : body);
  const reader = new HtmlReader(content === body);
  reader.read(content);
  return { text: reader.text(), effects: {} };
}

const HTML_SKIPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "canvas",
  "iframe",
  "object",
  "form",
  "button",
  "select",
]);
const HTML_PAGE_PARTS = new Set(["header", "nav", "aside", "footer"]);
const HTML_BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "td",
  "th",
  "tr",
  "ul",
  "body",
]);

class HtmlReader extends ParagraphReader {
  readonly #wholePage: boolean;

  constructor(wholePage: boolean) {
    super(undefined, {});
    this.#wholePage = wholePage;
  }

  read(node: MarkupNode): void {
    if (node.type === "text") {
      this.current += (node.data ?? "").replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.type === "comment" || node.type === "directive") return;
    const name = node.name ?? "";
    if (HTML_SKIPPED.has(name) || (this.#wholePage && HTML_PAGE_PARTS.has(name))) return;
    if (name === "br") {
      this.current += "\n";
      return;
    }
    const block = HTML_BLOCKS.has(name);
    if (block) this.endParagraph();
    this.children(node);
    if (block) this.endParagraph();
  }

  protected override endParagraph(): void {
    this.current = this.current.replace(/ *\n */g, "\n");
    super.endParagraph();
  }
}

/** The first node (depth first, at most `depth` levels down) for which `test` holds. */
function find(
  node: MarkupNode,
  test: (node: MarkupNode) => boolean,
  depth = Infinity,
): MarkupNode | undefined {
  if (depth < 0) return undefined;
  for (const child of node.children ?? []) {
    if (test(child)) return child;
    const found = find(child, test, depth - 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function findAll(node: MarkupNode, test: (node: MarkupNode) => boolean): MarkupNode[] {
  const found: MarkupNode[] = [];
  for (const child of node.children ?? []) {
    if (test(child)) found.push(child);
    found.push(...findAll(child, test));
  }
  return found;
}

function textOf(node: MarkupNode): string {
  return (node.children ?? []).map((child) => child.type === "text" ? child.data ?? "" : "").join(
    "",
  );
}

function startsWith(bytes: Uint8Array, head: number[]): boolean {
  return head.every((byte, i) => bytes[i] === byte);
}
