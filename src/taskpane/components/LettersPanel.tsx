import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { Lang, letterMessages as t, Result } from "../../core";

export interface LettersWritten {
  count: number;
  sheetName: string;
}

/**
 * "Brieven": writes the Brieven sheet (one row per supplier that has to act, the letters' merge fields as columns)
 * and says how to turn it into letters. The adapter call comes in as a prop, so the component is tested without Excel.
 */
export function LettersPanel({
  lang,
  disabled,
  writeLetters,
}: {
  lang: Lang;
  disabled: boolean;
  writeLetters: () => Promise<Result<LettersWritten>>;
}) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Result<LettersWritten> | null>(null);
  const make = async () => {
    setBusy(true);
    try {
      setOutcome(await writeLetters());
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="pso-letters-heading" className="pso-section">
      <Subtitle2 as="h2" id="pso-letters-heading">
        {t.panelHeading()[lang]}
      </Subtitle2>
      <Text as="p" block>
        {t.panelIntro()[lang]}
      </Text>
      <Button onClick={make} disabled={disabled || busy}>
        {t.panelButton()[lang]}
      </Button>
      {outcome &&
        (outcome.ok ? (
          <MessageBar intent="success">
            <MessageBarBody>{(outcome.value.count === 0 ? t.panelNone() : t.panelWritten(outcome.value.count, outcome.value.sheetName))[lang]}</MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="error">
            <MessageBarBody>{outcome.message[lang]}</MessageBarBody>
          </MessageBar>
        ))}
    </section>
  );
}
