/**
 * The request and response messages of Microsoft's Excel client (@microsoft/office-js 1.1.110),
 * as its `ClientRequest.buildRequestMessageBodyAndRequestFlags` builds them and its
 * `ClientRequestContext.processRequestExecutorResponseMessage` reads them. Office.js does not
 * document this wire: the shapes and numbers here are read from the client's code
 * (`dist/excel-web-16.00.debug.js`; its RequestPrettyPrinter names each number), and
 * test/double-tests/client-seam.test.ts fails if an upgrade changes them.
 */

/** ObjectPathInfo.ObjectPathType. */
export const PATH = {
  global: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** ActionInfo.ActionType. */
export const ACTION = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

/** RequestFlags bit Excel.run sets for RunOptions.delayForCellEdit (`onBeforeExcelRun`). */
export const DELAY_FOR_CELL_EDIT_FLAG = 64;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the object path id of an Office.js object passed there, else 0. */
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Skip?: number;
  Top?: number;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** What the client hands its request executor (`requestExecutorRequestMessage`). */
export interface RequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: RequestBody;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseError {
  Code: string;
  Message: string;
  Location?: string;
  /** Index into Actions of the action that failed (the client's debug info reads it). */
  ActionIndex?: number;
  HttpStatusCode?: number;
}

export interface ResponseBody {
  Results?: ActionResult[];
  Error?: ResponseError;
}

/** What executeAsync resolves to: a request-level ErrorCode, or a Body with results and/or an error. */
export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string>;
  Body: ResponseBody | null;
}

/** The property names the client reads back from results: "address" → "Address". */
export function wireName(camel: string): string {
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * The member names the host looks up: "GetRange" → "getRange", "ID" → "id" — the leading capitals
 * lowercased, as the client's own `CommonUtility._toCamelLowerCase` does.
 */
export function memberName(wire: string): string {
  const capitals = /^[A-Z]*/.exec(wire)?.[0].length ?? 0;
  if (capitals === wire.length) return wire.toLowerCase();
  return wire.slice(0, capitals).toLowerCase() + wire.slice(capitals);
}
