import { Dropdown, Field, Option } from "@fluentui/react-components";
import { Lang, Level, levelLabel, LEVELS } from "../../core";

/** A PSO level to pick; "geen" is no level a policy can ask for. */
const CHOOSABLE = LEVELS.filter((l) => l !== "geen");

export function LevelDropdown({
  label,
  value,
  lang,
  onChange,
}: {
  label: string;
  value: Level;
  lang: Lang;
  onChange: (level: Level) => void;
}) {
  return (
    <Field label={label}>
      <Dropdown
        value={levelLabel(value, lang)}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => {
          const level = CHOOSABLE.find((l) => l === data.optionValue);
          if (level) onChange(level);
        }}
      >
        {CHOOSABLE.map((level) => (
          <Option key={level} value={level}>
            {levelLabel(level, lang)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
