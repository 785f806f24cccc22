/**
 * The task pane: the guided business-case journey and the function reference, on two tabs.
 * In Excel the journey builds into the workbook; on the standalone page it says it is
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
import { BusinessCaseJourney } from "./business-case/BusinessCaseJourney";
import { CompareBids } from "./bids/CompareBids";
import { SocialReturn } from "./sroi/SocialReturn";
import { ReturnsByPerspective } from "./perspectives/ReturnsByPerspective";

type View = "case" | "sroi" | "perspectives" | "bids" | "functions";

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
  typeof window !== "undefined" && window.location.hash.length > 1 ? "functions" : "case";

export function App({ host, cells = EXCEL_CELL_ACCESS }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [view, setView] = React.useState<View>(startView);
  const inExcel = host.host === "Excel";
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Title2 as="h1">Partnership cost–benefit analysis</Title2>
          <Body1>
            Green Book appraisal, social return (SROI), VAT and loan-repricing barriers, payment by
            results and bid scoring.
          </Body1>
        </header>
        <HostBanner host={host} />
        <TabList
          className={styles.views}
          selectedValue={view}
          onTabSelect={(_e, d) => setView(d.value as View)}
          aria-label="Views"
        >
          <Tab value="case">Business case</Tab>
          <Tab value="sroi">Social return</Tab>
          <Tab value="perspectives">Perspectives</Tab>
          <Tab value="bids">Compare bids</Tab>
          <Tab value="functions">Functions</Tab>
        </TabList>
        {view === "case" && <BusinessCaseJourney inExcel={inExcel} />}
        {view === "sroi" && <SocialReturn inExcel={inExcel} />}
        {view === "perspectives" && <ReturnsByPerspective inExcel={inExcel} />}
        {view === "bids" && <CompareBids inExcel={inExcel} />}
        {view === "functions" && <FunctionBrowser cells={inExcel ? cells : null} />}
      </main>
    </FluentProvider>
  );
}
