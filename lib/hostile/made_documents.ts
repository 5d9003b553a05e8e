/**
 * A corpus made the way municipalities make their documents, from a text the tests know:
 *
 * - a Word document written with the `docx` library, with the plan's title as running
 *   header, `Pagina N van M` in the footer, a table of contents (Word's own, with dot
 *   leaders and page numbers), a section in two columns, footnotes, a table and soft
 *   hyphens in long words; saved as `.docx`, and converted by LibreOffice to `.odt` and to
 *   PDF (as "Save as PDF" in Word or LibreOffice makes it);
 * - a web page with a menu and a footer (hidden when printed), a section in two CSS
 *   columns, printed to PDF by headless Chromium with the title at the top of every page
 *   and the page number at the foot (set by the page's CSS), and once more with the
 *   header and footer the browser prints itself (date and title, address and `N/M`).
 *
 * The known text of each is what a reader of the plan reads: its headings, paragraphs,
 * table cells and footnotes, once each, without the running header, page numbers and the
 * table of contents. Run as a script to make the corpus in a folder:
 * `deno run -A lib/hostile/made_documents.ts DIR`.
 *
 * @module
 */
import { join } from "node:path";
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { CHROMIUM, CHROMIUM_ARGS } from "../reproduce/browser.ts";
import { SOFFICE } from "../reproduce/libreoffice.ts";

/** The plan's title: two signal words (meedoen, maatwerk), printed on every page of the PDFs. */
export const PLAN_TITLE = "Meedoen en maatwerk in de wijk";

/** A section of the known text. */
interface Section {
  heading: string;
  paragraphs: string[];
  /** Set in two columns. */
  columns?: boolean;
  /** A table after the paragraphs: rows of cells. */
  table?: string[][];
  /** Footnotes: the paragraph (index) they belong to and their text. */
  footnotes?: [number, string][];
}

/** Sentences of the plan: signal words of the study's lexicon among ordinary text. */
const SENTENCES = [
  "Het wijkteam is de plek waar inwoners met hun vragen terechtkunnen.",
  "Wij willen dat iedereen kan meedoen in de samenleving, ook wie ondersteuning nodig heeft.",
  "Maatwerk betekent dat de oplossing past bij de persoon en zijn omgeving.",
  "De gemeente blijft verantwoordelijk voor de toegang tot de zorg en houdt toezicht op de kwaliteit.",
  "Professioneel handelen vraagt dat medewerkers de ruimte krijgen om zelf te besluiten.",
  "Wij regelen de administratie zo eenvoudig mogelijk, zodat aanvragen snel worden afgehandeld.",
  "Samenwerken met huisartsen, scholen en woningcorporaties is daarbij vanzelfsprekend.",
  "Vrijwilligers en mantelzorgers zijn onmisbaar voor de gemeenschap.",
  "Door een bezuiniging van het Rijk moeten wij keuzes maken en efficiënt werken.",
  "Wij sturen op resultaat en meten wat de ondersteuning oplevert.",
  "Vertrouwen in de eigen kracht van inwoners staat voorop.",
  "Een laagdrempelig aanbod in de buurt voorkomt dat problemen groter worden.",
  "Inwoners dragen zelf verantwoordelijkheden en helpen elkaar waar dat kan.",
  "De participatie\u00ADsamenleving vraagt om een andere rol van de overheid.",
  "Rechtsbescherming en een zorgvuldig toegangsproces blijven gegarandeerd.",
  "Wij zoeken het partnerschap met het maatschappelijk middenveld.",
  "Zo ontstaat een effectief en doelmatig stelsel van ondersteuning.",
  "Betrokkenheid van inwoners bij hun buurt maakt de wijk sterker.",
  "De markt voor hulp bij het huishouden verandert snel.",
  "Wij stellen kwaliteitseisen aan iedere aanbieder en aan elke opdrachtgever.",
  "Het plan beschrijft hoe de gemeente de komende jaren te werk gaat.",
  "In elk gebied is een vast aanspreekpunt voor inwoners en organisaties.",
  "De raad stelt de kaders vast en het college voert het beleid uit.",
  "Wij houden rekening met de behoefte van ouderen die langer thuis wonen.",
  "Jongeren die zelfstandig gaan wonen krijgen begeleiding als dat nodig is.",
  "Ieder jaar verschijnt een verslag over de voortgang van het plan.",
] as const;

/** Paragraph `n` of the plan: five sentences, taken in a fixed order. */
function paragraph(n: number): string {
  return Array.from({ length: 5 }, (_, k) => SENTENCES[(n * 7 + k * 3) % SENTENCES.length]).join(
    " ",
  );
}

/** The plan's sections: the known text, the same for the Word and the web version. */
export function planSections(): Section[] {
  let n = 0;
  const paragraphs = (count: number) => Array.from({ length: count }, () => paragraph(n++));
  return [
    {
      heading: "Inleiding",
      paragraphs: paragraphs(6),
      footnotes: [[1, "Zie het coalitieakkoord, waarin meedoen voor iedereen centraal staat."]],
    },
    { heading: "Meedoen in de wijk", paragraphs: paragraphs(10) },
    {
      heading: "Regie en toezicht",
      paragraphs: paragraphs(8),
      footnotes: [[3, "Het toezicht is belegd bij de regionale toezichthouder."]],
    },
    { heading: "Samenwerken met partners", paragraphs: paragraphs(14), columns: true },
    {
      heading: "Kosten en resultaat",
      paragraphs: paragraphs(6),
      table: [
        ["Onderdeel", "Budget", "Resultaat"],
        ["Wijkteam", "2,4 miljoen", "Meer inwoners doen mee"],
        ["Vrijwilligers", "0,3 miljoen", "Sterkere gemeenschap"],
      ],
    },
  ];
}

/**
 * The known text of the plan: headings, paragraphs, table cells and footnotes, each once
 * (soft hyphens left out: they are not part of the words).
 */
export function planText(sections: readonly Section[] = planSections()): string {
  const parts: string[] = [PLAN_TITLE];
  for (const section of sections) {
    parts.push(section.heading, ...section.paragraphs);
    for (const row of section.table ?? []) parts.push(row.join("\t"));
    for (const [, note] of section.footnotes ?? []) parts.push(note);
  }
  return parts.join("\n\n").replaceAll("\u00AD", "");
}

/** The plan as a Word document (see the module doc). */
export async function planDocx(sections: readonly Section[] = planSections()): Promise<Uint8Array> {
  const header = () => new Header({ children: [new Paragraph(PLAN_TITLE)] });
  const footer = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES],
            }),
          ],
        }),
      ],
    });
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let noteNumber = 0;
  const body = (section: Section) => {
    const notes = new Map(section.footnotes ?? []);
    const children: (Paragraph | Table)[] = [
      new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }),
    ];
    section.paragraphs.forEach((text, i) => {
      const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun(text)];
      const note = notes.get(i);
      if (note !== undefined) {
        footnotes[++noteNumber] = { children: [new Paragraph(note)] };
        runs.push(new FootnoteReferenceRun(noteNumber));
      }
      children.push(new Paragraph({ children: runs }));
    });
    if (section.table !== undefined) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: section.table.map((row) =>
            new TableRow({
              children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
            })
          ),
        }),
      );
    }
    return children;
  };
  const columns = sections.findIndex((section) => section.columns);
  const before = sections.slice(0, columns);
  const page = { headers: { default: header() }, footers: { default: footer() } };
  const doc = new Document({
    footnotes,
    sections: [
      {
        ...page,
        children: [
          new Paragraph({ text: PLAN_TITLE, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: "Inhoud", style: "TOCHeading" }),
          new TableOfContents("Inhoud", {
            headingStyleRange: "1-1",
            cachedEntries: sections.map((section, i) => ({
              title: section.heading,
              level: 1,
              page: 2 + 2 * i,
            })),
          }),
          ...before.flatMap(body),
        ],
      },
      {
        ...page,
        properties: { type: SectionType.CONTINUOUS, column: { count: 2, space: 708 } },
        children: body(sections[columns]),
      },
      {
        ...page,
        properties: { type: SectionType.CONTINUOUS },
        children: sections.slice(columns + 1).flatMap(body),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The plan as a web page (see the module doc). With `pageBoxes: false` the page sets no
 * running header and footer of its own, so that a browser prints its own (date, title,
 * address, page N/M).
 */
export function planHtml(
  sections: readonly Section[] = planSections(),
  options: { pageBoxes?: boolean } = {},
): string {
  const escape = (text: string) =>
    text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const body = sections.map((section) => {
    const notes = new Map(section.footnotes ?? []);
    const paragraphs = section.paragraphs.map((text, i) =>
      `<p>${escape(text)}${notes.has(i) ? "<sup>*</sup>" : ""}</p>`
    );
    const table = section.table === undefined
      ? ""
      : `<table>${
        section.table.map((row) =>
          `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join("")}</tr>`
        )
          .join("")
      }</table>`;
    const footnotes = [...notes.values()].map((note) => `<p class="note">* ${escape(note)}</p>`);
    const inner = [...paragraphs, table, ...footnotes].join("\n");
    return `<section><h2>${escape(section.heading)}</h2>\n${
      section.columns ? `<div class="columns">${inner}</div>` : inner
    }</section>`;
  });
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${PLAN_TITLE}</title>
<style>
${
    options.pageBoxes ?? true
      ? `@page { size: A4; margin: 2.5cm 2cm; @top-center { content: "${PLAN_TITLE}"; }
  @bottom-center { content: "Pagina " counter(page); } }`
      : "@page { size: A4; }"
  }
body { font: 11pt/1.4 serif; } .columns { column-count: 2; column-gap: 1cm; }
@media print { nav, body > footer { display: none; } }
</style></head>
<body>
<nav><a href="/">Home</a> | <a href="/wijkteam">Wijkteam</a> | <a href="/meedoen">Meedoen</a></nav>
<main><h1>${PLAN_TITLE}</h1>
${body.join("\n")}
</main>
<footer>Gemeente Zandkerk | Samenwerken aan een sterke gemeenschap</footer>
</body></html>
`;
}

/** Run a converter with a time limit; a failure says what ran and what it printed. */
async function convert(command: string, args: string[], seconds = 120): Promise<void> {
  const child = new Deno.Command(command, { args, stdout: "piped", stderr: "piped" }).spawn();
  const timer = setTimeout(() => child.kill("SIGKILL"), seconds * 1000);
  const { code, stderr } = await child.output().finally(() => clearTimeout(timer));
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${code}): ${new TextDecoder().decode(stderr)}`,
    );
  }
}

/**
 * LibreOffice converts `file` (in `dir`) to `format` (`pdf`, `odt`) in `dir`, with a
 * profile of its own in a temporary folder, so that runs side by side do not collide.
 */
export async function sofficeConvert(dir: string, file: string, format: string): Promise<void> {
  const profile = await Deno.makeTempDir({ prefix: "sturingstaal-soffice-" });
  try {
    await convert(SOFFICE, [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      format,
      "--outdir",
      dir,
      join(dir, file),
    ]);
  } finally {
    await Deno.remove(profile, { recursive: true });
  }
}

/**
 * Headless Chromium prints the web page `html` to `pdf` (paths); with `browserHeader`, with
 * the header and footer a browser adds (date and title, address and page N/M).
 */
export async function chromiumPrint(
  html: string,
  pdf: string,
  options: { browserHeader?: boolean } = {},
): Promise<void> {
  const profile = await Deno.makeTempDir({ prefix: "sturingstaal-chromium-" });
  try {
    await convert(CHROMIUM, [
      ...CHROMIUM_ARGS,
      "--headless",
      ...(options.browserHeader ? [] : ["--no-pdf-header-footer"]),
      `--user-data-dir=${profile}`,
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ]);
  } finally {
    await Deno.remove(profile, { recursive: true });
  }
}

/** The documents of {@linkcode makePlanCorpus}, id and file: each holds the known text of {@linkcode planText}. */
export const PLAN_DOCUMENTS = [
  { id: "word-pdf", file: "plan-word.pdf" },
  { id: "word-docx", file: "plan-word.docx" },
  { id: "word-odt", file: "plan-word.odt" },
  { id: "web-html", file: "plan-web.html" },
  { id: "web-pdf", file: "plan-web.pdf" },
  { id: "web-browser-pdf", file: "plan-web-browser.pdf" },
] as const;

/**
 * Write the corpus to `dir` (which must exist): the Word document, its `.odt` and PDF
 * made by LibreOffice, the web page and its PDF printed by Chromium, the web page without
 * running header and footer of its own printed by Chromium with the browser's (as "Print,
 * Save as PDF" makes it), and a `manifest.csv` listing {@linkcode PLAN_DOCUMENTS}. Needs LibreOffice and Chromium (`deno task setup`).
 */
export async function makePlanCorpus(dir: string): Promise<void> {
  await Deno.writeFile(join(dir, "plan-word.docx"), await planDocx());
  await sofficeConvert(dir, "plan-word.docx", "pdf");
  await sofficeConvert(dir, "plan-word.docx", "odt");
  await Deno.writeTextFile(join(dir, "plan-web.html"), planHtml());
  await chromiumPrint(join(dir, "plan-web.html"), join(dir, "plan-web.pdf"));
  const plain = await Deno.makeTempDir({ prefix: "sturingstaal-web-" });
  try {
    await Deno.writeTextFile(join(plain, "plan.html"), planHtml(undefined, { pageBoxes: false }));
    await chromiumPrint(join(plain, "plan.html"), join(dir, "plan-web-browser.pdf"), {
      browserHeader: true,
    });
  } finally {
    await Deno.remove(plain, { recursive: true });
  }
  await Deno.writeTextFile(
    join(dir, "manifest.csv"),
    "id,file\n" + PLAN_DOCUMENTS.map((d) => `${d.id},${d.file}\n`).join(""),
  );
}

if (import.meta.main) {
  if (Deno.args.length !== 1) {
    console.error("usage: deno run -A lib/hostile/made_documents.ts DIR");
    Deno.exit(1);
  }
  await Deno.mkdir(Deno.args[0], { recursive: true });
  await makePlanCorpus(Deno.args[0]);
}
