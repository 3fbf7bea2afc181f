/* Builds the shared-runtime page (task pane + custom functions + ribbon commands), functions.json
   from the functions' JSDoc, the help page, and the manifest.
   Production: ADDIN_BASE_URL=https://host/path/ npm run build rewrites EVERY development URL, and
   refuses to build without it. OFFICE_JS_URL picks the Office.js CDN (default: Microsoft's global
   one). Both are read in scripts/build-options.js; README "Deploying to production". */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { rewriteManifestUrls } = require("./scripts/manifest-urls");
const { ZH_FUNCTIONS_JSON, localizeFunctionsJson } = require("./scripts/localize-functions");
const {
  BuildOptionError,
  globalOfficeJsUrl,
  resolveBuildOptions,
} = require("./scripts/build-options");

async function devServerHttps() {
  // Excel only loads add-ins over trusted HTTPS; office-addin-dev-certs makes and trusts a localhost
  // certificate. CRM_DEV_HTTP=1 (the playground on machines without Excel) serves plain HTTP.
  if (process.env.CRM_DEV_HTTP === "1") return { type: "http" };
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
}

/** The user help page in one language, from src/help/help.<locale>.md (not the developer README). */
function helpPageHtml(locale) {
  const { marked } = require("marked");
  const text = fs.readFileSync(path.join(__dirname, "src", "help", `help.${locale}.md`), "utf8");
  const title = locale === "zh-CN" ? "CRM 客户金字塔帮助" : "CRM Pyramid help";
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:"Segoe UI","Microsoft YaHei",system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;line-height:1.6}
code,pre{background:#f3f2f1}pre{padding:.6em;overflow:auto}</style>
</head><body>${marked.parse(text)}</body></html>`;
}

/** Runs `edit(text)` on emitted files once every other plugin has emitted them (the last stage,
    so html-webpack-plugin has minified the pages and custom-functions-metadata-plugin has written
    functions.json). A missing file is a build error, so an edit cannot silently not happen. */
class EditEmittedFilesPlugin {
  constructor(name, fileNames, edit) {
    this.name = name;
    this.fileNames = fileNames;
    this.edit = edit;
  }
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(this.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: this.name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          for (const fileName of this.fileNames) {
            const asset = compilation.getAsset(fileName);
            try {
              if (!asset) throw new Error(`${fileName} was not emitted`);
              const text = this.edit(asset.source.source().toString(), fileName);
              compilation.updateAsset(fileName, new sources.RawSource(text));
            } catch (error) {
              compilation.errors.push(new WebpackError(`[${this.name}] ${error.message}`));
            }
          }
        }
      );
    });
  }
}

/** Emits `fileName` made from the emitted `fromName` by `derive(text)`, at the same last stage as
    EditEmittedFilesPlugin (so after the edits registered before it). A failure is a build error. */
class DeriveEmittedFilePlugin {
  constructor(name, fromName, fileName, derive) {
    Object.assign(this, { name, fromName, fileName, derive });
  }
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(this.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: this.name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          try {
            const from = compilation.getAsset(this.fromName);
            if (!from) throw new Error(`${this.fromName} was not emitted`);
            const text = this.derive(from.source.source().toString());
            compilation.emitAsset(this.fileName, new sources.RawSource(text));
          } catch (error) {
            compilation.errors.push(new WebpackError(`[${this.name}] ${error.message}`));
          }
        }
      );
    });
  }
}

/** functions.json gets the top-level `allowErrorForDataTypeAny: true`, so that an error cell
    (#N/A, #DIV/0!, ...) in a range passed to a =CRM function reaches the function (which skips it)
    instead of making Excel return an error without calling it. Microsoft: "Setting the value to
    true allows a custom function to process errors as input values. All parameters with the type
    any or any[][] can accept errors" and it "is a top-level property"
    (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany);
    it "can only be used with manually created JSON metadata ... doesn't work with the autogenerated
    JSON metadata process"
    (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors#errors-as-custom-function-inputs),
    hence this edit after custom-functions-metadata-plugin. Every parameter is typed `any`. */
function allowErrorsInFunctionsJson(text) {
  const metadata = JSON.parse(text);
  if (!Array.isArray(metadata.functions) || metadata.functions.length === 0)
    throw new Error("functions.json has no functions");
  return JSON.stringify({ allowErrorForDataTypeAny: true, ...metadata }, null, 4);
}

/** The pages load Office.js from Microsoft's global CDN (src/taskpane/taskpane.html,
    src/commands/notice.html); OFFICE_JS_URL swaps that address for another CDN's. */
function officeJsEdit(officeJsUrl) {
  return (html, fileName) => {
    if (!html.includes(globalOfficeJsUrl))
      throw new Error(
        `${fileName} does not load ${globalOfficeJsUrl}, so OFFICE_JS_URL cannot apply`
      );
    return html.split(globalOfficeJsUrl).join(officeJsUrl);
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // The playground (the real pane against the in-browser Excel double) is a development tool:
  // in dev builds and `--env playground` builds only, never in what `npm run build` deploys.
  const withPlayground = dev || Boolean(env.playground);
  let buildOptions;
  try {
    // A production build without ADDIN_BASE_URL stops here. `--env playground` production builds
    // (the browser tests' page) are exempt: they are never deployed.
    buildOptions = resolveBuildOptions({
      mode: options.mode || "production",
      playground: Boolean(env.playground),
      env: process.env,
    });
  } catch (error) {
    if (!(error instanceof BuildOptionError)) throw error;
    console.error(error.message); // one clear message, not webpack-cli's stack trace
    process.exit(1);
  }
  const { baseUrl, officeJsUrl } = buildOptions;
  const config = {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
      ...(withPlayground ? { playground: "./src/playground/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions", "commands"],
      }),
      withPlayground
        ? new HtmlWebpackPlugin({
            filename: "playground.html",
            template: "./src/playground/playground.html",
            chunks: ["playground"],
          })
        : null,
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        templateContent: () => helpPageHtml("en-US"),
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "help-zh-CN.html",
        templateContent: () => helpPageHtml("zh-CN"),
        inject: false,
      }),
      new EditEmittedFilesPlugin(
        "AllowErrorsInFunctionsJson",
        ["functions.json"],
        allowErrorsInFunctionsJson
      ),
      // zh-CN descriptions and parameter help; the manifest overrides the metadata URL for zh-CN.
      new DeriveEmittedFilePlugin(
        "LocalizedFunctionsJson",
        "functions.json",
        ZH_FUNCTIONS_JSON,
        localizeFunctionsJson
      ),
      officeJsUrl !== globalOfficeJsUrl
        ? new EditEmittedFilesPlugin(
            "OfficeJsUrl",
            ["taskpane.html", "notice.html"],
            officeJsEdit(officeJsUrl)
          )
        : null,
      !dev && baseUrl
        ? new EditEmittedFilesPlugin(
            "RewriteDevUrls", // the manifest, and the help URLs in functions.json
            ["manifest.xml", "functions.json", ZH_FUNCTIONS_JSON],
            (text) => rewriteManifestUrls(text, baseUrl)
          )
        : null,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ].filter(Boolean),
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await devServerHttps() : undefined,
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: false,
      hot: false,
      client: false,
    },
  };
  return config;
};
