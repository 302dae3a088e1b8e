import {
  ColumnNames, Day, explanation, Finding, formatDate, formatEuro, formatIsoDate, formatPercent, Kpis, Lang, levelLabel,
  reasonText, STATUSES, statusLabel, statusLine, unnamedSupplier,
} from "../core";

export interface CheckJson {
  peildatum: string;
  rows: {
    row: number;
    supplier: string;
    status: Finding["status"];
    statusLine: string;
    requiredLevel: string | null;
    heldLevel: string | null;
    reasons: string[];
  }[];
  kpis: {
    suppliers: number;
    certified: number;
    certifiedShare: number;
    spend: number;
    spendTrede2Plus: number;
    spendTrede2PlusShare: number;
    psoContributionEuro: number;
    inScope: number;
    errors: number;
  };
}

/** The `--json` output: one object, rows in sheet order. */
export function checkJson(findings: readonly Finding[], kpis: Kpis, peil: Day, lang: Lang, columns?: ColumnNames): CheckJson {
  return {
    peildatum: formatIsoDate(peil),
    rows: findings.map((f) => ({
      row: f.row,
      supplier: f.supplier,
      status: f.status,
      statusLine: statusLine(f, lang, columns),
      requiredLevel: f.requiredLevel === null ? null : levelLabel(f.requiredLevel, lang),
      heldLevel: f.heldLevel === null ? null : levelLabel(f.heldLevel, lang),
      reasons: f.reasons.map((r) => reasonText(r, lang, columns)),
    })),
    kpis: {
      suppliers: kpis.suppliers,
      certified: kpis.certified,
      certifiedShare: kpis.certifiedShare,
      spend: kpis.spend,
      spendTrede2Plus: kpis.spendTrede2Plus,
      spendTrede2PlusShare: kpis.spendTrede2PlusShare,
      psoContributionEuro: kpis.psoContributionEuro,
      inScope: kpis.inScope,
      errors: kpis.errors,
    },
  };
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(1, width - text.length));

/** The readable summary: counts per status, KPIs, and each row that needs attention with its reasons. */
export function checkText(
  source: string,
  findings: readonly Finding[],
  kpis: Kpis,
  peil: Day,
  policyName: string,
  lang: Lang,
  columns?: ColumnNames,
): string {
  const nl = lang === "nl";
  const lines: string[] = [];
  lines.push(nl ? `PSO-toets: ${source}, peildatum ${formatDate(peil, lang)}` : `PSO-toets: ${source}, reference date ${formatDate(peil, lang)}`);
  lines.push(nl ? `Beleid: ${policyName}` : `Policy: ${policyName}`, "");
  for (const status of STATUSES) lines.push(`  ${pad(statusLabel(status, lang), 16)}${kpis.perStatus[status]}`);
  lines.push("", nl ? "Kerncijfers" : "Key figures");
  const kpiRows: [string, string][] = nl
    ? [
        ["Leveranciers", String(kpis.suppliers)],
        ["Binnen scope", String(kpis.inScope)],
        ["Met geldig PSO-certificaat", `${kpis.certified} (${formatPercent(kpis.certifiedShare, 1, lang)})`],
        ["Uitgaven totaal", formatEuro(kpis.spend, lang)],
        ["Uitgaven bij trede 2 of hoger", `${formatEuro(kpis.spendTrede2Plus, lang)} (${formatPercent(kpis.spendTrede2PlusShare, 1, lang)})`],
        ["PSO-bijdrage (uitgaven x sociale bijdrage)", formatEuro(kpis.psoContributionEuro, lang)],
      ]
    : [
        ["Suppliers", String(kpis.suppliers)],
        ["In scope", String(kpis.inScope)],
        ["With a valid PSO certificate", `${kpis.certified} (${formatPercent(kpis.certifiedShare, 1, lang)})`],
        ["Total spend", formatEuro(kpis.spend, lang)],
        ["Spend at level 2 or higher", `${formatEuro(kpis.spendTrede2Plus, lang)} (${formatPercent(kpis.spendTrede2PlusShare, 1, lang)})`],
        ["PSO contribution (spend x social contribution)", formatEuro(kpis.psoContributionEuro, lang)],
      ];
  for (const [label, value] of kpiRows) lines.push(`  ${pad(label, 46)}${value}`);
  const attention = findings.filter((f) => f.status === "non_compliant" || f.status === "warning" || f.status === "error");
  if (attention.length > 0) {
    lines.push("", nl ? "Rijen die aandacht vragen" : "Rows that need attention");
    for (const f of attention) {
      lines.push(`  ${nl ? "Rij" : "Row"} ${f.row}  ${f.supplier || unnamedSupplier(lang)}: ${statusLine(f, lang, columns)}`);
      lines.push(`      ${explanation(f, lang, columns)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
