/** A tiny observable counter: the playground re-reads the double's snapshot when it changes
    (after every Excel.run batch, selection or load), so the grid shows what the add-in wrote. */
export interface WorkbookVersion {
  current(): number;
  bump(): void;
  subscribe(listener: () => void): () => void;
}

export function createWorkbookVersion(): WorkbookVersion {
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    current: () => version,
    bump: () => {
      version += 1;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
