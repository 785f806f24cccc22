/**
 * One journey's failure never blanks the pane. A view that throws while rendering (a stored
 * draft of a shape it cannot show, say) is replaced by a message naming the journey; the
 * other tabs keep working. **Start afresh** sets the stored draft aside under
 * `<draft key>.unreadable` (kept, never overwritten by the new draft) and reopens the view
 * on a clean one.
 */
/* global localStorage */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

interface Props {
  readonly draftKey: string;
  readonly label: string;
  readonly children: React.ReactNode;
}

interface State {
  readonly error: Error | null;
  /** Bumped on Start afresh, so the view mounts again from nothing. */
  readonly attempt: number;
}

/** Where a draft the view could not show is kept. */
export const unreadableKey = (draftKey: string): string => `${draftKey}.unreadable`;

export class JourneyBoundary extends React.Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  private startAfresh = (): void => {
    try {
      const stored = localStorage.getItem(this.props.draftKey);
      if (stored !== null) {
        localStorage.setItem(unreadableKey(this.props.draftKey), stored);
        localStorage.removeItem(this.props.draftKey);
      }
    } catch {
      // storage unavailable: nothing was stored to set aside
    }
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  render(): React.ReactNode {
    const { error, attempt } = this.state;
    if (error)
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {`The ${this.props.label} view could not be shown (${error.message}). The other views still work. Start afresh keeps the draft it could not show aside, under "${unreadableKey(this.props.draftKey)}" in this browser's storage, and opens a clean one.`}
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
