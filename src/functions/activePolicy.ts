import { Policy, wonenLimburgPolicy } from "../core";

/**
 * The policy the PSO.* formulas check against. Functions only read it: the Excel adapter calls setActivePolicy when
 * the workbook opens and on every policy save, so a formula never needs Office.js (which would make it slow).
 */
let active: Policy = wonenLimburgPolicy;
const listeners = new Set<(policy: Policy) => void>();

export function getActivePolicy(): Policy {
  return active;
}

export function setActivePolicy(policy: Policy): void {
  active = policy;
  for (const listener of listeners) listener(policy);
}

/** Back to the preset (the workbook has no PSO-beleid sheet any more). */
export function resetActivePolicy(): void {
  setActivePolicy(wonenLimburgPolicy);
}

/** Lets the adapter recalculate PSO formulas after a policy change; returns the unsubscribe function. */
export function onActivePolicyChange(listener: (policy: Policy) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
