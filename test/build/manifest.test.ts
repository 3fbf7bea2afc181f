import { readFileSync } from "fs";
import path from "path";

// CommonJS helpers shared with webpack.config.js and `npm run validate`.

const { validateManifest } = require("../../scripts/validate-manifest.js");

const { rewriteManifestUrls, devBaseUrl } = require("../../scripts/manifest-urls.js");

const manifest = readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("validates offline against the Office add-in schemas", async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each([
    ["an unknown permission", (xml: string) => xml.replace("ReadWriteDocument", "Everything")],
    ["a missing Id", (xml: string) => xml.replace(/<Id>[^<]*<\/Id>/, "")],
    [
      "a button without an action",
      (xml: string) => xml.replace(/<Action xsi:type="ExecuteFunction">[\s\S]*?<\/Action>/, ""),
    ],
    ["malformed XML", (xml: string) => xml.replace("</OfficeApp>", "")],
  ])("is rejected by the validation when it has %s", async (_what, breakIt) => {
    const broken = breakIt(manifest);
    expect(broken).not.toEqual(manifest);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it("declares the product the issue asks for", () => {
    expect(manifest).toMatch(/<DisplayName DefaultValue="CRM Pyramid"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Runtime resid="Shared.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="CRM"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/DefaultValue="Open CRM Pyramid"/);
    expect(manifest).toMatch(/DefaultValue="Refresh tiers"/);
    expect(manifest).toMatch(/<FunctionName>refreshTiers<\/FunctionName>/);
  });

  it("uses one page for the pane, the functions and the commands (shared runtime)", () => {
    const sharedPage = manifest.match(/<bt:Url id="Shared.Url" DefaultValue="([^"]+)"/)?.[1];
    expect(sharedPage).toBe(`${devBaseUrl}taskpane.html`);
    const resids = [
      ...manifest.matchAll(/<(?:FunctionFile|SourceLocation|Runtime) resid="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(resids.filter((id) => id === "Shared.Url").length).toBe(4); // runtime, CF page, function file, pane
  });
});

describe("production URL rewrite", () => {
  it("rewrites every development URL, not only the first", () => {
    const count = manifest.split(devBaseUrl).length - 1;
    expect(count).toBeGreaterThan(5);
    const rewritten = rewriteManifestUrls(manifest, "https://addins.example.com/crm");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten.split("https://addins.example.com/crm/").length - 1).toBe(count);
  });

  it("refuses a base URL Office would not load", () => {
    expect(() => rewriteManifestUrls(manifest, "http://addins.example.com/")).toThrow(/https/);
    expect(() => rewriteManifestUrls(manifest, "addins.example.com")).toThrow(/not a URL/);
  });
});
