import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Subtitle2,
  Switch,
} from "@fluentui/react-components";
import { Fragment, ReactElement, useEffect, useState } from "react";
import { isLevel, Lang, Message, Policy } from "../../core";
import type { PolicySource } from "../actions";
import { SECTIONS, Setting, SETTINGS, SettingSection } from "../../core/policySettings";
import { DraftField, draftFromPolicy, PolicyDraft, policyFromDraft, reqFromField, stepMonthsField } from "../policyDraft";
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

  useEffect(() => {
    setDraft(draftFromPolicy(source.policy));
    setProblem(null);
  }, [source]);

  const update = (patch: Partial<PolicyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const invalid = (field: DraftField) => problem?.field === field;
  const updateRow = <K extends "requirements" | "steps" | "sectors">(list: K, i: number, patch: Partial<PolicyDraft[K][number]>) =>
    setDraft((d) => ({ ...d, [list]: (d[list] as PolicyDraft[K][number][]).map((row, j) => (j === i ? { ...row, ...patch } : row)) }));

  const setSetting = (path: string, value: string | boolean) => setDraft((d) => ({ ...d, settings: { ...d.settings, [path]: value } }));

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
    if (kind === "level" && isLevel(value)) {
      return <LevelDropdown key={path} label={label} value={value} lang={lang} onChange={(level) => setSetting(path, level)} />;
    }
    return (
      <Field key={path} label={label} validationState={invalid(path) ? "error" : "none"}>
        <Input value={String(value)} onChange={(_, data) => setSetting(path, data.value)} />
      </Field>
    );
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

  /** The settings that are lists of rows, each under its section after the single values. */
  const lists: Partial<Record<SettingSection, ReactElement>> = {
    requirements: (
      <Fragment key="requirements">
        {draft.requirements.map((req, i) => (
          <div key={i} className="pso-editor-row">
            <Field label={s.reqFrom(i + 1)} validationState={invalid(reqFromField(i)) ? "error" : "none"}>
              <Input
                type="date"
                value={req.from}
                onChange={(_, data) => updateRow("requirements", i, { from: data.value })}
              />
            </Field>
            <LevelDropdown
              label={s.reqLevel(i + 1)}
              value={req.minLevel}
              lang={lang}
              onChange={(minLevel) => updateRow("requirements", i, { minLevel })}
            />
            <Button size="small" onClick={() => update({ requirements: draft.requirements.filter((_, j) => j !== i) })}>
              {s.removeRequirement(i + 1)}
            </Button>
          </div>
        ))}
        <Button size="small" onClick={() => update({ requirements: [...draft.requirements, { from: "", minLevel: "trede1" }] })}>
          {s.addRequirement}
        </Button>
      </Fragment>
    ),
    growth: (
      <Fragment key="steps">
        {draft.steps.map((step, i) => (
          <div key={i} className="pso-editor-row">
            <LevelDropdown label={s.stepLevel(i + 1)} value={step.level} lang={lang} onChange={(level) => updateRow("steps", i, { level })} />
            <Field label={s.stepMonths(i + 1)} validationState={invalid(stepMonthsField(i)) ? "error" : "none"}>
              <Input value={step.months} onChange={(_, data) => updateRow("steps", i, { months: data.value })} />
            </Field>
            <Button size="small" onClick={() => update({ steps: draft.steps.filter((_, j) => j !== i) })}>
              {s.removeStep(i + 1)}
            </Button>
          </div>
        ))}
        <Button size="small" onClick={() => update({ steps: [...draft.steps, { level: "trede2", months: "" }] })}>
          {s.addStep}
        </Button>
      </Fragment>
    ),
    sector: (
      <Fragment key="sectors">
        {draft.sectors.map((level, i) => (
          <div key={level.niveau} className="pso-editor-row">
            <Field label={s.sectorMeaning(level.niveau)}>
              <Input value={level.meaning} onChange={(_, data) => updateRow("sectors", i, { meaning: data.value })} />
            </Field>
            <Field label={s.sectorKeywords(level.niveau)}>
              <Input value={level.keywords} onChange={(_, data) => updateRow("sectors", i, { keywords: data.value })} />
            </Field>
          </div>
        ))}
      </Fragment>
    ),
  };

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
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem.message[lang]}</MessageBarBody>
        </MessageBar>
      )}
      {SECTIONS.map((section) => {
        const fields = [...SETTINGS.filter((setting) => setting.section === section).map(settingField), lists[section]];
        if (section === "general") return fields;
        return (
          <fieldset key={section}>
            <legend>
              <Subtitle2>{HEADING[section](s)}</Subtitle2>
            </legend>
            {fields}
          </fieldset>
        );
      })}


      <div className="pso-buttons">
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
