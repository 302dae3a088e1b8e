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

/** The value of attribute `name` in a start tag's text, or null. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`[\\s:]${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[2] ?? m[3]) : null;
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

/** The text of all `<t>` elements in a fragment (shared string or inline string), phonetic runs left out. */
export function textOf(fragment: string): string {
  const clean = fragment.indexOf("rPh") >= 0 ? fragment.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g, "") : fragment;
  let out = "";
  // A <t> is self-closed (an empty run, as some writers store it) or holds text, entities and CDATA up to its end tag.
  const re = /<((?:[\w.-]+:)?t)(?=[\s/>])[^>]*?(\/?)>/g;
  for (let m = re.exec(clean); m; m = re.exec(clean)) {
    if (m[2] === "/") continue;
    const close = clean.indexOf(`</${m[1]}`, re.lastIndex);
    if (close < 0) break;
    out += charData(clean.slice(re.lastIndex, close));
    re.lastIndex = close;
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

