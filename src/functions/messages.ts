import { coded, Message, Niveau } from "../core";

const SECTOR_MEANING_EN: Record<Niveau, string> = {
  1: "PSO is a condition",
  2: "PSO is urgent advice",
  3: "PSO is recommended",
};

/** Texts of the formula adapter itself; rule and parser messages come from src/core. */
export const functionMessages = coded("functions", {
  shapeMismatch: (shapes: string[]): Message => ({
    nl: `de bereiken hebben verschillende afmetingen (${shapes.join(", ")}); geef bereiken van gelijke grootte of één cel`,
    en: `the ranges differ in size (${shapes.join(", ")}); give ranges of equal size or a single cell`,
  }),
  missingArgument: (name: string): Message => ({
    nl: `${name} ontbreekt; vul de cel in of geef een andere cel op`,
    en: `${name} is missing; fill in the cell or refer to another cell`,
  }),
  argumentProblem: (name: string, problem: Message): Message => ({
    nl: `${name}: ${problem.nl}`,
    en: `${name}: ${problem.en}`,
  }),
  unknownCategory: (category: string): Message => ({
    nl: `categorie "${category}" hoort bij geen sectorniveau van het beleid; gebruik bijvoorbeeld "Schoonmaak", "Telecom" of "ICT"`,
    en: `category "${category}" matches no sector level of the policy; use e.g. "Schoonmaak", "Telecom" or "ICT"`,
  }),
  unequalRanges: (a: string, b: string, na: number, nb: number): Message => ({
    nl: `${a} heeft ${na} cellen en ${b} heeft er ${nb}; geef bereiken van dezelfde lengte`,
    en: `${a} has ${na} cells and ${b} has ${nb}; give ranges of the same length`,
  }),
  internal: (detail: string): Message => ({
    nl: `interne fout in PSO-toets (${detail}); meld dit met de formule en de invoer`,
    en: `internal error in PSO-toets (${detail}); report it with the formula and its input`,
  }),
  noGrowthPath: (termMonths: number | null, minTermMonths: number): Message => ({
    nl:
      termMonths === null
        ? `Geen groeipad: looptijd onbekend; het groeipad geldt bij een looptijd langer dan ${minTermMonths} maanden`
        : `Geen groeipad: looptijd ${termMonths} maanden; het groeipad geldt bij een looptijd langer dan ${minTermMonths} maanden`,
    en:
      termMonths === null
        ? `No growth path: term unknown; the growth path applies to terms longer than ${minTermMonths} months`
        : `No growth path: term ${termMonths} months; the growth path applies to terms longer than ${minTermMonths} months`,
  }),
  growthPathDisabled: (): Message => ({
    nl: "Geen groeipad: het beleid kent geen groeipad",
    en: "No growth path: the policy has none",
  }),
  growthPathNotChecked: (): Message => ({
    nl: "groeipad niet getoetst: geef gunningsdatum en looptijd_maanden",
    en: "growth path not checked: give gunningsdatum and looptijd_maanden",
  }),
  growthPathUnchecked: (): Message => ({
    nl: "voldoet niet, tenzij het groeipad geldt; geef gunningsdatum en looptijd_maanden om het groeipad te toetsen, zoals het taakvenster doet",
    en: "does not comply unless the growth path applies; give gunningsdatum and looptijd_maanden to check the growth path, as the taskpane does",
  }),
  noRequirement: (): Message => ({ nl: "Geen eis", en: "No requirement" }),
  /** The Dutch meaning is the policy's own wording; the English one follows the level (the template letter's three). */
  sectorLevel: (niveau: Niveau, meaning: string): Message => ({
    nl: `Niveau ${niveau}: ${meaning}`,
    en: `Level ${niveau}: ${SECTOR_MEANING_EN[niveau]}`,
  }),
  kpiShare: (label: string, shareOf: string, target: string | null): Message => ({
    nl: `${label}: aandeel ${shareOf}${target === null ? "" : ` (doel ${target})`}`,
    en: `${label}: share ${shareOf}${target === null ? "" : ` (target ${target})`}`,
  }),
  levelsAsGiven: (label: string): Message => ({
    nl: `${label} (trede zoals opgegeven; geldigheid niet getoetst: geef geldig_tot_bereik)`,
    en: `${label} (level as given; validity not checked: give geldig_tot_bereik)`,
  }),
  unknownValue: (): Message => ({ nl: "onbekend", en: "unknown" }),
});
