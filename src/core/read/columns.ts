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
  "aspirantSince",
] as const;
export type Field = (typeof FIELDS)[number];

/** Header texts per field, normalised (lower case, no punctuation). The first is the canonical Dutch name. */
const HEADER_SYNONYMS: Record<Field, string[]> = {
  supplier: ["leverancier", "naam", "naam leverancier", "leveranciersnaam", "bedrijf", "bedrijfsnaam", "crediteur", "supplier", "supplier name", "name", "company", "vendor"],
  kvk: ["kvk nummer", "kvk", "kvknummer", "kvk nr", "chamber of commerce", "coc number", "coc"],
  spend: ["opdrachtsom per jaar", "opdrachtsom", "jaarlijkse opdrachtsom", "inkoopvolume", "inkoopvolume per jaar", "uitgaven", "uitgaven per jaar", "jaaruitgaven", "spend", "annual spend", "spend per year", "contractwaarde per jaar", "bedrag per jaar"],
  level: ["pso trede", "trede", "pso niveau", "niveau pso", "niveau", "pso trede niveau", "pso", "pso certificaat", "certificaat", "pso level", "level"],
  validUntil: ["geldig tot", "certificaat geldig tot", "vervaldatum certificaat", "vervaldatum", "einddatum certificaat", "geldigheid", "valid until", "expiry date", "expires", "certificate valid until"],
  awardDate: [
    "gunningsdatum", "datum gunning", "gegund op", "gunning", "startdatum", "startdatum contract", "contract startdatum", "ingangsdatum",
    "ingangsdatum contract", "contract ingangsdatum", "datum ingang", "begindatum", "begindatum contract", "aanvangsdatum",
    "startdatum overeenkomst", "ingangsdatum overeenkomst", "award date", "start date", "contract start", "contract start date",
  ],
  termMonths: ["looptijd maanden", "looptijd in maanden", "looptijd", "duur maanden", "contractduur", "term months", "term", "duration months"],
  endDate: ["einddatum", "einddatum contract", "contract einddatum", "afloopdatum", "end date", "contract end"],
  contribution: ["sociale bijdrage", "totale bijdrage", "totale sociale bijdrage", "sociale bijdrage percentage", "bijdrage", "pso bijdrage percentage", "social contribution", "total contribution"],
  category: ["categorie", "sector", "inkoopcategorie", "productgroep", "branche", "category", "purchase category"],
  levelAtAward: ["trede bij gunning", "pso trede bij gunning", "niveau bij gunning", "level at award"],
  aspirantSince: ["aspirant sinds", "aspirant status sinds", "aspirantstatus sinds", "aspirant sinds datum", "datum aspirant status", "aspirant since", "aspirant status since"],
  contractSum: ["totale contractwaarde", "contractwaarde", "contractsom", "totale opdrachtsom", "opdrachtwaarde", "total contract value", "contract value"],
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
  aspirantSince: { nl: "Aspirant sinds", en: "Aspirant since" },
};

/** Zero-based column index per field. */
export type ColumnMapping = Partial<Record<Field, number>>;

export interface HeaderDetection {
  /** Zero-based row index of the header within the grid. */
  headerRow: number;
  mapping: ColumnMapping;
  headers: string[];
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

/** The field a header names exactly (no prefix matching): for telling a repeated header from a data row. */
export function exactFieldForHeader(header: unknown): Field | null {
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

export function mappingForHeaders(headers: unknown[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, col) => {
    const field = fieldForHeader(header);
    if (!field) return;
    const taken = mapping[field];
    if (taken === undefined || (isLooseHeader(field, headers[taken]) && !isLooseHeader(field, header))) mapping[field] = col;
  });
  return withContractSum(mapping, headers);
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
 * the most known columns, provided it names at least the spend or the level and one other.
 */
export function detectHeader(grid: unknown[][], maxScan = 30): HeaderDetection | null {
  let best: HeaderDetection | null = null;
  let bestScore = 0;
  for (let r = 0; r < Math.min(grid.length, maxScan); r++) {
    const mapping = mappingForHeaders(grid[r] ?? []);
    const score = Object.keys(mapping).length;
    if (score > bestScore && score >= 2 && (mapping.spend !== undefined || mapping.level !== undefined)) {
      best = { headerRow: r, mapping, headers: (grid[r] ?? []).map((h) => String(h ?? "").trim()) };
      bestScore = score;
    }
  }
  return best;
}

/** "A", "B", ..., "Z", "AA" for a zero-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
