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

  test("labels are the normalised names", () => {
    expect(levelLabel("trede2")).toBe("Trede 2");
    expect(levelLabel("aspirant")).toBe("Aspirant-status");
    expect(levelLabel("pso30plus", "en")).toBe("PSO 30+");
  });
});
