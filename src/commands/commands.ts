/*
 * The add-in's function file (FunctionFile in manifest.xml). The ribbon button only opens the task
 * pane (ShowTaskpane), so no command runs here yet; `noop` is registered so that an ExecuteFunction
 * button added later has a pattern to follow. Keep this page free of React: it loads with Excel.
 */

/* global Office */

/** Placeholder ExecuteFunction command: completes at once. */
export function noop(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  // Office.actions exists from the SharedRuntime/Ribbon API era; older hosts use the global name.
  if (Office.actions && typeof Office.actions.associate === "function") {
    Office.actions.associate("noop", noop);
  } else {
    (globalThis as unknown as Record<string, unknown>).noop = noop;
  }
});
