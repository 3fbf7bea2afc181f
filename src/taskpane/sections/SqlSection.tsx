import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../../excel/a1";
import type { SourceInfo } from "../../excel/gateway";
import { sqlRefusalsText } from "../../i18n";
import { DIALECTS, tieringSql, type Dialect, type SqlSource } from "../../sql";
import { previewTieringSetup } from "../state/buildRunSetup";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  query: { fontFamily: tokens.fontFamilyMonospace, minHeight: "12em" },
});

const DIALECT_NAMES: Record<Dialect, string> = {
  duckdb: "DuckDB",
  postgres: "PostgreSQL",
  spark: "Spark SQL",
  bigquery: "BigQuery",
};

const ROLES = ["customer", "revenue", "profit", "date", "status"] as const;

/** The mapped columns by their header names; the first mapped column without a header, if any. */
function sqlColumns(
  info: SourceInfo,
  mapping: Partial<Record<string, number>>
): { columns: SqlSource["columns"] } | { unnamed: string } {
  const columns: Record<string, string> = {};
  for (const role of ROLES) {
    const index = mapping[role];
    if (index === undefined) continue;
    const name = info.header[index];
    if (name === null || name === undefined || String(name).trim() === "")
      return { unnamed: columnLetters(index) };
    columns[role] = String(name);
  }
  return { columns: columns as SqlSource["columns"] };
}

type Shown = { kind: "sql"; sql: string; copied: boolean } | { kind: "error"; text: string };

/** "Copy as SQL": the current set-up as a warehouse query (src/sql), copied or shown to copy. */
export function SqlSection(): React.JSX.Element | null {
  const { state, t, fmt } = usePane();
  const styles = useStyles();
  const info = state.source.data?.info;
  const [dialect, setDialect] = React.useState<Dialect>("duckdb");
  // null until the user types: the default follows the source read later (its Excel table's name).
  const [typedTable, setTable] = React.useState<string | null>(null);
  const table = typedTable ?? (info?.ref.kind === "table" ? info.ref.tableName : "sales");
  const [shown, setShown] = React.useState<Shown | null>(null);
  if (!info) return <Caption1>{t.sourceNone}</Caption1>;

  const copy = async () => {
    const found = sqlColumns(info, state.mapping.mapping);
    if ("unnamed" in found) return setShown({ kind: "error", text: t.sqlNoHeader(found.unnamed) });
    const { periodMonths, periodEnd } = state.options;
    const setup = previewTieringSetup(
      state.mapping.mapping,
      state.scheme,
      { periodMonths, periodEnd },
      state.locale
    );
    const outcome = tieringSql(setup, { table, columns: found.columns }, dialect);
    if (!outcome.ok)
      return setShown({ kind: "error", text: sqlRefusalsText(outcome.refusal, fmt) });
    // Office may block the clipboard in a task pane: the query stays on screen to copy by hand.
    const copied = await navigator.clipboard?.writeText(outcome.sql).then(
      () => true,
      () => false
    );
    setShown({ kind: "sql", sql: outcome.sql, copied: copied === true });
  };

  return (
    <div className={styles.root}>
      <Caption1>{t.sqlHint}</Caption1>
      <Field label={t.sqlDialect}>
        <Select value={dialect} onChange={(_, d) => setDialect(d.value as Dialect)}>
          {DIALECTS.map((d) => (
            <option key={d} value={d}>
              {DIALECT_NAMES[d]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.sqlTable}>
        <Input value={table} onChange={(_, d) => setTable(d.value)} />
      </Field>
      <Button onClick={() => void copy()}>{t.sqlCopy}</Button>
      {shown?.kind === "error" && (
        <MessageBar intent="warning">
          <MessageBarBody>{shown.text}</MessageBarBody>
        </MessageBar>
      )}
      {shown?.kind === "sql" && (
        <>
          <Caption1 role="status">{shown.copied ? t.sqlCopied : t.sqlCopyBlocked}</Caption1>
          <Field label={t.sqlQuery}>
            <Textarea className={styles.query} value={shown.sql} readOnly resize="vertical" />
          </Field>
        </>
      )}
    </div>
  );
}
