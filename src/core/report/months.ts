import { Lang } from "../result";

/* Months as the report and the history show them: "dec 2026", read back in either language. */

const MONTHS: Record<Lang, string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "dec 2026" (nl) or "Dec 2026" (en) for the month key "2026-12". */
export function monthLabel(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${MONTHS[lang][Number(m[2]) - 1]} ${m[1]}` : month;
}

/** The month key of a label in either language ("dec 2026", "Mar 2027", "maart 2027"), or null. */
export function monthOfLabel(text: string): string | null {
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const word = m[1].toLowerCase().slice(0, 3);
  const nl = MONTHS.nl.indexOf(word === "maa" ? "mrt" : word);
  const en = MONTHS.en.map((n) => n.toLowerCase()).indexOf(word);
  const i = nl >= 0 ? nl : en;
  return i >= 0 ? `${m[2]}-${String(i + 1).padStart(2, "0")}` : null;
}
