import { Button, Caption1, Spinner, Subtitle2, Title3 } from "@fluentui/react-components";
import { reportSheetMessages } from "../core/report/reportSheet";
import { SOCIAL_SHEET_NAME } from "../core/sheetNames";
import { useCallback, useEffect, useState } from "react";
import { ColumnMapping, Day, FIELDS, formatDate, Lang, localToday, Message, parseDate, Policy, Status } from "../core";
import type { CheckOptions, CheckSummary, FailingRow, PolicySource, SheetInfo, TaskpaneActions } from "./actions";
import { CheckSettings } from "./components/CheckSettings";
import { FailingRowsList } from "./components/FailingRowsList";
import { MappingPanel } from "./components/MappingPanel";
import { MessageBars } from "./components/MessageBars";
import { PolicyEditor } from "./components/PolicyEditor";
import { SheetPanel } from "./components/SheetPanel";
import { LettersPanel } from "./components/LettersPanel";
import { ResultCard } from "./components/ResultCard";
import { paneMessages } from "./messages";
import { policyTitle } from "./policyDiff";
import { strings, uiMessages } from "./strings";
import { useAsyncAction, useNotices } from "./useAsyncAction";

export interface AppProps {
  actions: TaskpaneActions;
  lang: Lang;
  /** Today, for tests; the taskpane uses the user's own calendar. */
  today?: Day;
}


/** The rows of one status, with the texts the sheet's result columns hold (a chip may pick any status). */
function rowsOfStatus(summary: CheckSummary, status: Status): FailingRow[] {
  if (status === "non_compliant" || status === "warning" || status === "error") return summary.failing.filter((r) => r.status === status);
  return summary.findings
    .filter((f) => f.status === status)
    .map((f) => {
      const [statusLine, explanation] = summary.report.resultTexts(f);
      return { row: f.row, supplier: f.supplier, status: f.status, statusLine, explanation };
    });
}

function peildatumOf(text: string): Day | null {
  if (!text) return null;
  const day = parseDate(text);
  return day.ok ? day.value : null;
}

/** Sheet notices that qualify a result (the check could not look at something), shown on the result card too. */
const RESULT_CAVEATS: ReadonlySet<string> = new Set(["excel.notices.mergedUnchecked"]);

export function App({ actions, lang, today }: AppProps) {
  const s = strings[lang];
  const { notices, show, dismiss } = useNotices();
  const showError = useCallback((message: Message) => show("error", message), [show]);
  const { busy, run } = useAsyncAction(showError);

  const [info, setInfo] = useState<SheetInfo | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [peilText, setPeilText] = useState(() => formatDate(today ?? localToday(), "nl"));
  const [policy, setPolicy] = useState<PolicySource | null>(null);
  const [summary, setSummary] = useState<CheckSummary | null>(null);
  const [stale, setStale] = useState(false);
  const [editing, setEditing] = useState(false);
  const [filter, setFilter] = useState<Status | null>(null);
  const [setupOpen, setSetupOpen] = useState(false);
  const [checks, setChecks] = useState(0);
  const [listFocus, setListFocus] = useState(0);
  const peildatum = peildatumOf(peilText);

  const detect = useCallback(async () => {
    const result = await run("detect", () => actions.detect());
    if (!result) return;
    if (!result.ok) return showError(result.message);
    setInfo(result.value);
    setMapping(result.value.mapping);
  }, [actions, run, showError]);

  const loadPolicy = useCallback(async () => {
    const result = await run("policy", () => actions.loadPolicy());
    if (!result) return;
    if (!result.ok) return showError(result.message);
    setPolicy(result.value);
  }, [actions, run, showError]);

  useEffect(() => {
    void loadPolicy();
    // Reading the supplier sheet waits for a visible pane: at workbook open the runtime may run with the pane hidden.
    if (actions.whenVisible) return actions.whenVisible(() => void detect());
    void detect();
    return undefined;
  }, [actions, detect, loadPolicy]);

  // A direct edit of the PSO-beleid sheet: the formulas already follow it; the taskpane shows it and marks results stale.
  useEffect(
    () =>
      actions.onPolicyChange?.((result) => {
        if (!result.ok) return showError(result.message);
        setPolicy(result.value);
        setStale(true);
      }),
    [actions, showError],
  );

  const changeMapping = (next: ColumnMapping) => {
    setMapping(next);
    setStale(true);
    void run("mapping", () => actions.saveMapping(next));
  };

  const options = (): CheckOptions | null =>
    peildatum !== null && policy ? { mapping, peildatum, policy: policy.policy, lang } : null;

  const check = async () => {
    const opts = options();
    if (!opts) return;
    const result = await run("check", () => actions.check(opts));
    if (!result) return;
    if (!result.ok) return showError(result.message);
    setSummary(result.value);
    setStale(false);
    setFilter(null);
    setSetupOpen(false);
    setChecks((n) => n + 1);
    // Checked another sheet than the one shown: show that sheet's columns and mapping.
    if (result.value.sheetName && info && result.value.sheetName !== info.sheetName) void detect();
  };

  const clear = async () => {
    const result = await run("clear", () => actions.clear());
    if (!result) return;
    if (!result.ok) return showError(result.message);
    show("success", uiMessages.cleared);
  };

  const refreshSocial = async () => {
    const opts = options();
    const refresh = actions.refreshSocialSheet;
    if (!opts || !refresh) return;
    const result = await run("social", () => refresh.call(actions, opts));
    if (!result) return;
    if (!result.ok) return showError(result.message);
    const { month, sheet, userSheetKept } = result.value;
    const done = uiMessages.socialRefreshed(sheet ?? SOCIAL_SHEET_NAME, month);
    // A user's own sheet named like the report is left alone: say where the report went (issue 22 item 6).
    const kept = userSheetKept && sheet ? reportSheetMessages.userSheetKept(userSheetKept, sheet) : null;
    show("success", kept ? { nl: `${done.nl} ${kept.nl}`, en: `${done.en} ${kept.en}` } : done);
  };

  const savePolicy = async (next: Policy) => {
    const result = await run("savePolicy", () => actions.savePolicy(next));
    if (!result) return;
    if (!result.ok) return showError(result.message);
    setPolicy({ policy: next, source: "sheet" });
    setStale(true);
    setEditing(false);
    // A user's own sheet named like the policy sheet is left alone: say where the policy went (issue 22 item 3).
    const notice = result.value ? result.value.notice : null;
    show("success", notice ? { nl: `${uiMessages.saved.nl} ${notice.nl}`, en: `${uiMessages.saved.en} ${notice.en}` } : uiMessages.saved);
  };

  const resetPolicy = async () => {
    const result = await run("resetPolicy", () => actions.resetPolicy());
    if (!result) return;
    if (!result.ok) return showError(result.message);
    setPolicy(result.value);
    setStale(true);
    show("success", uiMessages.resetDone);
  };

  const working = busy.size > 0;
  const canCheck = info !== null && peildatum !== null && policy !== null;

  const setupSections = (
    <>
      <SheetPanel info={info} lang={lang} detecting={busy.has("detect")} onRedetect={detect} />
      {info && (
        <MappingPanel
          headers={info.headers}
          firstColumn={info.firstColumn}
          mapping={mapping}
          samples={info.samples}
          lang={lang}
          onChange={changeMapping}
        />
      )}
      <CheckSettings
        peildatumText={peilText}
        peildatum={peildatum}
        policy={policy}
        lang={lang}
        onPeildatumChange={(text) => {
          setPeilText(text);
          setStale(true);
        }}
        onEditPolicy={() => setEditing(true)}
      />
    </>
  );
  const buttons = (
    <div className="pso-buttons">
      <Button appearance="primary" onClick={check} disabled={!canCheck || busy.has("check")}>
        {s.check}
      </Button>
      <Button onClick={clear} disabled={busy.has("clear")}>
        {s.clear}
      </Button>
      {!summary && actions.refreshSocialSheet && (
        <Button onClick={refreshSocial} disabled={!canCheck || busy.has("social")}>
          {s.refreshSocial}
        </Button>
      )}
      {working && <Spinner size="tiny" aria-label={s.loading} />}
    </div>
  );
  const letters = actions.writeLetters && <LettersPanel lang={lang} disabled={!canCheck} writeLetters={() => actions.writeLetters!(options()!)} policy={policy?.policy ?? null} savePolicy={savePolicy} />;

  return (
    <main className="pso-app" lang={lang} aria-busy={working}>
      <Title3 as="h1">{s.appTitle}</Title3>
      <MessageBars notices={notices} lang={lang} onDismiss={dismiss} />
      {editing && policy ? (
        <PolicyEditor
          source={policy}
          lang={lang}
          busy={busy.has("savePolicy") || busy.has("resetPolicy")}
          onSave={savePolicy}
          onReset={resetPolicy}
          onCancel={() => setEditing(false)}
        />
      ) : summary && policy ? (
        <>
          <ResultCard
            summary={summary}
            stale={stale}
            lang={lang}
            filter={filter}
            onFilter={setFilter}
            onShowNotCounted={() => {
              setFilter("error");
              setListFocus((n) => n + 1);
            }}
            setup={{
              sheetName: summary.sheetName ?? info?.sheetName ?? "",
              linked: FIELDS.filter((f) => (summary.mapping ?? mapping)[f] !== undefined).length,
              peildatum: formatDate(summary.peildatum, lang),
              policy: policyTitle(policy.policy, lang),
            }}
            setupOpen={setupOpen}
            onToggleSetup={() => setSetupOpen((open) => !open)}
            focusKey={checks}
            caveats={(info?.notices ?? []).filter((n) => n.code !== undefined && RESULT_CAVEATS.has(n.code))}
          />
          {setupOpen && setupSections}
          {buttons}
          <FailingRowsList
            rows={summary.failing}
            lang={lang}
            onSelect={(row) => void run("select", () => actions.selectRow(row))}
            filter={filter}
            filtered={filter === null ? undefined : rowsOfStatus(summary, filter)}
            onShowAll={() => setFilter(null)}
            focusKey={listFocus}
          />
          <section aria-labelledby="pso-next-heading" className="pso-section pso-next">
            <Subtitle2 as="h2" id="pso-next-heading">
              {paneMessages.nextSteps()[lang]}
            </Subtitle2>
            {letters}
            {actions.refreshSocialSheet && (
              <div className="pso-section">
                <Caption1 as="p" block>
                  {paneMessages.socialHint()[lang]}
                </Caption1>
                <Button onClick={refreshSocial} disabled={!canCheck || busy.has("social")}>
                  {s.refreshSocial}
                </Button>
              </div>
            )}
          </section>
        </>
      ) : (
        <>
          {setupSections}
          {buttons}
          {letters}
        </>
      )}
    </main>
  );
}
