/**
 * A stand-in for Office.context.requirements, to test requirement-set fallbacks.
 * https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport#office-office-requirementsetsupport-issetsupported-member(1)
 * isSetSupported(name, minVersion?) is true when the set is supported at minVersion or higher
 * (a missing minVersion means "1.1").
 */
/** Compares dotted versions ("1.9" < "1.10"); negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type RequirementSets = Record<string, string>;

export interface RequirementsStub {
  isSetSupported(name: string, minVersion?: string | number): boolean;
  /** The sets and highest versions the stub reports. */
  readonly sets: RequirementSets;
}

export function createRequirements(sets: RequirementSets): RequirementsStub {
  const byName = new Map(Object.entries(sets).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    sets: { ...sets },
    isSetSupported(name: string, minVersion?: string | number): boolean {
      const max = byName.get(name.toLowerCase());
      if (max === undefined) return false;
      const wanted =
        minVersion === undefined
          ? "1.1"
          : typeof minVersion === "number"
            ? minVersion.toFixed(1)
            : minVersion;
      return compareVersions(max, wanted) >= 0;
    },
  };
}

/**
 * Installs `Office.context.requirements` (creating a minimal `Office` global when there is none)
 * and returns a function that restores the previous value.
 */
export function installOfficeRequirements(
  requirements: RequirementsStub,
  target: Record<string, any> = globalThis as Record<string, any>
): () => void {
  const hadOffice = "Office" in target;
  const office = (target.Office ??= {});
  const hadContext = "context" in office;
  const context = (office.context ??= {});
  const previous = context.requirements;
  context.requirements = requirements;
  return () => {
    context.requirements = previous;
    if (!hadContext) delete office.context;
    if (!hadOffice) delete target.Office;
  };
}
