import { Policy, wonenLimburgPolicy } from "../core";

/**
 * The policy the PSO.* formulas check against. Functions only read it: the Excel adapter calls setActivePolicy when
 * the workbook opens and on every policy save, so a formula never needs Office.js (which would make it slow).
 *
 * webpack builds taskpane.js and functions.js as separate entries, so each has its own copy of this module even
 * though both run on the same page (shared runtime). The state therefore lives on the page's global object, where
 * the taskpane's setActivePolicy and the functions' getActivePolicy meet.
 */
interface Store {
  policy: Policy;
  listeners: Set<(policy: Policy) => void>;
}

const KEY = "__psoToetsActivePolicy";

function store(): Store {
  const g = globalThis as unknown as Record<string, Store | undefined>;
  let s = g[KEY];
  if (!s) {
    s = { policy: wonenLimburgPolicy, listeners: new Set() };
    g[KEY] = s;
  }
  return s;
}

export function getActivePolicy(): Policy {
  return store().policy;
}

export function setActivePolicy(policy: Policy): void {
  const s = store();
  s.policy = policy;
  for (const listener of s.listeners) listener(policy);
}

/** Back to the preset (the workbook has no PSO-beleid sheet any more). */
export function resetActivePolicy(): void {
  setActivePolicy(wonenLimburgPolicy);
}

/** Lets the adapter recalculate PSO formulas after a policy change; returns the unsubscribe function. */
export function onActivePolicyChange(listener: (policy: Policy) => void): () => void {
  const s = store();
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
  };
}
