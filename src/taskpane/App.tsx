/**
 * The task pane: one tab per journey (`JOURNEY_VIEWS`) and the function reference.
 * In Excel a journey builds into the workbook; on the standalone page it says it is
 * running without Excel and offers the workbook as an .xlsx download.
 */
import * as React from "react";
import {
  FluentProvider,
  webLightTheme,
  makeStyles,
  tokens,
  Title2,
  Body1,
  Tab,
  TabList,
  Spinner,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import type { HostInfo } from "./host";
import { HostBanner } from "./components/HostBanner";
import { FunctionBrowser, EXCEL_CELL_ACCESS, type CellAccess } from "./components/FunctionBrowser";
import { JOURNEY_VIEWS } from "./views";
import { JourneyBoundary } from "./components/JourneyBoundary";
import { PANE_CLASS, usePaneStyles } from "./styles";
import {
  DOWNLOAD_HOST,
  EXCEL_HOST,
  WorkbookHostProvider,
  type WorkbookHost,
} from "./workbook-host";
import {
  BROWSER_DRAFTS,
  DraftStoreProvider,
  browserDraftStore,
  memoryDraftStore,
  type DraftStore,
} from "./draft";

/** A journey's id, or the function reference. */
type View = string;

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  views: { flexWrap: "wrap" },
});

export interface AppProps {
  readonly host: HostInfo;
  /** How the function browser reads and writes the selected cell (Excel's, by default). */
  readonly cells?: CellAccess;
  /** The workbook the journeys work on (Excel's or the download one, by `host`; tests give a fake). */
  readonly workbook?: WorkbookHost;
}

/** Where this pane's drafts are kept, and what the pane says about it (if anything). */
interface Drafts {
  readonly store: DraftStore;
  readonly note?: string;
}

/**
 * The drafts of the workbook `workbook` is: on the standalone page (no `workbookId`, or
 * null) the browser's, at once; in Excel, once the workbook's id is read (or written), the
 * ones kept under it. If the id cannot be had, drafts stay in the pane's memory rather than
 * risk showing this workbook's draft in another.
 */
function useWorkbookDrafts(workbook: WorkbookHost): Drafts | null {
  const [drafts, setDrafts] = React.useState<Drafts | null>(() =>
    workbook.inExcel && workbook.workbookId ? null : { store: BROWSER_DRAFTS }
  );
  React.useEffect(() => {
    if (!workbook.inExcel || !workbook.workbookId) return;
    let live = true;
    Promise.resolve()
      .then(() => workbook.workbookId?.() ?? null)
      .then(
        (id) => live && setDrafts({ store: browserDraftStore(id) }),
        (e: unknown) =>
          live &&
          setDrafts({
            store: memoryDraftStore(),
            note: `This workbook's id could not be read or written (${e instanceof Error ? e.message : String(e)}), so the pane keeps its drafts only until it closes, and never shows another workbook's.`,
          })
      );
    return () => {
      live = false;
    };
  }, [workbook]);
  return drafts;
}

/* global window */

/** Excel's help links open taskpane.html#FUNCTION_ID: start on the functions then. */
const startView = (): View =>
  typeof window !== "undefined" && window.location.hash.length > 1
    ? "functions"
    : JOURNEY_VIEWS[0].journey.id;

export function App({ host, cells = EXCEL_CELL_ACCESS, workbook }: AppProps): React.JSX.Element {
  const styles = useStyles();
  usePaneStyles();
  const [view, setView] = React.useState<View>(startView);
  const inExcel = host.host === "Excel";
  const workbookHost = workbook ?? (inExcel ? EXCEL_HOST : DOWNLOAD_HOST);
  const drafts = useWorkbookDrafts(workbookHost);
  return (
    <FluentProvider theme={webLightTheme}>
      <WorkbookHostProvider value={workbookHost}>
        <main className={`${PANE_CLASS} ${styles.page}`}>
          <header className={styles.header}>
            <Title2 as="h1">Partnership cost–benefit analysis</Title2>
            <Body1>
              Green Book appraisal, social return (SROI), VAT and loan-repricing barriers, payment
              by results and bid scoring.
            </Body1>
          </header>
          <HostBanner host={host} />
          <TabList
            className={styles.views}
            selectedValue={view}
            onTabSelect={(_e, d) => setView(d.value as View)}
            aria-label="Views"
          >
            {JOURNEY_VIEWS.map(({ journey }) => (
              <Tab key={journey.id} value={journey.id}>
                {journey.label}
              </Tab>
            ))}
            <Tab value="functions">Functions</Tab>
          </TabList>
          {drafts?.note && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{drafts.note}</MessageBarBody>
            </MessageBar>
          )}
          {view !== "functions" && drafts === null && (
            <Spinner size="small" label="Opening this workbook's drafts…" />
          )}
          {drafts && (
            <DraftStoreProvider value={drafts.store}>
              {JOURNEY_VIEWS.map(
                ({ journey, View }) =>
                  view === journey.id && (
                    <JourneyBoundary key={journey.id} journey={journey}>
                      <View inExcel={inExcel} />
                    </JourneyBoundary>
                  )
              )}
            </DraftStoreProvider>
          )}
          {view === "functions" && <FunctionBrowser cells={inExcel ? cells : null} />}
        </main>
      </WorkbookHostProvider>
    </FluentProvider>
  );
}
