/*
 * Makes the default letter templates, templates/brief.docx (Dutch) and templates/brief-en.docx (English): a flat
 * OpenDocument text (.fodt) with {merge fields}, converted to .docx by LibreOffice (`soffice`). Run with
 * `npx tsx scripts/make-letter-template.ts` after changing the wording below; the user edits the .docx in Word.
 * The same bytes go into src/letters/defaultTemplates.ts (base64), for the taskpane's download, which loads no files.
 * The output is byte for byte the same on every run: one fixed date in the document properties and the zip entries.
 *
 * The address block ({aan}) and the signature ({ondertekening}) are one field each, their lines joined by line breaks,
 * so a line whose value is not known (no KvK number, no phone) is left out instead of printed empty.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { unzipSync, zipSync } from "fflate";
import { FIXED, withFixedTimes } from "./fixedTimes";

interface Words {
  salutation: string;
  why: string;
  ask: string;
  pso: string;
  policy: string;
  sector: string;
  closing: string;
  regarding: string;
  reference: string;
  date: string;
}

const NL: Words = {
  salutation: "Geachte heer, mevrouw,",
  why: "Wat wij zien",
  ask: "Wat wij van u vragen",
  pso: "Wat is de PSO?",
  policy: "Ons inkoopbeleid",
  sector: "Uw sector",
  closing: "Met vriendelijke groet,",
  regarding: "Onderwerp",
  reference: "Ons kenmerk",
  date: "Datum",
};

const EN: Words = {
  salutation: "Dear Sir or Madam,",
  why: "What we see",
  ask: "What we ask of you",
  pso: "What is the PSO?",
  policy: "Our purchasing policy",
  sector: "Your sector",
  closing: "Kind regards,",
  regarding: "Subject",
  reference: "Our reference",
  date: "Date",
};

const p = (style: string, text: string) => `<text:p text:style-name="${style}">${text}</text:p>`;

function fodt(w: Words): string {
  const body = [
    p("Sender", "{inkoper}"),
    p("Plain", "{aan}"),
    p("Plain", ""),
    p("Plain", `${w.date}: {peildatum}`),
    p("Plain", `${w.reference}: {kenmerk}`),
    p("Subject", `${w.regarding}: {onderwerp}`),
    p("Plain", w.salutation),
    p("Heading", w.why),
    p("Body", "{bevinding}"),
    p("Heading", w.ask),
    p("Body", "{actie}"),
    p("Body", "{tijdspad}"),
    p("Heading", w.policy),
    p("Body", "{beleid}"),
    p("Heading", w.sector),
    p("Body", "{sector_alinea}"),
    p("Heading", w.pso),
    p("Body", "{pso_uitleg}"),
    p("Plain", ""),
    p("Plain", w.closing),
    p("Plain", ""),
    p("Plain", "{ondertekening}"),
  ].join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
    <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans', Arial, sans-serif" fo:font-size="10.5pt" fo:language="nl" fo:country="NL"/>
  </style:default-style>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
  <style:style style:name="Plain" style:family="paragraph"/>
  <style:style style:name="Sender" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.6cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
  <style:style style:name="Subject" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:line-height="115%"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}

/** LibreOffice stamps the document properties and the zip entries with the time of conversion: one fixed date instead. */
function deterministic(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const core = "docProps/core.xml";
  if (parts[core]) {
    const stamp = FIXED.toISOString().replace(/\.\d+Z$/, "Z");
    const xml = new TextDecoder().decode(parts[core]).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
    parts[core] = new TextEncoder().encode(xml);
  }
  return withFixedTimes(zipSync(parts, { level: 0 }));
}

const outDir = path.join(__dirname, "..", "templates");
const work = mkdtempSync(path.join(os.tmpdir(), "pso-template-"));
for (const [name, words] of [["brief", NL], ["brief-en", EN]] as const) {
  const source = path.join(work, `${name}.fodt`);
  writeFileSync(source, fodt(words));
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${work}/profile`, "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, source], { stdio: "ignore" });
  writeFileSync(path.join(outDir, `${name}.docx`), deterministic(readFileSync(path.join(work, `${name}.docx`))));
  console.log(`templates/${name}.docx`);
}
const base64 = (name: string) => readFileSync(path.join(outDir, `${name}.docx`)).toString("base64");
writeFileSync(
  path.join(__dirname, "..", "src", "letters", "defaultTemplates.ts"),
  `/* Generated by scripts/make-letter-template.ts from templates/brief.docx and templates/brief-en.docx: do not edit. */
import type { Lang } from "../core";

/** The default letter templates as base64, for the taskpane (it reads no files). */
export const DEFAULT_TEMPLATES: Record<Lang, string> = {
  nl: "${base64("brief")}",
  en: "${base64("brief-en")}",
};
`,
);
console.log("src/letters/defaultTemplates.ts");
