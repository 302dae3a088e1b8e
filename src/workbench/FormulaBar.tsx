import { useState } from "react";
import { columnName } from "../excel-standin";
import type { Selection } from "./Grid";
import { F, frameMessages as T } from "./messages";
import type { Lang } from "../core";
import { argumentDescription, argumentHint, FunctionHelpTable, parameterLabel, signature } from "./argumentHints";

export interface CommitResult {
  /** What the cell shows after the commit, or the syntax error. */
  text: string;
  error?: string;
  /** Something the user should know about a formula that was kept, such as that it is not calculated here. */
  note?: string;
}

/**
 * Name box and formula bar: shows the selected cell's content (formulas in Dutch notation) and commits on Enter.
 * `=PSO.TREDE("PSO-2")` or `=PSO.BIJDRAGE(D5;I5)` work as in Dutch Excel.
 */
export function FormulaBar({
  selection,
  content,
  functionNames,
  onCommit,
  help,
  lang = "nl",
}: {
  selection: Selection;
  content: string;
  functionNames: string[];
  onCommit: (text: string) => CommitResult;
  /** The PSO functions' arguments and descriptions (functions.json), for the hint while a formula is typed. */
  help?: FunctionHelpTable;
  lang?: Lang;
}) {
  const [text, setText] = useState(content);
  const [result, setResult] = useState<CommitResult | null>(null);
  const address = `${columnName(selection.col)}${selection.row + 1}`;
  const hint = help ? argumentHint(text, help) : null;
  // Follow the selected cell during render (not in an effect), so the bar never shows the previous cell's content.
  const [shown, setShown] = useState({ address, content });
  if (shown.address !== address || shown.content !== content) {
    setShown({ address, content });
    setText(content);
    if (shown.address !== address) setResult(null);
  }

  return (
    <div className="wb-formula">
      <form
        className="wb-formula-line"
        onSubmit={(event) => {
          event.preventDefault();
          setResult(onCommit(text));
        }}
      >
        <output className="wb-namebox" aria-label={F(T.cell)}>
          {address}
        </output>
        <label className="wb-fx" htmlFor="wb-formula-input">
          fx
        </label>
        <input
          id="wb-formula-input"
          aria-label={F(T.formulaBar)}
          list="wb-functions"
          value={text}
          spellCheck={false}
          placeholder='=PSO.TREDE("PSO-2")'
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{F(T.enter)}</button>
        <datalist id="wb-functions">
          {functionNames.map((name) => (
            <option key={name} value={`=${name}(`} />
          ))}
        </datalist>
      </form>
      {hint && <ArgumentHintLine hint={hint} lang={lang} />}
      <p className="wb-formula-result" data-testid="formula-result" role="status">
        {result ? (result.error ? F(T.formulaError(result.error)) : result.note ? `${address}: ${result.note}` : `${address}: ${result.text}`) : F(T.functions(functionNames.join(", ")))}
      </p>
    </div>
  );
}

/** "PSO.BIJDRAGE(uitgaven; **bijdrage_pct**)" and what the argument being typed means, as Excel's tooltip shows it. */
function ArgumentHintLine({ hint, lang }: { hint: NonNullable<ReturnType<typeof argumentHint>>; lang: Lang }) {
  const about = argumentDescription(hint, lang);
  return (
    <div className="wb-argument-hint" data-testid="argument-hint" role="note" aria-label={signature(hint.fn)}>
      <code>
        {hint.fn.name}(
        {hint.fn.parameters.map((p, i) => (
          <span key={p.name}>
            {i > 0 && "; "}
            {i === hint.argument ? <strong>{parameterLabel(p)}</strong> : parameterLabel(p)}
          </span>
        ))}
        )
      </code>
      {about && <span className="wb-argument-about">{about}</span>}
    </div>
  );
}
