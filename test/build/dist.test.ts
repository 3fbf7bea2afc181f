/* Builds the add-in for production exactly as the README's deploy step does, into a temporary
   folder, and checks what a host would serve. */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";

const { validateManifest } = require("../../scripts/validate-manifest.js");

const root = path.join(__dirname, "..", "..");
const baseUrl = "https://addins.example.com/crm-pyramid/";
let outDir = "";

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), "crm-dist-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", outDir],
    { cwd: root, env: { ...process.env, ADDIN_BASE_URL: baseUrl }, stdio: "pipe" }
  );
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
      "commands.js",
      "help.html",
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

  it("loads Office.js from Microsoft's CDN and every bundle in one page", () => {
    const page = read("taskpane.html");
    expect(page).toMatch(
      /src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/
    );
    for (const bundle of ["taskpane.js", "functions.js", "commands.js"])
      expect(page).toContain(bundle);
    expect(read("taskpane.js")).not.toMatch(
      /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/
    );
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

  it("has a section in the help page for every function's help link", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: { helpUrl: string }[] };
    const help = read("help.html");
    for (const { helpUrl } of metadata.functions) {
      const anchor = new URL(helpUrl).hash.slice(1);
      const found = new RegExp(`id="?${anchor}"?[\\s>]`).test(help); // the page is minified
      expect({ helpUrl, found }).toEqual({ helpUrl, found: true });
    }
  });
});
