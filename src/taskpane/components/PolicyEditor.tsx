import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  Switch,
  Textarea,
} from "@fluentui/react-components";
import { Fragment, useEffect, useRef, useState } from "react";
import { isLevel, Lang, Message, Policy } from "../../core";
import type { PolicySource } from "../actions";
import { LIST_SETTINGS, ListSetting, SECTIONS, Setting, SETTINGS, SettingSection } from "../../core/policy/policySettings";
import { blankRow, DraftField, draftFromPolicy, DraftRow, listField, PolicyDraft, policyFromDraft } from "../policyDraft";
import { paneMessages } from "../messages";
import { strings, Strings } from "../strings";
import { LevelDropdown } from "./LevelDropdown";

/** The heading of each editor section; the general section (the name) has none. */
const HEADING: Record<Exclude<SettingSection, "general">, (s: Strings) => string> = {
  scope: (s) => s.scopeHeading,
  requirements: (s) => s.requirementsHeading,
  growth: (s) => s.growthHeading,
  warning: (s) => s.warningHeading,
  kpi: (s) => s.kpiSettingsHeading,
  sroi: (s) => s.sroiHeading,
  sector: (s) => s.sectorHeading,
};

/** Every number of the policy as a form; checked by the core before anything is saved. */
export function PolicyEditor({
  source,
  lang,
  busy,
  onSave,
  onReset,
  onCancel,
}: {
  source: PolicySource;
  lang: Lang;
  busy: boolean;
  onSave: (policy: Policy) => void;
  onReset: () => void;
  onCancel: () => void;
}) {
  const s = strings[lang];
  const [draft, setDraft] = useState<PolicyDraft>(() => draftFromPolicy(source.policy));
  const [problem, setProblem] = useState<{ message: Message; field?: DraftField } | null>(null);
  // A refused save is said where the user is looking: the message comes into view and takes the focus.
  const problemBar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!problem || !problemBar.current) return;
    problemBar.current.scrollIntoView?.({ block: "nearest" });
    problemBar.current.focus({ preventScroll: true });
  }, [problem]);

  useEffect(() => {
    setDraft(draftFromPolicy(source.policy));
    setProblem(null);
  }, [source]);

  const invalid = (field: DraftField) => problem?.field === field;
  const setSetting = (path: string, value: string | boolean) => setDraft((d) => ({ ...d, settings: { ...d.settings, [path]: value } }));

  /** A level dropdown, a date, a text or (for a long list of words) a text area, as the value's kind calls for. */
  const typedInput = (id: DraftField, kind: string, label: string, value: string, onChange: (value: string) => void) =>
    kind === "level" && isLevel(value) ? (
      <LevelDropdown key={id} label={label} value={value} lang={lang} onChange={onChange} />
    ) : (
      <Field key={id} label={label} validationState={invalid(id) ? "error" : "none"}>
        {kind === "keywords" ? (
          <Textarea resize="vertical" value={value} onChange={(_, data) => onChange(data.value)} />
        ) : (
          <Input value={value} placeholder={kind === "date" ? s.peildatumPlaceholder : undefined} onChange={(_, data) => onChange(data.value)} />
        )}
      </Field>
    );

  /** The input a setting's kind calls for, labelled from the schema. */
  const settingField = (setting: Setting) => {
    const { path, kind } = setting;
    const label = setting.label[lang];
    const value = draft.settings[path];
    if (kind === "bool") {
      const checked = value === true;
      return setting.control === "checkbox" ? (
        <Checkbox key={path} label={label} checked={checked} onChange={(_, data) => setSetting(path, data.checked === true)} />
      ) : (
        <Switch key={path} label={label} checked={checked} onChange={(_, data) => setSetting(path, data.checked)} />
      );
    }
    return typedInput(path, kind, label, String(value), (v) => setSetting(path, v));
  };

  const save = () => {
    const result = policyFromDraft(draft, source.policy);
    if (!result.ok) {
      setProblem({ message: result.message, field: result.field });
      return;
    }
    setProblem(null);
    onSave(result.value);
  };

  const setRows = (path: string, rows: (old: DraftRow[]) => DraftRow[]) =>
    setDraft((d) => ({ ...d, lists: { ...d.lists, [path]: rows(d.lists[path]) } }));
  const setRowText = (path: string, i: number, key: string, value: string) =>
    setRows(path, (rows) => rows.map((row, j) => (j === i ? { ...row, text: { ...row.text, [key]: value } } : row)));

  /** A list setting: a row of inputs per item, with buttons to remove and add items where the list allows it. */
  const listRows = (list: ListSetting) => (
    <Fragment key={list.path}>
      {draft.lists[list.path].map((row, i) => (
        <div key={i} className="pso-editor-row">
          {list.fields.map((field) =>
            typedInput(listField(list.path, i, field.key), field.kind, field.label(i + 1, row.item)[lang], row.text[field.key], (v) =>
              setRowText(list.path, i, field.key, v),
            ),
          )}
          {list.addRemove && (
            <Button size="small" onClick={() => setRows(list.path, (rows) => rows.filter((_, j) => j !== i))}>
              {list.addRemove.remove(i + 1)[lang]}
            </Button>
          )}
        </div>
      ))}
      {list.addRemove && (
        <Button size="small" onClick={() => setRows(list.path, (rows) => [...rows, blankRow(list)])}>
          {list.addRemove.add[lang]}
        </Button>
      )}
    </Fragment>
  );

  return (
    <form
      className="pso-editor"
      aria-labelledby="pso-editor-heading"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Subtitle1 as="h2" id="pso-editor-heading">
        {s.editorTitle}
      </Subtitle1>
      {problem && (
        <MessageBar intent="error" role="alert" tabIndex={-1} className="pso-notice" ref={problemBar}>
          <MessageBarBody>{problem.message[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {SECTIONS.map((section) => {
        const fields = [
          ...SETTINGS.filter((setting) => setting.section === section).map(settingField),
          ...LIST_SETTINGS.filter((list) => list.section === section).map(listRows),
        ];
        if (section === "general") return fields;
        return (
          <fieldset key={section}>
            <legend>
              <Subtitle2>{HEADING[section](s)}</Subtitle2>
            </legend>
            <Caption1 as="p" block className="pso-editor-hint">
              {paneMessages.sectionHint[section][lang]}
            </Caption1>
            {fields}
          </fieldset>
        );
      })}


      {/* Kept in view while the long form scrolls. */}
      <div className="pso-buttons pso-editor-actions">
        <Button appearance="primary" type="submit" disabled={busy}>
          {s.save}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {s.cancel}
        </Button>
        <Button onClick={onReset} disabled={busy}>
          {s.reset}
        </Button>
      </div>
    </form>
  );
}
