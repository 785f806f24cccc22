/**
 * A journey: its title, anything above the steps (the restore question, a "start from"
 * choice), then its steps: numbered tabs to jump between them, a heading that takes focus
 * when the step changes (so keyboard and screen-reader users land on it), the step's
 * content, the status of the last action, and Back / Next, with the journey's own action
 * (build, download) on the last step. {@link JourneyFrame} is the one way a journey's view
 * renders: its table of steps from `useJourney`, one at a time, with the same "Start from",
 * the same questions before replacing a draft or building beside an existing build, and the
 * same out-of-date note while a field holds what it cannot use.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle1,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import type { Status } from "../deliver";
import type { Frame, StartingPoint } from "../use-journey";
import { ConfirmDialog } from "./ConfirmDialog";
import { FieldRegistryProvider, RevealProvider, StepScope } from "./fields";

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
  /**
   * The step while its results are an earlier draft's (`pending`: the latest keystroke not yet
   * checked): its tables and figures fade, after 150 ms so a quick catch-up never flickers.
   */
  pending: {
    "& table, & dl": {
      opacity: 0.55,
      transitionProperty: "opacity",
      transitionDuration: "0.2s",
      transitionDelay: "0.15s",
    },
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

/**
 * The numbered tabs of the steps. Memoised: its props stay the same while the user types
 * (the journey's `setStep` is stable), so a keystroke does not re-render six Fluent tabs.
 */
const StepTabs = React.memo(function StepTabs(props: {
  steps: readonly { id: string; label: string }[];
  step: number;
  onStep: (step: number) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const { steps, onStep } = props;
  return (
    <TabList
      className={styles.steps}
      selectedValue={steps[props.step].id}
      onTabSelect={(_e, d) => onStep(steps.findIndex((s) => s.id === d.value))}
      aria-label="Steps"
      size="small"
    >
      {steps.map((s, i) => (
        <Tab key={s.id} value={s.id}>{`${i + 1}. ${s.label}`}</Tab>
      ))}
    </TabList>
  );
});

/**
 * The "Start from" list. Memoised, given a stable `onStart` (see `useLatest`), so a keystroke
 * does not re-render its drop-down and options.
 */
const StartFrom = React.memo(function StartFrom<T>(props: {
  start: readonly StartingPoint<T>[];
  onStart: (s: StartingPoint<T>) => void;
}): React.JSX.Element {
  const { start, onStart } = props;
  return (
    <Field label="Start from">
      <Dropdown
        placeholder="Your draft"
        value=""
        selectedOptions={[]}
        onOptionSelect={(_e, d) => {
          const s = start.find((x) => x.id === d.optionValue);
          if (s) onStart(s);
        }}
      >
        {start.map((s) => (
          <Option key={s.id} value={s.id}>
            {s.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}) as <T>(props: {
  start: readonly StartingPoint<T>[];
  onStart: (s: StartingPoint<T>) => void;
}) => React.JSX.Element;

/**
 * A function that is the same object on every render and calls the latest `f`: for a
 * memoised child's handler that would otherwise be new each render.
 */
function useLatest<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const ref = React.useRef(f);
  React.useLayoutEffect(() => {
    ref.current = f;
  });
  return React.useCallback((...args: A) => ref.current(...args), []);
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
      <StepTabs steps={steps} step={step} onStep={onStep} />
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

/**
 * A journey's view from its skeleton (`useJourney(...).frame`): the title, the restore note,
 * "Start from" (when the journey offers starting points), anything the view adds, then the
 * current step's component, and the two questions the skeleton asks.
 */
export function JourneyFrame<T, R>({
  id,
  title,
  frame,
  finish,
  before,
  after,
}: {
  /** The title's element id. */
  id: string;
  title: string;
  frame: Frame<T, R>;
  /** What the last step's action says in Excel and on the standalone page. */
  finish?: { excel: string; download: string };
  before?: React.ReactNode;
  after?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  const current = frame.steps[frame.step];
  const Component = current.Component;
  const onStart = useLatest(frame.onStart);
  const label = frame.inExcel
    ? (finish?.excel ?? "Build the workbook")
    : (finish?.download ?? "Download the workbook (.xlsx)");
  return (
    <Journey
      id={id}
      title={title}
      before={
        <>
          {frame.restore}
          {frame.start && <StartFrom start={frame.start} onStart={onStart} />}
          {frame.started && <Caption1 role="status">{frame.started.text}</Caption1>}
          {before}
          {frame.stale && (
            <MessageBar intent="warning" role="status">
              <MessageBarBody>
                Results are out of date: a field holds something the pane cannot use. Fix it (the
                last step lists it) to see the results and build.
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      }
      after={
        <>
          {after}
          <ConfirmDialog
            open={frame.confirm !== null}
            title={`Build alongside the existing ${frame.what}?`}
            cancelLabel="Cancel"
            confirmLabel="Build"
            onCancel={frame.onCancelConfirm}
            onConfirm={frame.onConfirm}
          >
            {`This workbook already has a ${frame.what}. The new one goes into ${frame.confirm?.summary}, ${frame.confirm?.inputs} and ${frame.confirm?.calculations}; nothing you have is overwritten.`}
          </ConfirmDialog>
          <ConfirmDialog
            open={frame.replacing !== null}
            title="Replace your draft?"
            cancelLabel="Keep my draft"
            confirmLabel="Replace it"
            onCancel={frame.onKeep}
            onConfirm={frame.onReplace}
          >
            {`${frame.replacingTyped ? "Your draft has text typed into a field that is not yet part of it (the last step lists it), or changes that are not in any starting point." : "Your draft has changes that are not in any starting point."} ${(frame.replacing ?? "").replace(/^Started from/, "Starting from")} replaces them, and they cannot be recovered.`}
          </ConfirmDialog>
        </>
      }
      steps={frame.steps}
      step={frame.step}
      onStep={frame.onStep}
      status={frame.status}
      finish={{ label, disabled: frame.blocked, onClick: () => void frame.build() }}
    >
      <FieldRegistryProvider value={frame.registry}>
        <RevealProvider value={frame.reveal}>
          <StepScope step={frame.step}>
            {/* aria-busy: the results below are being brought up to date with the draft. */}
            <div
              aria-busy={frame.pending}
              data-results={frame.pending ? "out of date" : "up to date"}
              className={frame.pending ? styles.pending : undefined}
            >
              <Component key={current.id} {...frame.props} />
            </div>
          </StepScope>
        </RevealProvider>
      </FieldRegistryProvider>
    </Journey>
  );
}
