import * as React from "react";
import { Button, Input, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  toolbar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
});

/** Sheet tabs as plain toggle buttons: one tab stop each, nothing hidden that takes focus. */
export function SheetTabs(props: {
  names: string[];
  active: string;
  onActivate(sheet: string): void;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.toolbar} role="group" aria-label="Sheets">
      {props.names.map((name) => (
        <ToggleButton
          key={name}
          size="small"
          appearance="subtle"
          checked={name === props.active}
          onClick={() => props.onActivate(name)}
        >
          {name}
        </ToggleButton>
      ))}
    </div>
  );
}

/** Type a range to select it; the selection; and paging through the rows. */
export function GridToolbar(props: {
  selection: string | undefined;
  onSelect(address: string): void;
  page: number;
  pageRows: number;
  rowCount: number;
  onPage(page: number): void;
}): React.JSX.Element {
  const { selection, onSelect, page, pageRows, rowCount, onPage } = props;
  const styles = useStyles();
  const [typed, setTyped] = React.useState("");
  const firstRow = page * pageRows;
  const pages = Math.max(1, Math.ceil(rowCount / pageRows));
  return (
    <div className={styles.toolbar}>
      <Input
        aria-label="Range to select"
        placeholder={selection ?? "Sales!A1:G100"}
        value={typed}
        onChange={(_e, data) => setTyped(data.value)}
      />
      <Button onClick={() => typed && onSelect(typed)}>Select range</Button>
      <span aria-live="polite">Selected: {selection ?? "—"}</span>
      <Button disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous rows
      </Button>
      <span>
        rows {rowCount === 0 ? 0 : firstRow + 1}–{Math.min(rowCount, firstRow + pageRows)} of{" "}
        {rowCount}
      </span>
      <Button disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        Next rows
      </Button>
    </div>
  );
}
