import { Caption1, Text } from "@fluentui/react-components";
import { formatDate, formatEuro, Lang, Message, Outlook, outlookMessages } from "../../core";
import { paneMessages as P } from "../messages";
import { MonthAtRisk, summariseOutlook } from "../outlookSummary";
import { strings } from "../strings";

function monthLine(m: MonthAtRisk, lang: Lang): string {
  const month = outlookMessages.month(m.year, m.monthOfYear)[lang];
  // All suppliers at stake without a known spend: the amount is unknown, never € 0.
  const head = m.spendUnknown === m.suppliers ? P.monthSpendUnknown(month, m.suppliers) : P.monthAtRisk(month, formatEuro(m.spendAtRisk, lang), m.suppliers);
  const parts: Message[] = [head, ...(m.spendUnknown > 0 && m.spendUnknown < m.suppliers ? [P.partlyUnknown(m.spendUnknown)] : []), P.mainReason(P.reason[m.mainReason][lang])];
  return parts.map((p) => p[lang]).join("; ");
}

/**
 * "Komende maanden" on the result card (issue 24.2): the first months with spend at stake, each with its amount, its
 * suppliers and the main reason, and a line on the contracts that end. The figures are the core's outlook.
 */
export function OutlookSummary({ outlook, endDateLinked, lang }: { outlook: Outlook; endDateLinked: boolean; lang: Lang }) {
  const summary = summariseOutlook(outlook);
  if (summary.months === 0) return null;
  const { count, first } = summary.contractEnds;
  const contracts = !endDateLinked
    ? P.contractsUnknown()[lang]
    : count === 0
      ? P.noContractsEnd(summary.months)[lang]
      : `${P.contractsEnd(count, summary.months)[lang]}; ${P.firstContract(first!.supplier || strings[lang].rowLabel(first!.row), formatDate(first!.date, lang))[lang]}.`;
  return (
    <div className="pso-outlook" data-testid="outlook-summary" role="group" aria-labelledby="pso-outlook-heading">
      <Text as="h3" block weight="semibold" id="pso-outlook-heading">
        {outlookMessages.title[lang]}
      </Text>
      {summary.atRisk.length === 0 ? (
        <Caption1 as="p" block>
          {P.nothingAtRisk(summary.months)[lang]}
        </Caption1>
      ) : (
        <ul className="pso-outlook-months">
          {summary.atRisk.map((m) => (
            <li key={`${m.year}-${m.monthOfYear}`} data-month={`${m.year}-${String(m.monthOfYear).padStart(2, "0")}`}>
              {monthLine(m, lang)}
            </li>
          ))}
        </ul>
      )}
      {summary.moreMonths > 0 && (
        <Caption1 as="p" block>
          {P.moreMonthsAtRisk(summary.moreMonths)[lang]}
        </Caption1>
      )}
      <Caption1 as="p" block data-testid="outlook-contracts">
        {contracts}
      </Caption1>
    </div>
  );
}
