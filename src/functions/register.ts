import { CellValue, levelLabel, matchRegister, Register, registerFromGrid, registerMessages, SupplierRow } from "../core";
import { excelError } from "./errors";
import { functionLang } from "./language";
import { asGrid, guarded, mapRows } from "./ranges";

/*
 * PSO.REGISTER(kvk_or_name; register_range): the register's level for a KvK number or a name, matched as the check
 * matches (core/register/register.ts). The register range holds its header row, as the export is pasted.
 */

/** A cell that is only digits (with spaces or dots) is a KvK number; anything else a name. */
const KVK_LIKE = /^[\d .]+$/;

function keyRow(key: unknown): SupplierRow {
  const text = typeof key === "number" ? String(key) : String(key ?? "").trim();
  return KVK_LIKE.test(text) ? { row: 0, kvk: text } : { row: 0, supplier: text };
}

/** The level for each key, or #N/A naming the key when the register does not have it. */
export function registerLevels(keys: unknown, range: unknown): unknown[][] {
  return guarded(() => {
    const grid = asGrid(range).map((row) => row.map((v) => (v === undefined ? null : v) as CellValue));
    const read = registerFromGrid(grid, "PSO.REGISTER");
    if (!read.ok) throw excelError("value", read.message);
    const register: Register = read.value.register;
    const lang = functionLang();
    return mapRows([keys], { required: [0] }, (cells) => {
      const [record] = matchRegister([keyRow(cells[0])], register);
      if (!record.entry) throw excelError("na", registerMessages.notInRegister(String(cells[0])));
      return levelLabel(record.entry.level, lang);
    });
  });
}
