import { promises as fs } from "fs";
import path from "path";
import { computeKpis, evaluate, Lang } from "../core";
import { annotateWorksheet } from "../xlsx/annotate";
import { fileMessages } from "../xlsx/messages";
import { readSupplierFile } from "../xlsx/readSupplierFile";
import { checkJson, checkText } from "./checkReport";
import { CliIo, EXIT_FAILURES, EXIT_OK, EXIT_USAGE } from "./io";
import { parseCommonOptions } from "./options";

/** The same file by path, or by identity: a link to it, or another spelling on a case-insensitive disk (Windows, macOS). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

const message = (m: { nl: string; en: string }, lang: Lang) => m[lang];

/** `pso-toets check <file> ...`: exit 0 when no in-scope row fails, 1 when some do, 2 on a usage or file error. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = await parseCommonOptions(args, io.today ?? new Date());
  if (!parsed.ok) {
    io.err(parsed.message.nl);
    return EXIT_USAGE;
  }
  const o = parsed.value;
  if (o.out !== undefined) {
    if (await sameFile(o.out, o.file)) {
      io.err(message(fileMessages.sameInputAndOutput(o.out), o.lang));
      return EXIT_USAGE;
    }
    if (!o.out.toLowerCase().endsWith(".xlsx")) {
      io.err(message(fileMessages.outNotXlsx(o.out), o.lang));
      return EXIT_USAGE;
    }
  }
  const loaded = await readSupplierFile(o.file, { sheet: o.sheet, mapping: o.mapping });
  if (!loaded.ok) {
    io.err(message(loaded.message, o.lang));
    return EXIT_USAGE;
  }
  const { table, worksheet, workbook, notes } = loaded.value;
  for (const note of notes) io.err(message(note, o.lang));
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
