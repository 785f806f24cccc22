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
} from "@fluentui/react-components";
import type { HostInfo } from "./host";
import { HostBanner } from "./components/HostBanner";
import { FunctionBrowser, EXCEL_CELL_ACCESS, type CellAccess } from "./components/FunctionBrowser";
import { JOURNEY_VIEWS } from "./views";
import { JourneyBoundary } from "./components/JourneyBoundary";
import { DOWNLOAD_HOST, EXCEL_HOST, WorkbookHostProvider } from "./workbook-host";

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
}

/* global window */

/** Excel's help links open taskpane.html#FUNCTION_ID: start on the functions then. */
const startView = (): View =>
  typeof window !== "undefined" && window.location.hash.length > 1
    ? "functions"
    : JOURNEY_VIEWS[0].journey.id;

export function App({ host, cells = EXCEL_CELL_ACCESS }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [view, setView] = React.useState<View>(startView);
  const inExcel = host.host === "Excel";
  return (
    <FluentProvider theme={webLightTheme}>
      <WorkbookHostProvider value={inExcel ? EXCEL_HOST : DOWNLOAD_HOST}>
        <main className={styles.page}>
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
          {JOURNEY_VIEWS.map(
            ({ journey, View }) =>
              view === journey.id && (
                <JourneyBoundary key={journey.id} draftKey={journey.draftKey} label={journey.label}>
                  <View inExcel={inExcel} />
                </JourneyBoundary>
              )
          )}
          {view === "functions" && <FunctionBrowser cells={inExcel ? cells : null} />}
        </main>
      </WorkbookHostProvider>
    </FluentProvider>
  );
}
