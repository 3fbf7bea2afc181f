/**
 * What happens to references (in cell formulas, named items and chart sources) when the sheets and
 * tables they point at are deleted, renamed or converted — see formulas.ts for the Excel behaviour
 * and the pages it comes from — and how the double resolves a reference to evaluate a formula.
 */
import { formatLocal, type Rect } from "./address";
import { REF_ERROR, rewriteFormula, scanFormula, type Token } from "./formula-scan";
import { type EvalHost, parseLocal, type Resolved } from "./formulas";
import { formatStructSpec, parseStructSpec, type StructSpec } from "./struct-spec";
import { bodyRect, columnNames, headerRect, totalRect } from "./table-areas";
import type { SheetState } from "./sheet-state";
import type { TableState } from "./workbook-parts";
import type { WorkbookState } from "./workbook-state";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Rewrites every formula in the workbook (cells on every sheet except `skipSheetId`, and named
 * items) with `change`, which sees each reference token and the sheet of the formula (undefined for
 * a named item, whose references are always sheet-qualified).
 */
export function rewriteAllFormulas(
  state: WorkbookState,
  change: (token: Token, formulaSheet: SheetState | undefined) => Token | undefined,
  skipSheetId?: string
): void {
  for (const sheet of state.sheets) {
    if (sheet.id === skipSheetId) continue;
    const edits: [number, number, string, string][] = [];
    for (const [r, c, formula] of sheet.grid.formulas()) {
      const next = rewriteFormula(formula, (t) => change(t, sheet));
      if (next !== undefined) edits.push([r, c, formula, next]);
    }
    for (const [r, c, before, after] of edits) {
      sheet.grid.updateCell(r, c, (cell) => ({
        ...cell,
        formula: after,
        // A formula written through the API caches its own text; keep that in step.
        value: cell.value === before ? after : cell.value,
      }));
    }
  }
  for (const n of state.names) {
    if (n.formula === undefined) continue;
    const next = rewriteFormula(n.formula, (t) => change(t, undefined));
    if (next !== undefined) n.formula = next;
  }
}

/** A worksheet is about to be deleted: references to it and to its tables become #REF!. */
export function sheetDeleted(state: WorkbookState, sheet: SheetState): void {
  for (const t of state.tables.filter((x) => x.sheetId === sheet.id)) tableDeleted(state, t);
  rewriteAllFormulas(
    state,
    (t) =>
      t.kind === "sheetRef" && t.sheet !== null && same(t.sheet, sheet.name)
        ? { kind: "sheetRef", sheet: null, local: t.local }
        : undefined,
    sheet.id
  );
  state.names = state.names.map((n) =>
    n.ref?.sheetId === sheet.id
      ? {
          name: n.name,
          formula: `=#REF!${formatLocal(n.ref.rect, true)}`,
          comment: n.comment,
          visible: n.visible,
        }
      : n
  );
  for (const chart of state.charts) {
    if (chart.sheetId === sheet.id) continue;
    if (typeof chart.source === "object" && chart.source.sheetId === sheet.id)
      chart.source = "#REF!";
    for (const s of chart.series) {
      if (isRefOn(s.values, sheet.id)) s.values = "#REF!";
      if (isRefOn(s.xValues, sheet.id)) s.xValues = "#REF!";
    }
  }
}

function isRefOn(v: unknown, sheetId: string): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "sheetId" in v
    ? (v as { sheetId: string }).sheetId === sheetId
    : false;
}

export function sheetRenamed(state: WorkbookState, oldName: string, newName: string): void {
  if (oldName === newName) return;
  rewriteAllFormulas(state, (t) =>
    t.kind === "sheetRef" && t.sheet !== null && same(t.sheet, oldName)
      ? { kind: "sheetRef", sheet: newName, local: t.local }
      : undefined
  );
}

/** A table is about to be deleted (with its cells, or with its sheet): its structured references become #REF!. */
export function tableDeleted(state: WorkbookState, table: TableState): void {
  rewriteAllFormulas(state, (t) =>
    t.kind === "structRef" && same(t.table, table.name) ? REF_ERROR : undefined
  );
}

export function tableRenamed(state: WorkbookState, oldName: string, newName: string): void {
  if (oldName === newName) return;
  rewriteAllFormulas(state, (t) =>
    t.kind === "structRef" && same(t.table, oldName) ? { ...t, table: newName } : undefined
  );
}

/** Table.convertToRange: structured references become A1 references to the same cells. */
export function tableConverted(state: WorkbookState, table: TableState): void {
  const sheet = state.sheet(table.sheetId, "Table.convertToRange");
  rewriteAllFormulas(state, (t, formulaSheet) => {
    if (t.kind !== "structRef" || !same(t.table, table.name)) return undefined;
    const spec = parseStructSpec(t.spec);
    if (!spec || spec.area === "ThisRow") return REF_ERROR;
    const rect = structRect(state, table, spec);
    if (!rect) return REF_ERROR;
    const local = formatLocal(rect, true);
    return formulaSheet?.id === sheet.id
      ? { kind: "localRef", local }
      : { kind: "sheetRef", sheet: sheet.name, local };
  });
}

/** Column headers renamed (old name → new name, by the old name in lower case). */
export function columnsRenamed(
  state: WorkbookState,
  table: TableState,
  renames: Map<string, string>
): void {
  rewriteAllFormulas(state, (t) => {
    if (t.kind !== "structRef" || !same(t.table, table.name)) return undefined;
    const spec = parseStructSpec(t.spec);
    if (!spec?.columns) return undefined;
    const [a, b] = spec.columns.map((c) => renames.get(c.toLowerCase()) ?? c);
    if (a === spec.columns[0] && b === spec.columns[1]) return undefined;
    return { ...t, spec: formatStructSpec({ ...spec, columns: [a, b] }) };
  });
}

/** Columns left the table (Table.resize): references to them become #REF!. */
export function columnsRemoved(state: WorkbookState, table: TableState, removed: string[]): void {
  if (removed.length === 0) return;
  const gone = new Set(removed.map((n) => n.toLowerCase()));
  rewriteAllFormulas(state, (t) => {
    if (t.kind !== "structRef" || !same(t.table, table.name)) return undefined;
    const spec = parseStructSpec(t.spec);
    return spec?.columns?.some((c) => gone.has(c.toLowerCase())) ? REF_ERROR : undefined;
  });
}

/**
 * Called after every operation of a sync: a header cell that changed (TableColumn.name, or a value
 * written over the header row) renames its column, and structured references follow.
 */
export function reconcileTableColumns(state: WorkbookState): void {
  for (const table of state.tables) {
    if (!state.findSheet(table.sheetId)) continue;
    const current = table.showHeaders ? columnNames(state, table) : undefined;
    if (!current) continue;
    const known = table.columns;
    if (!known || known.length !== current.length) {
      table.columns = current;
      continue;
    }
    let renames: Map<string, string> | undefined;
    for (let i = 0; i < current.length; i++) {
      if (known[i] !== current[i] && current[i] !== "") {
        (renames ??= new Map()).set(known[i].toLowerCase(), current[i]);
      }
    }
    table.columns = current;
    if (renames) columnsRenamed(state, table, renames);
  }
}

/** The cells a structured specifier covers, or undefined when a column or row does not exist. */
export function structRect(
  state: WorkbookState,
  table: TableState,
  spec: StructSpec
): Rect | undefined {
  const rows =
    spec.area === "All"
      ? table.rect
      : spec.area === "Headers"
        ? headerRect(table)
        : spec.area === "Totals"
          ? totalRect(table)
          : bodyRect(table);
  if (!rows || rows.rowCount < 1) return undefined;
  if (!spec.columns) return { ...rows };
  const names = (table.columns ?? columnNames(state, table)).map((n) => n.toLowerCase());
  const a = names.indexOf(spec.columns[0].toLowerCase());
  const b = names.indexOf(spec.columns[1].toLowerCase());
  if (a < 0 || b < 0) return undefined;
  const first = Math.min(a, b);
  return {
    row: rows.row,
    rowCount: rows.rowCount,
    col: table.rect.col + first,
    colCount: Math.abs(a - b) + 1,
  };
}

/** Resolves reference tokens for evaluation (evaluateFormula's host). */
export function evalHost(state: WorkbookState): EvalHost {
  const resolve = (token: Token, sheetId: string, depth = 0): Resolved => {
    switch (token.kind) {
      case "text":
        return undefined;
      case "sheetRef": {
        if (token.sheet === null) return { error: "#REF!" };
        const sheet = state.findSheetByName(token.sheet);
        const rect = parseLocal(token.local);
        if (!sheet) return { error: "#REF!" };
        return rect ? { sheetId: sheet.id, rect } : undefined;
      }
      case "localRef": {
        const rect = parseLocal(token.local);
        return rect ? { sheetId, rect } : undefined;
      }
      case "structRef": {
        const table = state.findTableByName(token.table);
        if (!table) return { error: "#REF!" };
        const spec = parseStructSpec(token.spec);
        if (!spec || spec.area === "ThisRow") return undefined;
        const rect = structRect(state, table, spec);
        return rect ? { sheetId: table.sheetId, rect } : { error: "#REF!" };
      }
      case "name": {
        const named = state.findName(token.name);
        if (named?.ref) return { sheetId: named.ref.sheetId, rect: { ...named.ref.rect } };
        if (named?.formula !== undefined) {
          const tokens = scanFormula(named.formula.slice(1).trim());
          if (depth < 8 && tokens.length === 1) return resolve(tokens[0], sheetId, depth + 1);
          return undefined;
        }
        const table = state.findTableByName(token.name);
        if (table) return { sheetId: table.sheetId, rect: bodyRect(table) };
        return { error: "#NAME?" };
      }
    }
  };
  return {
    resolve: (token, sheetId) => resolve(token, sheetId),
    value: (sheetId, row, col) => {
      const sheet = state.findSheet(sheetId);
      return sheet ? sheet.valueAt(row, col) : "#REF!";
    },
  };
}
