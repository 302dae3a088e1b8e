import { Day, formatIsoDate, Lang, Outlook, OutlookItem, outlookMessages, statusLabel } from "../core";
import { oneLine } from "./terminal";

/*
 * The outlook on the command line (issue 24.2, 24.7): `outlook` in --json, and the "Komende maanden" section of the
 * text report. Core computes it (core/report/outlook.ts); this file only lays it out.
 */

export interface OutlookJson {
  months: { month: string; spendAtRisk: number; suppliersAtRisk: number; spendUnknown: number; items: { row: number; supplier: string; kind: OutlookItem["kind"]; date: string }[] }[];
}

export function outlookJson(outlook: Outlook): OutlookJson {
  return {
    months: outlook.months.map((m) => ({
      month: m.month,
      spendAtRisk: m.spendAtRisk,
      suppliersAtRisk: m.suppliersAtRisk,
      spendUnknown: m.spendUnknown,
      items: m.items.map((i) => ({ row: i.row, supplier: i.supplier, kind: i.kind, date: formatIsoDate(i.date) })),
    })),
  };
}

/** Items shown per month in the text report besides the contract ends; the rest are counted ("en nog 12"). */
const ITEMS_PER_MONTH = 10;

function itemText(item: OutlookItem, lang: Lang): string {
  const k = outlookMessages.kind;
  const what = item.kind === "contractEnds" ? k.contractEnds(item.date as Day, statusLabel(item.status, lang)) : k[item.kind](item.date as Day);
  return what[lang];
}

/**
 * "Komende maanden": each month with something in it, its spend at stake and its items; no lines when none has any.
 * Every contract end is listed with its PSO status (issue 24.7: the tenders to prepare), however many other items.
 */
export function outlookLines(outlook: Outlook, lang: Lang): string[] {
  const months = outlook.months.filter((m) => m.items.length > 0);
  if (months.length === 0) return [];
  const nl = lang === "nl";
  const lines = ["", outlookMessages.title[lang]];
  for (const m of months) {
    const risk =
      m.spendUnknown > 0 ? outlookMessages.atRiskUnknown(m.spendAtRisk, m.spendUnknown) : m.spendAtRisk > 0 ? outlookMessages.atRisk(m.spendAtRisk) : outlookMessages.nothingAtRisk;
    lines.push(`  ${outlookMessages.month(m.year, m.monthOfYear)[lang]}: ${risk[lang]}`);
    let others = 0;
    for (const item of m.items) {
      if (item.kind !== "contractEnds" && others++ >= ITEMS_PER_MONTH) continue;
      lines.push(`    ${nl ? "Rij" : "Row"} ${item.row}${item.supplier ? `  ${oneLine(item.supplier)}` : ""}: ${itemText(item, lang)}`);
    }
    if (others > ITEMS_PER_MONTH) lines.push(`    ${outlookMessages.more(others - ITEMS_PER_MONTH)[lang]}`);
  }
  return lines;
}
