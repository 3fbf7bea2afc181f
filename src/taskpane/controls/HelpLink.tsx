import * as React from "react";
import { Link } from "@fluentui/react-components";
import { helpPageUrl } from "../../commands/helpPage";
import { usePane } from "../state/PaneContext";

/**
 * How the pane opens a page outside itself. Production (index.tsx) passes Office's way
 * (Office.context.ui.openBrowserWindow, else a new tab: commands/helpPage.ts); without one (tests,
 * the playground) the link is an ordinary link to a new tab.
 */
export const OpenPageContext = React.createContext<((url: string) => void) | undefined>(undefined);

/** "Help" in the pane's header: the user help page in the pane's language. */
export function HelpLink(): React.JSX.Element {
  const { state, t } = usePane();
  const openPage = React.useContext(OpenPageContext);
  const href = helpPageUrl(state.locale, window.location.href);
  const onClick = (event: React.MouseEvent) => {
    if (!openPage) return;
    event.preventDefault();
    openPage(href);
  };
  return (
    <Link href={href} target="_blank" rel="noopener" title={t.helpTitle} onClick={onClick}>
      {t.help}
    </Link>
  );
}
