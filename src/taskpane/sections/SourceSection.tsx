import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SourceLoader } from "../hooks/useSourceLoader";
import { usePane } from "../state/PaneContext";
import { MappingFields } from "./MappingFields";
import { SourceMessages } from "./SourceMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  address: { wordBreak: "break-all" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Where the data comes from: the selection's address and size, reading progress, and the column mapping. */
export function SourceSection(props: { loader: SourceLoader }): React.JSX.Element {
  const { loader } = props;
  const { state, dispatch, t, fmt } = usePane();
  const styles = useStyles();
  const { status, info, progress } = state.source;
  const busy = status === "describing" || status === "reading";

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="secondary" onClick={() => void loader.readSelection()} disabled={busy}>
          {t.useSelection}
        </Button>
      </div>
      <Checkbox
        label={t.skipHiddenRows}
        checked={!state.options.includeHiddenRows}
        disabled={busy}
        onChange={(_e, data) => {
          const includeHiddenRows = data.checked !== true;
          dispatch({ type: "options", patch: { includeHiddenRows } });
          if (info) void loader.reread(info.ref, includeHiddenRows);
        }}
      />
      {status === "idle" && <Body1>{t.sourceNone}</Body1>}
      {info && (
        <div>
          <Body1 className={styles.address}>
            {t.labelled(
              t.sourceAddress,
              `${info.ref.kind === "table" ? `${t.sourceTable(info.ref.tableName)} · ` : ""}${info.address}`
            )}
          </Body1>
          <br />
          <Caption1>{t.sourceRows(info.rowCount, fmt)}</Caption1>
        </div>
      )}
      {busy && (
        <div aria-live="polite">
          <ProgressBar
            value={progress && progress.total > 0 ? progress.read / progress.total : undefined}
            aria-label={t.readingStarted}
          />
          <Caption1>
            {progress
              ? t.reading(fmt.integer(progress.read), fmt.integer(progress.total))
              : t.readingStarted}
          </Caption1>
        </div>
      )}
      <SourceMessages />
      {info && (
        <>
          <Subtitle2 as="h3">{t.mappingHeading}</Subtitle2>
          <Caption1>{t.mappingHint}</Caption1>
          <MappingFields />
        </>
      )}
    </div>
  );
}
