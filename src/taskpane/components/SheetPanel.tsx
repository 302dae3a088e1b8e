import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import type { Lang } from "../../core";
import type { SheetInfo } from "../actions";
import { tableRowsLine } from "../messages";
import { strings } from "../strings";

/** Notices the rows line says in a few words: which rows are read and skipped is normal, not a warning. */
const IN_ROWS_LINE = new Set(["core.table.subtotalRows", "core.report.tableEnds", "excel.notices.hiddenRows"]);
/** Notices that inform and ask nothing of the user: a plain line, not an orange box. */
const INFORMATIVE = new Set(["excel.notices.table", "excel.notices.rememberedMapping", "excel.notices.previousResults"]);

/** Which table PSO-toets found: sheet, header row, number of rows, and what the user should know about it. */
export function SheetPanel({
  info,
  lang,
  detecting,
  onRedetect,
}: {
  info: SheetInfo | null;
  lang: Lang;
  detecting: boolean;
  onRedetect: () => void;
}) {
  const s = strings[lang];
  return (
    <section aria-labelledby="pso-sheet-heading" className="pso-section">
      <Subtitle2 as="h2" id="pso-sheet-heading">
        {s.tableHeading}
      </Subtitle2>
      {detecting && !info ? (
        <Spinner size="tiny" label={s.detecting} />
      ) : info ? (
        <>
          <Text as="p" block>
            {s.sheetLine(info.sheetName, info.headerRow)}
          </Text>
          <Text as="p" block>
            {s.dataRows(info.dataRowCount)}
          </Text>
          {info.rows && (
            <Caption1 as="p" block data-testid="table-rows">
              {tableRowsLine(info.rows)[lang]}
            </Caption1>
          )}
          {info.notices
            .filter((n) => !(info.rows && IN_ROWS_LINE.has(n.code ?? "")))
            .map((notice, i) =>
              INFORMATIVE.has(notice.code ?? "") ? (
                <Caption1 as="p" block key={i} data-notice={notice.code}>
                  {notice[lang]}
                </Caption1>
              ) : (
                // Only where the user must act: a column not linked, merged cells, data beside the table.
                <MessageBar key={i} intent="warning" data-notice={notice.code}>
                  <MessageBarBody>{notice[lang]}</MessageBarBody>
                </MessageBar>
              ),
            )}
        </>
      ) : (
        <Caption1 as="p" block>
          {s.noTable}
        </Caption1>
      )}
      <Button size="small" onClick={onRedetect} disabled={detecting}>
        {s.redetect}
      </Button>
    </section>
  );
}
