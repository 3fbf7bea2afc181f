/* The functions.json the build writes (Microsoft's custom-functions-metadata, the generator behind the
   webpack plugin): every function and parameter has a description, and a help URL into the README's
   function reference. */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
  result: { dimensionality?: string; type?: string };
}

let functions: FunctionMetadata[] = [];

beforeAll(async () => {
  const file = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
  const result = await generateCustomFunctionsMetadata(file, false);
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
}, 60_000);

const SIGNATURES: Record<string, string[]> = {
  TIER: ["value", "population", "[scheme]", "[labels]"],
  TIERS: ["population", "[scheme]", "[labels]"],
  ABC: ["values", "[a_share]", "[b_share]"],
  ROI: ["profit", "investment"],
  PARETO: ["values", "[top_share]"],
  CLV: ["margin", "retention", "discount", "[periods]"],
  RFM: ["recency_days", "frequency", "monetary", "[bins]"],
  PALIVE: ["frequency", "recency", "T", "r", "alpha", "a", "b", "[periods_ahead]"],
  PURCHASES: ["periods", "frequency", "recency", "T", "r", "alpha", "a", "b"],
  MODELCLV: [
    "frequency",
    "recency",
    "T",
    "monetary",
    "r",
    "alpha",
    "a",
    "b",
    "p",
    "q",
    "v",
    "[margin]",
    "[discount]",
    "[periods]",
  ],
};

test("declares exactly the ten CRM functions with the issues' signatures", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(SIGNATURES).sort());
  for (const f of functions) {
    expect(f.name).toBe(f.id);
    const signature = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect({ id: f.id, signature }).toEqual({ id: f.id, signature: SIGNATURES[f.id] });
  }
});

test("every function and parameter has a description and every function a help URL", () => {
  for (const f of functions) {
    expect({ id: f.id, description: (f.description ?? "").length > 10 }).toEqual({
      id: f.id,
      description: true,
    });
    expect(f.helpUrl).toBe(`https://localhost:3000/help.html#crm-${f.id.toLowerCase()}`);
    for (const p of f.parameters) {
      expect({ id: f.id, parameter: p.name, described: (p.description ?? "").length > 5 }).toEqual({
        id: f.id,
        parameter: p.name,
        described: true,
      });
    }
  }
});

test("ranges are matrices and spilled results are 2-D", () => {
  const byId = Object.fromEntries(functions.map((f) => [f.id, f]));
  for (const id of ["TIERS", "ABC", "RFM"]) expect(byId[id].result.dimensionality).toBe("matrix");
  for (const id of ["TIER", "ROI", "PARETO", "CLV"])
    expect(byId[id].result.dimensionality).toBeUndefined();
  const population = byId.TIER.parameters.find((p) => p.name === "population");
  expect(population?.dimensionality).toBe("matrix");
  expect(byId.TIER.parameters[0].dimensionality).toBeUndefined();
});
