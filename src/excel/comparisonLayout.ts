/**
 * What the period comparison sheet holds, as plain blocks (no Excel calls): a title with the two
 * periods as dates, the counts (up, down, same, new, lost), the migration matrix as a table (tier in
 * A + New as rows, tier in B + Lost as columns, a Total column; the Total row below the table) and
 * every mover as one table row.
 * Both tables start on the same sheet row, side by side (movers in A:E, the matrix from G), so that
 * each keeps its top-left cell however many tiers or movers a run has: a table is resized in place,
 * never moved (sheetTables.ts).
 */
import type { CustomerMove, MigrationMatrix } from "../engine";
import { type CellRect, sameSheet } from "./a1";
import type { WriteCell } from "./batchWriter";
import { type ColumnSpec, specGrid } from "./columnSpecs";
import { sheetText, type SheetText } from "../i18n/sheetText";
import type { OutputLanguage } from "./runSetup";
import { type GridBlock, THOUSANDS } from "./gridBlock";

/**
 * The comparison sheet's name: the sheet the add-in wrote it on before, whatever language that was
 * (a language switch never renames a sheet the user may reference), else the language's default. A
 * sheet the user renamed since (its name is not the one recorded) is theirs, as planOwnedSheet says.
 */
export function comparisonSheetName(
  existing: readonly string[],
  ownedSheet: string | undefined,
  recorded: string | undefined,
  language: OutputLanguage
): string {
  const own = ownedSheet && existing.find((name) => sameSheet(name, ownedSheet));
  const renamedByUser = own && recorded !== undefined && !sameSheet(own, recorded);
  return own && !renamedByUser ? own : sheetText(language).comparisonSheetName;
}
export const MATRIX_TABLE_NAME = "CRMPyramid_Migration";
export const MOVERS_TABLE_NAME = "CRMPyramid_Movers";
export const COMPARISON_TABLE_STYLE = "TableStyleLight9";
/** Period dates are Excel serials shown as dates (ISO order reads the same in both languages). */
export const DATE_FORMAT = "yyyy-mm-dd";

const REPORT_ROWS = 11;
/** Sheet row (0-based) of the two tables' headings; their header rows are the next row. */
const HEADING_ROW = 12;
const MOVERS_COL = 0;
const MATRIX_COL = 6;

export type ComparisonRegionKey = "comparisonReport" | "comparisonMatrix" | "comparisonMovers";

export interface ComparisonLayout {
  regions: { key: ComparisonRegionKey; rect: CellRect }[];
  blocks: GridBlock[];
  matrixTable: CellRect;
  moversTable: CellRect;
  /** Movers written (one table row each). */
  movers: number;
}

export function comparisonLayout(matrix: MigrationMatrix, text: SheetText): ComparisonLayout {
  const report = reportBlocks(matrix, text);
  const matrixBlock = matrixBlockFor(matrix, text);
  const moversBlock = moversBlockFor(matrix, text);
  // Under the heading row. The matrix's Total row stays out of its table, so that a structured
  // reference such as =SUM(CRMPyramid_Migration[Lost]) counts each customer once, and one blank
  // row below it: Excel's AutoCorrect grows a table over values written into the row just below
  // it, also through the API (reported in https://github.com/OfficeDev/office-js/issues/6745 and
  // relied on in https://github.com/OfficeDev/office-js/issues/3013; the Table pages on Microsoft
  // Learn do not say). The double does not model that growth.
  const tableOf = (block: GridBlock, below: number): CellRect => ({
    row: block.row + 1,
    col: block.col,
    rowCount: block.values.length - 1 - below,
    colCount: block.values[0].length,
  });
  const regionOf = (block: GridBlock): CellRect => ({
    row: block.row,
    col: block.col,
    rowCount: block.values.length,
    colCount: block.values[0].length,
  });
  return {
    regions: [
      { key: "comparisonReport", rect: { row: 0, col: 0, rowCount: REPORT_ROWS, colCount: 3 } },
      { key: "comparisonMatrix", rect: regionOf(matrixBlock) },
      { key: "comparisonMovers", rect: regionOf(moversBlock) },
    ],
    blocks: [...report, matrixBlock, moversBlock],
    matrixTable: tableOf(matrixBlock, 2),
    moversTable: tableOf(moversBlock, 0),
    movers: moverCount(matrix),
  };
}

export function moverCount(matrix: MigrationMatrix): number {
  return (
    matrix.movedUp.length + matrix.movedDown.length + matrix.newList.length + matrix.lostList.length
  );
}

function reportBlocks(matrix: MigrationMatrix, text: SheetText): GridBlock[] {
  const dates = (p: { start: number; end: number } | null): WriteCell[] =>
    p ? [p.start, p.end] : ["", ""];
  const periods: GridBlock = {
    row: 0,
    col: 0,
    values: [
      [text.comparisonTitle, "", ""],
      ["", text.periodFrom, text.periodTo],
      [text.periodA, ...dates(matrix.periodA)],
      [text.periodB, ...dates(matrix.periodB)],
    ],
    columnFormats: ["General", DATE_FORMAT, DATE_FORMAT],
    boldRows: [0, 1],
  };
  const counts: GridBlock = {
    row: 5,
    col: 0,
    values: [
      [text.movedUp, matrix.movedUp.length],
      [text.movedDown, matrix.movedDown.length],
      [text.sameTier, matrix.stayed],
      [text.newCustomers, matrix.newCustomers],
      [text.lostCustomers, matrix.lost],
      [text.customersBoth, matrix.customers],
    ],
    columnFormats: ["General", THOUSANDS],
  };
  return [periods, counts];
}

function matrixBlockFor(matrix: MigrationMatrix, text: SheetText): GridBlock {
  const k = matrix.tiers.length;
  const labels = matrix.tiers.map((t) => t.label);
  const header = uniqueHeaders(
    [text.matrixCorner, ...labels, text.matrixLost, text.matrixTotal],
    text.tier
  );
  const columnTotals = new Array<number>(k + 2).fill(0);
  const rows = matrix.counts.map((counts, from): WriteCell[] => {
    const total = counts.reduce((s, n) => s + n, 0);
    counts.forEach((n, to) => (columnTotals[to] += n));
    columnTotals[k + 1] += total;
    // No customer is both new and lost: that cell is left blank, as in the pane.
    const cells = counts.map((n, to): WriteCell => (from === k && to === k ? "" : n));
    return [from < k ? labels[from] : text.matrixNew, ...cells, total];
  });
  const width = header.length;
  const heading: WriteCell[] = [text.matrixHeading, ...new Array<WriteCell>(width - 1).fill("")];
  return {
    row: HEADING_ROW,
    col: MATRIX_COL,
    values: [
      heading,
      header,
      ...rows,
      new Array<WriteCell>(width).fill(""),
      [text.matrixTotal, ...columnTotals],
    ],
    columnFormats: ["General", ...new Array<string>(width - 1).fill(THOUSANDS)],
    boldRows: [0, rows.length + 3],
  };
}

interface Mover {
  move: CustomerMove;
  movement: string;
}

/** The movers table's columns. */
function moverColumns(matrix: MigrationMatrix, text: SheetText): ColumnSpec<Mover>[] {
  const label = (tier: number): string => matrix.tiers[tier]?.label ?? "";
  return [
    { title: text.customerId, value: (m) => m.move.id, format: "General" },
    { title: text.customerName, value: (m) => m.move.name, format: "General" },
    { title: text.tierInA, value: (m) => label(m.move.from), format: "General" },
    { title: text.tierInB, value: (m) => label(m.move.to), format: "General" },
    { title: text.movement, value: (m) => m.movement, format: "General" },
  ];
}

function moversBlockFor(matrix: MigrationMatrix, text: SheetText): GridBlock {
  const as = (movement: string) => (move: CustomerMove) => ({ move, movement });
  const movers = [
    ...matrix.movedUp.map(as(text.movementUp)),
    ...matrix.movedDown.map(as(text.movementDown)),
    ...matrix.newList.map(as(text.movementNew)),
    ...matrix.lostList.map(as(text.movementLost)),
  ];
  const grid = specGrid(moverColumns(matrix, text), movers);
  // An Excel table keeps at least one data row: with no movers it is one blank row.
  const rows = grid.rows.length > 0 ? grid.rows : [grid.header.map((): WriteCell => "")];
  const title: WriteCell[] = [text.moversHeading, ...grid.header.slice(1).map(() => "")];
  return {
    row: HEADING_ROW,
    col: MOVERS_COL,
    values: [title, grid.header, ...rows],
    columnFormats: grid.formats,
    boldRows: [0],
  };
}

/**
 * Table headers as Excel keeps them: Excel renames a blank header ("Column1") or a repeated one
 * ("Lost2"), and the re-run would then take its own header for a user's edit. Tier labels are the
 * user's, so blanks and repeats are named here the same way every run.
 */
export function uniqueHeaders(headers: readonly string[], blank: string): string[] {
  const seen = new Set<string>();
  return headers.map((header, i) => {
    const base = header.trim() === "" ? `${blank} ${i}` : header;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}
