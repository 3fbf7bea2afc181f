/** Reading a whole source, and checking later that it is still what was read. */
import { type AdapterMessage, adapterMessage } from "./adapterMessages";
import type { Cell, ColumnMapping } from "../engine";
import type { ReadOptions, SourceData, SourceInfo } from "./gateway";
import { dataRect, describeRef } from "./locateSource";
import { readInBlocks } from "./readInBlocks";
import type { SourceRef } from "./runSetup";
import { formatChecksum, hashCells, parseChecksum } from "./sourceChecksum";

export async function readSourceData(
  context: Excel.RequestContext,
  ref: SourceRef,
  options: ReadOptions & { includeHiddenRows?: boolean; blockRows?: number } = {}
): Promise<SourceData> {
  const info = await describeRef(context, ref);
  const includeHiddenRows = options.includeHiddenRows !== false;
  const read = await readInBlocks(context, dataRect(info), {
    onProgress: options.onProgress,
    signal: options.signal,
    includeHiddenRows,
    blockRows: options.blockRows,
  });
  const checksum = formatChecksum(
    read.rows.length,
    info.header,
    read.hasher.all(),
    read.rowNumbers
  );
  return {
    info,
    rows: read.rows,
    checksum,
    rowNumbers: read.rowNumbers,
    includeHiddenRows,
  };
}

/** Columns whose values the mapping reads (all columns when the mapping names none). */
export function mappedColumns(mapping: ColumnMapping, columnCount: number): number[] {
  const used = new Set<number>();
  for (const column of Object.values(mapping)) {
    if (typeof column === "number" && column >= 0 && column < columnCount) used.add(column);
  }
  return used.size > 0
    ? [...used].sort((a, b) => a - b)
    : Array.from({ length: columnCount }, (_, i) => i);
}

function sameHeader(a: readonly Cell[], b: readonly Cell[]): boolean {
  return hashCells(a) === hashCells(b) && a.length === b.length;
}

/**
 * Whether the source still matches `data`: same address, row count and header, and the same values
 * in the columns the mapping uses (re-read in blocks: cheaper than the whole source). When hidden
 * rows were skipped, or the checksum is not one this adapter made, everything is re-read.
 * Returns what changed, as a message, undefined when not.
 */
export async function sourceChangeReason(
  context: Excel.RequestContext,
  data: SourceData,
  mapping: ColumnMapping,
  signal?: AbortSignal
): Promise<AdapterMessage | undefined> {
  const now: SourceInfo = await describeRef(context, data.info.ref);
  const where = data.info.address;
  const valuesChanged = adapterMessage("sourceValuesChanged", { address: where });
  if (now.address !== data.info.address)
    return adapterMessage("sourceMoved", { was: where, now: now.address });
  if (now.rowCount !== data.info.rowCount)
    return adapterMessage("sourceRowsChanged", {
      address: where,
      before: data.info.rowCount,
      after: now.rowCount,
    });
  if (!sameHeader(now.header, data.info.header))
    return adapterMessage("sourceHeaderChanged", { address: where });
  const parsed = parseChecksum(data.checksum);
  const skipHidden = data.includeHiddenRows === false || data.rowNumbers !== undefined;
  if (!parsed || skipHidden || parsed.columns !== now.columnCount) {
    const again = await readInBlocks(context, dataRect(now), {
      includeHiddenRows: !skipHidden,
      signal,
    });
    const checksum = formatChecksum(
      again.rows.length,
      now.header,
      again.hasher.all(),
      again.rowNumbers
    );
    return checksum === data.checksum ? undefined : valuesChanged;
  }
  const columns = mappedColumns(mapping, now.columnCount);
  const again = await readInBlocks(context, dataRect(now), { columns, signal });
  const changed = columns.filter((c) => again.hasher.column(c) !== parsed.columnHashes[c]);
  return changed.length === 0 ? undefined : valuesChanged;
}
