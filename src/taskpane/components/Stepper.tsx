/**
 * A journey: its title, anything above the steps (the restore question, a "start from"
 * choice), then its steps: numbered tabs to jump between them, a heading that takes focus
 * when the step changes (so keyboard and screen-reader users land on it), the step's
 * content, the status of the last action, and Back / Next, with the journey's own action
 * (build, download) on the last step.
 */
import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import type { Status } from "../deliver";

const useStyles = makeStyles({
  journey: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  nav: { display: "flex", columnGap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  steps: { flexWrap: "wrap" },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
});

export interface StepperProps {
  steps: readonly { id: string; label: string }[];
  step: number;
  onStep: (step: number) => void;
  /** The current step's content. */
  children: React.ReactNode;
  /** The journey's own action, where Next would be on the last step (build, download). */
  finish: { label: string; disabled: boolean; onClick: () => void };
  /** The last action's outcome, shown above the navigation. */
  status?: Status | null;
}

export function Stepper({
  steps,
  step,
  onStep,
  children,
  finish,
  status,
}: StepperProps): React.JSX.Element {
  const styles = useStyles();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const moved = React.useRef(false);
  React.useEffect(() => {
    // Focus follows a change of step, not the first render (the page keeps its focus).
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step]);
  const current = steps[step];
  return (
    <>
      <TabList
        className={styles.steps}
        selectedValue={current.id}
        onTabSelect={(_e, d) => onStep(steps.findIndex((s) => s.id === d.value))}
        aria-label="Steps"
        size="small"
      >
        {steps.map((s, i) => (
          <Tab key={s.id} value={s.id}>{`${i + 1}. ${s.label}`}</Tab>
        ))}
      </TabList>
      <h3 ref={heading} tabIndex={-1} className={styles.heading}>
        {`Step ${step + 1} of ${steps.length}: ${current.label}`}
      </h3>
      {children}
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.nav}>
        <Button disabled={step === 0} onClick={() => onStep(step - 1)}>
          Back
        </Button>
        {step < steps.length - 1 ? (
          <Button appearance="primary" onClick={() => onStep(step + 1)}>
            Next
          </Button>
        ) : (
          <Button appearance="primary" disabled={finish.disabled} onClick={finish.onClick}>
            {finish.label}
          </Button>
        )}
      </div>
    </>
  );
}

/** A journey's section: its title (the section's name), what comes first, then its steps. */
export function Journey({
  id,
  title,
  before,
  after,
  ...stepper
}: StepperProps & {
  /** The title's element id. */
  id: string;
  title: string;
  before?: React.ReactNode;
  after?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.journey} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id}>
        {title}
      </Subtitle1>
      {before}
      <Stepper {...stepper} />
      {after}
    </section>
  );
}
