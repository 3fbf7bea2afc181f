/**
 * Members the double does not model: with `strictUnknownMembers` (the default), touching one throws
 * NotImplemented instead of returning undefined, so a test cannot pass by reading nothing.
 */
import { ExcelDoubleError } from "./errors";

/** Names that tooling (Promise resolution, Jest, JSON, inspectors) probes on any object. */
const TOOLING_NAMES = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
  "toAsymmetricMatcher",
  "jasmineToString",
  "length",
  "prototype",
]);

/** Wraps `proxy` so that reading a member it does not have fails loudly (names tooling probes pass). */
export function refuseUnknownMembers<P extends { typeName: string }>(proxy: P): P {
  return new Proxy(proxy, {
    get(target, prop, receiver) {
      if (
        typeof prop === "symbol" ||
        prop in target ||
        TOOLING_NAMES.has(prop) ||
        /^[_$@]/.test(prop)
      ) {
        return Reflect.get(target, prop, receiver);
      }
      throw new ExcelDoubleError(
        "NotImplemented",
        `${target.typeName}.${prop}`,
        "not modelled by the Excel double"
      );
    },
  });
}
