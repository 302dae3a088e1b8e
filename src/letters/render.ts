import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { fail, Letter, LETTER_FIELDS, letterText, ok, Result } from "../core";
import { TemplateTooLarge, unpackWithin } from "./templateZip";
import { letterFileMessages } from "./messages";

/*
 * Letters as .docx through docxtemplater: the user's template (edited in Word) holds {merge fields}; we never write
 * OOXML ourselves, apart from the one loop around the body that puts every letter on its own page.
 */

const BODY_OPEN = /<w:body>/;
const LAST_SECTION = /<w:sectPr\b(?![\s\S]*<w:sectPr\b)/;
/** Each letter but the last ends with a page break; docxtemplater drops the paragraphs that hold only a loop tag. */
const LOOP_OPEN = "<w:p><w:r><w:t>{#brieven}</w:t></w:r></w:p>";
const LOOP_CLOSE = '<w:p><w:r><w:t>{#vervolg}</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>{/vervolg}</w:t></w:r></w:p><w:p><w:r><w:t>{/brieven}</w:t></w:r></w:p>';

/**
 * Most bytes a letter template may hold unpacked, all its parts together. A Word letter with a logo is well under
 * 1 MB; a template that claims or turns out to be larger is refused before it is unpacked whole (a zip bomb).
 */
export const TEMPLATE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The template's parts, unpacked by us in chunks against one budget: a part whose declared size exceeds what is left
 * is refused before it is touched, and unpacking stops as soon as the real bytes pass the limit. PizZip then gets the
 * unpacked parts, so it never inflates anything itself.
 */
function openTemplate(template: Uint8Array, name: string): Result<PizZip> {
  const tooLarge = () => fail(letterFileMessages.tooLarge(name, TEMPLATE_MAX_BYTES / (1024 * 1024)));
  try {
    const zip = new PizZip();
    for (const [part, bytes] of unpackWithin(template, TEMPLATE_MAX_BYTES)) zip.file(part, bytes, { binary: true });
    if (!zip.file("word/document.xml")) return fail(letterFileMessages.notDocx(name));
    return ok(zip);
  } catch (error) {
    return error instanceof TemplateTooLarge ? tooLarge() : fail(letterFileMessages.notDocx(name));
  }
}

interface TemplatePart {
  type?: string;
  value?: string;
  module?: string;
  subparsed?: TemplatePart[];
}

/** The tags of a compiled template that insert raw Word markup ({@naam}), loops included. */
function rawTags(doc: Docxtemplater): string[] {
  const found: string[] = [];
  const walk = (parts: readonly TemplatePart[] | undefined) => {
    for (const part of parts ?? []) {
      if (part.type === "placeholder" && part.module === "rawxml") found.push(part.value ?? "");
      walk(part.subparsed);
    }
  };
  const compiled = (doc as unknown as { compiled: Record<string, { postparsed: TemplatePart[] }> }).compiled;
  for (const file of Object.values(compiled ?? {})) walk(file.postparsed);
  return found;
}

/** Every merge value as a letter may hold it (no control characters), for whatever template. */
function clean(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = typeof value === "string" ? letterText(value) : Array.isArray(value) ? value.map((v) => (v && typeof v === "object" ? clean(v as Record<string, unknown>) : v)) : value;
  }
  return out;
}

/** The text of docxtemplater's template errors ("unclosed tag {leverancier"), for the user's message. */
function templateErrorDetail(error: unknown): string {
  const e = error as { properties?: { errors?: { properties?: { explanation?: string } }[] }; message?: string };
  const details = e.properties?.errors?.map((x) => x.properties?.explanation).filter(Boolean) ?? [];
  return details.length > 0 ? details.slice(0, 3).join("; ") : String(e.message ?? error);
}

export interface RenderedLetters {
  docx: Uint8Array;
  /** Fields the template names that PSO-toets does not fill (left empty in the letters). */
  unknownFields: string[];
}

function render(zip: PizZip, data: Record<string, unknown>, name: string): Result<RenderedLetters> {
  const unknown = new Set<string>();
  const known = new Set<string>([...LETTER_FIELDS, "brieven", "vervolg"]);
  try {
    const doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      // The refusal is our message (badTemplate); docxtemplater's own console log would only repeat it.
      errorLogging: false,
      nullGetter: (part) => {
        if (part.value && !known.has(part.value)) unknown.add(part.value);
        return "";
      },
    });
    // {@naam} puts the value in as Word markup: text from a supplier list could then break the document.
    const raw = rawTags(doc);
    if (raw.length > 0) return fail(letterFileMessages.rawTag(name, raw[0]));
    doc.render(clean(data));
    const docx = doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
    return ok({ docx, unknownFields: [...unknown] });
  } catch (error) {
    return fail(letterFileMessages.badTemplate(name, templateErrorDetail(error)));
  }
}

/** All letters in one document, each on its own page. `name` names the template in messages. */
export function renderLetters(template: Uint8Array, name: string, letters: readonly Letter[]): Result<RenderedLetters> {
  const zip = openTemplate(template, name);
  if (!zip.ok) return zip;
  const xml = zip.value.file("word/document.xml")!.asText();
  if (!xml.includes("{#brieven}")) {
    if (!BODY_OPEN.test(xml)) return fail(letterFileMessages.notDocx(name));
    const closeAt = LAST_SECTION.test(xml) ? xml.search(LAST_SECTION) : xml.lastIndexOf("</w:body>");
    const wrapped = xml.slice(0, closeAt).replace(BODY_OPEN, `<w:body>${LOOP_OPEN}`) + LOOP_CLOSE + xml.slice(closeAt);
    zip.value.file("word/document.xml", wrapped);
  }
  const brieven = letters.map((l, i) => ({ ...l.fields, vervolg: i < letters.length - 1 }));
  return render(zip.value, { brieven }, name);
}

/** One letter as its own document. */
export function renderLetter(template: Uint8Array, name: string, letter: Letter): Result<RenderedLetters> {
  const zip = openTemplate(template, name);
  if (!zip.ok) return zip;
  return render(zip.value, { ...letter.fields }, name);
}
