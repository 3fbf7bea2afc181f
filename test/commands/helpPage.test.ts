/** The help page from the pane and the ribbon: the user's browser where Office can, else the fallback. */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { helpPageUrl, openHelpPage, type HelpHost } from "../../src/commands/helpPage";

const root = path.join(__dirname, "..", "..");

function fakeHost(supported: boolean, refuses = false) {
  const opened: string[] = [];
  const fellBack: string[] = [];
  const asked: string[] = [];
  const host: HelpHost = {
    isSetSupported: (name, version) => {
      asked.push(`${name} ${version}`);
      return supported;
    },
    openBrowserWindow: (url) => {
      if (refuses) throw new Error("blocked by policy");
      opened.push(url);
    },
    fallback: (url) => void fellBack.push(url),
  };
  return { host, opened, fellBack, asked };
}

describe("the help page", () => {
  it("is help.html in English and help-zh-CN.html in Chinese, beside the page", () => {
    const base = "https://addin.example/crm/taskpane.html?_host_Info=Excel";
    expect(helpPageUrl("en-US", base)).toBe("https://addin.example/crm/help.html");
    expect(helpPageUrl("zh-CN", base)).toBe("https://addin.example/crm/help-zh-CN.html");
  });

  it("opens in the user's browser where OpenBrowserWindowApi 1.1 is supported", () => {
    const { host, opened, fellBack, asked } = fakeHost(true);
    expect(openHelpPage(host, "https://a/help.html")).toBe("browser");
    expect(asked).toEqual(["OpenBrowserWindowApi 1.1"]);
    expect(opened).toEqual(["https://a/help.html"]);
    expect(fellBack).toEqual([]);
  });

  it.each([
    ["the set is missing (Office on the web)", false, false],
    ["Office lists the set but refuses", true, true],
  ])("falls back when %s", (_, supported, refuses) => {
    const { host, opened, fellBack } = fakeHost(supported, refuses);
    expect(openHelpPage(host, "https://a/help-zh-CN.html")).toBe("fallback");
    expect(opened).toEqual([]);
    expect(fellBack).toEqual(["https://a/help-zh-CN.html"]);
  });

  it("has a Help button on the ribbon, in English and Chinese, that runs openHelp", () => {
    const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
    const control = /<Control xsi:type="Button" id="CrmPyramid.Help">([\s\S]*?)<\/Control>/.exec(
      manifest
    )?.[1];
    expect(control).toMatch(/<FunctionName>openHelp<\/FunctionName>/);
    expect(manifest).toMatch(
      /<bt:String id="Help.Label" DefaultValue="Help">\s*<bt:Override Locale="zh-CN" Value="帮助"\/>/
    );
    expect(manifest).toMatch(/<bt:String id="Help.Tooltip"[^>]*>\s*<bt:Override Locale="zh-CN"/);
    for (const size of [16, 32, 80])
      expect(existsSync(path.join(root, "assets", `help-${size}.png`))).toBe(true);
    // The button sits right after Refresh tiers.
    expect(manifest.indexOf("CrmPyramid.Help")).toBeGreaterThan(
      manifest.indexOf("CrmPyramid.RefreshTiers")
    );
    const commands = readFileSync(path.join(root, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toMatch(/Office\.actions\.associate\("openHelp", openHelpCommand\)/);
  });
});
