import { levelLabel, parseLevel } from "../../src/core";

describe("parseLevel reads every spelling a buyer types", () => {
  const cases: [unknown, string][] = [
    ["Trede 2", "trede2"],
    ["trede2", "trede2"],
    ["PSO-2", "trede2"],
    ["PSO trede 2", "trede2"],
    ["2", "trede2"],
    [2, "trede2"],
    ["TREDE 1", "trede1"],
    ["pso-trede-3", "trede3"],
    ["Trede\u00a03", "trede3"],
    ["  trede 1  ", "trede1"],
    ["Aspirant", "aspirant"],
    ["Aspirant-status", "aspirant"],
    ["aspirantstatus", "aspirant"],
    ["Basis", "basis"],
    ["Basistrede", "basis"],
    ["Basis trede", "basis"],
    ["30+", "pso30plus"],
    ["PSO 30+", "pso30plus"],
    ["pso30+", "pso30plus"],
    ["geen", "geen"],
    ["", "geen"],
    [null, "geen"],
    ["n.v.t.", "geen"],
  ];
  test.each(cases)("%p -> %s", (input, expected) => {
    const result = parseLevel(input);
    expect(result).toEqual({ ok: true, value: expected });
  });

  test.each(["trde 2", "trede 4", "certificaat A", "5", "ja"])("names the input it did not understand: %p", (input) => {
    const result = parseLevel(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.nl).toContain(`"${input}"`);
      expect(result.message.nl).toContain("Trede 2");
    }
  });

  /* The seeds' own spellings (issue 15, item 5). */
  test.each<[string, string, string]>([
    ["PSO-2 niveau", "trede2", 'supplier folder (001): "minimaal PSO-2 niveau"'],
    ["PSO-ladder trede 2", "trede2", 'template letter (004): "De PSO-ladder ... tot en met PSO-trede 3"'],
    ["Trede 2 op de PSO-ladder", "trede2", 'whitepaper (000): "trede 2 op de PSO-ladder"'],
    ["trede 1 certificering", "trede1", 'supplier folder (001): "een trede 1 certificering"'],
    ["PSO trede 1 certificering", "trede1", 'whitepaper (000): "over een PSO trede 1 certificering beschikken"'],
    ["PSO 30+ Certificaat", "pso30plus", 'whitepaper (000): "Het PSO 30+ Certificaat erkent organisaties"'],
    ["PSO-trede 3", "trede3", 'template letter (004): "tot en met PSO-trede 3"'],
  ])("%p -> %s (%s)", (input, expected) => {
    expect(parseLevel(input)).toEqual({ ok: true, value: expected });
  });

  test.each(["certificaat", "niveau", "PSO-ladder", "certificering trede"])("a decoration alone names no level: %p", (input) => {
    expect(parseLevel(input).ok).toBe(false);
  });

  test("labels are the normalised names", () => {
    expect(levelLabel("trede2")).toBe("Trede 2");
    expect(levelLabel("aspirant")).toBe("Aspirant-status");
    expect(levelLabel("pso30plus", "en")).toBe("PSO 30+");
  });
});
