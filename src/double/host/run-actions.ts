/**
 * Runs a request's actions in order against the workbook state. Like Excel, actions before a failing
 * one stay applied and the rest are dropped; the response then carries the error and no results
 * (Microsoft's docs do not say whether Excel returns the results of the actions before the failing
 * one; the double returns none, so no loaded value is delivered from a failed sync).
 */
import { ExcelDoubleError } from "../errors";
import type { PendingFault } from "../faults";
import type { HostEnv, HostRef } from "./host-type";
import { queryValue } from "./query";
import { hostTypeOf } from "./registry";
import { notModelled, PathResolver } from "./resolve-path";
import type { HostSession } from "./session";
import {
  ACTION,
  memberName,
  PATH,
  type ActionInfo,
  type ActionResult,
  type RequestBody,
} from "./wire";

const KEEP_REFERENCE = "_KeepReference";
/** Excel.run's clean-up request: the client releases the references it asked the host to keep. */
const REMOVE_REFERENCE = "_RemoveReference";

export interface ActionsOutcome {
  results: ActionResult[];
  /** The failing action's error and index, when one failed. */
  error?: { error: ExcelDoubleError; actionIndex: number };
  /** Actions that did something (method calls, property sets, queries) before the end or the error. */
  counted: number;
}

export function runActions(
  body: RequestBody,
  env: HostEnv,
  session: HostSession,
  fault: PendingFault | undefined
): ActionsOutcome {
  const paths = new PathResolver(body.ObjectPaths, env, session);
  const run = new ActionRun(body, env, session, paths);
  let counted = 0;
  for (let index = 0; index < body.Actions.length; index++) {
    const action = body.Actions[index];
    const counts = countsAsOperation(action, body, paths);
    if (fault && counts && counted >= fault.afterOperations)
      return {
        results: [],
        counted,
        error: { error: injected(fault, action, counted), actionIndex: index },
      };
    try {
      run.action(action);
      env.state.afterOperation();
    } catch (error) {
      return {
        results: [],
        counted,
        error: { error: asExcelError(error, action), actionIndex: index },
      };
    }
    if (counts) counted++;
  }
  if (fault)
    return {
      results: [],
      counted,
      error: { error: injected(fault, undefined, counted), actionIndex: -1 },
    };
  return { results: run.results, counted };
}

/**
 * What `injectFault({ afterOperations })` counts: method calls (including the first resolution of an
 * object a method returns, such as `getRange(...)` or `worksheets.add(...)`, which may change the
 * workbook), property sets and loads; not the client's re-instantiations, indexers, navigation
 * properties or reference bookkeeping.
 */
function countsAsOperation(action: ActionInfo, body: RequestBody, paths: PathResolver): boolean {
  if (action.ActionType === ACTION.instantiate)
    return (
      body.ObjectPaths[String(action.ObjectPathId)]?.ObjectPathType === PATH.method &&
      !paths.has(action.ObjectPathId)
    );
  if (action.ActionType === ACTION.trace) return false;
  return !(
    action.ActionType === ACTION.method &&
    (action.Name === KEEP_REFERENCE || action.Name === REMOVE_REFERENCE)
  );
}

class ActionRun {
  readonly results: ActionResult[] = [];
  /** Instantiate results by object path, so a later _KeepReference can add the reference id. */
  private readonly instantiated = new Map<number, Record<string, unknown>>();

  constructor(
    private readonly body: RequestBody,
    private readonly env: HostEnv,
    private readonly session: HostSession,
    private readonly paths: PathResolver
  ) {}

  action(action: ActionInfo): void {
    switch (action.ActionType) {
      case ACTION.instantiate:
        return this.instantiate(action);
      case ACTION.query:
        return this.query(action);
      case ACTION.method:
        return this.method(action);
      case ACTION.setProperty:
        return this.setProperty(action);
      case ACTION.trace:
        return;
      default:
        throw notModelled(`RequestContext.action${action.ActionType}`);
    }
  }

  /**
   * The client reads an Instantiate result as the object's identity: null makes it a null object;
   * `_ReferenceId` makes later requests address it by reference; `_Id` (with a collection path) by id.
   */
  private instantiate(action: ActionInfo): void {
    const ref = this.paths.resolve(action.ObjectPathId);
    if (ref === null) {
      this.results.push({ ActionId: action.Id, Value: null });
      return;
    }
    let value = this.instantiated.get(action.ObjectPathId);
    if (!value) {
      value = {};
      const type = hostTypeOf(ref.type, "RequestContext.sync");
      if (type.idOf) value._Id = type.idOf(ref.target, this.env);
      // Objects a method made (tables.add, charts.add) are invalid after the request in the client
      // unless the host gives them a reference.
      if (this.body.ObjectPaths[String(action.ObjectPathId)]?.ObjectPathType === PATH.method)
        value._ReferenceId = this.session.keep(ref);
      this.instantiated.set(action.ObjectPathId, value);
    }
    this.results.push({ ActionId: action.Id, Value: value });
  }

  private query(action: ActionInfo): void {
    const ref = this.paths.resolve(action.ObjectPathId);
    const value = queryValue(ref, action.QueryInfo?.Select ?? [], this.env);
    this.results.push({ ActionId: action.Id, Value: value });
  }

  private method(action: ActionInfo): void {
    if (action.Name === REMOVE_REFERENCE) {
      this.session.release(String((action.ArgumentInfo?.Arguments ?? [])[0]));
      return;
    }
    if (action.Name === KEEP_REFERENCE) {
      // Keeping a null object keeps nothing: there is nothing to address later.
      const kept = this.paths.resolve(action.ObjectPathId);
      const value = this.instantiated.get(action.ObjectPathId);
      if (kept && value && !value._ReferenceId) value._ReferenceId = this.session.keep(kept);
      return;
    }
    const ref = this.target(action, `.${memberName(action.Name)}`);
    const type = hostTypeOf(ref.type, "RequestContext.sync");
    const name = memberName(action.Name);
    const location = `${type.name}.${name}`;
    const method = type.methods?.[name];
    if (!method) throw notModelled(location);
    if (method.api) this.env.requireApi(method.api, location);
    const outcome = method.call(
      ref.target,
      this.paths.arguments(action.ArgumentInfo),
      this.env,
      location
    );
    if (outcome && "value" in outcome)
      this.results.push({ ActionId: action.Id, Value: outcome.value });
  }

  private setProperty(action: ActionInfo): void {
    const ref = this.target(action, `.${memberName(action.Name)}`);
    const type = hostTypeOf(ref.type, "RequestContext.sync");
    const name = memberName(action.Name);
    const location = `${type.name}.${name}`;
    const property = type.properties[name];
    if (!property) throw notModelled(location);
    if (!property.set)
      throw new ExcelDoubleError("InvalidArgument", location, "read-only property");
    if (property.api) this.env.requireApi(property.api, location);
    property.set(ref.target, (action.ArgumentInfo?.Arguments ?? [])[0], this.env, location);
  }

  /** The object an action works on; a null object cannot be changed or called. */
  private target(action: ActionInfo, member: string): HostRef {
    const ref = this.paths.resolve(action.ObjectPathId);
    if (ref === null)
      throw new ExcelDoubleError(
        "ItemNotFound",
        `RequestContext${member}`,
        "the object is a null object"
      );
    return ref;
  }
}

function injected(
  fault: PendingFault,
  action: ActionInfo | undefined,
  counted: number
): ExcelDoubleError {
  const at = action ? memberName(action.Name) || "load" : "RequestContext.sync";
  return new ExcelDoubleError(
    fault.code,
    at,
    `fault injected by the test after ${counted} operations`
  );
}

function asExcelError(error: unknown, action: ActionInfo): ExcelDoubleError {
  if (error instanceof ExcelDoubleError) return error;
  return new ExcelDoubleError(
    "GeneralException",
    action.Name || "RequestContext.sync",
    String(error)
  );
}
