/**
 * A table that may be wider than the pane: it scrolls sideways, and the region takes focus
 * (with its name) so keyboard users can scroll it too.
 */
import * as React from "react";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ region: { overflowX: "auto" } });

export function ScrollRegion(props: {
  /** What the region holds ("Scores"); ", scrolls sideways" is added. */
  label: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div
      className={styles.region}
      role="region"
      aria-label={`${props.label}, scrolls sideways`}
      tabIndex={0}
    >
      {props.children}
    </div>
  );
}
