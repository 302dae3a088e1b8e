import { findEntry, streamEntryText, ZipArchive } from "./zip";
import { textOf } from "./xml";
import { XmlDamagedError, XmlScanner } from "./xmlScan";

/**
 * The shared-string table, streamed through the XML tokenizer: one `<si>` at a time (any prefix), so only the strings
 * themselves are held, time is linear in the part, and a damaged table is refused where it breaks.
 */
export function readSharedStrings(zip: ZipArchive, path: string | null): string[] {
  const entry = path ? findEntry(zip, path) : undefined;
  if (!entry) return [];
  const strings: string[] = [];
  const scanner: XmlScanner = new XmlScanner({
    start(tag, at) {
      if (tag.depth !== 1 || tag.local !== "si") return;
      if (tag.selfClosing) strings.push("");
      else scanner.capture(at);
    },
    end(_name, local, depth, _at, after) {
      if (depth === 1 && local === "si" && scanner.capturing) strings.push(textOf(scanner.take(after)));
    },
  }, false, 1);
  try {
    streamEntryText(zip, entry, (text) => scanner.feed(text));
    scanner.end();
  } catch (error) {
    if (error instanceof XmlDamagedError) error.part = entry.name;
    throw error;
  }
  return strings;
}
