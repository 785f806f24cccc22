/**
 * The task pane. In Excel it offers the guided journeys (later issues) and the function
 * reference; on the standalone page it says it is running without Excel and offers what
 * works there.
 */
import * as React from "react";
import { FluentProvider, webLightTheme, makeStyles, tokens, Title2, Body1 } from "@fluentui/react-components";
import type { HostInfo } from "./host";
import { HostBanner } from "./components/HostBanner";
import { FunctionReference } from "./components/FunctionReference";

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
});

export interface AppProps {
  readonly host: HostInfo;
}

export function App({ host }: AppProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <Title2 as="h1">Partnership cost–benefit analysis</Title2>
          <Body1>
            Green Book appraisal, social return (SROI), VAT and loan-repricing barriers, payment by results and bid
            scoring.
          </Body1>
        </header>
        <HostBanner host={host} />
        <FunctionReference />
      </main>
    </FluentProvider>
  );
}
