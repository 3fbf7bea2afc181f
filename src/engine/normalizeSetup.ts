import { schemeDefinition } from "./schemes/registry";
import { finite, isObject } from "./schemes/specFields";
import type {
  ChurnOptions,
  ColumnMapping,
  IdMatching,
  PeriodOptions,
  Role,
  SchemeSpec,
  TierMove,
  TieringOptions,
  TieringSetup,
} from "./types";

// A set-up can come from anywhere: the pane, a workbook saved by another version, a test, a script. The
// engine reads only this normalised copy, so a malformed set-up (tiers: [null], thresholds [null, …], a
// what-if list with holes, text where numbers belong) gives the defaults for the parts that make no
// sense, never an exception. A valid set-up comes out with the same meaning.

type Loose = Record<string, unknown>;

const text = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined;

// Every role, once (the type checker keeps the list whole).
const ROLE_FLAGS: Record<Role, true> = {
  customer: true,
  name: true,
  revenue: true,
  cost: true,
  profit: true,
  investment: true,
  date: true,
  status: true,
  score: true,
  clv: true,
  agent: true,
};
const ROLES = Object.keys(ROLE_FLAGS) as Role[];
const ID_MATCHING: readonly IdMatching[] = ["exact", "trim", "normalized"];

/** A column index per role; anything but a whole number ≥ 0 leaves the role unmapped. */
function normalizeMapping(mapping: unknown): ColumnMapping {
  const out: ColumnMapping = {};
  if (!isObject(mapping)) return out;
  for (const role of ROLES) {
    const c = mapping[role];
    if (typeof c === "number" && Number.isInteger(c) && c >= 0) out[role] = c;
  }
  return out;
}

/** Tier specs: entries that are not objects are dropped; key and label become text, share and min numbers. */
function normalizeTiers(tiers: unknown): Loose[] {
  if (!Array.isArray(tiers)) return [];
  const out: Loose[] = [];
  for (const t of tiers) {
    if (!isObject(t)) continue;
    const k = out.length;
    const key = text(t.key) ?? `tier${k + 1}`;
    const tier: Loose = { ...t, key, label: text(t.label) ?? key };
    if ("share" in t) tier.share = finite(t.share) ?? 0;
    if ("min" in t) {
      const min = finite(t.min);
      if (min === undefined) delete tier.min;
      else tier.min = min;
    }
    out.push(tier);
  }
  return out;
}

function normalizeScheme(scheme: unknown): SchemeSpec {
  const definition = isObject(scheme) ? schemeDefinition(scheme.kind as string) : undefined;
  if (!isObject(scheme) || !definition) return { kind: "pyramid", tiers: [] };
  const out: Loose = { ...scheme, tiers: normalizeTiers(scheme.tiers) };
  if ("basis" in scheme && scheme.basis !== "revenue" && scheme.basis !== "profit")
    delete out.basis;
  definition.normalize?.(scheme, out);
  return out as unknown as SchemeSpec;
}

function normalizeMoves(moves: unknown): TierMove[] | undefined {
  if (!Array.isArray(moves)) return undefined;
  const out: TierMove[] = [];
  for (const m of moves) {
    if (!isObject(m)) continue;
    const from = finite(m.from);
    const to = finite(m.to);
    if (from === undefined || to === undefined) continue;
    const move: TierMove = { from, to };
    const share = finite(m.share);
    const count = finite(m.count);
    if (share !== undefined) move.share = share;
    if (count !== undefined) move.count = count;
    out.push(move);
  }
  return out;
}

function normalizeOptions(options: unknown): TieringOptions {
  if (!isObject(options)) return {};
  const out: TieringOptions = {};
  if (isObject(options.period)) {
    const period: PeriodOptions = {};
    const end = finite(options.period.end);
    const months = finite(options.period.months);
    if (end !== undefined) period.end = end;
    if (months !== undefined) period.months = months;
    out.period = period;
  }
  if (ID_MATCHING.includes(options.idMatching as IdMatching))
    out.idMatching = options.idMatching as IdMatching;
  const moves = normalizeMoves(options.whatIf);
  if (moves) out.whatIf = moves;
  if (isObject(options.churn)) {
    const churn: ChurnOptions = {};
    for (const field of ["windowDays", "minDrop", "maxRecencyDays"] as const) {
      const v = finite(options.churn[field]);
      if (v !== undefined) churn[field] = v;
    }
    out.churn = churn;
  }
  if (options.rfm === true) out.rfm = true;
  if (isObject(options.groupLabels)) {
    const labels: TieringOptions["groupLabels"] = {};
    for (const key of ["inactive", "prospect", "suspect"] as const) {
      const label = text(options.groupLabels[key]);
      if (label !== undefined) labels[key] = label;
    }
    out.groupLabels = labels;
  }
  return out;
}

/** A set-up the engine can run whatever `setup` is (see the comment above). */
export function normalizeSetup(setup: unknown): TieringSetup {
  const given = isObject(setup) ? setup : {};
  return {
    mapping: normalizeMapping(given.mapping),
    scheme: normalizeScheme(given.scheme),
    options: normalizeOptions(given.options),
  };
}
