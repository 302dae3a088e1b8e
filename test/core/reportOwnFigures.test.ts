import { dayFromYmd } from "../../src/core";
import { ownFiguresCheck, parseOwnFigures } from "../../src/core/report/ownFigures";

describe("the buyer's own PSO figures", () => {
  test("the whitepaper's audit: 1,6% + 13,9% = 15,5%, trede 3, 21-07-2022", () => {
    const parsed = parseOwnFigures({ direct: "1,6%", indirect: 0.139, total: "15,5 %", level: "Trede 3", auditDate: "21-07-2022" });
    expect(parsed.problems).toEqual([]);
    expect(parsed.figures).toEqual({ direct: 0.016, indirect: 0.139, total: 0.155, level: "trede3", auditDate: dayFromYmd(2022, 7, 21) });
    expect(ownFiguresCheck(parsed).nl).toBe("1,6% + 13,9% = 15,5%, trede 3");
  });

  test("a blank total is direct + indirect", () => {
    expect(parseOwnFigures({ direct: "1,6%", indirect: "13,9%" }).figures.total).toBeCloseTo(0.155, 10);
  });

  test("a total that does not add up is reported, and the inputs are kept as read", () => {
    const parsed = parseOwnFigures({ direct: "1%", indirect: "14%", total: "16%" });
    expect(ownFiguresCheck(parsed).nl).toBe("totale bijdrage 16,0% is niet direct + indirect (15,0%)");
    expect(parsed.figures.total).toBeCloseTo(0.16, 10);
  });

  test("an unreadable input names its label; empty inputs say they are not filled in yet", () => {
    expect(ownFiguresCheck(parseOwnFigures({ level: "trede 9" })).nl).toMatch(/^PSO-trede: onbekende PSO-trede "trede 9"/);
    expect(ownFiguresCheck(parseOwnFigures({})).nl).toBe("nog niet ingevuld");
  });
});
