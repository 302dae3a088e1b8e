import { CellValue, cellText, isBlank } from "./cells";
import { columnLetter, fieldForHeader } from "./columns";
import { Day, formatDate, formatIsoDate, parseDate } from "./dates";
import type { Finding, Reason, Status, SupplierRow } from "./finding";
import { Level, levelInSentence, levelLabel, parseLevel } from "./levels";
import { Policy } from "./policy";
import { registerMessages } from "./registerMessages";
import { normaliseKvk, normaliseName } from "./registerMatch";
import { fail, Lang, Message, ok, Result } from "./result";

/*
 * The PSO register: the public list of certified organisations (name, KvK number, level, valid until), as a buyer
 * exports it. When a supplier is found there, the register's level and expiry are what the check uses.
 */

export interface RegisterEntry {
  /** 1-based row in the register sheet or file. */
  row: number;
  name: string;
  /** 8 digits, or null when the register row has none. */
  kvk: string | null;
  level: Level;
  validUntil: Day | null;
  place: string;
}

export interface Register {
  /** How the register is named in messages: a file name or "blad PSO-register". */
  source: string;
  entries: RegisterEntry[];
}

/** The sheet a workbook holds its register on: the taskpane's paste target, the first sheet an .xlsx export is read from. */
export const REGISTER_SHEET_NAME = "PSO-register";

type RegisterField = "name" | "kvk" | "level" | "validUntil" | "place";

/** Headers a register export uses that a supplier list does not; the rest is recognised as the supplier list's. */
const REGISTER_HEADERS: Record<string, RegisterField> = {
  organisatie: "name",
  organisatienaam: "name",
  "naam organisatie": "name",
  "statutaire naam": "name",
  handelsnaam: "name",
  organisation: "name",
  organization: "name",
  plaats: "place",
  vestigingsplaats: "place",
  woonplaats: "place",
  "plaats vestiging": "place",
  city: "place",
  place: "place",
  prestatieniveau: "level",
  "pso prestatieniveau": "level",
  certificaatniveau: "level",
  "trede pso": "level",
  einddatum: "validUntil",
  "geldig t m": "validUntil",
  "geldig tot en met": "validUntil",
};

function headerKey(header: unknown): string {
  return cellText(header as CellValue)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function registerFieldForHeader(header: unknown): RegisterField | null {
  const own = REGISTER_HEADERS[headerKey(header)];
  if (own) return own;
  const field = fieldForHeader(header);
  if (field === "supplier") return "name";
  return field === "kvk" || field === "level" || field === "validUntil" ? field : null;
}

type RegisterMapping = Partial<Record<RegisterField, number>>;

function mappingOf(headers: readonly unknown[]): RegisterMapping {
  const mapping: RegisterMapping = {};
  headers.forEach((h, col) => {
    const field = registerFieldForHeader(h);
    if (field && mapping[field] === undefined) mapping[field] = col;
  });
  return mapping;
}

const HEADER_SCAN_ROWS = 30;

export interface RegisterRead {
  register: Register;
  /** Register rows that could not be read (row, column, what was expected); those rows are left out, the rest count. */
  problems: Message[];
}

/**
 * Reads a register from a grid (a CSV, a sheet, the PSO-register sheet's values): the header in the first 30 rows
 * names a level, a valid-until date, and an organisation name or a KvK number. Null header: a clear refusal naming
 * the columns that are missing.
 */
export function registerFromGrid(grid: readonly (readonly CellValue[])[], source: string): Result<RegisterRead> {
  let headerRow = -1;
  let mapping: RegisterMapping = {};
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const m = mappingOf(grid[r] ?? []);
    if (Object.keys(m).length > Object.keys(mapping).length) {
      mapping = m;
      headerRow = r;
    }
  }
  const missing: Message[] = [];
  if (mapping.name === undefined && mapping.kvk === undefined) missing.push(registerMessages.columnOrganisation());
  if (mapping.level === undefined) missing.push(registerMessages.columnLevel());
  if (mapping.validUntil === undefined) missing.push(registerMessages.columnValidUntil());
  if (headerRow < 0 || missing.length > 0) return fail(registerMessages.columnsMissing(source, missing));
  const headers = (grid[headerRow] ?? []).map((h) => cellText(h));
  const columnName = (col: number) => `"${headers[col] || columnLetter(col)}" (${columnLetter(col)})`;
  const entries: RegisterEntry[] = [];
  const problems: Message[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const get = (field: RegisterField): CellValue => (mapping[field] === undefined ? undefined : cells[mapping[field]!]);
    if ((["name", "kvk", "level", "validUntil"] as const).every((f) => isBlank(get(f)))) continue;
    const row = r + 1;
    const kvkCell = get("kvk");
    const kvk = normaliseKvk(kvkCell);
    const name = cellText(get("name"));
    if (!isBlank(kvkCell) && kvk === null) {
      problems.push(registerMessages.badCell(source, row, columnName(mapping.kvk!), registerMessages.notKvk(cellText(kvkCell))));
    }
    if (kvk === null && normaliseName(name) === "") {
      problems.push(registerMessages.noNameNoKvk(source, row));
      continue;
    }
    const level = parseLevel(get("level"));
    if (!level.ok) {
      problems.push(registerMessages.badCell(source, row, columnName(mapping.level!), level.message));
      continue;
    }
    const untilCell = get("validUntil");
    let validUntil: Day | null = null;
    if (!isBlank(untilCell)) {
      const until = parseDate(untilCell);
      if (!until.ok) {
        problems.push(registerMessages.badCell(source, row, columnName(mapping.validUntil!), until.message));
        continue;
      }
      validUntil = until.value;
    }
    entries.push({ row, name, kvk, level: level.value, validUntil, place: cellText(get("place")) });
  }
  return ok({ register: { source, entries }, problems });
}

export type MatchedBy = "kvk" | "name";

/** What the register says about one supplier row, and how the row was found there. */
export interface RegisterRecord {
  found: boolean;
  matchedBy: MatchedBy | null;
  entry: RegisterEntry | null;
  /** What the supplier list itself says (null where it says nothing readable). */
  list: { level: Level | null; validUntil: Day | null };
  /** The list's level or expiry is not the register's. */
  differs: boolean;
  /** Other supplier rows found on the same register entry. */
  sharedWith: number[];
}

/** Of several register rows for one organisation, the one whose certificate runs longest. */
function better(a: RegisterEntry, b: RegisterEntry): RegisterEntry {
  return (b.validUntil ?? -Infinity) > (a.validUntil ?? -Infinity) ? b : a;
}

function index(entries: readonly RegisterEntry[], key: (e: RegisterEntry) => string | null): Map<string, RegisterEntry> {
  const map = new Map<string, RegisterEntry>();
  for (const e of entries) {
    const k = key(e);
    if (!k) continue;
    const had = map.get(k);
    map.set(k, had ? better(had, e) : e);
  }
  return map;
}

function listSays(row: SupplierRow): RegisterRecord["list"] {
  const level = parseLevel(row.level);
  const until = isBlank(row.validUntil) ? null : parseDate(row.validUntil);
  return { level: level.ok ? level.value : null, validUntil: until?.ok ? until.value : null };
}

/**
 * Finds each supplier row in the register: by KvK number first; then by name, where the row or the register entry
 * has no KvK number (two different KvK numbers are two organisations, whatever their names). One record per row, in
 * row order. Rows that land on the same register entry name each other.
 */
export function matchRegister(rows: readonly SupplierRow[], register: Register): RegisterRecord[] {
  const byKvk = index(register.entries, (e) => e.kvk);
  const byName = index(register.entries, (e) => normaliseName(e.name) || null);
  const records = rows.map((row): RegisterRecord => {
    const kvk = normaliseKvk(row.kvk);
    const list = listSays(row);
    let entry: RegisterEntry | undefined;
    let matchedBy: MatchedBy | null = null;
    if (kvk !== null) {
      entry = byKvk.get(kvk);
      if (entry) matchedBy = "kvk";
    }
    if (!entry) {
      const name = normaliseName(row.supplier);
      const candidate = name ? byName.get(name) : undefined;
      if (candidate && (kvk === null || candidate.kvk === null)) {
        entry = candidate;
        matchedBy = "name";
      }
    }
    if (!entry) return { found: false, matchedBy: null, entry: null, list, differs: false, sharedWith: [] };
    const differs = list.level !== entry.level || list.validUntil !== entry.validUntil;
    return { found: true, matchedBy, entry, list, differs, sharedWith: [] };
  });
  const rowsPerEntry = new Map<RegisterEntry, number[]>();
  records.forEach((rec, i) => {
    if (!rec.entry) return;
    const list = rowsPerEntry.get(rec.entry) ?? [];
    list.push(rows[i].row);
    rowsPerEntry.set(rec.entry, list);
  });
  records.forEach((rec, i) => {
    if (rec.entry) rec.sharedWith = rowsPerEntry.get(rec.entry)!.filter((r) => r !== rows[i].row);
  });
  return records;
}

/**
 * The rows as the check should see them: a found supplier's level and valid-until replaced by the register's (as
 * cells the supplier-list parsers read), the others unchanged; plus one record per row.
 */
export function applyRegister(rows: readonly SupplierRow[], register: Register): { rows: SupplierRow[]; records: RegisterRecord[] } {
  const records = matchRegister(rows, register);
  const out = rows.map((row, i) => {
    const entry = records[i].entry;
    if (!entry) return row;
    return { ...row, level: levelLabel(entry.level), validUntil: entry.validUntil === null ? null : formatIsoDate(entry.validUntil) };
  });
  return { rows: out, records };
}

const IN_SCOPE: ReadonlySet<Status> = new Set(["compliant", "warning", "non_compliant"]);

function levelText(level: Level | null, validUntil: Day | null, lang: Lang): string {
  const l = level === null ? (lang === "nl" ? "onleesbaar" : "unreadable") : lang === "nl" ? levelInSentence(level) : levelLabel(level, "en");
  if (validUntil === null) return l;
  return lang === "nl" ? `${l} tot ${formatDate(validUntil, "nl")}` : `${l} until ${formatDate(validUntil, "en")}`;
}

function levelMessage(level: Level | null, validUntil: Day | null): Message {
  return { nl: levelText(level, validUntil, "nl"), en: levelText(level, validUntil, "en") };
}

/** "lijst: trede 2 tot 30-6-2027; register: trede 1 tot 31-3-2026", in both languages. */
export function registerDifference(record: RegisterRecord): Message {
  const e = record.entry!;
  return {
    nl: `lijst: ${levelText(record.list.level, record.list.validUntil, "nl")}; register: ${levelText(e.level, e.validUntil, "nl")}`,
    en: `list: ${levelText(record.list.level, record.list.validUntil, "en")}; register: ${levelText(e.level, e.validUntil, "en")}`,
  };
}

function worse(status: Status, to: Status): Status {
  if (!IN_SCOPE.has(status)) return status;
  if (to === "non_compliant") return "non_compliant";
  return status === "compliant" ? "warning" : status;
}

/**
 * A finding with what the register adds: how the row was found and where the list differs (a note), and a warning
 * when another row lands on the same register entry or when a supplier claims a level the register does not know
 * (a failure when the policy says so). Out-of-scope and unreadable rows keep their status.
 */
export function withRegister(finding: Finding, record: RegisterRecord, policy: Policy): Finding {
  const reasons: Reason[] = [...finding.reasons];
  let status = finding.status;
  if (record.found) {
    const e = record.entry!;
    reasons.push({
      code: "register",
      note: record.differs
        ? registerMessages.differs(record.matchedBy === "kvk", e.row, registerDifference(record))
        : registerMessages.found(record.matchedBy === "kvk", e.row),
    });
    if (record.sharedWith.length > 0) {
      reasons.push({ code: "registerWarning", note: registerMessages.shared(record.sharedWith, e.row, e.name) });
      status = worse(status, "warning");
    }
  } else if (record.list.level !== null && record.list.level !== "geen") {
    const failure = policy.register?.absentIsFailure === true;
    reasons.push({ code: "registerWarning", note: registerMessages.absent(levelMessage(record.list.level, record.list.validUntil)) });
    status = worse(status, failure ? "non_compliant" : "warning");
  }
  return { ...finding, status, reasons, register: record };
}

/** The notice a checked sheet gets: against which register, how many rows were found and how. */
export function registerNotice(register: Register, records: readonly RegisterRecord[]): Message {
  let kvk = 0;
  let name = 0;
  for (const r of records) {
    if (r.matchedBy === "kvk") kvk++;
    else if (r.matchedBy === "name") name++;
  }
  return registerMessages.summary(register.source, register.entries.length, kvk, name, records.length - kvk - name);
}
