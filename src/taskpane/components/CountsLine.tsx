import { Button, Text } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { paneMessages } from "../messages";

/**
 * One line that makes the numbers add up: the data rows read at the top of the pane, the suppliers the KPIs count,
 * and the rows that could not be read, with a button to those rows. The figures come from the check report.
 */
export function CountsLine({
  rows,
  counted,
  notCounted,
  lang,
  onShowNotCounted,
}: {
  rows: number;
  counted: number;
  notCounted: number;
  lang: Lang;
  onShowNotCounted: () => void;
}) {
  return (
    <p className="pso-counts" data-testid="counts-line">
      <Text>{paneMessages.countsLine(rows, counted, notCounted)[lang]}</Text>{" "}
      {notCounted > 0 && (
        <Button appearance="transparent" size="small" className="pso-link" onClick={onShowNotCounted}>
          {paneMessages.showNotCounted(notCounted)[lang]}
        </Button>
      )}
    </p>
  );
}
