import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
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
import { isLevel, Lang, Message, Policy, wonenLimburgPolicy } from "../../core";
import type { PolicySource } from "../actions";
import { LIST_SETTINGS, ListSetting, SECTIONS, Setting, SETTINGS, SettingSection } from "../../core/policy/policySettings";
import { blankRow, DraftField, draftFromPolicy, DraftProblem, DraftRow, listField, PolicyDraft, policyFromDraft } from "../policyDraft";
import { changeText, policyChanges, SECTION_HEADING } from "../policyDiff";
import { paneMessages } from "../messages";
import { strings } from "../strings";
import { LevelDropdown } from "./LevelDropdown";

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
  // Every invalid input at once, each marked beside its field; `problem` is a refusal no single field explains.
  const [problem, setProblem] = useState<{ message: Message; problems: DraftProblem[] } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [openSections, setOpenSections] = useState<ReadonlySet<string>>(new Set());
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

  const problemOf = (field: DraftField) => problem?.problems.find((p) => p.field === field);
  const invalid = (field: DraftField) => problemOf(field) !== undefined;
  const changes = policyChanges(source.policy);
  const setSetting = (path: string, value: string | boolean) => setDraft((d) => ({ ...d, settings: { ...d.settings, [path]: value } }));

  /** A level dropdown, a date, a text or (for a long list of words) a text area, as the value's kind calls for. */
  const typedInput = (id: DraftField, kind: string, label: string, value: string, onChange: (value: string) => void) =>
    kind === "level" && isLevel(value) ? (
      <LevelDropdown key={id} label={label} value={value} lang={lang} onChange={onChange} />
    ) : (
      <Field
        key={id}
        label={label}
        validationState={invalid(id) ? "error" : "none"}
        // The summary above is the one alert; the message beside the field is read with the field.
        validationMessage={invalid(id) ? { children: problemOf(id)!.message[lang], role: undefined } : undefined}
      >
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

  /** A group's values in one line: "€ 150.000,00 · Trede 2 vanaf 1-1-2022 ...", as the form shows them. */
  const sectionSummary = (section: Exclude<SettingSection, "general">, settings: Setting[]) => {
    const values = settings.map((setting) => {
      const v = draft.settings[setting.path];
      return typeof v === "boolean" ? `${setting.label[lang]}: ${(v ? paneMessages.yes : paneMessages.no)[lang]}` : `${setting.label[lang]}: ${v}`;
    });
    return values.length > 0 ? values.join(" · ") : paneMessages.sectionHint[section][lang];
  };

  /** The section a problem's field belongs to, to open it. */
  const sectionOfField = (field: DraftField): string => {
    const setting = SETTINGS.find((st) => st.path === field);
    if (setting) return setting.section;
    return LIST_SETTINGS.find((l) => field.startsWith(`${l.path}[`))?.section ?? "general";
  };

  const save = () => {
    const result = policyFromDraft(draft, source.policy);
    if (!result.ok) {
      setProblem({ message: result.message, problems: result.problems });
      setOpenSections((open) => new Set([...open, ...result.problems.map((p) => sectionOfField(p.field))]));
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
      {changes.length > 0 && (
        <div className="pso-policy-changes" data-testid="policy-changes">
          <Caption1 as="p" block>
            <strong>{paneMessages.changedHeading(wonenLimburgPolicy.name)[lang]}</strong>
          </Caption1>
          <ul>
            {changes.map((change, i) => (
              <li key={i}>
                <Caption1>{changeText(change, lang)}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problem && (
        <MessageBar intent="error" role="alert" tabIndex={-1} className="pso-notice" ref={problemBar}>
          <MessageBarBody>
            {problem.problems.length > 1 && <strong>{paneMessages.problemsHeading(problem.problems.length)[lang]} </strong>}
            {problem.problems.length > 1 ? (
              <ul className="pso-problems">
                {problem.problems.map((p, i) => (
                  <li key={i}>{p.message[lang]}</li>
                ))}
              </ul>
            ) : (
              problem.message[lang]
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {SECTIONS.map((section) => {
        const settings = SETTINGS.filter((setting) => setting.section === section);
        const fields = [...settings.map(settingField), ...LIST_SETTINGS.filter((list) => list.section === section).map(listRows)];
        if (section === "general") return fields;
        // Folded to one line each: the group's heading and its values now.
        return (
          <details
            key={section}
            className="pso-editor-group"
            data-section={section}
            open={openSections.has(section)}
            onToggle={(e) => {
              const isOpen = e.currentTarget.open;
              setOpenSections((open) => {
                if (open.has(section) === isOpen) return open;
                const next = new Set(open);
                if (isOpen) next.add(section);
                else next.delete(section);
                return next;
              });
            }}
          >
            <summary>
              <Subtitle2>{SECTION_HEADING[section][lang]}</Subtitle2>
              <Caption1 className="pso-editor-summary" block truncate wrap={false}>
                {sectionSummary(section, settings)}
              </Caption1>
            </summary>
            <fieldset>
              <legend className="pso-visually-hidden">{SECTION_HEADING[section][lang]}</legend>
              <Caption1 as="p" block className="pso-editor-hint">
                {paneMessages.sectionHint[section][lang]}
              </Caption1>
              {fields}
            </fieldset>
          </details>
        );
      })}
      <Dialog open={confirmReset} onOpenChange={(_, data) => setConfirmReset(data.open)}>
        <DialogSurface aria-describedby="pso-reset-body">
          <DialogBody>
            <DialogTitle>{paneMessages.resetTitle()[lang]}</DialogTitle>
            <DialogContent id="pso-reset-body">{paneMessages.resetBody(wonenLimburgPolicy.name)[lang]}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmReset(false);
                  onReset();
                }}
              >
                {paneMessages.resetConfirm()[lang]}
              </Button>
              <Button onClick={() => setConfirmReset(false)}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>


      {/* Kept in view while the long form scrolls. */}
      <div className="pso-buttons pso-editor-actions">
        <Button appearance="primary" type="submit" disabled={busy}>
          {s.save}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {s.cancel}
        </Button>
        <Button onClick={() => setConfirmReset(true)} disabled={busy}>
          {s.reset}
        </Button>
      </div>
    </form>
  );
}
