import path from "path";
import { buildCheckReport, CheckReport, outlookOfReport, swRowsOf, Day, Lang, Message, Policy, Register } from "../core";
import { xlsxSourceFromCsv } from "../xlsx/csvWorkbook";
import { fileMessages } from "../xlsx/messages";
import { nodeCodec } from "./nodeCodec";
import { columnUseOfScan, writeAnnotatedCopy } from "../xlsx/patch";
import { LoadedSupplierFile, XlsxSheetSource } from "../xlsx/readSupplierFile";
import { checkJsonPieces, checkTextPieces } from "./checkReport";
import { CliIo, EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from "./io";
import { cliMessages } from "./messages";
import { prepareWithRegister } from "./register";
import { writeAtomically } from "./writeOut";

/** What the copy is patched onto: the .xlsx itself, or a CSV's rows as a new one-sheet workbook. */
function sourceOf(loaded: LoadedSupplierFile): XlsxSheetSource {
  return loaded.xlsx ?? xlsxSourceFromCsv(loaded.sheetName, loaded.csv!);
}

/** The check report of a loaded file: the result columns go where the sheet has room, as in Excel. */
function reportOfFile(loaded: LoadedSupplierFile, source: XlsxSheetSource, options: { policy: Policy; peildatum: Day; lang: Lang; register?: Register }): CheckReport | null {
  return buildCheckReport(loaded.table, columnUseOfScan(source.scan, loaded.table), options);
}

/** Every part but the checked sheet and the styles is copied byte for byte. Null when written. */
function writeCopy(source: XlsxSheetSource, report: CheckReport, out: string): Promise<Message | null> {
  return writeAtomically(out, (sink) => writeAnnotatedCopy(source, report, sink, nodeCodec));
}

/** `pso-toets check <file> ...`: exit 0 when no in-scope row fails, 1 when some do, 2 on a usage or file error. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const prepared = await prepareWithRegister(args, io);
  if (!prepared) return EXIT_USAGE;
  const { options: o, loaded, register } = prepared;
  const source = sourceOf(loaded);
  const report = reportOfFile(loaded, source, { policy: o.policy, peildatum: o.peildatum, lang: o.lang, register });
  if (!report) {
    io.err(fileMessages.noFreeColumns(path.basename(loaded.file), loaded.sheetName)[o.lang]);
    return EXIT_USAGE;
  }
  // The outlook reads the end dates from the table's cells, so it is made before they go.
  const ahead = outlookOfReport(report, loaded.table.columns, o.policy, o.peildatum);
  const sw = o.json ? swRowsOf(loaded.table.columns) : undefined;
  // The report keeps the cells it still needs; the table's other cells go before the copy is written (a million rows: ~60 MB).
  loaded.table.columns = { count: 0, cells: {} };
  if (o.out !== undefined) {
    // The copy is made before the report is printed, so a refusal comes alone, with exit code 2.
    const written = await writeCopy(source, report, o.out);
    if (written) {
      io.err(written[o.lang]);
      return EXIT_USAGE;
    }
  }
  const pieces = o.json
    ? checkJsonPieces(report, o.peildatum, o.lang, ahead, { sw, policy: o.policy })
    : checkTextPieces(`${path.basename(o.file)} (${loaded.sheetName})`, report, o.peildatum, o.policy.name, o.lang, ahead);
  for (const piece of pieces) {
    io.out(piece);
    await io.drained?.();
  }
  if (o.out !== undefined && !o.json) io.out(cliMessages.annotatedCopyWritten(o.out)[o.lang]);
  return report.kpis.perStatus.non_compliant + report.kpis.perStatus.error > 0 ? EXIT_FAILURES : EXIT_OK;
}
