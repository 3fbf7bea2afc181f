/**
 * The walk of a saved set-up before its schema runs (setupSchema.ts): iterative, so a deep value
 * cannot overflow the stack, for what a schema cannot see cheaply: keys that would pollute
 * prototypes (`__proto__`, `constructor`, `prototype`), nesting deeper than any set-up has, too
 * many values, strings longer than a cell can hold, and values JSON cannot carry (functions, class
 * instances, cycles).
 */
import { SETUP_LIMITS } from "./setupLimits";
import { setupProblem, type SetupProblem } from "./setupProblem";

const L = SETUP_LIMITS;

const TOO_MANY = setupProblem("tooManyValues", { max: L.values });
const NOT_DATA = setupProblem("notData");

/** Keys that must never be copied into an object the add-in uses. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type PathSegment = string | number;

/** "tiering.scheme.tiers[2].share"; "$" for the whole value. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text || "$";
}

/** An object literal or JSON.parse result (of any realm), not a Date, Map or class instance. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The first structural problem of a JSON-like value, or undefined. Never throws on plain data. */
export function shapeProblem(
  root: unknown
): { path: PathSegment[]; problem: SetupProblem } | undefined {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  let count = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++count > L.values) return { path: [], problem: TOO_MANY };
    switch (typeof value) {
      case "string":
        if (value.length > L.textChars)
          return { path, problem: setupProblem("tooLong", { max: L.textChars }) };
        continue;
      case "number":
      case "boolean":
      case "undefined":
        continue;
      case "object":
        break;
      default:
        return { path, problem: NOT_DATA };
    }
    if (value === null) continue;
    if (path.length >= L.depth) return { path, problem: setupProblem("tooDeep") };
    if (Array.isArray(value)) {
      if (value.length > L.values) return { path, problem: TOO_MANY };
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    if (!isPlainObject(value)) return { path, problem: NOT_DATA };
    const keys = Object.keys(value);
    if (keys.length > L.values) return { path, problem: TOO_MANY };
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (UNSAFE_KEYS.has(key)) return { path: [...path, key], problem: setupProblem("unsafeKey") };
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}
