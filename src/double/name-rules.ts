/** Excel's rules for the names of tables and defined names, which share one namespace. */
import { tryParseAddress } from "./address";
import { ExcelDoubleError } from "./errors";
import type { WorkbookState } from "./workbook-state";

const NAME_PATTERN = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/**
 * Table and defined names share Excel's naming rules and namespace. The API docs name no error
 * codes here: InvalidArgument for a bad name and ItemAlreadyExists for a taken one are our choice.
 */
export function validateWorkbookName(
  state: WorkbookState,
  name: string,
  location: string,
  except?: string
): void {
  if (
    !NAME_PATTERN.test(name) ||
    name.length > 255 ||
    tryParseAddress(name) ||
    /^[RrCc]$/.test(name) ||
    /^R\d*C\d*$/i.test(name)
  ) {
    throw new ExcelDoubleError("InvalidArgument", location, `invalid name ${JSON.stringify(name)}`);
  }
  const lower = name.toLowerCase();
  const clash =
    state.tables.some((t) => t.name.toLowerCase() === lower && t.id !== except) ||
    state.names.some((n) => n.name.toLowerCase() === lower && n.name !== except);
  if (clash)
    throw new ExcelDoubleError("ItemAlreadyExists", location, `name ${name} already exists`);
}
