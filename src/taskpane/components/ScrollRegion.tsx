/**
 * A table that may be wider than the pane (350–400 px in Excel). Its columns take the width
 * their contents need (not Fluent's fixed layout, which squeezed them until "£11,092,376"
 * ran into "-66.5%"), numbers never break (a minus sign stays with its amount), and headers
 * and the first column (names) wrap. When the table is wider than the pane it scrolls
 * sideways, a visible hint says so, and the region takes focus (with its name) so keyboard
 * users can scroll it too.
 */
/* global ResizeObserver */
import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  region: {
    overflowX: "auto",
    "& table": { tableLayout: "auto", width: "max-content", minWidth: "100%" },
    "& td": { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
    "& th": { whiteSpace: "normal", verticalAlign: "bottom" },
    "& td:first-child": { whiteSpace: "normal", minWidth: "7em", maxWidth: "14em" },
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** Whether the element is wider inside than it shows (so it scrolls sideways). */
const overflows = (el: HTMLElement | null) => el !== null && el.scrollWidth > el.clientWidth + 1;

export function ScrollRegion(props: {
  /** What the region holds ("Scores"); ", scrolls sideways" is added. */
  label: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const [wide, setWide] = React.useState(false);
  React.useLayoutEffect(() => {
    const el = ref.current;
    const measure = () => setWide(overflows(el));
    measure();
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [props.children]);
  return (
    <div>
      {wide && (
        <Caption1 as="p" className={styles.hint} aria-hidden="true" data-testid="scroll-hint">
          More columns to the right: scroll sideways →
        </Caption1>
      )}
      <div
        ref={ref}
        className={styles.region}
        role="region"
        aria-label={`${props.label}, scrolls sideways`}
        tabIndex={0}
      >
        {props.children}
      </div>
    </div>
  );
}
