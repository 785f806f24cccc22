/**
 * The problems that stop a workbook being built, in the pane's words. A problem that belongs
 * to a field or a step is a link that takes the user there (the step opens and the field
 * takes focus), so keyboard users can go straight from the review to what needs fixing.
 */
import * as React from "react";
import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";

/** One problem: what to fix, and (when it belongs somewhere) how to get there. */
export interface Problem {
  readonly text: string;
  readonly go?: () => void;
}

export function ProblemList({
  lead,
  problems,
}: {
  lead: string;
  problems: readonly (string | Problem)[];
}): React.JSX.Element {
  const items = problems.map((p) => (typeof p === "string" ? { text: p } : p));
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {lead}
        <ul>
          {items.map((p, i) => (
            <li key={`${i}:${p.text}`}>
              {p.go ? (
                <Link as="button" onClick={p.go}>
                  {p.text}
                </Link>
              ) : (
                p.text
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
