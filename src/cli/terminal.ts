/*
 * What reaches the terminal: a cell may hold anything, and an escape sequence in a supplier's name (ESC [2J clears the
 * screen, ESC ] sets the window title, a carriage return overwrites the line) must be shown, never obeyed.
 */

/**
 * Control characters (C0 but tab and line feed, DEL, C1) and the bidirectional overrides that reorder what is shown.
 * Line feeds are the CLI's own layout; in a name they are handled by oneLine.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * Text with every unsafe character written as `\u001b`: visible in the text report, and inside a JSON string the
 * very escape JSON itself uses, so `--json` output still parses to the same values.
 */
export function forTerminal(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, escape) : text;
}

/** Anything oneLine would change: a line break or an unsafe character. Most names have neither. */
const NOT_PLAIN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** A value from a cell or a file on one line: a line break inside it becomes ↵, so it can never start a fake line. */
export function oneLine(value: string): string {
  return NOT_PLAIN.test(value) ? forTerminal(value.replace(/\r\n|\r|\n/g, "↵")) : value;
}
