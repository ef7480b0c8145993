/*
 * Entry of the task pane (webpack entry "taskpane"). Renders <App /> inside Fluent UI's provider
 * once Office.js is ready. Keep this file small: everything the pane needs later should be
 * imported lazily (import()) by the panels, so the first paint stays fast.
 */

import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import App from "./components/App";

/* global document, Office */

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    // No theme prop: Fluent's light theme is in taskpane.html as CSS variables on :root, written at
    // build time (webpack.config.js), so this bundle does not carry the theme object.
    <FluentProvider style={{ minHeight: "100vh" }}>
      <App />
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady(() => render());
} else {
  // office.js did not load (offline, blocked CDN, page opened outside Office): render anyway so the
  // pane can tell the user what is wrong instead of staying blank.
  render();
}
