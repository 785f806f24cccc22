/** The problems that stop a workbook being built, each with the path of the value at fault. */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function ProblemList({
  lead,
  problems,
}: {
  lead: string;
  problems: readonly string[];
}): React.JSX.Element {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {lead}
        <ul>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
