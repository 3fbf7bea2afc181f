/* The zh-CN custom-function metadata the build derives from functions.json
   (scripts/localize-functions.js, texts in src/i18n/functions.zh-CN.json): every function and every
   parameter gets Chinese words, and a missing or stray translation stops the build instead of shipping
   English to a Chinese Excel. */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";

const { localizeFunctionsJson } = require("../../scripts/localize-functions.js");
const translations = require("../../src/i18n/functions.zh-CN.json");

let english = "";

beforeAll(async () => {
  const file = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
  const result = await generateCustomFunctionsMetadata(file, false);
  expect(result.errors).toEqual([]);
  english = result.metadataJson;
}, 60_000);

const HAN = /[\u4e00-\u9fff]/;
const copy = () => JSON.parse(JSON.stringify(translations));

test("every function and parameter is described in Chinese; ids, names and types are unchanged", () => {
  const en = JSON.parse(english).functions;
  const zh = JSON.parse(localizeFunctionsJson(english)).functions;
  expect(zh.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual(
    en.map((f: { id: string; name: string }) => [f.id, f.name])
  );
  for (const fn of zh) {
    expect(fn.description).toMatch(HAN);
    for (const p of fn.parameters) {
      expect(p.name).toMatch(HAN);
      expect(p.description).toMatch(HAN);
    }
  }
});

test("the parameter names differ from each other within a function", () => {
  for (const fn of JSON.parse(localizeFunctionsJson(english)).functions) {
    const names = fn.parameters.map((p: { name: string }) => p.name);
    expect(new Set(names).size).toBe(names.length);
  }
});

test("a parameter without a translation stops the build, naming it", () => {
  const t = copy();
  delete t.TIER.parameters.population;
  expect(() => localizeFunctionsJson(english, t)).toThrow("TIER(population)");
});

test("a function without a translation stops the build, naming it", () => {
  const t = copy();
  delete t.ROI;
  expect(() => localizeFunctionsJson(english, t)).toThrow("ROI");
});

test("a translation for a function or parameter that does not exist stops the build", () => {
  const stray = copy();
  stray.NOPE = { description: "无", parameters: {} };
  expect(() => localizeFunctionsJson(english, stray)).toThrow("NOPE");
  const strayParam = copy();
  strayParam.ROI.parameters.margin = ["毛利", "无"];
  expect(() => localizeFunctionsJson(english, strayParam)).toThrow("margin");
});
