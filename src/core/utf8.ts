/**
 * The length of a string in UTF-8 bytes, without encoding it. Excel on the web's 5 MB request and response limit
 * counts bytes: "€" is 3 of them and a character outside the Basic Multilingual Plane (a surrogate pair) 4, so a
 * payload measured in UTF-16 characters can pass a budget the request then exceeds (issue 22 item 12).
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // the pair's two UTF-16 units already counted 2; together they are 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** What a value weighs in an Office.js request or response: its JSON in UTF-8 bytes. */
export const jsonBytes = (value: unknown): number => (value === undefined ? 0 : utf8Length(JSON.stringify(value)));
