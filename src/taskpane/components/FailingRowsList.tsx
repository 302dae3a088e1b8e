import { Badge, Button, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { Lang, Status, statusLabel, unnamedSupplier } from "../../core";
import type { FailingRow } from "../actions";
import { paneMessages } from "../messages";
import { strings } from "../strings";

/** A long list makes the taskpane slow; the rest is one click away. */
const FIRST_SHOWN = 100;

const BADGE: Partial<Record<Status, "danger" | "warning" | "severe">> = {
  non_compliant: "danger",
  warning: "warning",
  error: "severe",
};

/**
 * The rows that need follow-up, in sheet order; each is a button that selects its row in the sheet. With a `filter`
 * (a status chip of the result card, or the counts line's button for "Fout") only the rows of that status, which
 * may be any status (`filtered` holds them), brought into view.
 */
export function FailingRowsList({
  rows: all,
  lang,
  onSelect,
  filter = null,
  filtered,
  onShowAll,
  focusKey = 0,
}: {
  rows: FailingRow[];
  lang: Lang;
  onSelect: (row: number) => void;
  filter?: Status | null;
  /** The rows of `filter`'s status (all statuses can be chosen, not only the ones that need follow-up). */
  filtered?: FailingRow[];
  onShowAll?: () => void;
  /** Changes when the list must take the focus (the counts line's button); a chip only brings it into view. */
  focusKey?: number;
}) {
  const s = strings[lang];
  const [showAll, setShowAll] = useState(false);
  const rows = filter === null ? all : (filtered ?? all.filter((r) => r.status === filter));
  const shown = showAll ? rows : rows.slice(0, FIRST_SHOWN);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (filter === null || !heading.current) return;
    heading.current.scrollIntoView?.({ block: "nearest" });
  }, [filter]);
  useEffect(() => {
    if (focusKey === 0 || !heading.current) return;
    heading.current.scrollIntoView?.({ block: "start" });
    heading.current.focus({ preventScroll: true });
  }, [focusKey]);
  return (
    <section aria-labelledby="pso-failing-heading" className="pso-section">
      <h2 id="pso-failing-heading" ref={heading} tabIndex={-1}>
        <Subtitle2>{s.failingHeading(all.length)}</Subtitle2>
      </h2>
      {filter !== null && (
        <p className="pso-filter" data-filter={filter}>
          <Caption1>{(filter === "error" ? paneMessages.onlyErrors(rows.length) : paneMessages.filteredBy(statusLabel(filter, lang), rows.length))[lang]}</Caption1>{" "}
          <Button appearance="transparent" size="small" onClick={onShowAll}>
            {paneMessages.showAllAttention()[lang]}
          </Button>
        </p>
      )}
      {rows.length === 0 ? (
        filter === null && (
          <Text as="p" block>
            {s.noFailing}
          </Text>
        )
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
