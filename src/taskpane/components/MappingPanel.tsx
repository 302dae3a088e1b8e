import { Caption1, Dropdown, Field, Option, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { ColumnMapping, columnLetter, FIELD_LABELS, FIELDS, Field as SheetField, Lang } from "../../core";
import { strings } from "../strings";

const UNUSED = "unused";

/** One dropdown per field PSO-toets reads; the options are the sheet's own headers. */
export function MappingPanel({
  headers,
  firstColumn,
  mapping,
  lang,
  onChange,
}: {
  headers: string[];
  firstColumn: number;
  mapping: ColumnMapping;
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
          <Field key={field} label={FIELD_LABELS[field][lang]}>
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
