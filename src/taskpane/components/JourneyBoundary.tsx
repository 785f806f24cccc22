/**
 * One journey's failure never blanks the pane, and a stored draft never breaks it.
 *
 * Before the view opens, the draft stored for it in this workbook is checked with the
 * journey's own schema (`checkStoredDraft`): one it cannot show (not JSON, another schema
 * version, a required field missing, a value of the wrong type) is set aside, kept, never
 * overwritten, and the view opens on a clean draft with a message saying so and where the
 * old one is. A view that still throws while rendering is replaced by a message naming the
 * journey; the other tabs keep working. **Start afresh** sets the stored draft aside the same
 * way and reopens the view on a clean one.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import {
  checkStoredDraft,
  noticeText,
  setDraftAside,
  useDraftStore,
  type DraftNotice,
  type DraftStore,
} from "../draft";

/** What the boundary needs of a journey: its draft key, its tab's label and its problems. */
export interface BoundaryJourney {
  readonly draftKey: string;
  readonly label: string;
  readonly problems: (value: unknown) => string[];
}

interface Props {
  readonly journey: BoundaryJourney;
  readonly children: React.ReactNode;
}

/** Where a draft the view could not show is first kept (then `.unreadable.2`, …). */
export const unreadableKey = (draftKey: string): string => `${draftKey}.unreadable`;

/** Says that a stored draft was set aside, and where it is; the user can dismiss it. */
function DraftSetAside(props: {
  notice: DraftNotice;
  label: string;
  onDismiss: () => void;
}): React.JSX.Element {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="draft-set-aside">
      <MessageBarBody>
        <MessageBarTitle>Started a clean draft</MessageBarTitle>
        {noticeText(props.notice, props.label)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onDismiss}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface CatchProps extends Props {
  readonly store: DraftStore;
  readonly onSetAside: (notice: DraftNotice) => void;
}

interface CatchState {
  readonly error: Error | null;
  /** Bumped on Start afresh, so the view mounts again from nothing. */
  readonly attempt: number;
}

/** The error boundary proper (React's boundaries are classes). */
class CatchView extends React.Component<CatchProps, CatchState> {
  state: CatchState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<CatchState> {
    return { error };
  }

  private startAfresh = (): void => {
    const { store, journey } = this.props;
    const keptUnder = setDraftAside(store, store.key(journey.draftKey));
    if (keptUnder !== null)
      this.props.onSetAside({
        reason: `the view failed while showing it (${this.state.error?.message ?? "unknown error"}).`,
        keptUnder,
        where: store.where,
      });
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  render(): React.ReactNode {
    const { error, attempt } = this.state;
    const { journey, store } = this.props;
    if (error)
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {`The ${journey.label} view could not be shown (${error.message}). The other views still work. Start afresh keeps the draft it could not show aside, under "${unreadableKey(store.key(journey.draftKey))}" (or the next free number after it) in ${store.where}, and opens a clean one.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={this.startAfresh}>
              Start afresh
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    return <React.Fragment key={attempt}>{this.props.children}</React.Fragment>;
  }
}

export function JourneyBoundary({ journey, children }: Props): React.JSX.Element {
  const store = useDraftStore();
  // Checked while the boundary renders, so before the view below reads its draft.
  const [notice, setNotice] = React.useState<DraftNotice | null>(() =>
    checkStoredDraft(store, journey)
  );
  return (
    <>
      {notice && (
        <DraftSetAside notice={notice} label={journey.label} onDismiss={() => setNotice(null)} />
      )}
      <CatchView journey={journey} store={store} onSetAside={setNotice}>
        {children}
      </CatchView>
    </>
  );
}
