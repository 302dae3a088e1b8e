import { CellValue, cellText } from "../read/cells";
import { Day } from "../read/dates";
import { contributionNote, spendDerivedNote, ParsedColumns, parseColumns, RowValues, SupplierColumns } from "./evaluateCells";
import { certificateCounts, decide, Decision, ERROR, NO_DAY, OUT_OF_SCOPE, R_BELOW, R_CONTRACT_ENDED, R_EXPIRED, R_LEVEL_NOT_GIVEN, RuleContext, ruleContext } from "./evaluateRules";
import { ReasonFacts, reasonsOfFlags, STATUSES } from "./ruleTable";
import { FACT_KEYS, FactMemo, factsRead } from "./factMemo";
import type { Finding, Status } from "./finding";
import { GrowthState, growthStateOn } from "./growthPath";
import { heldOfRank, LEVELS } from "../read/levels";
import { Niveau, Policy } from "../policy/policy";
import type { Reason } from "./finding";
import { statusLine } from "./reasons";
import type { Lang } from "../result";
import { niveauOf } from "./sector";
import { supplierTypeOf } from "../report/supplierType";

export { STATUSES };
const WARNING_CODE = STATUSES.indexOf("warning");

const dayOrNull = (day: number): Day | null => (day === NO_DAY ? null : day);
const numberOrNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** The sector niveau of a category cell (null when it has none or matches no sector level). */
export function niveauOfCell(policy: Policy, category: CellValue): Niveau | null {
  const text = cellText(category);
  return text ? niveauOf(policy, text) : null;
}

export function emptyRowValues(): RowValues {
  return { spend: 0, heldRank: 0, validUntil: NO_DAY, award: NO_DAY, termMonths: Number.NaN, levelAtAwardRank: -1, niveau: 0, endDate: NO_DAY, contribution: Number.NaN, aspirantSince: NO_DAY, sw: 0 };
}

/** What a decided row's flags become reasons of (see RULES[code].reason). */
function reasonFacts(ctx: RuleContext, v: RowValues, d: Decision, niveau: Niveau | null, growth: GrowthState | null): ReasonFacts {
  return {
    flags: d.reasons,
    held: LEVELS[v.heldRank],
    heldRank: v.heldRank,
    validUntil: v.validUntil,
    spend: v.spend,
    threshold: ctx.minSpend,
    effective: LEVELS[d.effectiveRank],
    required: LEVELS[d.requiredRank],
    since: dayOrNull(d.since),
    growth,
    niveau,
    rise: LEVELS[d.riseRank],
    riseDay: d.riseDay,
    endDate: v.endDate,
    contribution: v.contribution,
    aspirantSince: v.aspirantSince,
  };
}

/**
 * The number each of reasonFacts' facts is made of, in FACT_KEYS order (factMemo.ts): on one context, equal numbers
 * give equal facts (a level is LEVELS[rank], the growth path growthStateOn(its award day), a missing niveau 0).
 */
function factNumbers(ctx: RuleContext, v: RowValues, d: Decision, niveau: Niveau | null, out: Float64Array): void {
  out[0] = d.reasons;
  out[1] = v.heldRank;
  out[2] = v.heldRank;
  out[3] = v.validUntil;
  out[4] = v.spend;
  out[5] = ctx.minSpend;
  out[6] = d.effectiveRank;
  out[7] = d.requiredRank;
  out[8] = d.since;
  out[9] = d.pathAward;
  out[10] = niveau ?? 0;
  out[11] = d.riseRank;
  out[12] = d.riseDay;
  out[13] = v.endDate;
  out[14] = v.contribution;
  out[15] = v.aspirantSince;
}

const growthOf = (ctx: RuleContext, d: Decision): GrowthState | null => (d.pathAward === NO_DAY ? null : growthStateOn(ctx.policy, d.pathAward, ctx.peildatum));

/**
 * Decides one row from its values and builds its finding: the one place a Finding is made, for a row alone
 * (evaluateRow) and for a row of a column (ColumnVerdicts.findingAt). `problems` non-empty means the row is an error.
 */
export function findingFromValues(
  ctx: RuleContext,
  v: RowValues,
  problems: Reason[],
  d: Decision,
  row: number,
  supplier: CellValue,
  /** The sector niveau of the row's category, and whether it names an SW-bedrijf (categoryFacts). */
  niveau: Niveau | null,
  sw: boolean,
  /** Reasons that say how a cell was read, listed after the row's other reasons whatever its status. */
  notes: readonly Reason[] = [],
): Finding {
  const finding: Finding = {
    row,
    supplier: cellText(supplier),
    status: "error",
    requiredLevel: null,
    heldLevel: heldOfRank(v.heldRank),
    certificateValid: certificateCounts(v.heldRank, v.validUntil, ctx.peildatum),
    validUntil: dayOrNull(v.validUntil),
    spend: numberOrNull(v.spend),
    contribution: numberOrNull(v.contribution),
    niveau,
    growth: null,
    deadline: null,
    reasons: problems,
    ...(sw ? { supplierType: "sw" as const } : {}),
  };
  if (problems.length > 0) {
    if (notes.length > 0) finding.reasons = [...problems, ...notes];
    return finding;
  }
  v.niveau = ctx.sectorToStatus ? (niveau ?? 0) : 0;
  v.sw = sw ? 1 : 0;
  const status = decide(ctx, v, d);
  const growth = growthOf(ctx, d);
  const reasons = reasonsOfFlags(reasonFacts(ctx, v, d, niveau, growth));
  finding.status = STATUSES[status];
  finding.reasons = notes.length > 0 ? [...reasons, ...notes] : reasons;
  if (status !== OUT_OF_SCOPE) {
    finding.requiredLevel = LEVELS[d.requiredRank];
    finding.growth = growth;
    finding.deadline = dayOrNull(d.deadline);
  }
  return finding;
}

/**
 * The raw cells a finding still reads once the columns are parsed (names, categories, the cells a note quotes): the
 * verdicts keep only these, so the others can go as soon as their owner lets them.
 */
function cellsForFindings(columns: SupplierColumns): SupplierColumns {
  const { supplier, category, contractSum, contribution } = columns.cells;
  return { count: columns.count, rowNumbers: columns.rowNumbers, cells: { supplier, category, contractSum, contribution } };
}

/**
 * The verdicts of a whole column of suppliers: a status code per row, and each row's full finding (reasons, deadline,
 * growth path) built only when asked for, from the same rules.
 */
export class ColumnVerdicts {
  private readonly values = emptyRowValues();
  private readonly decision = new Decision();
  private readonly numbers = new Float64Array(FACT_KEYS.length);

  constructor(
    private readonly columns: SupplierColumns,
    /** The parsed cells, for callers that sum spend or count certificates without building findings. */
    readonly parsed: ParsedColumns,
    private readonly ctx: RuleContext,
    /** Per row an index into STATUSES. */
    readonly status: Uint8Array,
    /** Per row 1 when the held level's certificate counts on the peildatum. */
    readonly certificateValid: Uint8Array,
    /** Per row what its category says (categoryCodes). */
    private readonly category: Uint8Array,
  ) {}

  get count(): number {
    return this.parsed.count;
  }

  /** The sheet row of row i (its 1-based position when the columns carry no row numbers). */
  rowOf(i: number): number {
    return this.columns.rowNumbers ? this.columns.rowNumbers[i] : i + 1;
  }

  statusOf(i: number): Status {
    return STATUSES[this.status[i]];
  }

  /** The supplier's name on row i, as its finding gives it. */
  supplierAt(i: number): string {
    return cellText(this.columns.cells.supplier?.[i]);
  }

  /** Whether row i's supplier cell holds a name (supplierAt(i) is not blank). */
  hasName(i: number): boolean {
    const cell = this.columns.cells.supplier?.[i];
    // Most names start with a letter or digit, which no trimming removes.
    if (typeof cell === "string" && cell.length > 0) {
      const c = cell.charCodeAt(0);
      if (c > 32 && c < 127) return true;
    }
    return this.supplierAt(i).trim() !== "";
  }

  /** The full finding of row i, as evaluateRow gives it: the rules run again for this row only. */
  findingAt(i: number): Finding {
    return findingOfRow(this.columns, this.parsed, this.ctx, i, this.values, this.decision, this.category[i]);
  }

  /**
   * What row i's finding has beyond its status, reasons and growth path, written into `into` (reused from row to row):
   * for a caller that tallies every row and reads no reason (the KPIs).
   */
  figuresAt(i: number, into: RowFigures): RowFigures {
    const p = this.parsed;
    const code = this.category[i];
    into.status = STATUSES[this.status[i]];
    into.heldLevel = heldOfRank(p.heldRank[i]);
    into.certificateValid = this.certificateValid[i] === 1;
    into.validUntil = dayOrNull(p.validUntil[i]);
    into.spend = numberOrNull(p.spend[i]);
    into.contribution = numberOrNull(p.contribution[i]);
    into.niveau = niveauOfCode(code);
    into.supplierType = code & SW ? "sw" : undefined;
    return into;
  }

  /**
   * `make` of row i's finding, made once per distinct facts (factMemo.ts) instead of once per row. `make` must read
   * nothing of the finding but its status and reasons (statusLine, explanation). Rows whose finding quotes their own
   * cells (an error, a note on how a cell was read) get theirs made each time.
   */
  memoized<T>(make: (finding: Finding) => T): (i: number) => T {
    const memo = new FactMemo<T>();
    const { values: v, decision: d, parsed: p, ctx, numbers } = this;
    return (i) => {
      if (p.problems.bad[i] === 1 || p.spendDerived[i] === 1 || p.contributionAmbiguous[i] === 1) return make(this.findingAt(i));
      loadRow(p, i, v);
      loadCategory(ctx, this.category[i], v);
      const niveau = niveauOfCode(this.category[i]);
      const status = decide(ctx, v, d);
      const group = d.reasons * 8 + status;
      if (!memo.worthIt(group)) return make(this.findingAt(i));
      factNumbers(ctx, v, d, niveau, numbers);
      let value = memo.get(group, numbers);
      if (value === undefined) {
        const read = factsRead(reasonFacts(ctx, v, d, niveau, growthOf(ctx, d)));
        value = make(this.findingAt(i));
        memo.set(group, numbers, read, value);
      }
      return value;
    };
  }

  private readonly lines = new Map<string, string>();

  /**
   * statusLine of row i's finding. A column holds few distinct lines: rows that agree on what statusLine reads of a
   * compliant, out-of-scope or failing finding (its status, levels, since when, whether the certificate expired) share
   * one text, built once from the finding of the first of them; warnings likewise on what their first warning reason
   * quotes (levels and days). Errors quote cells: per row.
   * test/properties/statusRange.property.test.ts checks that this gives what each row's own finding gives.
   */
  statusLineAt(i: number, lang: Lang): string {
    const status = this.status[i];
    if (status === ERROR) return statusLine(this.findingAt(i), lang);
    const { values: v, decision: d, parsed: p, ctx } = this;
    loadRow(p, i, v);
    loadCategory(ctx, this.category[i], v);
    decide(ctx, v, d);
    // What statusLine reads: a warning its first warning reason's level and days (sector advice only with sectorToStatus).
    const key =
      status === WARNING_CODE
        ? `${lang}${status},${d.reasons},${d.requiredRank},${v.heldRank},${v.validUntil},${d.riseRank},${d.riseDay},${v.niveau}`
        : `${lang}${status},${d.reasons & (R_BELOW | R_EXPIRED | R_LEVEL_NOT_GIVEN | R_CONTRACT_ENDED)},${d.effectiveRank},${d.requiredRank},${d.since},${d.reasons & R_CONTRACT_ENDED ? v.endDate : 0}`;
    let line = this.lines.get(key);
    if (line === undefined) {
      line = statusLine(this.findingAt(i), lang);
      this.lines.set(key, line);
    }
    return line;
  }

  /** Why row i got its status, as data. */
  reasonsOf(i: number): Reason[] {
    return this.findingAt(i).reasons;
  }

  findings(): Finding[] {
    const out = new Array<Finding>(this.count);
    for (let i = 0; i < out.length; i++) out[i] = this.findingAt(i);
    return out;
  }
}

/** The figures of a finding that the KPIs read (computeKpis): a Finding is one, and so is ColumnVerdicts.figuresAt. */
export type RowFigures = Pick<Finding, "status" | "heldLevel" | "certificateValid" | "validUntil" | "spend" | "contribution" | "niveau" | "supplierType">;

/** Row i's parsed values into the scratch `v` the rules read. */
function loadRow(p: ParsedColumns, i: number, v: RowValues): void {
  v.spend = p.spend[i];
  v.heldRank = p.heldRank[i];
  v.validUntil = p.validUntil[i];
  v.award = p.award[i];
  v.termMonths = p.termMonths[i];
  v.endDate = p.endDate[i];
  v.contribution = p.contribution[i];
  v.levelAtAwardRank = p.levelAtAwardRank[i];
  v.aspirantSince = p.aspirantSince[i];
}

/** Row i of parsed columns as a finding; `v` and `d` are scratch space, reused from row to row. */
function findingOfRow(columns: SupplierColumns, p: ParsedColumns, ctx: RuleContext, i: number, v: RowValues, d: Decision, category: number): Finding {
  loadRow(p, i, v);
  const { cells, rowNumbers } = columns;
  const problems = p.problems.bad[i] === 1 ? p.problems.of(i) : [];
  const notes: Reason[] = [];
  if (p.spendDerived[i] === 1) notes.push(spendDerivedNote(cells.contractSum?.[i], v.termMonths, v.spend));
  if (p.contributionAmbiguous[i] === 1) notes.push(contributionNote(cells.contribution?.[i], v.contribution));
  return findingFromValues(ctx, v, problems, d, rowNumbers ? rowNumbers[i] : i + 1, cells.supplier?.[i], niveauOfCode(category), (category & SW) !== 0, notes);
}

/** Every row's finding, for callers that need them all: the columns parsed once, the rules run once per row. */
export function findingsOfColumns(columns: SupplierColumns, policy: Policy, peildatum: Day): Finding[] {
  const parsed = parseColumns(columns);
  const ctx = ruleContext(policy, peildatum);
  const category = categoryCodes(columns, policy);
  const values = emptyRowValues();
  const decision = new Decision();
  const out = new Array<Finding>(parsed.count);
  for (let i = 0; i < out.length; i++) out[i] = findingOfRow(columns, parsed, ctx, i, values, decision, category[i]);
  return out;
}

/** In a category code: the bit of an SW-bedrijf; the two bits below it hold the sector niveau (0 for none). */
const SW = 4;
const niveauOfCode = (code: number): Niveau | null => ((code & 3) === 0 ? null : ((code & 3) as Niveau));

/** A row's category code into the scratch `v` the rules read: its niveau (when the policy lets it soften a status) and SW flag. */
function loadCategory(ctx: RuleContext, code: number, v: RowValues): void {
  v.niveau = ctx.sectorToStatus ? code & 3 : 0;
  v.sw = code & SW ? 1 : 0;
}

/** A category cell's code: its sector niveau and whether it names an SW-bedrijf (issue 24.5). */
function categoryCode(policy: Policy, cell: CellValue): number {
  return (niveauOfCell(policy, cell) ?? 0) | (supplierTypeOf(cell) === "sw" ? SW : 0);
}

/** Distinct categories remembered at most: a sheet with more matches the rest cell by cell. */
const MAX_CATEGORIES = 10_000;

/** Per row its category's code; categories repeat down a sheet, so each text is matched once. */
function categoryCodes(columns: SupplierColumns, policy: Policy): Uint8Array {
  const out = new Uint8Array(columns.count);
  const cells = columns.cells.category;
  if (!cells) return out;
  const known = new Map<unknown, number>();
  for (let i = 0; i < out.length; i++) {
    const cell = cells[i];
    let code = known.get(cell);
    if (code === undefined) {
      code = categoryCode(policy, cell);
      if ((typeof cell !== "object" || cell === null) && known.size < MAX_CATEGORIES) known.set(cell, code);
    }
    out[i] = code;
  }
  return out;
}

/**
 * Evaluates a whole table of raw supplier cells against the policy on the peildatum, column by column. The loop over
 * the rows allocates nothing: a bad row gets status `error` and never stops the others.
 */
export function evaluateColumns(columns: SupplierColumns, policy: Policy, peildatum: Day): ColumnVerdicts {
  const parsed = parseColumns(columns);
  const ctx = ruleContext(policy, peildatum);
  const category = categoryCodes(columns, policy);
  const count = parsed.count;
  const status = new Uint8Array(count);
  const valid = new Uint8Array(count);
  const input = emptyRowValues();
  const decision = new Decision();
  const bad = parsed.problems.bad;
  for (let i = 0; i < count; i++) {
    const held = parsed.heldRank[i];
    const until = parsed.validUntil[i];
    valid[i] = certificateCounts(held, until, peildatum) ? 1 : 0;
    if (bad[i] === 1) {
      status[i] = ERROR;
      continue;
    }
    input.spend = parsed.spend[i];
    input.heldRank = held;
    input.validUntil = until;
    input.award = parsed.award[i];
    input.termMonths = parsed.termMonths[i];
    input.levelAtAwardRank = parsed.levelAtAwardRank[i];
    input.endDate = parsed.endDate[i];
    input.contribution = parsed.contribution[i];
    input.aspirantSince = parsed.aspirantSince[i];
    loadCategory(ctx, category[i], input);
    status[i] = decide(ctx, input, decision);
  }
  return new ColumnVerdicts(cellsForFindings(columns), parsed, ctx, status, valid, category);
}
