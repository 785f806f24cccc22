/**
 * Tells the user where the pane is running and what works there. On the standalone page the
 * explanation can be collapsed to its title (a pane 350 px wide has little room to spare),
 * and stays collapsed on later visits (remembered in this browser's storage) until shown
 * again.
 */
/* global localStorage */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { HostInfo } from "../host";

/** Where the standalone banner's collapsed state is remembered. */
export const BANNER_COLLAPSED_KEY = "pcba.standaloneBanner.collapsed";

function readCollapsed(): boolean {
  try {
    return localStorage.getItem(BANNER_COLLAPSED_KEY) === "1";
  } catch {
    return false;
  }
}

function rememberCollapsed(collapsed: boolean): void {
  try {
    if (collapsed) localStorage.setItem(BANNER_COLLAPSED_KEY, "1");
    else localStorage.removeItem(BANNER_COLLAPSED_KEY);
  } catch {
    // no storage: the banner opens expanded next time
  }
}

export function HostBanner({ host }: { host: HostInfo }): React.JSX.Element {
  const [collapsed, setCollapsed] = React.useState(readCollapsed);
  const toggle = () => {
    rememberCollapsed(!collapsed);
    setCollapsed(!collapsed);
  };
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
    <MessageBar intent="info" layout="multiline" data-testid="standalone-banner">
      <MessageBarBody>
        <MessageBarTitle>Running without Excel</MessageBarTitle>
        {!collapsed && (
          <span id="standalone-banner-details">
            This is the standalone page. Each journey downloads its workbook as an .xlsx and the
            function reference works here; open the add-in in Excel (desktop or on the web) to build
            into your workbook and use the functions there.
          </span>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          aria-expanded={!collapsed}
          aria-controls={collapsed ? undefined : "standalone-banner-details"}
          onClick={toggle}
        >
          {collapsed ? "Show details" : "Hide details"}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
