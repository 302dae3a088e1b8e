import path from "path";
import { computeKpis, evaluate, Finding, Lang, Message } from "../core";
import { annotateWorksheet } from "../xlsx/annotate";
import { nodeCodec } from "../xlsx/nodeCodec";
import { annotatedCopy } from "../xlsx/patch";
import { LoadedSupplierFile } from "../xlsx/readSupplierFile";
import { checkJson, checkText } from "./checkReport";
import { CliIo, EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from "./io";
import { cliMessages } from "./messages";
import { prepareRun } from "./prepare";
import { writeAtomically } from "./writeOut";

/** An .xlsx is patched (every other part byte for byte); a CSV becomes a new workbook. Null when written. */
async function writeCopy(loaded: LoadedSupplierFile, findings: readonly Finding[], lang: Lang, out: string): Promise<Message | null> {
  if (loaded.xlsx) {
    const copy = annotatedCopy(loaded.xlsx, loaded.table, findings, lang, path.basename(loaded.file), nodeCodec);
    if (!copy.ok) return copy.message;
    return writeAtomically(out, copy.value.pieces);
  }
  const workbook = loaded.csvWorkbook!;
  annotateWorksheet(workbook.worksheets[0], loaded.table, findings, lang);
  return writeAtomically(out, [new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)]);
}

/** `pso-toets check <file> ...`: exit 0 when no in-scope row fails, 1 when some do, 2 on a usage or file error. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const prepared = await prepareRun(args, io);
  if (!prepared) return EXIT_USAGE;
  const { options: o, loaded } = prepared;
  const { table } = loaded;
  const findings = evaluate(table.rows, o.policy, o.peildatum);
  const kpis = computeKpis(findings, o.policy);
  if (o.out !== undefined) {
    // The copy is made before the report is printed, so a refusal (no free column) comes alone, with exit code 2.
    const written = await writeCopy(loaded, findings, o.lang, o.out);
    if (written) {
      io.err(written[o.lang]);
      return EXIT_USAGE;
    }
  }
  if (o.json) io.out(JSON.stringify(checkJson(findings, kpis, o.peildatum, o.lang, table.columnNames), null, 2));
  else io.out(checkText(`${path.basename(o.file)} (${loaded.sheetName})`, findings, kpis, o.peildatum, o.policy.name, o.lang, table.columnNames));
  if (o.out !== undefined && !o.json) io.out(cliMessages.annotatedCopyWritten(o.out)[o.lang]);
  return findings.some((f) => f.status === "non_compliant" || f.status === "error") ? EXIT_FAILURES : EXIT_OK;
}
