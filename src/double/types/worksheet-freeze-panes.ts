/**
 * Excel.WorksheetFreezePanes (ExcelApi 1.7) as a host type; target: the sheet id. The double keeps
 * the frozen row and column counts on the sheet and models freezeRows / freezeColumns / unfreeze.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes
 */
import { ExcelDoubleError } from "../errors";
import { hostType } from "../host/host-type";

export const FREEZE_PANES = "WorksheetFreezePanes";

/**
 * freezeRows(count?) / freezeColumns(count?): the docs call count optional without naming a default;
 * the double freezes one row or column when it is left out (our choice).
 */
function count(v: unknown, location: string): number {
  const n = v === undefined || v === null ? 1 : Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new ExcelDoubleError("InvalidArgument", location, String(v));
  return n;
}

export const FREEZE_PANES_TYPE = hostType<string>({
  name: FREEZE_PANES,
  properties: {},
  methods: {
    freezeRows: {
      call: (id, [n], env, loc) => void (env.state.sheet(id, loc).frozenRows = count(n, loc)),
    },
    freezeColumns: {
      call: (id, [n], env, loc) => void (env.state.sheet(id, loc).frozenColumns = count(n, loc)),
    },
    unfreeze: {
      call: (id, _args, env, loc) => {
        const sheet = env.state.sheet(id, loc);
        sheet.frozenRows = 0;
        sheet.frozenColumns = 0;
      },
    },
  },
});
