import { wonenLimburgPolicy } from "../../src/core";
import { buildSocialReport } from "../../src/core/report/socialReport";
import { findingsFor, PEIL } from "../core/report.fixture";

/* The printed footer is in Excel's header/footer codes: a literal "&" must be doubled, and Excel refuses over 255 characters. */
const footerFor = (name: string, lang: "nl" | "en" = "nl") => {
  const report = buildSocialReport(findingsFor(), { ...wonenLimburgPolicy, name }, PEIL, lang, { own: {}, history: { rows: [], headerIndex: null, problems: [] } }, "Leveranciers");
  if (!report.ok) throw new Error(report.message.nl);
  return report.value.layout.footer;
};

test("the footer names the policy and the peildatum, with page numbers, in the report's language", () => {
  expect(footerFor("Wonen & Zorg")).toEqual({ left: "Beleid: Wonen && Zorg · peildatum 1-12-2026", right: "Pagina &P van &N" });
  expect(footerFor("Housing", "en")).toEqual({ left: "Policy: Housing · reference date 1 December 2026", right: "Page &P of &N" });
});

test("a very long policy name keeps the whole footer under Excel's 255 characters", () => {
  const { left, right } = footerFor("Inkoopbeleid ".repeat(40));
  expect(`&L${left}&R${right}`.length).toBeLessThanOrEqual(255);
  expect(left).toContain("peildatum 1-12-2026");
});
