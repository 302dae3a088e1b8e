import { Button, Field, Input, Subtitle2, Text } from "@fluentui/react-components";
import { Day, formatDate, Lang } from "../../core";
import type { PolicySource } from "../actions";
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
  /** What the date input holds (ISO, as the browser's date input gives it). */
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
        <Input type="date" value={peildatumText} onChange={(_, data) => onPeildatumChange(data.value)} />
      </Field>
      <div className="pso-policy-line">
        <Text as="p" block>
          {s.policy}:{" "}
          {policy ? (
            <>
              <strong>{policy.policy.name}</strong> ({s.policySource[policy.source]})
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
