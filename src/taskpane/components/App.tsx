/*
 * Placeholder task pane: replaced by the real App (panels, i18n) from another change.
 * index.tsx imports the default export of this module and renders it without props.
 */

import * as React from "react";
import { Title3 } from "@fluentui/react-components";

export default function App(): React.JSX.Element {
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">Chỉ tiêu KH</Title3>
    </main>
  );
}
