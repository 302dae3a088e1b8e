import { Day } from "../read/dates";

/** A certificate counts up to and including its last valid day (the "geldig tot" date). */
export function certificateValidOn(validUntil: Day, peildatum: Day): boolean {
  return validUntil >= peildatum;
}
