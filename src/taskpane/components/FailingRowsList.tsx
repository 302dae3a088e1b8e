import { Badge, Button, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { Lang, Status, unnamedSupplier } from "../../core";
import type { FailingRow } from "../actions";
import { strings } from "../strings";

/** A long list makes the taskpane slow; the rest is one click away. */
const FIRST_SHOWN = 100;

const BADGE: Partial<Record<Status, "danger" | "warning" | "severe">> = {
  non_compliant: "danger",
  warning: "warning",
  error: "severe",
};

/** The rows that need follow-up, in sheet order; each is a button that selects its row in the sheet. */
export function FailingRowsList({ rows, lang, onSelect }: { rows: FailingRow[]; lang: Lang; onSelect: (row: number) => void }) {
  const s = strings[lang];
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, FIRST_SHOWN);
  return (
    <section aria-labelledby="pso-failing-heading" className="pso-section">
      <Subtitle2 as="h2" id="pso-failing-heading">
        {s.failingHeading(rows.length)}
      </Subtitle2>
      {rows.length === 0 ? (
        <Text as="p" block>
          {s.noFailing}
        </Text>
      ) : (
        <>
          <Caption1 as="p" block>
            {s.failingHint}
          </Caption1>
          <ul className="pso-failing" aria-labelledby="pso-failing-heading">
            {shown.map((r) => (
              <li key={r.row}>
                <Button appearance="subtle" className="pso-failing-row" onClick={() => onSelect(r.row)}>
                  <span className="pso-failing-text">
                    <span className="pso-failing-title">
                      <Badge appearance="tint" color={BADGE[r.status] ?? "informative"}>
                        {s.rowLabel(r.row)}
                      </Badge>{" "}
                      <strong>{r.supplier || unnamedSupplier(lang)}</strong>
                    </span>
                    <span className="pso-failing-status">{r.statusLine}</span>
                    <Caption1 className="pso-failing-explanation">{r.explanation}</Caption1>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
          {shown.length < rows.length && <Button onClick={() => setShowAll(true)}>{s.showAll(rows.length)}</Button>}
        </>
      )}
    </section>
  );
}
