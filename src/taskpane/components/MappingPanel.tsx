import { Caption1, Dropdown, Field, Option, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import {
  CellValue, cellText, ColumnMapping, columnLetter, dayFromJsDate, excelSerialToDay, FIELD_LABELS, FIELDS, Field as SheetField, formatDate,
  formatEuro, Lang,
} from "../../core";
import { paneMessages } from "../messages";
import { strings } from "../strings";

const UNUSED = "unused";

const DATE_FIELDS: readonly SheetField[] = ["validUntil", "awardDate", "endDate"];
const AMOUNT_FIELDS: readonly SheetField[] = ["spend", "contractSum"];

/** A sample cell as the field will read it: Excel's date serials as d-m-yyyy under a date field, amounts in euros. */
export function sampleText(value: CellValue, field: SheetField, lang: Lang): string {
  if (value instanceof Date) return formatDate(dayFromJsDate(value), lang);
  if (typeof value === "number" && DATE_FIELDS.includes(field)) {
    const day = excelSerialToDay(value);
    if (day.ok) return formatDate(day.value, lang);
  }
  if (typeof value === "number" && AMOUNT_FIELDS.includes(field)) return formatEuro(value, lang);
  return cellText(value);
}

/** The fields a check cannot do without: the level, and the annual spend unless the total contract value stands in. */
export function isRequired(field: SheetField, mapping: ColumnMapping): boolean {
  if (field === "level") return true;
  if (field === "spend") return mapping.contractSum === undefined;
  if (field === "contractSum") return mapping.spend === undefined;
  return false;
}

/** One dropdown per field PSO-toets reads; the options are the sheet's own headers. */
export function MappingPanel({
  headers,
  firstColumn,
  mapping,
  samples,
  lang,
  onChange,
}: {
  headers: string[];
  firstColumn: number;
  mapping: ColumnMapping;
  /** Up to three filled cells under each header, as the adapter read them. */
  samples?: CellValue[][];
  lang: Lang;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const s = strings[lang];
  const optionText = (index: number) => {
    const letter = columnLetter(firstColumn + index);
    const header = headers[index]?.trim();
    return header ? s.columnOption(header, letter) : s.emptyHeader(letter);
  };
  const select = (field: SheetField, value: string | undefined) => {
    const next: ColumnMapping = { ...mapping };
    if (value === undefined || value === UNUSED) delete next[field];
    else next[field] = Number(value);
    onChange(next);
  };
  const samplesHint = (index: number, field: SheetField) => {
    const values = (samples?.[index] ?? []).map((v) => sampleText(v, field, lang)).filter((t) => t !== "");
    return values.length === 0 ? paneMessages.noSamples()[lang] : paneMessages.samples(values.join(" · "))[lang];
  };
  // A detected table needs no attention: keep the eleven dropdowns folded unless spend or level is missing.
  const [open, setOpen] = useState(() => mapping.spend === undefined || mapping.level === undefined);
  return (
    <details className="pso-section pso-mapping" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Subtitle2 as="h2" id="pso-mapping-heading" style={{ display: "inline" }}>
          {s.mappingHeading}
        </Subtitle2>
        <Caption1> {s.mappingSummary(FIELDS.filter((f) => mapping[f] !== undefined).length, FIELDS.length)}</Caption1>
      </summary>
      <Caption1 as="p" block>
        {s.mappingHint}
      </Caption1>
      {FIELDS.map((field) => {
        const index = mapping[field];
        const selected = index === undefined || index >= headers.length ? UNUSED : String(index);
        return (
          <Field
            key={field}
            label={FIELD_LABELS[field][lang]}
            required={isRequired(field, mapping)}
            hint={selected === UNUSED || !samples ? undefined : samplesHint(Number(selected), field)}
          >
            <Dropdown
              value={selected === UNUSED ? s.notUsed : optionText(Number(selected))}
              selectedOptions={[selected]}
              onOptionSelect={(_, data) => select(field, data.optionValue)}
            >
              <Option value={UNUSED}>{s.notUsed}</Option>
              {headers.map((_, i) => (
                <Option key={i} value={String(i)}>
                  {optionText(i)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </details>
  );
}
