import type { WorkbookGateway } from "../excel/gateway";

/**
 * Stands in until index.tsx is wired to src/excel's gateway: every workbook call fails with a message
 * the pane shows, so the pane loads and says why it cannot read anything instead of breaking.
 */
export function unavailableGateway(reason: string): WorkbookGateway {
  const fail = (): Promise<never> => Promise.reject(new Error(reason));
  return {
    describeSelection: fail,
    describeSource: fail,
    readSource: fail,
    applyResult: fail,
    problemCells: () => [],
    select: fail,
    loadSetup: () => Promise.resolve(null),
    saveSetup: fail,
  };
}
