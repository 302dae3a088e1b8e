import { JSDOM } from "jsdom";

/** A help page as the browser reads it (the production build minifies it: no quotes to lean on). */
export function helpDocument(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The text of a page's section: its h2 (by id) and everything up to the next h2. */
export function sectionText(doc: Document, id: string): string {
  const heading = doc.getElementById(id);
  if (!heading) throw new Error(`no section #${id}`);
  let text = heading.textContent ?? "";
  for (let n = heading.nextElementSibling; n && n.tagName !== "H2"; n = n.nextElementSibling) text += "\n" + (n.textContent ?? "");
  return text;
}
