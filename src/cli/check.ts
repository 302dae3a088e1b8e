import path from "path";
import { computeKpis, evaluate, Lang } from "../core";
import { annotateWorksheet } from "../xlsx/annotate";
import { checkJson, checkText } from "./checkReport";
import { CliIo, EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from "./io";
import { prepareRun } from "./prepare";

/** `pso-toets check <file> ...`: exit 0 when no in-scope row fails, 1 when some do, 2 on a usage or file error. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const prepared = await prepareRun(args, io);
  if (!prepared) return EXIT_USAGE;
  const { options: o, loaded } = prepared;
  const { table, worksheet, workbook } = loaded;
  const findings = evaluate(table.rows, o.policy, o.peildatum);
  const kpis = computeKpis(findings, o.policy);
  if (o.json) io.out(JSON.stringify(checkJson(findings, kpis, o.peildatum, o.lang, table.columnNames), null, 2));
  else io.out(checkText(`${path.basename(o.file)} (${worksheet.name})`, findings, kpis, o.peildatum, o.policy.name, o.lang, table.columnNames));
  if (o.out !== undefined) {
    annotateWorksheet(worksheet, table, findings, o.lang);
    await workbook.xlsx.writeFile(o.out);
    if (!o.json) io.out(o.lang === "nl" ? `Geannoteerde kopie geschreven: ${o.out}` : `Annotated copy written: ${o.out}`);
  }
  return findings.some((f) => f.status === "non_compliant" || f.status === "error") ? EXIT_FAILURES : EXIT_OK;
}
