import { parseDate } from "./dates";
import { quotedCell } from "./quote";
import { parseHeldLevel } from "./levels";
import { parseMoney, parseMonths, parsePercent } from "./numbers";

/** The columns of a supplier sheet that PSO-toets reads. */
export const FIELDS = [
  "supplier",
  "kvk",
  "spend",
  "level",
  "validUntil",
  "awardDate",
  "termMonths",
  "endDate",
  "contribution",
  "category",
  "levelAtAward",
  "contractSum",
  // The supplier's address, for the letters' address block (issue 25 item 7); optional, never needed for a verdict.
  "address",
  "postcode",
  "place",
  "aspirantSince",
] as const;
export type Field = (typeof FIELDS)[number];

/** Header texts per field, normalised (lower case, no punctuation). The first is the canonical Dutch name. */
const HEADER_SYNONYMS: Record<Field, string[]> = {
  supplier: ["leverancier", "naam", "naam leverancier", "leveranciersnaam", "bedrijf", "bedrijfsnaam", "crediteur", "supplier", "supplier name", "name", "company", "vendor"],
  kvk: ["kvk nummer", "kvk", "kvknummer", "kvk nr", "chamber of commerce", "coc number", "coc"],
  spend: ["opdrachtsom per jaar", "opdrachtsom", "jaarlijkse opdrachtsom", "inkoopvolume", "inkoopvolume per jaar", "uitgaven", "uitgaven per jaar", "jaaruitgaven", "spend", "annual spend", "spend per year", "contractwaarde per jaar", "bedrag per jaar",
    "jaarwaarde", "jaarwaarde excl btw", "jaarbedrag", "jaaromzet", "omzet per jaar", "bedrag per jaar excl btw", "inkoopwaarde", "inkoopwaarde per jaar",
    "besteding per jaar", "bestedingen per jaar", "jaarbesteding", "opdrachtwaarde per jaar", "waarde per jaar", "spend excl btw"],
  level: ["pso trede", "trede", "pso niveau", "niveau pso", "niveau", "pso trede niveau", "pso", "pso certificaat", "certificaat", "pso level", "level",
    "pso trede huidig", "huidige trede", "huidige pso trede", "trede pso", "pso niveau huidig", "prestatieladder", "prestatieladder trede", "psl trede"],
  validUntil: ["geldig tot", "certificaat geldig tot", "vervaldatum certificaat", "vervaldatum", "einddatum certificaat", "geldigheid", "valid until", "expiry date", "expires", "certificate valid until",
    "certificaat t m", "certificaat tm", "certificaat tot", "certificaat geldig t m", "geldig t m", "geldig tm", "geldig tot en met", "pso geldig tot",
    "pso geldig t m", "einde certificaat", "vervaldatum pso", "certificaat verloopt", "verloopt op", "certificaatdatum einde"],
  awardDate: [
    "gunningsdatum", "datum gunning", "gegund op", "gunning", "startdatum", "startdatum contract", "contract startdatum", "ingangsdatum",
    "ingangsdatum contract", "contract ingangsdatum", "datum ingang", "begindatum", "begindatum contract", "aanvangsdatum",
    "startdatum overeenkomst", "ingangsdatum overeenkomst", "award date", "start date", "contract start", "contract start date",
    "ingang contract", "ingang", "ingang overeenkomst", "start contract", "datum gunning contract", "gunningsdatum contract", "contract gegund op",
  ],
  termMonths: ["looptijd maanden", "looptijd in maanden", "looptijd", "duur maanden", "contractduur", "term months", "term", "duration months",
    "looptijd mnd", "looptijd contract", "contractduur maanden", "looptijd contract maanden"],
  endDate: ["einddatum", "einddatum contract", "contract einddatum", "afloopdatum", "end date", "contract end", "einde contract", "contract t m", "contract tot", "looptijd tot", "eind contract"],
  contribution: ["sociale bijdrage", "totale bijdrage", "totale sociale bijdrage", "sociale bijdrage percentage", "bijdrage", "pso bijdrage percentage", "social contribution", "total contribution"],
  category: ["categorie", "sector", "inkoopcategorie", "productgroep", "branche", "category", "purchase category"],
  levelAtAward: ["trede bij gunning", "pso trede bij gunning", "niveau bij gunning", "level at award"],
  aspirantSince: ["aspirant sinds", "aspirant status sinds", "aspirantstatus sinds", "aspirant sinds datum", "datum aspirant status", "aspirant since", "aspirant status since"],
  contractSum: ["totale contractwaarde", "contractwaarde", "contractsom", "totale opdrachtsom", "opdrachtwaarde", "total contract value", "contract value"],
  address: ["adres", "postadres", "bezoekadres", "straat", "straat en huisnummer", "address", "street address", "street"],
  postcode: ["postcode", "postal code", "zip code", "zip"],
  place: ["plaats", "woonplaats", "vestigingsplaats", "stad", "city", "town"],
};

/** Human names of the fields, for messages when the sheet's own header is not known. */
export const FIELD_LABELS: Record<Field, { nl: string; en: string }> = {
  supplier: { nl: "Leverancier", en: "Supplier" },
  kvk: { nl: "KvK-nummer", en: "Chamber of Commerce number" },
  spend: { nl: "Opdrachtsom per jaar", en: "Annual contract sum" },
  level: { nl: "PSO-trede", en: "PSO level" },
  validUntil: { nl: "Geldig tot", en: "Valid until" },
  awardDate: { nl: "Gunningsdatum", en: "Award date" },
  termMonths: { nl: "Looptijd (maanden)", en: "Term (months)" },
  endDate: { nl: "Einddatum", en: "End date" },
  contribution: { nl: "Sociale bijdrage", en: "Social contribution" },
  category: { nl: "Categorie", en: "Category" },
  levelAtAward: { nl: "Trede bij gunning", en: "Level at award" },
  contractSum: { nl: "Totale contractwaarde", en: "Total contract value" },
  address: { nl: "Adres", en: "Address" },
  postcode: { nl: "Postcode", en: "Postcode" },
  place: { nl: "Plaats", en: "Town" },
  aspirantSince: { nl: "Aspirant sinds", en: "Aspirant since" },
};

/** Zero-based column index per field. */
export type ColumnMapping = Partial<Record<Field, number>>;

export interface HeaderDetection {
  /** Zero-based row index of the header within the grid. */
  headerRow: number;
  mapping: ColumnMapping;
  headers: string[];
  /** Columns whose header names a field but whose values do not read as it: not linked (see detectHeader). */
  rejected: RejectedColumn[];
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * A header as words of a-z, 0-9 and +: accents dropped, everything else (brackets included) a single space. Runs for
 * every text cell of a list (a repeated header row ends a table), so plain ASCII skips the Unicode decomposition.
 */
function normaliseHeader(text: unknown): string {
  let s = String(text ?? "").toLowerCase();
  if (NON_ASCII.test(s)) s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return s.replace(/[^a-z0-9+]+/g, " ").trim();
}

const EXACT = new Map<string, Field>();
for (const field of FIELDS) for (const s of HEADER_SYNONYMS[field]) if (!EXACT.has(s)) EXACT.set(s, field);

/**
 * Characters beyond ASCII that normaliseHeader always turns into a space: no case, no canonical decomposition (a hard
 * space, "€", "–", "’"). Other ones may decompose into letters ("é") or vanish (an accent) and are left to it.
 */
const isPlainSeparator = (c: number) => c <= 0xbf || (c >= 0x2000 && c <= 0x20cf);

/**
 * A hash of a text's normalised header form (see normaliseHeader), walked without building it; -1 for text with
 * characters that only normaliseHeader can judge. exactFieldForHeader runs for every text cell of a list, and almost
 * none names a field.
 */
function asciiHeaderHash(text: string): number {
  let h = 0x811c9dc5;
  let gap = false;
  let words = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128 && !isPlainSeparator(c)) return -1;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43) {
      if (gap && words) h = Math.imul(h ^ 32, 0x01000193);
      h = Math.imul(h ^ c, 0x01000193);
      words = true;
      gap = false;
    } else gap = true;
  }
  return h & 0xffff;
}

/** Which hashes (asciiHeaderHash) a known header has: text whose hash is not here names no field. */
const EXACT_HASHES = new Uint8Array(0x10000);
for (const s of EXACT.keys()) EXACT_HASHES[asciiHeaderHash(s)] = 1;

/** The field a header names exactly (no prefix matching): for telling a repeated header from a data row. */
export function exactFieldForHeader(header: unknown): Field | null {
  if (typeof header === "string") {
    const hash = asciiHeaderHash(header);
    if (hash >= 0 && EXACT_HASHES[hash] === 0) return null;
  }
  return EXACT.get(normaliseHeader(header)) ?? null;
}

/** The field a header names, exact synonyms first, then the longest synonym the header starts with. */
export function fieldForHeader(header: unknown): Field | null {
  const h = normaliseHeader(header);
  if (!h) return null;
  const exact = EXACT.get(h);
  if (exact) return exact;
  let best: { field: Field; length: number } | null = null;
  for (const [synonym, field] of EXACT) {
    if (synonym.length > 3 && (h.startsWith(`${synonym} `) || h === synonym) && (!best || synonym.length > best.length)) {
      best = { field, length: synonym.length };
    }
  }
  return best?.field ?? null;
}

/**
 * Headers that name a field only loosely: a bare "Niveau" is as often the template letter's sector level (1, 2, 3) as
 * the PSO level. Such a column is the field's only when no other column names it plainly ("PSO-trede").
 */
const LOOSE_HEADERS: Partial<Record<Field, readonly string[]>> = {
  level: ["niveau", "level", "pso", "certificaat"],
};

export function isLooseHeader(field: Field, header: unknown): boolean {
  return LOOSE_HEADERS[field]?.includes(normaliseHeader(header)) ?? false;
}

/** Per field, the columns whose header names it: plain headers before loose ones, each group left to right. */
function candidatesForHeaders(headers: unknown[]): Partial<Record<Field, number[]>> {
  const out: Partial<Record<Field, number[]>> = {};
  headers.forEach((header, col) => {
    const field = fieldForHeader(header);
    if (field) (out[field] ??= []).push(col);
  });
  for (const field of FIELDS) {
    const cols = out[field];
    if (cols && cols.length > 1) out[field] = [...cols.filter((c) => !isLooseHeader(field, headers[c])), ...cols.filter((c) => isLooseHeader(field, headers[c]))];
  }
  return out;
}

export function mappingForHeaders(headers: unknown[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const candidates = candidatesForHeaders(headers);
  for (const field of FIELDS) if (candidates[field]) mapping[field] = candidates[field]![0];
  return withContractSum(mapping, headers);
}

/**
 * What a field's cells must read as, for the type check before a column is linked: a date column is no level, an
 * amount column no date. Fields of free text (name, KvK number, category) take any value.
 */
const FIELD_READERS: Partial<Record<Field, (value: unknown) => boolean>> = {
  spend: (v) => !(v instanceof Date) && parseMoney(v).ok,
  contractSum: (v) => !(v instanceof Date) && parseMoney(v).ok,
  level: (v) => parseHeldLevel(v).ok,
  levelAtAward: (v) => parseHeldLevel(v).ok,
  validUntil: (v) => parseDate(v).ok,
  awardDate: (v) => parseDate(v).ok,
  endDate: (v) => parseDate(v).ok,
  termMonths: (v) => !(v instanceof Date) && parseMonths(v).ok,
  contribution: (v) => !(v instanceof Date) && parsePercent(v).ok,
};

/** Cell texts that say "nothing here" in any column: they neither pass nor fail a type check. */
const EMPTY_WORDS = /^(?:-+|n\.?v\.?t\.?|nvt|geen|nee|onbekend|\?|n\/a|none|unknown)$/i;

/** A column whose header names a field but whose values the field's reader refuses: not linked. */
export interface RejectedColumn {
  field: Field;
  /** Zero-based grid column. */
  column: number;
  header: string;
  /** Up to three of the values that failed, as quoted in a message. */
  samples: string[];
}

/** How many cells under the header the type check reads (at most; within the rows header detection scans). */
const TYPE_SAMPLES = 20;

/**
 * Whether a column's values below the header read as the field wants: more than half of its first non-blank cells
 * must. Returns the failing samples, or null when the column fits (or holds nothing to judge).
 */
function typeMismatch(grid: readonly (readonly unknown[])[], headerRow: number, col: number, field: Field, lastRow: number): string[] | null {
  const reads = FIELD_READERS[field];
  if (!reads) return null;
  let seen = 0;
  const failed: string[] = [];
  for (let r = headerRow + 1; r < lastRow && seen < TYPE_SAMPLES; r++) {
    const value = grid[r]?.[col];
    if (value === null || value === undefined) continue;
    if (typeof value === "string" && (value.trim() === "" || EMPTY_WORDS.test(value.trim()))) continue;
    seen++;
    if (!reads(value) && ofAnotherKind(field, value)) failed.push(quotedCell(value));
  }
  return seen > 0 && failed.length * 2 > seen ? failed.slice(0, 3) : null;
}

const DATE_FIELDS: ReadonlySet<Field> = new Set<Field>(["validUntil", "awardDate", "endDate"]);

/**
 * A value that is plainly another field's data: a date where a level or an amount belongs ("Certificaat t/m" is no
 * level column), a level or an amount written as text where a date belongs. A value that is merely unreadable ("veel",
 * serial 60) is not: such a column stays linked and each bad cell becomes a "Fout" row that names it.
 */
function ofAnotherKind(field: Field, value: unknown): boolean {
  if (DATE_FIELDS.has(field)) {
    if (typeof value !== "string") return false;
    return parseHeldLevel(value).ok || (/[€.,]|\d\s*(k|mln)\b/i.test(value) && parseMoney(value).ok);
  }
  if (value instanceof Date) return true;
  // Office.js hands a date over as its serial number: one that fails this field's reader but is a date is a date.
  if (typeof value === "number") return parseDate(value).ok;
  return typeof value === "string" && /\d[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}/.test(value) && parseDate(value).ok;
}

// A year in the header ("Inkoopvolume 2024") names one year's spend, as "per jaar" does.
const ANNUAL = /jaar|jarig|annual|year|\bpj\b|\bp j\b|\b(19|20)\d\d\b/;

/**
 * A spend header that does not say "per jaar" beside a term column is the whole contract's sum (a 4-year contract of
 * € 600.000 is € 150.000 a year): it is mapped as the total contract value, from which the annual sum is derived.
 */
function withContractSum(mapping: ColumnMapping, headers: unknown[]): ColumnMapping {
  const spend = mapping.spend;
  if (spend === undefined || mapping.termMonths === undefined || mapping.contractSum !== undefined) return mapping;
  if (ANNUAL.test(normaliseHeader(headers[spend]))) return mapping;
  const out: ColumnMapping = { ...mapping, contractSum: spend };
  delete out.spend;
  return out;
}

/**
 * Finds the header row in the first rows of a grid (it may stand under a title or blank rows): the row that names
 * the most known columns, provided it names at least the spend or the level and one other. Then each field takes the
 * first column naming it whose values under the header read as that field (see typeMismatch); a field whose every
 * such column fails is left unlinked and listed in `rejected`, so the user is told why.
 */
export function detectHeader(grid: unknown[][], maxScan = 30): HeaderDetection | null {
  let best: HeaderDetection | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(grid.length, maxScan); r++) {
    const mapping = mappingForHeaders(grid[r] ?? []);
    const score = Object.keys(mapping).length;
    if (score > bestScore && score >= 2 && (mapping.spend !== undefined || mapping.level !== undefined)) {
      best = { headerRow: r, mapping, headers: (grid[r] ?? []).map((h) => String(h ?? "").trim()), rejected: [] };
      bestScore = score;
    }
  }
  return best && typeChecked(grid, best, Math.min(grid.length, maxScan));
}

function typeChecked(grid: unknown[][], detection: HeaderDetection, lastRow: number): HeaderDetection {
  const headerCells = grid[detection.headerRow] ?? [];
  const candidates = candidatesForHeaders(headerCells);
  const mapping: ColumnMapping = {};
  const rejected: RejectedColumn[] = [];
  const taken = new Set<number>();
  for (const field of FIELDS) {
    const failures: RejectedColumn[] = [];
    for (const col of candidates[field] ?? []) {
      if (taken.has(col)) continue;
      const failed = typeMismatch(grid, detection.headerRow, col, field, lastRow);
      if (!failed) {
        mapping[field] = col;
        break;
      }
      failures.push({ field, column: col, header: detection.headers[col] ?? "", samples: failed });
    }
    if (mapping[field] !== undefined) taken.add(mapping[field]!);
    else rejected.push(...failures);
  }
  return { ...detection, mapping: withContractSum(mapping, headerCells), rejected };
}

export { quotedCell } from "./quote";
