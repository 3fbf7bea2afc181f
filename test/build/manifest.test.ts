import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

// CommonJS helpers shared with webpack.config.js and `npm run validate`.

const { validateManifest } = require("../../scripts/validate-manifest.js");

const { rewriteManifestUrls, devBaseUrl } = require("../../scripts/manifest-urls.js");

const root = path.join(__dirname, "..", "..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

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

describe("the shared runtime's one task pane", () => {
  it("has no TaskpaneId on any action under the host with the long-lived runtime", () => {
    // https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime#good-practice-avoid-multiple-task-panes
    const hosts = [...manifest.matchAll(/<Host xsi:type="Workbook">([\s\S]*?)<\/Host>/g)].map(
      (m) => m[1]
    );
    const shared = hosts.filter((host) => /<Runtime [^>]*lifetime="long"/.test(host));
    expect(shared.length).toBe(1);
    expect(shared[0]).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(shared[0]).not.toMatch(/<TaskpaneId>/i);
  });
});

describe("npm run validate", () => {
  // Runs the script line package.json declares, as `npm run validate [file ...]` does.
  const validateScript = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts
    .validate as string;
  const validate = (...files: string[]) => {
    const [command, ...args] = validateScript.split(" ");
    const run = spawnSync(command === "node" ? process.execPath : command, [...args, ...files], {
      cwd: root,
      encoding: "utf8",
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  };
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "crm-validate-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("validates manifest.xml when given no file", () => {
    const { status, output } = validate();
    expect(output).toContain("manifest.xml: valid");
    expect(status).toBe(0);
  });

  it("validates the file it is given, not manifest.xml", () => {
    const broken = path.join(dir, "broken-manifest.xml");
    writeFileSync(broken, manifest.replace("ReadWriteDocument", "Everything"));
    const { status, output } = validate(broken);
    expect(output).toContain(`${broken}: INVALID`);
    expect(output).not.toContain("manifest.xml: valid");
    expect(status).toBe(1);
  });

  it("fails with the file's name when a file is missing, and checks every file given", () => {
    const missing = path.join(dir, "dist", "manifest.xml");
    const { status, output } = validate(missing, path.join(root, "manifest.xml"));
    expect(output).toContain(`${missing}: cannot be read`);
    expect(output).toContain("manifest.xml: valid");
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(status).toBe(1);
  });

  it("is part of npm test", () => {
    const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts;
    expect(scripts.test).toContain("npm run validate");
  });
});

describe("the offline schemas", () => {
  const shared = path.join(root, "..", "shared", "office-manifest-xsd");
  (existsSync(shared) ? it : it.skip)(
    "are the team's copy in ../shared/office-manifest-xsd",
    () => {
      const ours = path.join(root, "test", "schemas", "office-manifest");
      const names = readdirSync(shared).sort();
      expect(readdirSync(ours).sort()).toEqual(names);
      for (const name of names)
        expect({
          name,
          same:
            readFileSync(path.join(ours, name), "utf8") ===
            readFileSync(path.join(shared, name), "utf8"),
        }).toEqual({ name, same: true });
    }
  );
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
