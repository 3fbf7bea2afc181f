/**
 * Fingerprint of a source as read: row count, header, and one FNV-1a hash per column, so that a
 * later check can re-read only the columns the mapping uses and still compare like with like.
 *   "v1|<rows>|<cols>|<header hash>|<rows hash>|<col0>,<col1>,..."
 */
import type { Cell } from "../engine";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  // Cell separator, so ["ab", "c"] and ["a", "bc"] differ.
  h ^= 0x1f;
  return Math.imul(h, FNV_PRIME);
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined || cell === "") return "e";
  if (typeof cell === "number") return `n${cell}`;
  if (typeof cell === "boolean") return cell ? "t" : "f";
  return `s${cell}`;
}

export function hashCells(cells: readonly Cell[]): string {
  let h = FNV_OFFSET;
  for (const cell of cells) h = mix(h, cellText(cell));
  return (h >>> 0).toString(16);
}

/** Incremental per-column hashes, fed block by block. */
export class ColumnHasher {
  private readonly hashes: number[];
  rows = 0;

  constructor(readonly columnCount: number) {
    this.hashes = new Array<number>(columnCount).fill(FNV_OFFSET);
  }

  /** `rows` hold the columns listed in `columns` (default: all, in order). */
  add(rows: readonly (readonly Cell[])[], columns?: readonly number[]): void {
    const cols = columns ?? this.hashes.map((_, i) => i);
    for (const row of rows) {
      for (let j = 0; j < cols.length; j++)
        this.hashes[cols[j]] = mix(this.hashes[cols[j]], cellText(row[j]));
    }
    this.rows += rows.length;
  }

  column(index: number): string {
    return (this.hashes[index] >>> 0).toString(16);
  }

  all(): string[] {
    return this.hashes.map((h) => (h >>> 0).toString(16));
  }
}

export interface ParsedChecksum {
  rows: number;
  columns: number;
  header: string;
  rowNumbers: string;
  columnHashes: string[];
}

export function formatChecksum(
  rows: number,
  header: readonly Cell[],
  columnHashes: readonly string[],
  rowNumbers?: readonly number[]
): string {
  const rowHash = rowNumbers ? hashCells(rowNumbers) : "-";
  return `v1|${rows}|${columnHashes.length}|${hashCells(header)}|${rowHash}|${columnHashes.join(",")}`;
}

export function parseChecksum(checksum: string): ParsedChecksum | undefined {
  const parts = checksum.split("|");
  if (parts.length !== 6 || parts[0] !== "v1") return undefined;
  const rows = Number(parts[1]);
  const columns = Number(parts[2]);
  const columnHashes = parts[5] === "" ? [] : parts[5].split(",");
  if (!Number.isInteger(rows) || columnHashes.length !== columns) return undefined;
  return { rows, columns, header: parts[3], rowNumbers: parts[4], columnHashes };
}
