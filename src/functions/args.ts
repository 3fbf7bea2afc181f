/* Argument checking and coercion for the worksheet functions: what Excel hands a custom function,
   turned into what the engine takes, or an Excel error value saying what is wrong.

   How arguments arrive (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options):
   - a range given to an `any[][]` parameter arrives as rows of cell values; a single value given to
     it arrives as [[value]];
   - an omitted optional parameter arrives as null (so TypeScript default values never apply);
   - a blank cell arrives as null or "" on some platforms and as 0 on others (Excel desktop), so a
     blank must mean the same as 0 wherever that is possible; text of spaces only is text, not a blank;
   - with allowErrorForDataTypeAny set in the functions' metadata, an Excel error value in an argument
     arrives as an object such as { type: "Error", code: "#N/A", message } instead of stopping the call
     (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors); without it, a cell
     can still hold the text "#N/A". Ranges skip both (they are not numbers); a single value that is an
     error gives that error back, as Excel's own functions do. */
import { EXCEL_ERROR_VALUES, parseNumber } from "../engine";
import { excelError, numError, valueError, type ExcelErrorCode } from "./errors";

/** A 2-D argument as Excel passes ranges and arrays. */
export type Matrix = readonly (readonly unknown[])[];

/** A blank argument or cell: omitted, null or "". Text of spaces only is not blank (it is text). */
export const isMissing = (arg: unknown): boolean => arg === null || arg === undefined || arg === "";

/**
 * Names that stand for error values in error objects, lower case: CustomFunctions.ErrorCode's
 * (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode) and
 * Excel.ErrorCellValueType's (https://learn.microsoft.com/javascript/api/excel/excel.errorcellvaluetype).
 */
const ERROR_NAMES: Record<string, string> = {
  divisionbyzero: "#DIV/0!",
  invalidname: "#NAME?",
  invalidnumber: "#NUM!",
  invalidreference: "#REF!",
  invalidvalue: "#VALUE!",
  notavailable: "#N/A",
  nullreference: "#NULL!",
  div0: "#DIV/0!",
  name: "#NAME?",
  num: "#NUM!",
  ref: "#REF!",
  value: "#VALUE!",
  null: "#NULL!",
  gettingdata: "#GETTING_DATA",
  blocked: "#BLOCKED!",
  busy: "#BUSY!",
  calc: "#CALC!",
  connect: "#CONNECT!",
  external: "#EXTERNAL!",
  field: "#FIELD!",
  python: "#PYTHON!",
  spill: "#SPILL!",
  timeout: "#TIMEOUT!",
  unknown: "#UNKNOWN!",
};
/** The error values a custom function may return (#NAME? and #REF! are input-only). */
const RETURNABLE = new Set(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]);

/** The error value an argument or cell holds when it is an Excel error object; null otherwise. */
export function errorValueOf(arg: unknown): string | null {
  if (typeof arg !== "object" || arg === null || Array.isArray(arg)) return null;
  for (const field of ["code", "type", "errorType"]) {
    const v = (arg as Record<string, unknown>)[field];
    if (typeof v !== "string") continue;
    const value = ERROR_NAMES[v.trim().toLowerCase()] ?? v.trim().toUpperCase();
    if (EXCEL_ERROR_VALUES.has(value)) return value;
  }
  return null;
}

function describe(arg: unknown): string {
  if (typeof arg === "string") return `"${arg.length > 40 ? `${arg.slice(0, 40)}…` : arg}"`;
  if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
  if (Array.isArray(arg)) return "a range";
  const error = errorValueOf(arg);
  if (error !== null) return `the error ${error}`;
  if (typeof arg === "object" && arg !== null) return "an object";
  return String(arg);
}

/** An argument that is an Excel error object gives that error back (#VALUE! for input-only errors). */
function passOnError(value: unknown, name: string): void {
  const error = errorValueOf(value);
  if (error === null) return;
  const code = (RETURNABLE.has(error) ? error : "#VALUE!") as ExcelErrorCode;
  throw excelError(code, `${name} is the error ${error}.`);
}

/** A 1×1 range or array given where one value is expected stands for that value. */
function unwrapSingle(arg: unknown, name: string): unknown {
  if (!Array.isArray(arg)) return arg;
  const row = arg.length === 1 ? arg[0] : undefined;
  if (Array.isArray(row) && row.length === 1) return row[0];
  if (arg.length === 1 && !Array.isArray(row)) return row;
  throw valueError(`${name} must be one value, not a range.`);
}

/**
 * One number. Numbers as text are accepted where the engine's parser finds them unambiguous
 * ("1,234", "¥5,000", "80%", "1.2万"). A blank counts as 0, as in Excel arithmetic; with
 * `fallback` given, a blank or omitted argument takes that value instead.
 */
export function numberArg(arg: unknown, name: string, fallback?: number): number {
  const value = unwrapSingle(arg, name);
  if (isMissing(value)) return fallback ?? 0;
  passOnError(value, name);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw numError(`${name} must be a finite number.`);
    return value;
  }
  if (typeof value === "string") {
    const parsed = parseNumber(value);
    if (parsed.ok) return parsed.value;
    throw valueError(`${name} must be a number; got ${describe(value)}.`);
  }
  throw valueError(`${name} must be a number; got ${describe(value)}.`);
}

/**
 * A fraction 0..1 such as a share or a rate: 0.8, not 80. `lowOpen`/`highOpen` exclude the ends.
 * A value > 1 gives #NUM! with a message that says fractions are expected.
 */
export function fractionArg(
  arg: unknown,
  name: string,
  options: { fallback?: number; lowOpen?: boolean; highOpen?: boolean } = {}
): number {
  const value = numberArg(arg, name, options.fallback);
  if (value > 1 || (options.highOpen && value === 1)) {
    throw numError(
      `${name} is a fraction (write 0.8 or 80%, not 80); got ${value}, which is more than ${options.highOpen ? "or equal to " : ""}1.`
    );
  }
  if (value < 0 || (options.lowOpen && value === 0)) {
    throw numError(
      `${name} must be ${options.lowOpen ? "more than" : "at least"} 0; got ${value}.`
    );
  }
  return value;
}

/**
 * A range or array argument, as rows. Excel always passes a rectangle; a scalar (possible from code)
 * becomes a 1×1 matrix and a flat array becomes one column. The rectangle itself is checked where the
 * cells are read (see population.ts), so a copied-down call does not pay for it twice.
 */
export function matrixArg(arg: unknown, name: string): Matrix {
  if (arg === null || arg === undefined)
    throw valueError(`${name} is required: give a range of cells.`);
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) throw valueError(`${name} is empty: give a range of cells.`);
  if (!Array.isArray(arg[0])) return arg.map((cell) => [cell]);
  return arg as Matrix;
}

/** Rows and columns of a matrix; #VALUE! when its rows differ in length or are not arrays. */
export function matrixShape(matrix: Matrix, name: string): { rows: number; cols: number } {
  const rows = matrix.length;
  const cols = Array.isArray(matrix[0]) ? matrix[0].length : -1;
  for (let r = 0; r < rows; r++) {
    const row = matrix[r];
    if (!Array.isArray(row) || row.length !== cols || cols === 0) {
      throw valueError(`${name} must be a rectangular range of cells.`);
    }
  }
  return { rows, cols };
}

/**
 * The cells of an optional range argument in reading order (row by row), keeping their places: a blank
 * cell (or text of spaces only) is null. Blank cells at the end are left out, so a range longer than
 * its names (A1:A10 holding four names) gives just the names.
 */
export function positionalListArg(arg: unknown): unknown[] {
  if (arg === null || arg === undefined) return [];
  const out: unknown[] = [];
  for (const row of matrixArg(arg, "list")) {
    for (const cell of Array.isArray(row) ? row : [row])
      out.push(isMissing(cell) || (typeof cell === "string" && cell.trim() === "") ? null : cell);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** The cells of an optional range argument in reading order (row by row), blanks left out. */
export function listArg(arg: unknown): unknown[] {
  if (arg === null || arg === undefined) return [];
  const matrix = matrixArg(arg, "list");
  const out: unknown[] = [];
  for (const row of matrix) {
    for (const cell of Array.isArray(row) ? row : [row]) if (!isMissing(cell)) out.push(cell);
  }
  return out;
}

/**
 * The numbers of a range for the column-wise functions (RFM): one entry per cell in reading order;
 * numbers as they are, blank / text / logical cells as NaN ("no value").
 */
export function cellNumbers(matrix: Matrix): Float64Array {
  let n = 0;
  for (const row of matrix) n += row.length;
  const out = new Float64Array(n);
  let k = 0;
  for (const row of matrix) {
    for (const cell of row)
      out[k++] = typeof cell === "number" && Number.isFinite(cell) ? cell : NaN;
  }
  return out;
}
