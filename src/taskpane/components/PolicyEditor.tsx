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
import { useEffect, useState } from "react";
import type { Lang, Message, Policy } from "../../core";
import type { PolicySource } from "../actions";
import { DraftField, draftFromPolicy, PolicyDraft, policyFromDraft } from "../policyDraft";
import { strings, Strings } from "../strings";
import { LevelDropdown } from "./LevelDropdown";

type TextKey = {
  [K in keyof PolicyDraft]: PolicyDraft[K] extends string ? K : never;
}[keyof PolicyDraft];

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

  const textField = (key: TextKey, label: (s: Strings) => string) => (
    <Field label={label(s)} validationState={invalid(key) ? "error" : "none"}>
      <Input value={draft[key]} onChange={(_, data) => update({ [key]: data.value } as Partial<PolicyDraft>)} />
    </Field>
  );

  const save = () => {
    const result = policyFromDraft(draft, source.policy);
    if (!result.ok) {
      setProblem({ message: result.message, field: result.field });
      return;
    }
    setProblem(null);
    onSave(result.value);
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
      {textField("name", (t) => t.name)}

      <fieldset>
        <legend>
          <Subtitle2>{s.scopeHeading}</Subtitle2>
        </legend>
        {textField("minAnnualSpend", (t) => t.minAnnualSpend)}
      </fieldset>

      <fieldset>
        <legend>
          <Subtitle2>{s.requirementsHeading}</Subtitle2>
        </legend>
        {draft.requirements.map((req, i) => (
          <div key={i} className="pso-editor-row">
            <Field label={s.reqFrom(i + 1)} validationState={invalid(`reqFrom${i}`) ? "error" : "none"}>
              <Input
                type="date"
                value={req.from}
                onChange={(_, data) =>
                  update({ requirements: draft.requirements.map((r, j) => (j === i ? { ...r, from: data.value } : r)) })
                }
              />
            </Field>
            <LevelDropdown
              label={s.reqLevel(i + 1)}
              value={req.minLevel}
              lang={lang}
              onChange={(minLevel) =>
                update({ requirements: draft.requirements.map((r, j) => (j === i ? { ...r, minLevel } : r)) })
              }
            />
            <Button size="small" onClick={() => update({ requirements: draft.requirements.filter((_, j) => j !== i) })}>
              {s.removeRequirement(i + 1)}
            </Button>
          </div>
        ))}
        <Button size="small" onClick={() => update({ requirements: [...draft.requirements, { from: "", minLevel: "trede1" }] })}>
          {s.addRequirement}
        </Button>
      </fieldset>

      <fieldset>
        <legend>
          <Subtitle2>{s.growthHeading}</Subtitle2>
        </legend>
        <Switch
          label={s.growthEnabled}
          checked={draft.growthEnabled}
          onChange={(_, data) => update({ growthEnabled: data.checked })}
        />
        {textField("growthMinTerm", (t) => t.growthMinTerm)}
        {draft.steps.map((step, i) => (
          <div key={i} className="pso-editor-row">
            <LevelDropdown
              label={s.stepLevel(i + 1)}
              value={step.level}
              lang={lang}
              onChange={(level) => update({ steps: draft.steps.map((st, j) => (j === i ? { ...st, level } : st)) })}
            />
            <Field label={s.stepMonths(i + 1)} validationState={invalid(`stepMonths${i}`) ? "error" : "none"}>
              <Input
                value={step.months}
                onChange={(_, data) =>
                  update({ steps: draft.steps.map((st, j) => (j === i ? { ...st, months: data.value } : st)) })
                }
              />
            </Field>
            <Button size="small" onClick={() => update({ steps: draft.steps.filter((_, j) => j !== i) })}>
              {s.removeStep(i + 1)}
            </Button>
          </div>
        ))}
        <Button size="small" onClick={() => update({ steps: [...draft.steps, { level: "trede2", months: "" }] })}>
          {s.addStep}
        </Button>
      </fieldset>

      <fieldset>
        <legend>
          <Subtitle2>{s.warningHeading}</Subtitle2>
        </legend>
        {textField("expiryWarningDays", (t) => t.expiryWarningDays)}
        {textField("reminderDays", (t) => t.reminderDays)}
      </fieldset>

      <fieldset>
        <legend>
          <Subtitle2>{s.kpiSettingsHeading}</Subtitle2>
        </legend>
        <LevelDropdown
          label={s.certifiedMinLevel}
          value={draft.certifiedMinLevel}
          lang={lang}
          onChange={(certifiedMinLevel) => update({ certifiedMinLevel })}
        />
        <LevelDropdown
          label={s.spendMinLevel}
          value={draft.spendMinLevel}
          lang={lang}
          onChange={(spendMinLevel) => update({ spendMinLevel })}
        />
        {textField("targetCertifiedShare", (t) => t.targetCertifiedShare)}
        {textField("targetSpendShare", (t) => t.targetSpendShare)}
      </fieldset>

      <fieldset>
        <legend>
          <Subtitle2>{s.sroiHeading}</Subtitle2>
        </legend>
        {textField("sroiMinContractSum", (t) => t.sroiMinContractSum)}
        {textField("sroiMinTermMonths", (t) => t.sroiMinTermMonths)}
        {textField("sroiPercentage", (t) => t.sroiPercentage)}
        {textField("sroiLowLabourShare", (t) => t.sroiLowLabourShare)}
        {textField("sroiLowLabourPercentage", (t) => t.sroiLowLabourPercentage)}
      </fieldset>

      <fieldset>
        <legend>
          <Subtitle2>{s.sectorHeading}</Subtitle2>
        </legend>
        <Checkbox
          label={s.sectorApply}
          checked={draft.applyToStatus}
          onChange={(_, data) => update({ applyToStatus: data.checked === true })}
        />
      </fieldset>

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
