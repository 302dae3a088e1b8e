import path from "path";
import { buildCheckReport, CheckReport, Day, Lang, Message, Policy } from "../core";
import { annotateWorksheet, columnUseOfWorksheet } from "../xlsx/annotate";
import { fileMessages } from "../xlsx/messages";
import { nodeCodec } from "../xlsx/nodeCodec";
import { annotatedCopy, columnUseOfScan } from "../xlsx/patch";
import { LoadedSupplierFile } from "../xlsx/readSupplierFile";
import { checkJson, checkText } from "./checkReport";
import { CliIo, EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from "./io";
import { prepareRun } from "./prepare";
import { writeAtomically } from "./writeOut";

/** An .xlsx is patched (every other part byte for byte); a CSV becomes a new workbook. Null when written. */
async function writeCopy(loaded: LoadedSupplierFile, report: CheckReport, out: string): Promise<Message | null> {
  if (loaded.xlsx) return writeAtomically(out, annotatedCopy(loaded.xlsx, report, nodeCodec));
  const workbook = loaded.csvWorkbook!;
  annotateWorksheet(workbook.worksheets[0], report);
  return writeAtomically(out, [new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)]);
}

/** The check report of a loaded file: the result columns go where the sheet has room, as in Excel. */
function reportOfFile(loaded: LoadedSupplierFile, options: { policy: Policy; peildatum: Day; lang: Lang }): CheckReport | null {
  const use = loaded.xlsx ? columnUseOfScan(loaded.xlsx.scan, loaded.table) : columnUseOfWorksheet(loaded.csvWorkbook!.worksheets[0]);
  return buildCheckReport(loaded.table, use, options);
}

/** `pso-toets check <file> ...`: exit 0 when no in-scope row fails, 1 when some do, 2 on a usage or file error. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const prepared = await prepareRun(args, io);
  if (!prepared) return EXIT_USAGE;
  const { options: o, loaded } = prepared;
  const report = reportOfFile(loaded, { policy: o.policy, peildatum: o.peildatum, lang: o.lang });
  if (!report) {
    io.err(fileMessages.noFreeColumns(path.basename(loaded.file), loaded.sheetName)[o.lang]);
    return EXIT_USAGE;
  }
  if (o.out !== undefined) {
    // The copy is made before the report is printed, so a refusal comes alone, with exit code 2.
    const written = await writeCopy(loaded, report, o.out);
    if (written) {
      io.err(written[o.lang]);
      return EXIT_USAGE;
    }
  }
  if (o.json) io.out(JSON.stringify(checkJson(report, o.peildatum, o.lang), null, 2));
  else io.out(checkText(`${path.basename(o.file)} (${loaded.sheetName})`, report, o.peildatum, o.policy.name, o.lang));
  if (o.out !== undefined && !o.json) io.out(o.lang === "nl" ? `Geannoteerde kopie geschreven: ${o.out}` : `Annotated copy written: ${o.out}`);
  return report.findings.some((f) => f.status === "non_compliant" || f.status === "error") ? EXIT_FAILURES : EXIT_OK;
}
