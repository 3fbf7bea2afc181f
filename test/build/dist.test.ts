/* Builds the add-in for production exactly as the README's deploy step does (for a tenant of
   Microsoft 365 operated by 21Vianet, so with OFFICE_JS_URL set too), into a temporary folder, and
   checks what a host would serve; and checks that a production build without ADDIN_BASE_URL stops. */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";

const { validateManifest } = require("../../scripts/validate-manifest.js");
const { globalOfficeJsUrl, vianetOfficeJsUrl } = require("../../scripts/build-options.js");

const root = path.join(__dirname, "..", "..");
const baseUrl = "https://addins.example.com/crm-pyramid/";
const webpackCli = require.resolve("webpack-cli/bin/cli.js");
let outDir = "";

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), "crm-dist-"));
  execFileSync(process.execPath, [webpackCli, "--mode", "production", "--output-path", outDir], {
    cwd: root,
    env: { ...process.env, ADDIN_BASE_URL: baseUrl, OFFICE_JS_URL: vianetOfficeJsUrl },
    stdio: "pipe",
  });
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const read = (name: string) => readFileSync(path.join(outDir, name), "utf8");

describe("production build", () => {
  it("emits the manifest, the shared-runtime page, functions, commands and the help page", () => {
    for (const file of [
      "manifest.xml",
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "functions-zh-CN.json",
      "commands.js",
      "help.html",
      "help-zh-CN.html",
      "notice.html",
      "notice.js",
    ]) {
      expect(existsSync(path.join(outDir, file))).toBe(true);
    }
  });

  it("writes a manifest that is XSD-valid and has no localhost left", async () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("localhost");
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
  });

  it("passes `npm run validate` on the dist/ manifest", () => {
    const file = path.join(outDir, "manifest.xml");
    const run = spawnSync(
      process.execPath,
      [path.join(root, "scripts", "validate-manifest.js"), file],
      {
        cwd: root,
        encoding: "utf8",
      }
    );
    expect(`${run.stdout}${run.stderr}`).toContain(`${file}: valid`);
    expect(run.status).toBe(0);
  });

  it("points every manifest URL at a file the build emitted", () => {
    const urls = [...read("manifest.xml").matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map(
      (m) => m[1]
    );
    const ours = urls.filter((url) => url.startsWith(baseUrl));
    expect(ours.length).toBeGreaterThanOrEqual(10);
    for (const url of ours) {
      const file = new URL(url).pathname.slice(new URL(baseUrl).pathname.length);
      expect({ url, exists: existsSync(path.join(outDir, file)) }).toEqual({ url, exists: true });
    }
  });

  it("loads Office.js from the CDN OFFICE_JS_URL names (21Vianet's) and every bundle in one page", () => {
    const page = read("taskpane.html");
    for (const name of ["taskpane.html", "notice.html"]) {
      const html = read(name);
      expect({
        name,
        loads:
          html.includes(`src="${vianetOfficeJsUrl}"`) || html.includes(`src=${vianetOfficeJsUrl}>`),
      }).toEqual({ name, loads: true });
      expect({ name, global: html.includes(globalOfficeJsUrl) }).toEqual({ name, global: false });
    }
    for (const bundle of ["taskpane.js", "functions.js", "commands.js"])
      expect(page).toContain(bundle);
    for (const bundle of ["taskpane.js", "functions.js", "commands.js"])
      expect(read(bundle)).not.toMatch(/\/lib\/1\/hosted\/office\.js/); // never bundled
  });

  it("generates functions.json for every =CRM function declared in the source", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: {
        id: string;
        name: string;
        description: string;
        helpUrl?: string;
        parameters: { name: string; description?: string }[];
      }[];
    };
    const source = readFileSync(path.join(root, "src", "functions", "functions.ts"), "utf8");
    const declared = [...source.matchAll(/@customfunction\s+(\w+)/g)].map((m) => m[1]).sort();
    expect(declared.length).toBeGreaterThan(0);
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(declared);
    for (const fn of metadata.functions) {
      expect(fn.description.length).toBeGreaterThan(10);
      expect(fn.helpUrl?.startsWith(`${baseUrl}help.html#`)).toBe(true);
      for (const parameter of fn.parameters)
        expect(parameter.description?.length).toBeGreaterThan(5);
    }
    expect(read("functions.js")).toContain('CustomFunctions.associate("ROI"');
  });

  it("lets error cells reach the functions: functions.json sets allowErrorForDataTypeAny at the top", () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany
    // (a top-level flag; it applies to parameters typed any / any[][]).
    const metadata = JSON.parse(read("functions.json")) as {
      allowErrorForDataTypeAny?: unknown;
      functions: { id: string; parameters: { name: string; type?: string }[] }[];
    };
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    const source = readFileSync(path.join(root, "src", "functions", "functions.ts"), "utf8");
    const declared = [...source.matchAll(/@customfunction\s+(\w+)/g)].map((m) => m[1]).sort();
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(declared);
    for (const fn of metadata.functions)
      for (const parameter of fn.parameters)
        expect({ fn: fn.id, parameter: parameter.name, type: parameter.type }).toEqual({
          fn: fn.id,
          parameter: parameter.name,
          type: "any",
        });
    for (const fn of metadata.functions) expect(fn).not.toHaveProperty("allowErrorForDataTypeAny");
  });

  it("emits zh-CN function metadata that differs from functions.json only in its words, and the manifest points zh-CN at it", () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming ("Localize custom
    // functions"): one JSON metadata file per language, a <bt:Override Locale> on the metadata URL.
    type Metadata = {
      allowErrorForDataTypeAny?: boolean;
      functions: {
        id: string;
        name: string;
        description: string;
        helpUrl: string;
        result: unknown;
        parameters: { name: string; description: string; type?: string; optional?: boolean }[];
      }[];
    };
    const en = JSON.parse(read("functions.json")) as Metadata;
    const zh = JSON.parse(read("functions-zh-CN.json")) as Metadata;
    const han = /[\u4e00-\u9fff]/;
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    zh.functions.forEach((fn, i) => {
      const base = en.functions[i];
      expect({ name: fn.name, helpUrl: fn.helpUrl, result: fn.result }).toEqual({
        name: base.name, // CRM.TIER stays CRM.TIER, as Excel's own names do in Chinese Excel
        helpUrl: base.helpUrl.replace("/help.html#", "/help-zh-CN.html#"),
        result: base.result,
      });
      expect(fn.description).toMatch(han);
      expect(fn.parameters.map((p) => [p.type, p.optional])).toEqual(
        base.parameters.map((p) => [p.type, p.optional])
      );
      for (const p of fn.parameters) {
        expect(p.name).toMatch(han);
        expect(p.description).toMatch(han);
      }
    });
    expect(read("functions-zh-CN.json")).not.toContain("localhost");
    expect(read("manifest.xml")).toMatch(
      new RegExp(
        `<bt:Url id="Functions.Metadata.Url" DefaultValue="${baseUrl}functions.json">\\s*<bt:Override Locale="zh-CN" Value="${baseUrl}functions-zh-CN.json"/>`
      )
    );
  });

  it.each([
    ["functions.json", "help.html"],
    ["functions-zh-CN.json", "help-zh-CN.html"],
  ])("has a section in the help page for every function's help link (%s → %s)", (json, page) => {
    const metadata = JSON.parse(read(json)) as { functions: { helpUrl: string }[] };
    const help = read(page);
    for (const { helpUrl } of metadata.functions) {
      expect(helpUrl.startsWith(`${baseUrl}${page}#`)).toBe(true);
      const anchor = new URL(helpUrl).hash.slice(1);
      const found = new RegExp(`id="?${anchor}"?[\\s>]`).test(help); // the page is minified
      expect({ helpUrl, found }).toEqual({ helpUrl, found: true });
    }
  });

  it("serves a user help page in each language, not the developer README, and the manifest links zh-CN to its own", () => {
    const en = read("help.html");
    const zh = read("help-zh-CN.html");
    expect(en).toMatch(/<html lang="?en-US"?/);
    expect(zh).toMatch(/<html lang="?zh-CN"?/);
    for (const page of [en, zh]) {
      expect(page).not.toMatch(/npm (ci|test|run)|Project layout|webpack/); // no developer text
      expect(page).toContain("CRM.TIER");
    }
    const zhText = zh.replace(/<[^>]+>/g, " ");
    expect(zhText).toMatch(/为客户分层/);
    // The Chinese page's prose is Chinese: no English word of four letters or more outside code,
    // apart from the names the guide quotes (sheet names, function names, scheme ids).
    const body = zh.slice(zh.indexOf("<body>"));
    const prose = body.replace(/<code>[^<]*<\/code>/g, " ").replace(/<[^>]+>/g, " ");
    const english = (prose.match(/[A-Za-z]{4,}/g) ?? []).filter(
      (w) =>
        !/^(CRM|Excel|ExcelApi|English|help|Windows|iPad|TIERS?|PARETO|PALIVE|PURCHASES|MODELCLV)$/.test(
          w
        )
    );
    expect(english).toEqual([]);
    const manifest = read("manifest.xml");
    expect(manifest).toMatch(
      new RegExp(
        `<bt:Url id="Help.Url" DefaultValue="${baseUrl}help.html">\\s*<bt:Override Locale="zh-CN" Value="${baseUrl}help-zh-CN.html"/>`
      )
    );
    expect(manifest).toMatch(
      new RegExp(
        `<SupportUrl DefaultValue="${baseUrl}help.html">\\s*<Override Locale="zh-CN" Value="${baseUrl}help-zh-CN.html"/>`
      )
    );
  });
});

describe("production build without ADDIN_BASE_URL", () => {
  it("refuses, with a clear message and a non-zero exit, and writes no manifest", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "crm-nobase-"));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.ADDIN_BASE_URL;
      const run = spawnSync(
        process.execPath,
        [webpackCli, "--mode", "production", "--output-path", dir],
        { cwd: root, env, encoding: "utf8", timeout: 120_000 }
      );
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status).not.toBe(0);
      expect(run.status).not.toBe(null);
      expect(output).toContain("A production build needs ADDIN_BASE_URL");
      expect(output).toContain("ADDIN_BASE_URL=https://");
      expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
      expect(existsSync(path.join(dir, "manifest.xml"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
