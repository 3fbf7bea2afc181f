/**
 * The `scheme` of a saved set-up: one schema per kind of the engine's scheme registry
 * (SCHEME_KINDS), so a kind the registry adds loads and an unknown kind is refused, naming the
 * registry's kinds. The kinds below are checked field by field; a kind added to the registry
 * without an entry here is checked by `anyScheme` (its tiers closely, its other fields by the walk
 * in setupShape.ts only: the engine's normalizeSetup cleans them, as for any set-up).
 */
import * as v from "valibot";
import { SCHEME_KINDS, type SchemeSpec } from "../engine";
import { finiteNumber, listOf, objectOf, oneOf, share, text, wholeNumber } from "./setupFields";
import { SETUP_LIMITS } from "./setupLimits";
import { says, setupProblem } from "./setupProblem";

const L = SETUP_LIMITS;

const basis = v.optional(v.picklist(["revenue", "profit"], oneOf("revenue", "profit")));

const tierFields = { key: text(64, "tierKey", 1), label: text(L.nameChars, "tierLabel") };
const TIER = objectOf("tier");
const plainTier = v.object(tierFields, TIER);
const rankTier = v.object({ ...tierFields, share }, TIER);
const thresholdTier = v.object({ ...tierFields, min: v.optional(finiteNumber) }, TIER);
const anyTier = v.object(
  { ...tierFields, share: v.optional(share), min: v.optional(finiteNumber) },
  TIER
);

const tierList = <T extends v.GenericSchema>(tier: T, min: number) =>
  listOf(tier, "tiers", min, L.tiers);

const clvInputs = v.object(
  {
    retention: share,
    discount: v.pipe(
      finiteNumber,
      v.minValue(0, says(setupProblem("discountAtLeast", { min: 0 }))),
      v.maxValue(100, says(setupProblem("discountAtMost", { max: 100 })))
    ),
    periods: v.optional(wholeNumber(1, 1000, "periods")),
    margin: v.optional(v.picklist(["profit", "revenue"], oneOf("profit", "revenue"))),
  },
  objectOf("clv")
);

const ABC_MODES = ["count", "value", "growth"] as const;

/** The kinds checked field by field (each typed to its spec, so a drift stops compiling). */
const CLOSE = {
  pyramid: v.object({ kind: v.literal("pyramid"), tiers: tierList(rankTier, 1), basis }),
  key: v.object({ kind: v.literal("key"), tiers: tierList(rankTier, 1), basis }),
  thresholds: v.object({ kind: v.literal("thresholds"), tiers: tierList(thresholdTier, 1), basis }),
  abc: v.object({
    kind: v.literal("abc"),
    mode: v.picklist(ABC_MODES, oneOf(...ABC_MODES)),
    tiers: tierList(plainTier, 0),
    cutoffs: v.optional(listOf(share, "shares", 0, 10, false)),
    minGrowth: v.optional(finiteNumber),
    topShare: v.optional(share),
  }),
  valueMatrix: v.object({
    kind: v.literal("valueMatrix"),
    tiers: tierList(plainTier, 0),
    scoreSplit: v.optional(finiteNumber),
    clvSplit: v.optional(finiteNumber),
    clv: v.optional(clvInputs),
  }),
  rfm: v.object({ kind: v.literal("rfm"), tiers: tierList(plainTier, 0) }),
  custom: v.variant(
    "mode",
    [
      v.object({
        kind: v.literal("custom"),
        mode: v.literal("shares"),
        tiers: tierList(rankTier, 1),
        basis,
      }),
      v.object({
        kind: v.literal("custom"),
        mode: v.literal("thresholds"),
        tiers: tierList(thresholdTier, 1),
        basis,
      }),
    ],
    oneOf("shares", "thresholds")
  ),
} satisfies {
  [K in SchemeSpec["kind"]]?: v.GenericSchema<unknown, Extract<SchemeSpec, { kind: K }>>;
};

/** A registry kind with no close schema above: its tiers, and its other fields as they are. */
const anyScheme = (kind: string) =>
  v.looseObject({ kind: v.literal(kind), tiers: tierList(anyTier, 0) });

const closeSchema = (kind: string) =>
  Object.prototype.hasOwnProperty.call(CLOSE, kind) ? CLOSE[kind as keyof typeof CLOSE] : undefined;

/**
 * The registry's kinds, in its order. Typed as the registry's spec: the close schemas give exactly
 * it, and `anyScheme` gives a spec of a kind the registry knows (which is all runTiering needs).
 */
export const schemeSchema = v.variant(
  "kind",
  SCHEME_KINDS.map((kind) => closeSchema(kind) ?? anyScheme(kind)),
  says(setupProblem("schemeKind", { kinds: [...SCHEME_KINDS] }))
) as unknown as v.GenericSchema<unknown, SchemeSpec>;
