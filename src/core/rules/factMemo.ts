import { reasonsOfFlags, ReasonFacts } from "./ruleTable";

/*
 * What a caller makes of a decided row's reasons (its PSO-status line and explanation), made once per distinct facts.
 * A row's reasons are a function of its facts (ReasonFacts), and each fact of the number it is made of (see
 * FACT_KEYS), so rows with the same status, flags and numbers get the same reasons. Only the facts the flags' reasons
 * actually read count, or no two rows would share (every row has its own spend): which those are is not declared but
 * seen, by reading the first row of each status and flags through a recorder. Were a later row of that group to read
 * another fact, the group's entries go and it is keyed on both. A value found here is therefore the value the row's
 * own reasons give: every fact they read has the number the remembered row had.
 */

/** The facts in the order of their numbers (factNumbers in evaluateColumns.ts fills them in this order). */
export const FACT_KEYS = [
  "flags",
  "held",
  "heldRank",
  "validUntil",
  "spend",
  "threshold",
  "effective",
  "required",
  "since",
  "growth",
  "niveau",
  "rise",
  "riseDay",
  "endDate",
  "contribution",
  "aspirantSince",
] as const satisfies readonly (keyof ReasonFacts)[];

// Every fact has a number: a fact missing from FACT_KEYS would be read without being compared.
const everyFact: Record<Exclude<keyof ReasonFacts, (typeof FACT_KEYS)[number]>, never> = {};
void everyFact;

/** A ReasonFacts that notes which facts are read (a bit per FACT_KEYS index). */
class Recorder {
  read = 0;
  constructor(public facts: ReasonFacts) {}
}
FACT_KEYS.forEach((key, bit) =>
  Object.defineProperty(Recorder.prototype, key, {
    get(this: Recorder) {
      this.read |= 1 << bit;
      return this.facts[key];
    },
  }),
);

/** The facts the reasons of `facts.flags` read, as bits of FACT_KEYS indexes. */
export function factsRead(facts: ReasonFacts): number {
  const recorder = new Recorder(facts);
  reasonsOfFlags(recorder as unknown as ReasonFacts);
  return recorder.read;
}

const mix = (h: number, x: number) => {
  const m = Math.imul(h ^ x, 0x9e3779b1);
  return (m << 13) | (m >>> 19);
};

function hashOf(numbers: Float64Array, read: number): number {
  let h = read;
  for (let k = 0; read >>> k !== 0; k++) {
    if ((read & (1 << k)) === 0) continue;
    const x = numbers[k];
    h = mix(mix(h, x | 0), (x * 65536) | 0);
  }
  // 30 bits: a small integer in V8, so a Map key costs no allocation.
  return h & 0x3fffffff;
}

/** Whether `kept` (the numbers of the facts in `read`, in order) are those in `numbers`. */
function sameNumbers(kept: readonly number[], numbers: Float64Array, read: number): boolean {
  let j = 0;
  for (let k = 0; read >>> k !== 0; k++) {
    if ((read & (1 << k)) === 0) continue;
    const a = kept[j++];
    const b = numbers[k];
    // Object.is, spelled out: NaN is NaN, and 0 is not -0.
    if (a === b ? a === 0 && 1 / a !== 1 / b : a === a || b === b) return false;
  }
  return true;
}

function keptNumbers(numbers: Float64Array, read: number): number[] {
  const kept: number[] = [];
  for (let k = 0; read >>> k !== 0; k++) if ((read & (1 << k)) !== 0) kept.push(numbers[k]);
  return kept;
}

interface Entry<T> {
  kept: number[];
  value: T;
  next: Entry<T> | undefined;
}

interface Group<T> {
  /** The facts any entry of the group read. */
  read: number;
  entries: Map<number, Entry<T>>;
  size: number;
  hits: number;
  misses: number;
}

/** A group whose rows seldom share their facts (each its own spend, say) is not remembered past this many misses. */
const TRIAL_MISSES = 256;

/**
 * Entries kept at most (a million rows stay a few megabytes). Past this no more are added: the facts most rows share
 * come early, and letting entries go again and again would leave old-generation garbage on a heap that holds the table.
 */
const MAX_ENTRIES = 50_000;

/** Values keyed on a group (the status and flags) and the numbers of the facts that group's reasons read. */
export class FactMemo<T> {
  private readonly groups = new Map<number, Group<T>>();
  private size = 0;

  /** Whether rows of the group are worth looking up: not when fewer than one in five of them found a value. */
  worthIt(group: number): boolean {
    const g = this.groups.get(group);
    return g === undefined || g.misses < TRIAL_MISSES || g.hits * 4 >= g.misses;
  }

  get(group: number, numbers: Float64Array): T | undefined {
    const g = this.groups.get(group);
    if (!g) return undefined;
    for (let e = g.entries.get(hashOf(numbers, g.read)); e; e = e.next) {
      if (sameNumbers(e.kept, numbers, g.read)) {
        g.hits++;
        return e.value;
      }
    }
    g.misses++;
    return undefined;
  }

  /** Remembers `value` for `numbers`, whose reasons read the facts in `read`. */
  set(group: number, numbers: Float64Array, read: number, value: T): void {
    let g = this.groups.get(group);
    if (!g) {
      g = { read, entries: new Map(), size: 0, hits: 0, misses: 1 };
      this.groups.set(group, g);
    } else if ((read & ~g.read) !== 0) {
      g.read |= read;
      this.forget(g);
    }
    if (this.size >= MAX_ENTRIES) return;
    const h = hashOf(numbers, g.read);
    g.entries.set(h, { kept: keptNumbers(numbers, g.read), value, next: g.entries.get(h) });
    g.size++;
    this.size++;
  }

  private forget(g: Group<T>): void {
    this.size -= g.size;
    g.size = 0;
    g.entries.clear();
  }
}
