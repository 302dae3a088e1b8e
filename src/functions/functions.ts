import { levelLabel, parseLevel } from "../core";

/**
 * De genormaliseerde PSO-trede van elke schrijfwijze ("PSO-2" wordt "Trede 2").
 * @customfunction
 * @param tekst De trede zoals getypt, bijvoorbeeld "PSO-2" of "Aspirant".
 * @returns De trede, bijvoorbeeld "Trede 2".
 */
export function trede(tekst: string): string {
  const level = parseLevel(tekst);
  if (!level.ok) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, level.message.nl);
  return levelLabel(level.value);
}
