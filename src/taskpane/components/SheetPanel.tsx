import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import type { Lang } from "../../core";
import type { SheetInfo } from "../actions";
import { strings } from "../strings";

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
          {info.notices.map((notice, i) => (
            <MessageBar key={i} intent="warning">
              <MessageBarBody>{notice[lang]}</MessageBarBody>
            </MessageBar>
          ))}
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
