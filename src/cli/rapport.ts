import { checkFindings, formatDate, formatEuro, formatIsoDate, formatPercent, Lang, unnamedSupplier } from "../core";
import { loadWorkbook } from "../xlsx/readSupplierFile";
import { historyJson } from "../core/history";
import { SocialReport } from "../core/socialReport";
import { SOCIAL_SHEET_NAME } from "../core/socialLayout";
import { writeSocialSheet } from "../xlsx/socialSheet";
import { CliIo, EXIT_OK, EXIT_USAGE } from "./io";
import { cliMessages } from "./messages";
import { prepareRun } from "./prepare";
import { loadRegisterOption, takeOptions } from "./register";
import { writeAtomically } from "./writeOut";

/** The `--json` output: KPI block, history and action list. */
export function rapportJson(report: SocialReport, peildatum: number) {
  return {
    peildatum: formatIsoDate(peildatum),
    month: report.month,
    kpis: report.block.lines,
    perLevel: report.block.perLevel,
    perNiveau: report.block.perNiveau,
    ownFigures: {
      ...report.own.figures,
      auditDate: report.own.figures.auditDate === null ? null : formatIsoDate(report.own.figures.auditDate),
      problems: report.own.problems,
    },
    history: historyJson(report.history),
    actions: report.actions.map((a) => ({ ...a, deadline: a.deadline === null ? null : formatIsoDate(a.deadline) })),
  };
}

function rapportText(report: SocialReport, peildatum: number, lang: Lang): string {
  const nl = lang === "nl";
  const lines = [cliMessages.rapportHeading(formatDate(peildatum, lang))[lang], ""];
  for (const l of report.block.lines) {
    const value = l.unit === "euro" ? formatEuro(l.value, lang) : String(l.value);
    lines.push(`  ${l.label.padEnd(Math.max(46, l.label.length + 1))}${value}${l.share === null ? "" : ` (${formatPercent(l.share, 1, lang)})`}`);
  }
  lines.push("", cliMessages.rapportHistory(report.history.length, report.month)[lang]);
  lines.push(cliMessages.rapportActions(report.actions.length)[lang]);
  for (const a of report.actions) {
    lines.push(`  ${a.deadline === null ? "-".padEnd(nl ? 10 : 17) : formatDate(a.deadline, lang).padEnd(nl ? 10 : 17)}  ${a.supplier || unnamedSupplier(lang)} (${cliMessages.rowRef(a.row)[lang]}): ${a.kindLabel}. ${a.text}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `pso-toets rapport <file> [--peildatum] [--beleid] [--json] [--out rapport.xlsx]`: the controller's monthly sheet. */
export async function runRapport(args: string[], io: CliIo): Promise<number> {
  const { taken, rest } = takeOptions(args, ["register"]);
  const prepared = await prepareRun(rest, io);
  if (!prepared) return EXIT_USAGE;
  const { options: o, loaded } = prepared;
  const register = await loadRegisterOption(taken.register, io, o.lang, loaded);
  if (register === null) return EXIT_USAGE;
  const { table, sheetName } = loaded;
  if (sheetName === SOCIAL_SHEET_NAME) {
    io.err(cliMessages.rapportOfReport(SOCIAL_SHEET_NAME)[o.lang]);
    return EXIT_USAGE;
  }
  // The report sheet is still written through exceljs's object model (see the README's reliability section).
  const opened = await loadWorkbook(o.file);
  if (!opened.ok) {
    io.err(opened.message[o.lang]);
    return EXIT_USAGE;
  }
  const findings = checkFindings(table, o.policy, o.peildatum, register);
  const workbook = opened.value.workbook;
  const report = writeSocialSheet(workbook, findings, o.policy, o.peildatum, o.lang, sheetName);
  if (!report.ok) {
    io.err(report.message[o.lang]);
    return EXIT_USAGE;
  }
  if (o.json) io.out(JSON.stringify(rapportJson(report.value, o.peildatum), null, 2));
  else io.out(rapportText(report.value, o.peildatum, o.lang));
  if (o.out !== undefined) {
    const failed = await writeAtomically(o.out, [new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)]);
    if (failed) {
      io.err(failed[o.lang]);
      return EXIT_USAGE;
    }
    if (!o.json) io.out(cliMessages.sheetWritten(SOCIAL_SHEET_NAME, o.out)[o.lang]);
  }
  return EXIT_OK;
}
