import { findEntry, streamEntryText, ZipArchive } from "./zip";
import { textOf } from "./xml";

/** The shared-string table, streamed: one `<si>` at a time, so only the strings themselves are held. */
export function readSharedStrings(zip: ZipArchive, path: string | null): string[] {
  const entry = path ? findEntry(zip, path) : undefined;
  if (!entry) return [];
  const strings: string[] = [];
  let rest = "";
  streamEntryText(zip, entry, (text) => {
    const buffer = rest + text;
    let from = 0;
    for (;;) {
      const start = buffer.indexOf("<si", from);
      if (start < 0) break;
      const selfClose = buffer.indexOf("/>", start);
      const open = buffer.indexOf(">", start);
      if (open < 0) break;
      if (selfClose >= 0 && selfClose + 1 === open) {
        strings.push("");
        from = open + 1;
        continue;
      }
      const end = buffer.indexOf("</si>", open);
      if (end < 0) break;
      strings.push(textOf(buffer.slice(open + 1, end)));
      from = end + 5;
    }
    rest = buffer.slice(from);
  });
  return strings;
}
