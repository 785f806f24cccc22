/**
 * Task pane entry. Waits for office.js to report its host, then renders the pane. Outside
 * Excel (the standalone page) `Office.onReady` reports no host and the pane says so.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";

/* global document */

const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  detectHost().then((host) => root.render(<App host={host} />));
}
