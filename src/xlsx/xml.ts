/** Small helpers for the few SpreadsheetML parts PSO-toets reads; a hand-rolled scanner measured fastest (BENCHMARKS.md). */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities and SpreadsheetML's own `_x000D_` escapes, decoded. */
export function decodeXml(text: string): string {
  let t = text;
  if (t.indexOf("&") >= 0) {
    t = t.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
      if (e[0] !== "#") return NAMED[e] ?? m;
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    });
  }
  if (t.indexOf("_x") >= 0) t = t.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return t;
}

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]|_x[0-9A-Fa-f]{4}_/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot hold, and a literal "_xHHHH_" that a reader would decode, are escaped the SpreadsheetML way.
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`);
}

/** Character data as written: entities decoded outside CDATA sections, a CDATA section's text taken as it is. */
export function charData(raw: string): string {
  if (raw.indexOf("<!") < 0) return decodeXml(raw);
  let out = "";
  let from = 0;
  for (let at = raw.indexOf("<![CDATA[", from); at >= 0; at = raw.indexOf("<![CDATA[", from)) {
    const end = raw.indexOf("]]>", at + 9);
    if (end < 0) break;
    out += decodeXml(raw.slice(from, at).replace(/<!--[\s\S]*?-->/g, "")) + raw.slice(at + 9, end);
    from = end + 3;
  }
  return out + decodeXml(raw.slice(from).replace(/<!--[\s\S]*?-->/g, ""));
}

/** Where the markup starting at `lt` ends (just past it): a comment, CDATA, a PI or a tag, quotes respected; -1 if cut off. */
function markupEnd(xml: string, lt: number): number {
  if (xml.startsWith("<!--", lt)) return endPast(xml, "-->", lt + 4);
  if (xml.startsWith("<![CDATA[", lt)) return endPast(xml, "]]>", lt + 9);
  if (xml.startsWith("<?", lt)) return endPast(xml, "?>", lt + 2);
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  return -1;
}

function endPast(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/** The local name of the tag at `lt` ("t" for `<x:t …>` and `</x:t>`). */
function localNameAt(xml: string, lt: number): string {
  let from = xml.charCodeAt(lt + 1) === 47 ? lt + 2 : lt + 1;
  let i = from;
  for (; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 58) from = i + 1;
    else if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47 || ch === 62) break;
  }
  return xml.slice(from, i);
}

/**
 * The text of all `<t>` elements in a fragment (shared string or inline string), phonetic runs (`<rPh>`) left out.
 * The fragment is walked as markup: a comment, CDATA section or PI holding "<t>" is no run of text, and inside a run a
 * comment is no text while a CDATA section is (entities decoded outside CDATA only, as charData does).
 */
export function textOf(fragment: string): string {
  let out = "";
  let phonetic = 0;
  let textFrom = -1; // inside a <t>: where its character data not yet taken starts
  for (let lt = fragment.indexOf("<"); lt >= 0; lt = fragment.indexOf("<", lt)) {
    const end = markupEnd(fragment, lt);
    if (end < 0) break;
    const next = fragment.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      // A comment, CDATA or PI: only CDATA inside a run is text.
      if (textFrom >= 0) {
        out += decodeXml(fragment.slice(textFrom, lt));
        if (fragment.startsWith("<![CDATA[", lt)) out += fragment.slice(lt + 9, end - 3);
        textFrom = end;
      }
    } else {
      const local = localNameAt(fragment, lt);
      const closing = next === 47;
      const empty = !closing && fragment.charCodeAt(end - 2) === 47;
      if (local === "rPh" && !empty) phonetic += closing ? -1 : 1;
      else if (local === "t" && closing && textFrom >= 0) {
        out += decodeXml(fragment.slice(textFrom, lt));
        textFrom = -1;
      } else if (local === "t" && !closing && !empty && phonetic === 0) textFrom = end;
    }
    lt = end;
  }
  return ownCopy(out);
}

/**
 * The text as a string that owns its characters. V8 keeps a longer substring as a view of its parent, so a supplier
 * name cut from a chunk of sheet XML would keep that whole chunk alive: a million rows kept the whole sheet's XML.
 */
export function ownCopy(text: string): string {
  // Concatenating makes a new string; slicing it flattens that into a copy, and the copy no longer points at the XML.
  return text.length < 13 ? text : (" " + text).slice(1);
}

