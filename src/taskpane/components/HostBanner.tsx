/** Tells the user where the pane is running and what works there. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostInfo } from "../host";

export function HostBanner({ host }: { host: HostInfo }): React.JSX.Element {
  if (host.host) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>Connected to {host.host}</MessageBarTitle>
          Type =PCBA. in any cell to use the functions.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" data-testid="standalone-banner">
      <MessageBarBody>
        <MessageBarTitle>Running without Excel</MessageBarTitle>
        This is the standalone page. Each journey downloads its workbook as an .xlsx and the
        function reference works here; open the add-in in Excel (desktop or on the web) to build
        into your workbook and use the functions there.
      </MessageBarBody>
    </MessageBar>
  );
}
