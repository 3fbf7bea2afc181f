/* The build's options as a deployer meets them: what `npm run build` refuses, and which Office.js
   the pages load. (dist.test.ts checks the same through a real webpack run.) */
const {
  BuildOptionError,
  globalOfficeJsUrl,
  resolveBuildOptions,
  vianetOfficeJsUrl,
} = require("../../scripts/build-options.js");

const production = (env: Record<string, string | undefined>, playground = false) =>
  resolveBuildOptions({ mode: "production", playground, env });
const baseUrl = "https://addins.example.com/crm-pyramid/";

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BuildOptionError);
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error("the build options were accepted");
}

describe("ADDIN_BASE_URL", () => {
  it.each([
    ["unset", {}],
    ["empty", { ADDIN_BASE_URL: "" }],
  ])("is required by a production build (%s), with a message that says how", (_what, env) => {
    const { code, message } = refusal(() => production(env));
    expect(code).toBe("ADDIN_BASE_URL");
    expect(message).toContain("ADDIN_BASE_URL=https://");
    expect(message).toContain("npm run build:dev");
  });

  it("is not required by development builds nor by the browser tests' playground build", () => {
    expect(resolveBuildOptions({ mode: "development", playground: false, env: {} }).baseUrl).toBe(
      undefined
    );
    expect(production({}, true).baseUrl).toBe(undefined);
  });

  it("is refused before compiling when Office could not load it", () => {
    for (const bad of ["http://addins.example.com/", "addins.example.com"])
      expect(refusal(() => production({ ADDIN_BASE_URL: bad })).code).toBe("ADDIN_BASE_URL");
    expect(production({ ADDIN_BASE_URL: baseUrl }).baseUrl).toBe(baseUrl);
  });
});

describe("OFFICE_JS_URL", () => {
  it("defaults to Microsoft's global CDN", () => {
    expect(globalOfficeJsUrl).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(production({ ADDIN_BASE_URL: baseUrl }).officeJsUrl).toBe(globalOfficeJsUrl);
    expect(production({ ADDIN_BASE_URL: baseUrl, OFFICE_JS_URL: "" }).officeJsUrl).toBe(
      globalOfficeJsUrl
    );
  });

  it("takes the 21Vianet partner CDN (Microsoft 365 operated by 21Vianet) or another https office.js", () => {
    expect(vianetOfficeJsUrl).toBe(
      "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js"
    );
    const gcc = "https://appsforoffice.gcc.cdn.office.net/appsforoffice/lib/1/hosted/office.js";
    for (const url of [vianetOfficeJsUrl, gcc])
      expect(production({ ADDIN_BASE_URL: baseUrl, OFFICE_JS_URL: url }).officeJsUrl).toBe(url);
  });

  it.each([
    "http://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
    "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/",
    "21vianet",
  ])("refuses %s, naming the 21Vianet address as an example", (url) => {
    const { code, message } = refusal(() =>
      production({ ADDIN_BASE_URL: baseUrl, OFFICE_JS_URL: url })
    );
    expect(code).toBe("OFFICE_JS_URL");
    expect(message).toContain(vianetOfficeJsUrl);
  });
});
