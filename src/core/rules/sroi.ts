import { Policy } from "../policy/policy";

export interface SroiObligation {
  /** Euros the supplier must spend on social return. */
  euro: number;
  percentage: number;
  reason: "belowThreshold" | "tooShort" | "lowLabourShare" | "standard";
}

/**
 * The classic social-return obligation with the guide's proportionality: none below the contract-sum threshold or
 * for contracts shorter than the minimum term; a lower percentage when the labour share is low.
 */
export function sroiObligation(
  policy: Policy,
  contractSum: number,
  termMonths: number | null,
  labourShare: number | null,
): SroiObligation {
  const s = policy.sroi;
  if (contractSum < s.minContractSum) return { euro: 0, percentage: 0, reason: "belowThreshold" };
  if (termMonths !== null && termMonths < s.minTermMonths) return { euro: 0, percentage: 0, reason: "tooShort" };
  const low = labourShare !== null && labourShare < s.lowLabourShare;
  const percentage = low ? s.lowLabourPercentage : s.percentage;
  return { euro: Math.round(contractSum * percentage * 100) / 100, percentage, reason: low ? "lowLabourShare" : "standard" };
}
