import { checkFindings, outlookOfFindings, formatDate, formatEuro, formatIsoDate, formatPercent, Lang, unnamedSupplier } from "../core";
import { bookOf } from "../xlsx/bookPatch";
import { xlsxSourceFromCsv } from "../xlsx/csvWorkbook";
import { nodeCodec } from "./nodeCodec";
import { historyJson, UNKNOWN_WORDS } from "../core/report/history";
import { SocialReport } from "../core/report/socialReport";
import { kpiExplanations, SOCIAL_SHEET_NAME } from "../core/report/socialLayout";
import { markOf, socialSheetCopy } from "../xlsx/socialPatch";
import { reportSheetMessages, sheetOfMark } from "../core/report/reportSheet";
import { CliIo, EXIT_OK, EXIT_USAGE } from "./io";
import { cliMessages } from "./messages";
import { prepareWithRegister } from "./register";
import { oneLine } from "./terminal";
import { writeAtomically } from "./writeOut";
import { outlookJson, outlookLines } from "./outlookText";

/** The `--json` output: KPI block, history and action list. */
export function rapportJson(report: SocialReport, peildatum: number) {
  return {
    peildatum: formatIsoDate(peildatum),
    month: report.month,
    // An unknown figure is null (its reason in `unknown`), never 0.
    kpis: report.block.lines.map((l) => (l.unknown === null ? l : { ...l, value: null, share: null })),
    perLevel: report.block.perLevel,
    perNiveau: report.block.perNiveau,
    ownFigures: {
      ...report.own.figures,
      auditDate: report.own.figures.auditDate === null ? null : formatIsoDate(report.own.figures.auditDate),
      problems: report.own.problems,
    },
    history: historyJson(report.history),
    actions: report.actions.map((a) => ({
      ...a,
      deadline: a.deadline === null ? null : formatIsoDate(a.deadline),
      ...(a.timeline ? { timeline: a.timeline.map((s) => ({ level: s.level, date: formatIsoDate(s.date) })) } : {}),
    })),
    dataErrors: report.dataErrors,
    // The same figures as `check --json`'s outlook and the sheet's Vooruitblik.
    outlook: outlookJson(report.outlook),
  };
}

function rapportText(report: SocialReport, peildatum: number, lang: Lang): string {
  const nl = lang === "nl";
  const lines = [cliMessages.rapportHeading(formatDate(peildatum, lang))[lang], ""];
  for (const l of report.block.lines) {
    const label = l.label.padEnd(Math.max(46, l.label.length + 1));
    if (l.unknown !== null) {
      lines.push(`  ${label}${UNKNOWN_WORDS[lang]}: ${l.unknown}`);
      continue;
    }
    const value = l.unit === "euro" ? formatEuro(l.value, lang) : String(l.value);
    lines.push(`  ${label}${value}${l.share === null ? "" : ` (${formatPercent(l.share, 1, lang)})`}`);
  }
  lines.push("", cliMessages.rapportHistory(report.history.length, report.month)[lang]);
  lines.push(cliMessages.rapportActions(report.actions.length + report.dataErrors.length)[lang]);
  const noDeadline = "-".padEnd(nl ? 10 : 17);
  for (const a of report.actions) {
    lines.push(`  ${a.deadline === null ? noDeadline : formatDate(a.deadline, lang).padEnd(nl ? 10 : 17)}  ${oneLine(a.supplier || unnamedSupplier(lang))} (${cliMessages.rowRef(a.row)[lang]}): ${a.kindLabel}. ${oneLine(a.text)}`);
  }
  for (const e of report.dataErrors) {
    lines.push(`  ${noDeadline}  ${oneLine(e.supplier || unnamedSupplier(lang))} (${cliMessages.rowRef(e.row)[lang]}): ${kpiExplanations.dataError()[lang]}. ${oneLine(e.text)}`);
  }
  lines.push(...outlookLines(report.outlook, lang));
  return `${lines.join("\n")}\n`;
}

/** `pso-toets rapport <file> [--peildatum] [--beleid] [--json] [--out rapport.xlsx]`: the controller's monthly sheet. */
export async function runRapport(args: string[], io: CliIo): Promise<number> {
  const prepared = await prepareWithRegister(args, io);
  if (!prepared) return EXIT_USAGE;
  const { options: o, loaded, register } = prepared;
  const { table, sheetName } = loaded;
  // The report itself is no supplier list: the marked sheet, or (earlier versions) the sheet by its name.
  const marked = loaded.xlsx ? sheetOfMark(markOf(loaded.xlsx)) : null;
  if (sheetName === SOCIAL_SHEET_NAME || (marked !== null && marked.toLowerCase() === sheetName.toLowerCase())) {
    io.err(cliMessages.rapportOfReport(SOCIAL_SHEET_NAME)[o.lang]);
    return EXIT_USAGE;
  }
  // The sheet is patched into the input's archive: every other part (charts, pivot tables, macros) is copied as it is.
  const source = loaded.xlsx ?? xlsxSourceFromCsv(sheetName, loaded.csv!);
  const findings = checkFindings(table, o.policy, o.peildatum, register);
  // The Vooruitblik reads the contract end and Aspirant dates from the list's columns.
  const ahead = outlookOfFindings(findings, table.columns, o.policy, o.peildatum);
  const copy = socialSheetCopy(
    bookOf(source.zip, source.parts),
    { findings, policy: o.policy, peildatum: o.peildatum, lang: o.lang, sourceSheet: sheetName, contributionColumn: table.mapping.contribution !== undefined, outlook: ahead },
    nodeCodec,
  );
  if (!copy.ok) {
    io.err(copy.message[o.lang]);
    return EXIT_USAGE;
  }
  const report = copy.value.report;
  // Written before the report is printed, so a refusal comes alone, with exit code 2.
  if (o.out !== undefined) {
    const failed = await writeAtomically(o.out, copy.value.pieces());
    if (failed) {
      io.err(failed[o.lang]);
      return EXIT_USAGE;
    }
  }
  if (o.json) io.out(JSON.stringify(rapportJson(report, o.peildatum), null, 2));
  else io.out(rapportText(report, o.peildatum, o.lang));
  if (o.out !== undefined && !o.json) {
    const { name, userSheetKept } = copy.value.sheet;
    if (userSheetKept !== null) io.out(reportSheetMessages.userSheetKept(userSheetKept, name)[o.lang]);
    io.out(cliMessages.sheetWritten(name, o.out)[o.lang]);
  } else if (o.out !== undefined && copy.value.sheet.userSheetKept !== null) {
    // With --json stdout is the JSON alone; the note goes to stderr.
    io.err(reportSheetMessages.userSheetKept(copy.value.sheet.userSheetKept, copy.value.sheet.name)[o.lang]);
  }
  return EXIT_OK;
}
