import { Button, Field, Input, Subtitle2, Text } from "@fluentui/react-components";
import { Day, formatDate, Lang } from "../../core";
import type { PolicySource } from "../actions";
import { policyTitle } from "../policyDiff";
import { strings } from "../strings";

/** The peildatum and the policy a check uses, both changeable before clicking Controleer. */
export function CheckSettings({
  peildatumText,
  peildatum,
  policy,
  lang,
  onPeildatumChange,
  onEditPolicy,
}: {
  /** What the date field holds: a Dutch date ("1-12-2026") or ISO, as typed. */
  peildatumText: string;
  /** The parsed peildatum, null when the input holds no valid date. */
  peildatum: Day | null;
  policy: PolicySource | null;
  lang: Lang;
  onPeildatumChange: (text: string) => void;
  onEditPolicy: () => void;
}) {
  const s = strings[lang];
  return (
    <section aria-labelledby="pso-settings-heading" className="pso-section">
      <Subtitle2 as="h2" id="pso-settings-heading">
        {s.settingsHeading}
      </Subtitle2>
      <Field
        label={s.peildatum}
        validationState={peildatum === null ? "error" : "none"}
        validationMessage={peildatum === null ? s.peildatumInvalid : s.peildatumHint(formatDate(peildatum, lang))}
      >
        {/* A text field, not the browser's date picker: that one shows the browser's locale (12/01/2026 in en-US). */}
        <Input value={peildatumText} placeholder={s.peildatumPlaceholder} onChange={(_, data) => onPeildatumChange(data.value)} />
      </Field>
      <div className="pso-policy-line">
        <Text as="p" block>
          {s.policy}:{" "}
          {policy ? (
            <>
              <strong>{policyTitle(policy.policy, lang)}</strong> ({s.policySource[policy.source]})
            </>
          ) : (
            s.policyLoading
          )}
        </Text>
        <Button size="small" onClick={onEditPolicy} disabled={!policy}>
          {s.editPolicy}
        </Button>
      </div>
    </section>
  );
}
