import { entryText, findEntry, PartWriter, ZipArchive } from "./zip";
import { appendChild } from "./partOrder";

/*
 * Edits to a package's parts, and the two package-level additions every new part needs: its content type and the
 * relationship that points at it. Both go in as elements of their part (after the root's last child, found by the
 * tokenizer, not as text a comment could hold), so one place knows how [Content_Types].xml and a .rels part grow.
 */

/** Text edits per part: each gets the part's current text (undefined for a new part) and returns the new text. */
export type PartEdits = Map<string, (xml: string | undefined) => string>;

/** Adds an edit after any already there for that part. */
export function addEdit(edits: PartEdits, part: string, edit: (xml: string | undefined) => string): void {
  const before = edits.get(part);
  edits.set(part, before ? (xml) => edit(before(xml)) : edit);
}

/** The edits as part writers: each part's text is read once, edited, written. */
export function editedParts(zip: ZipArchive, edits: PartEdits): Map<string, PartWriter> {
  const out = new Map<string, PartWriter>();
  for (const [name, edit] of edits) {
    const entry = findEntry(zip, name);
    out.set(entry?.name ?? name, (write) => write(edit(entry ? entryText(zip, entry) : undefined)));
  }
  return out;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** A relationships part with none in it yet, for a part that had no .rels. */
export const EMPTY_RELS = `${XML_HEAD}<Relationships xmlns="${RELS_NS}"></Relationships>`;

/** The part at `partPath` (no leading slash) gets its content type in [Content_Types].xml. */
export function addContentType(edits: PartEdits, partPath: string, contentType: string): void {
  addEdit(edits, "[Content_Types].xml", (t) => appendChild(t ?? "", `<Override PartName="/${partPath}" ContentType="${contentType}"/>`));
}

/** A relationship in the .rels part at `relsPath` (made when the part had none). */
export function addRelationship(edits: PartEdits, relsPath: string, id: string, type: string, target: string): void {
  addEdit(edits, relsPath, (t) => appendChild(t ?? EMPTY_RELS, `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`));
}
