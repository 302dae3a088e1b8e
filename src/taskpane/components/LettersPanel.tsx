import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { Lang, Letter, letterMessages as t, Message, Policy, Result, senderProblem } from "../../core";
import { canDownload, defaultLettersDocx, offerDownload } from "../../letters/download";

export interface LettersWritten {
  count: number;
  sheetName: string;
  /** The letters themselves, for the .docx download. */
  letters?: Letter[];
  /** Said when a user's own sheet named like ours was left alone and the letters went to another name. */
  notice?: Message | null;
}

type Sender = Policy["buyer"];

/**
 * The sender form, shown on first use (no sender in the policy yet) and on "Wijzigen": the organisation and the
 * contact person are required, phone and e-mail may stay blank. Saves through the pane's own policy-saving action.
 */
function SenderForm({ lang, sender, onSave }: { lang: Lang; sender: Sender; onSave: (sender: Sender) => Promise<void> }) {
  const [draft, setDraft] = useState<Sender>(sender);
  const [problem, setProblem] = useState<{ field: keyof Sender; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const labels: Record<keyof Sender, string> = {
    name: t.senderName()[lang],
    contact: t.senderContact()[lang],
    phone: t.senderPhone()[lang],
    email: t.senderEmail()[lang],
  };
  const save = async () => {
    const trimmed = { name: draft.name.trim(), contact: draft.contact.trim(), phone: draft.phone.trim(), email: draft.email.trim() };
    const missing = (["name", "contact"] as const).find((f) => trimmed[f] === "");
    if (missing) return setProblem({ field: missing, text: t.senderNeeded(labels[missing])[lang] });
    setProblem(null);
    setBusy(true);
    try {
      await onSave(trimmed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pso-sender-form" role="group" aria-labelledby="pso-sender-heading">
      <Text as="h3" weight="semibold" id="pso-sender-heading" block>
        {t.senderHeading()[lang]}
      </Text>
      <Text as="p" block>
        {t.senderIntro()[lang]}
      </Text>
      {(Object.keys(labels) as (keyof Sender)[]).map((field) => (
        <Field
          key={field}
          label={labels[field]}
          required={field === "name" || field === "contact"}
          validationMessage={problem?.field === field ? problem.text : undefined}
        >
          <Input value={draft[field]} type={field === "email" ? "email" : field === "phone" ? "tel" : "text"} onChange={(_, d) => setDraft({ ...draft, [field]: d.value })} />
        </Field>
      ))}
      <Button appearance="primary" onClick={save} disabled={busy}>
        {t.senderSave()[lang]}
      </Button>
    </div>
  );
}

/**
 * "Brieven": writes the Brieven sheet (one row per supplier that has to act, the letters' merge fields as columns)
 * and says how to turn it into letters. Until the policy names a sender, it asks for one first: a letter is never
 * signed by a default organisation. The adapter calls come in as props, so the component is tested without Excel.
 */
export function LettersPanel({
  lang,
  disabled,
  writeLetters,
  policy,
  savePolicy,
}: {
  lang: Lang;
  disabled: boolean;
  writeLetters: () => Promise<Result<LettersWritten>>;
  /** The policy in use; its buyer is the letters' sender. */
  policy?: Policy | null;
  /** The pane's policy-saving action (the same one the policy editor uses). */
  savePolicy?: (policy: Policy) => Promise<void> | void;
}) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Result<LettersWritten> | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [editingSender, setEditingSender] = useState(false);
  const needsSender = policy ? senderProblem(policy) !== null : false;
  const download = (letters: Letter[]) => {
    const docx = defaultLettersDocx(letters, lang);
    if (!docx.ok) return setDownloadError(docx.message[lang]);
    setDownloadError(null);
    offerDownload(docx.value, t.docxName()[lang]);
  };
  const make = async () => {
    setBusy(true);
    try {
      setOutcome(await writeLetters());
    } finally {
      setBusy(false);
    }
  };
  const saveSender = async (buyer: Sender) => {
    if (!policy || !savePolicy) return;
    await savePolicy({ ...policy, buyer });
    setEditingSender(false);
  };
  const showForm = policy && savePolicy && (needsSender || editingSender);
  return (
    <section aria-labelledby="pso-letters-heading" className="pso-section">
      <Subtitle2 as="h2" id="pso-letters-heading">
        {t.panelHeading()[lang]}
      </Subtitle2>
      <Text as="p" block>
        {t.panelIntro()[lang]}
      </Text>
      {showForm && needsSender && policy.buyer.name.trim() !== "" && (
        // A sender is filled in but not accepted (the old preset's): say why, beside the form.
        <MessageBar intent="warning">
          <MessageBarBody>{senderProblem(policy)![lang]}</MessageBarBody>
        </MessageBar>
      )}
      {showForm ? (
        <SenderForm lang={lang} sender={policy.buyer} onSave={saveSender} />
      ) : (
        policy &&
        !needsSender && (
          <Text as="p" block>
            {t.senderLine(policy.buyer.name)[lang]}{" "}
            {savePolicy && (
              <Button appearance="transparent" size="small" className="pso-link" onClick={() => setEditingSender(true)}>
                {t.senderChange()[lang]}
              </Button>
            )}
          </Text>
        )
      )}
      <Button onClick={make} disabled={disabled || busy || needsSender}>
        {t.panelButton()[lang]}
      </Button>
      {needsSender && !showForm && policy && (
        <MessageBar intent="warning">
          <MessageBarBody>{senderProblem(policy)![lang]}</MessageBarBody>
        </MessageBar>
      )}
      {outcome &&
        (outcome.ok ? (
          <MessageBar intent="success">
            <MessageBarBody>
              {(outcome.value.count === 0 ? t.panelNone() : t.panelWritten(outcome.value.count, outcome.value.sheetName))[lang]}
              {outcome.value.notice ? ` ${outcome.value.notice[lang]}` : ""}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="error">
            <MessageBarBody>{outcome.message[lang]}</MessageBarBody>
          </MessageBar>
        ))}
      {outcome?.ok && outcome.value.letters && outcome.value.letters.length > 0 && canDownload() && (
        <Button onClick={() => download(outcome.value.letters!)}>{t.panelDownload(t.docxName()[lang])[lang]}</Button>
      )}
      {downloadError && (
        <MessageBar intent="error">
          <MessageBarBody>{downloadError}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
