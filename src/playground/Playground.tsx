import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ExcelDouble } from "../double";
import type { WorkbookVersion } from "./workbookVersion";
import { SheetGrid } from "./SheetGrid";
import { ChartPreview } from "./ChartPreview";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh" },
  ribbon: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  body: { display: "flex", flex: 1, minHeight: 0 },
  workbook: {
    flex: 1,
    minWidth: 0,
    overflow: "auto",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    overflow: "auto",
  },
});

export interface RibbonNotice {
  kind: "success" | "error" | "info";
  message: string;
}

export interface PlaygroundProps {
  excel: ExcelDouble;
  version: WorkbookVersion;
  /** The real task pane, already wired to a gateway over `excel`. */
  pane: React.ReactNode;
  /** Home > CRM Pyramid > Refresh tiers. */
  onRefreshTiers(): Promise<void>;
  notice: RibbonNotice | null;
}

/** Excel without Excel: a ribbon with the add-in's button, the double's sheets, and the pane. */
export function Playground({
  excel,
  version,
  pane,
  onRefreshTiers,
  notice,
}: PlaygroundProps): React.JSX.Element {
  const styles = useStyles();
  const current = React.useSyncExternalStore(version.subscribe, version.current);
  const workbook = React.useMemo(() => excel.snapshot(), [excel, current]);
  const activeSheet = workbook.activeSheet ?? workbook.sheets[0]?.name;
  const [busy, setBusy] = React.useState(false);

  const refresh = async () => {
    setBusy(true);
    try {
      await onRefreshTiers();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.ribbon}>
        <Subtitle1 as="h1">CRM Pyramid playground</Subtitle1>
        <Caption1>Excel is simulated in this page; nothing leaves it.</Caption1>
        <Button appearance="secondary" onClick={refresh} disabled={busy} data-ribbon="refreshTiers">
          Refresh tiers
        </Button>
        {notice && (
          <MessageBar
            intent={
              notice.kind === "error" ? "error" : notice.kind === "success" ? "success" : "info"
            }
          >
            <MessageBarBody role="status">{notice.message}</MessageBarBody>
          </MessageBar>
        )}
      </header>
      <div className={styles.body}>
        <div className={styles.workbook}>
          <SheetGrid
            workbook={workbook}
            onSelect={(address) => {
              excel.select(address);
              version.bump();
            }}
            onActivate={(sheet) => {
              excel.select(`${quote(sheet)}!A1`);
              version.bump();
            }}
          />
          <ChartPreview
            charts={(workbook.charts ?? []).filter((chart) => chart.sheet === activeSheet)}
          />
        </div>
        <div className={styles.pane}>{pane}</div>
      </div>
    </div>
  );
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
