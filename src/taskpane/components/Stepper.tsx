/**
 * A journey's steps: numbered tabs to jump between them, a heading that takes focus when
 * the step changes (so keyboard and screen-reader users land on it), the step's content,
 * and Back / Next, with the journey's own action (build, download) on the last step.
 */
import * as React from "react";
import { Button, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
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
  /** What sits where Next would on the last step (the journey's build or download button). */
  finish: React.ReactNode;
  /** Shown above the navigation (status messages). */
  footer?: React.ReactNode;
}

export function Stepper({
  steps,
  step,
  onStep,
  children,
  finish,
  footer,
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
      {footer}
      <div className={styles.nav}>
        <Button disabled={step === 0} onClick={() => onStep(step - 1)}>
          Back
        </Button>
        {step < steps.length - 1 ? (
          <Button appearance="primary" onClick={() => onStep(step + 1)}>
            Next
          </Button>
        ) : (
          finish
        )}
      </div>
    </>
  );
}
