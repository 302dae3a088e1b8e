import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { Lang, Letter, letterMessages as t, Result } from "../../core";
import { canDownload, defaultLettersDocx, offerDownload } from "../../letters/download";

export interface LettersWritten {
  count: number;
  sheetName: string;
  /** The letters themselves, for the .docx download. */
  letters?: Letter[];
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
  const [downloadError, setDownloadError] = useState<string | null>(null);
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
