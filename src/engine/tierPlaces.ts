import { STATUS_PROSPECT } from "./parse/classifyStatus";
import type { RowColumns } from "./parse/readRows";
import type { CustomerTotals } from "./rollUpCustomers";
import { NON_BUYER_TIERS } from "./schemes/presets";
import type { TierInfo, TieringOptions, TierSpec } from "./types";

type GroupKey = "inactive" | "prospect" | "suspect";

/** A run's tiers: the scheme's (ranked), then the groups below them, labelled as the set-up asks. */
export function tierInfos(
  ranked: TierSpec[],
  groupLabels: TieringOptions["groupLabels"]
): TierInfo[] {
  return [
    ...ranked.map((t) => ({ key: t.key, label: t.label, group: "ranked" as const })),
    ...NON_BUYER_TIERS.map((t) => ({
      key: t.key,
      label: groupLabels?.[t.key as GroupKey] || t.label,
      group: t.key as GroupKey,
    })),
  ];
}

/**
 * Customers no scheme tier took (tier -1): Inactive if they bought before, else Prospect or Suspect by
 * status. Fills `customerTier` in place (the scheme's own new array) and returns it.
 */
export function placeNonBuyers(
  customerTier: Int32Array,
  ranked: number,
  totals: CustomerTotals,
  rowsIn: RowColumns
): Int32Array {
  const status = rowsIn.customers.status;
  for (let c = 0; c < totals.count; c++) {
    if (customerTier[c] >= 0) continue;
    customerTier[c] = totals.everBought[c]
      ? ranked
      : status[c] === STATUS_PROSPECT
        ? ranked + 1
        : ranked + 2;
  }
  return customerTier;
}

/** Tier index per input row (-1 for skipped rows). */
export function rowTiers(rowCustomer: Int32Array, customerTier: Int32Array): Int32Array {
  const out = new Int32Array(rowCustomer.length);
  for (let i = 0; i < rowCustomer.length; i++) {
    const c = rowCustomer[i];
    out[i] = c >= 0 ? customerTier[c] : -1;
  }
  return out;
}
